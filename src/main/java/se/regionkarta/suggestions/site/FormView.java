package se.regionkarta.suggestions.site;

import java.util.List;
import java.util.Map;
import se.regionkarta.site.CalculatorForm;

/** A form's fields as typed and its problems, each tied to its field, for a template to show. */
public record FormView(Map<String, String> values, List<CalculatorForm.Problem> problems) {

    public FormView {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }

    static FormView of(CalculatorForm form) {
        return new FormView(form.fields(), form.problems());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Returns the problem with a field, or null. */
    public String problemWith(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(p -> p.message().text()).findFirst().orElse(null);
    }

    /** Returns the language of the problem with a field (null for the page's), for a refusal the site did not word. */
    public String problemLang(String field) {
        for (CalculatorForm.Problem p : problems) {
            if (p.field().equals(field)) {
                return p.message().lang();
            }
        }
        return null;
    }

    /** Returns "true" when the field has a problem, else null (no attribute). */
    public String invalid(String field) {
        return problemWith(field) != null ? "true" : null;
    }

    /** Returns the ids of what describes a field: its hint, when it has one, and its problem. */
    public String describedBy(String field, boolean hint) {
        String ids = (hint ? field + "-hint " : "") + (problemWith(field) != null ? field + "-problem" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    /** Tells whether the field is the first with a problem, which takes the focus when there is no summary to read first. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
