package se.regionkarta.politics.model;

/** The part a group of parties plays in a body. */
public enum CoalitionRole {
    /** Governs with more than half of the seats. */
    MAJORITY("majoritet", "majority"),
    /** Governs without more than half of the seats. */
    MINORITY_GOVERNMENT("minoritetsstyre", "minority government"),
    OPPOSITION("opposition", "opposition");

    private final String swedish;
    private final String english;

    CoalitionRole(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    public String swedish() {
        return swedish;
    }

    public String english() {
        return english;
    }

    public boolean governs() {
        return this != OPPOSITION;
    }
}
