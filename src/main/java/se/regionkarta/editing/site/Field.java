package se.regionkarta.editing.site;

import java.util.List;

/**
 * One field of a form that edits a fact: where its value is in the fact's record (as the API and
 * the store show it), how it is typed, and its label.
 *
 * @param path the member in the record, with a dot for a nested member ({@code location.town})
 * @param input how the value is typed
 * @param label the key of its label in the i18n files
 * @param required whether the fact cannot be without it
 * @param choices the values to choose from, for {@link Input#CHOICE}
 */
public record Field(String path, Input input, String label, boolean required, List<Choice> choices) {

    /** How a field is typed. */
    public enum Input {
        TEXT, TEXTAREA,
        /** a decimal number (a key figure's value) */
        NUMBER,
        /** a whole number from 0 (a body's members) */
        WHOLE,
        /** a day, month or year ({@code 2026-12-01}, {@code 2026-12}, {@code 2026}) */
        DATE,
        CHOICE
    }

    /** A value to choose, with its label in Swedish and English. */
    public record Choice(String value, String swedish, String english) {
    }

    public Field {
        choices = List.copyOf(choices);
    }

    static Field text(String path, String label, boolean required) {
        return new Field(path, Input.TEXT, label, required, List.of());
    }

    static Field of(String path, Input input, String label) {
        return new Field(path, input, label, false, List.of());
    }

    static Field choice(String path, String label, boolean required, List<Choice> choices) {
        return new Field(path, Input.CHOICE, label, required, choices);
    }

    /** Returns the name and id of the field in the form: the path with hyphens ({@code location-town}). */
    public String name() {
        return path.replace('.', '-');
    }
}
