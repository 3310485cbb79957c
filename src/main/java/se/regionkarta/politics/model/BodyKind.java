package se.regionkarta.politics.model;

/** The kinds of political body of a region. */
public enum BodyKind {
    ASSEMBLY("regionfullmäktige", "assembly"),
    EXECUTIVE_BOARD("regionstyrelse", "executive board"),
    COMMITTEE("nämnd", "committee"),
    BOARD("styrelse", "board"),
    SUBCOMMITTEE("utskott", "subcommittee"),
    /** Prepares matters for the assembly and decides nothing itself (beredning). */
    DRAFTING_COMMITTEE("beredning", "drafting committee"),
    /** A committee shared with other regions or with municipalities (gemensam nämnd). */
    JOINT_COMMITTEE("gemensam nämnd", "joint committee"),
    AUDIT("revision", "audit"),
    NOMINATION_COMMITTEE("valberedning", "nomination committee");

    private final String swedish;
    private final String english;

    BodyKind(String swedish, String english) {
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
