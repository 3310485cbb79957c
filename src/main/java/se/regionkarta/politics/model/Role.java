package se.regionkarta.politics.model;

/** Political roles a person can hold. */
public enum Role {
    /** A full- or part-time politician of the governing side (regionråd). */
    COMMISSIONER("regionråd", "commissioner"),
    /** A full- or part-time politician of the opposition (oppositionsråd). */
    OPPOSITION_COMMISSIONER("oppositionsråd", "opposition commissioner"),
    CHAIR("ordförande", "chair"),
    FIRST_VICE_CHAIR("förste vice ordförande", "first vice chair"),
    SECOND_VICE_CHAIR("andre vice ordförande", "second vice chair"),
    VICE_CHAIR("vice ordförande", "vice chair"),
    MEMBER("ledamot", "member"),
    SUBSTITUTE("ersättare", "substitute");

    private final String swedish;
    private final String english;

    Role(String swedish, String english) {
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
