package se.regionkarta.carechoice.compensation.model;

import java.util.Optional;

/**
 * A resident's legal sex as the population register records it, written {@code F} or {@code M}
 * (the letters of SCB's statistics: kvinnor, män). Some compensation models weight capitation by it.
 */
public enum Sex {
    FEMALE("F"),
    MALE("M");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** Returns the letter used in files: {@code F} or {@code M}. */
    public String code() {
        return code;
    }

    /** Reads {@code F} or {@code M}. */
    public static Optional<Sex> parse(String text) {
        for (Sex sex : values()) {
            if (sex.code.equals(text)) {
                return Optional.of(sex);
            }
        }
        return Optional.empty();
    }
}
