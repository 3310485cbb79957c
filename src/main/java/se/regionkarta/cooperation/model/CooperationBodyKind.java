package se.regionkarta.cooperation.model;

/** The bodies through which the regions of a healthcare region work together. */
public enum CooperationBodyKind {
    /** The political body shared by the member regions (samverkansnämnd, regionvårdsnämnd). */
    JOINT_COMMITTEE("samverkansnämnd", "joint committee", true),
    /** The board of a federation of regions (förbundsdirektion of a kommunalförbund). */
    FEDERATION_BOARD("förbundsdirektion", "federation board", true),
    /** A political steering group for a cooperation programme. */
    POLITICAL_STEERING_GROUP("politisk styrgrupp", "political steering group", true),
    /** A working committee (arbetsutskott) of a joint body. */
    WORKING_COMMITTEE("arbetsutskott", "working committee", true),
    /** The officials' joint leadership (regionsjukvårdsledning). */
    JOINT_MANAGEMENT("regionsjukvårdsledning", "joint management", false),
    KNOWLEDGE_COUNCIL("kunskapsråd", "knowledge council", false),
    REGIONAL_PROGRAMME_AREA("regionalt programområde", "regional programme area", false),
    COOPERATION_GROUP("samverkansgrupp", "cooperation group", false),
    /** A group formed when needed for part of a programme area's task or a temporary assignment. */
    WORKING_GROUP("arbetsgrupp", "working group", false),
    ECONOMY_GROUP("ekonomigrupp", "economy group", false);

    private final String swedish;
    private final String english;
    private final boolean political;

    CooperationBodyKind(String swedish, String english, boolean political) {
        this.swedish = swedish;
        this.english = english;
        this.political = political;
    }

    public String swedish() {
        return swedish;
    }

    public String english() {
        return english;
    }

    /** Tells whether elected politicians (rather than officials) sit in such a body. */
    public boolean political() {
        return political;
    }
}
