package se.regionkarta.registry.model;

/** The kinds of organisational unit the source documents name, with their Swedish and English labels. */
public enum UnitKind {
    REGION("region", "region"),
    /** The county council (landsting) that preceded a region. */
    COUNTY_COUNCIL("landsting", "county council"),
    /** A regional federation of municipalities and county council (regionförbund). */
    REGIONAL_ASSOCIATION("regionförbund", "regional association"),
    ADMINISTRATION("förvaltning", "administration"),
    STAFF_OFFICE("stab", "staff office"),
    STAFF_FUNCTION("stabsfunktion", "staff function"),
    /** A line of work inside an administration (verksamhetsområde), such as adult psychiatry. */
    DIVISION("verksamhetsområde", "division"),
    /** A service an administration provides county-wide, such as child health care or 1177 by phone. */
    SERVICE("verksamhet", "service"),
    HOSPITAL("sjukhus", "hospital"),
    DIAGNOSTIC_CENTRE("diagnostiskt centrum", "diagnostic centre"),
    HEALTH_CENTRE("hälsocentral", "health centre"),
    HEALTH_CENTRE_BRANCH("filial", "health centre branch"),
    FAMILY_CENTRE("familjecentral", "family centre"),
    OUTPATIENT_CLINIC("öppenvårdsmottagning", "outpatient clinic"),
    DENTAL_CLINIC("tandvårdsklinik", "dental clinic"),
    SPECIALIST_DENTISTRY("specialisttandvård", "specialist dentistry"),
    PUBLIC_HEALTH_CLINIC("folkhälsoklinik", "public health clinic"),
    CONTACT_CENTRE("kontaktcenter", "contact centre"),
    MOBILE_CLINIC("mobil klinik", "mobile clinic"),
    CUSTOMER_SERVICE("kundtjänst", "customer service"),
    FOLK_HIGH_SCHOOL("folkhögskola", "folk high school"),
    LIBRARY("bibliotek", "library"),
    OFFICE_ABROAD("kontor utomlands", "office abroad"),
    /** A company the region owns (bolag), such as a public-transport company before it became an administration. */
    COMPANY("bolag", "company"),
    /** Providers outside the region's own organisation, grouped (for example private care providers). */
    PROVIDER_GROUP("vårdgivare", "providers");

    private final String swedish;
    private final String english;

    UnitKind(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    public String swedish() {
        return swedish;
    }

    public String english() {
        return english;
    }

    /** Tells whether units of this kind stand at the top of a region's tree. */
    public boolean isTopLevel() {
        return this == REGION || this == COUNTY_COUNCIL || this == REGIONAL_ASSOCIATION;
    }
}
