package se.regionkarta.editing.site;

import java.util.List;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;

/**
 * A form that edits (or creates, or closes) a fact: its fields, the source and the comment, the
 * version it was read at, and, when someone else saved the fact in between, their values beside
 * this person's.
 *
 * @param lead what the form changes, in a sentence
 * @param version the version of the fact the form was read at (sent back in a hidden field)
 * @param sources the sources to choose from; the first, empty, one means a new source described in the form
 * @param collision the other person's change when the form was stale, else null
 * @param closeHref the form that closes the fact, where it can be closed; null otherwise
 * @param closing whether this is the form that closes a fact (a last day instead of the fields)
 */
public record EditPage(Shell shell, String lead, String action, String csrf, int version, List<FieldView> fields,
        List<Option> sources, CalculatorForm form, Collision collision, String backHref, String closeHref, boolean closing)
        implements SitePage {

    /** A value to choose in a list. */
    public record Option(String value, String label, boolean selected) {
    }

    /**
     * A field as the form shows it.
     *
     * @param theirs the value someone else saved since this person read the fact, or null
     */
    public record FieldView(String name, String label, Field.Input input, boolean required, String value, List<Option> options,
            String hint, Theirs theirs) {

        public boolean textarea() {
            return input == Field.Input.TEXTAREA;
        }

        public boolean choice() {
            return input == Field.Input.CHOICE;
        }

        /** Returns the type of an input element: numbers are typed as text with a numeric keyboard (a comma is allowed). */
        public String type() {
            return "text";
        }

        public String inputMode() {
            return input == Field.Input.NUMBER ? "decimal" : input == Field.Input.WHOLE ? "numeric" : null;
        }
    }

    /** What another person saved in a field since this person read the fact. */
    public record Theirs(String value, String by, String when) {
    }

    /**
     * Someone else saved the fact after this person read it.
     *
     * @param changes the other person's changes since, newest first
     */
    public record Collision(String message, List<ChangeView> changes) {
    }

    public EditPage {
        fields = List.copyOf(fields);
        sources = List.copyOf(sources);
    }

    /** Returns the problem with a field, or null. */
    public String problemWith(String field) {
        return form.problems().stream().filter(p -> p.field().equals(field)).map(p -> p.message().text()).findFirst().orElse(null);
    }

    /** Returns the language of the problem with a field (null for the page's). */
    public String problemLang(String field) {
        for (CalculatorForm.Problem p : form.problems()) {
            if (p.field().equals(field)) {
                return p.message().lang();
            }
        }
        return null;
    }

    /** Returns the ids of what describes a field: its problem, its hint, the other person's value. */
    public String describedBy(String field, boolean hint, boolean theirs) {
        String ids = (problemWith(field) != null ? field + "-problem " : "") + (hint ? field + "-hint " : "")
                + (theirs ? field + "-theirs" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    public String value(String name) {
        return form.get(name);
    }

    public List<CalculatorForm.Problem> problems() {
        return form.problems();
    }
}
