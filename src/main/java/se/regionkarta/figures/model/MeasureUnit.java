package se.regionkarta.figures.model;

/** What a key figure's number is measured in. */
public enum MeasureUnit {
    COUNT("st", ""),
    TONNES("ton", "t"),
    KILOMETRES("km", "km"),
    PERCENT("%", "%"),
    SEK("kr", "SEK");

    private final String swedish;
    private final String english;

    MeasureUnit(String swedish, String english) {
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
