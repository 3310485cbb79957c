package se.regionkarta.strategy.model;

/** The kinds of steering document and statement of intent a region has. */
public enum PlanKind {
    VISION("vision", "vision"),
    MISSION("uppdrag", "mission"),
    REGIONAL_PLAN("regionplan", "regional plan"),
    FOCUS_AREAS("fokusområden", "focus areas"),
    STRATEGY("strategi", "strategy"),
    REGIONAL_DEVELOPMENT_STRATEGY("regional utvecklingsstrategi", "regional development strategy"),
    HEALTH_CARE_STRATEGY("hälso- och sjukvårdsstrategi", "health care strategy"),
    /** What the county is good at, as the region describes it. */
    STRENGTHS("länets styrkor", "strengths of the county"),
    /** What the region does to support research. */
    RESEARCH_SUPPORT("forskningsstöd", "research support"),
    /** What the region offers its employees. */
    EMPLOYER_OFFER("arbetsgivarerbjudande", "employer offer");

    private final String swedish;
    private final String english;

    PlanKind(String swedish, String english) {
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
