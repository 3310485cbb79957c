package se.regionkarta.registry.model;

/** Who runs a unit: the region itself (egen regi) or someone else. */
public enum Ownership {
    REGION_RUN("egen regi", "run by the region"),
    PRIVATE("privat vårdgivare", "private provider"),
    /** Run together with other organisations, such as a joint office. */
    JOINT("gemensam", "run jointly"),
    /** Run by another region, for example care bought from a university hospital elsewhere. */
    OTHER_REGION("annan region", "another region");

    private final String swedish;
    private final String english;

    Ownership(String swedish, String english) {
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
