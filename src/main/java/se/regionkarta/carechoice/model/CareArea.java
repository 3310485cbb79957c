package se.regionkarta.carechoice.model;

/** The kind of care a care-choice scheme covers. */
public enum CareArea {
    PRIMARY_CARE("primärvård", "primary care"),
    MENTAL_HEALTH_PRIMARY_CARE("psykisk hälsa i primärvården", "mental health in primary care"),
    DENTAL_CARE_CHILDREN("tandvård för barn och unga", "dental care for children and young people");

    private final String swedish;
    private final String english;

    CareArea(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    public String swedish() {
        return swedish;
    }

    public String english() {
        return english;
    }
}
