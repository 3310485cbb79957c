package se.regionkarta.figures.model;

/** How exact a stated figure is, keeping the word the source used. */
public enum Qualifier {
    EXACT(""),
    /** "cirka", "ca". */
    ABOUT("cirka"),
    /** "ungefär", "omkring", "runt". */
    ROUGHLY("ungefär"),
    /** "drygt": somewhat more than. */
    JUST_OVER("drygt"),
    /** "över": more than. */
    OVER("över");

    private final String swedish;

    Qualifier(String swedish) {
        this.swedish = swedish;
    }

    /** Returns the Swedish word written before the number, empty for an exact figure. */
    public String swedish() {
        return swedish;
    }
}
