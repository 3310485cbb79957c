package se.regionkarta.registry.model;

/** Leadership posts held by officials (not politicians). */
public enum PostKind {
    REGIONAL_DIRECTOR("regiondirektör", "regional director"),
    HEAD_OF_ADMINISTRATION("förvaltningschef", "head of administration"),
    DIRECTOR_OF_HEALTH_CARE("hälso- och sjukvårdsdirektör", "director of health care");

    private final String swedish;
    private final String english;

    PostKind(String swedish, String english) {
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
