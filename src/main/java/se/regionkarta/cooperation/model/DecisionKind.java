package se.regionkarta.cooperation.model;

/** The kinds of matter a healthcare region's joint committee decides. */
public enum DecisionKind {
    /** Which care is shared by the regions, and the unit it is concentrated to. */
    SHARED_CARE("regiongemensam vård och var den samordnas", "care made shared and where it is concentrated"),
    /** Which care is not to be given within the healthcare region. */
    CARE_NOT_PROVIDED("vård som inte ska bedrivas i sjukvårdsregionen", "care not given within the healthcare region"),
    /** How the budget the member regions allocate is shared out. */
    BUDGET_DISTRIBUTION("fördelning av regionernas tilldelade budget", "distribution of the budget the regions allocate"),
    /** Prices for care one region sells to another. */
    PRICES_FOR_SOLD_CARE("priser för såld vård", "prices for care sold between regions");

    private final String swedish;
    private final String english;

    DecisionKind(String swedish, String english) {
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
