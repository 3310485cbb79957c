package se.regionkarta.history.model;

import se.regionkarta.cli.Units;

/**
 * The kinds of reorganisation the registry records as events (after W3C ORG's ChangeEvent). Each
 * says what its original and resulting units are; {@code EventRules} checks that the units'
 * lifetimes, names and parents agree with it.
 */
public enum ChangeKind {
    /** Units come into being ({@code results}), possibly formed from others ({@code originals}, which end). */
    FORMATION("bildande", "formation"),
    /** Two or more units become one: the originals end, unless one of them continues as the result. */
    MERGER("sammanslagning", "merger"),
    /** One unit becomes several: the results begin; the original ends unless it is among the results. */
    SPLIT("delning", "split"),
    /** A unit takes a new name; original and result are the same unit. */
    RENAME("namnbyte", "rename"),
    /** A unit is placed under another parent; original and result are the same unit. */
    MOVE("flytt", "move to another parent"),
    /** Units end without successors. */
    CLOSURE("nedläggning", "closure"),
    /** A function passes from one unit to another: the original ends and the result begins. */
    TRANSFER("överföring", "transfer of a function");

    private final String swedish;
    private final String english;

    ChangeKind(String swedish, String english) {
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
