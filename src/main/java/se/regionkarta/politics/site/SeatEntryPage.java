package se.regionkarta.politics.site;

import java.util.List;
import java.util.Map;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.Txt;

/**
 * The form that enters an assembly's seats for a term from the votes ({@code /region/{id}/politik/mandat}):
 * step 1 computes the seats with the election engine and shows them for checking, step 2 saves them.
 *
 * @param action where the form is sent
 * @param csrf the session's token, which the form carries
 * @param assembly the assembly's name
 * @param parties the parties with a votes field, in order
 * @param constituencies 1, 2, … one per constituency shown
 * @param form the fields as typed (or as the form starts)
 * @param stored the seats the registry holds for the chosen term, "S 24, M 12 … (67)", or null when it holds none
 * @param result the seats computed, or null before computing or when the input has problems
 * @param collision what someone else saved meanwhile, or null
 */
public record SeatEntryPage(Shell shell, String action, String csrf, Txt assembly, String politicsHref, List<Option> terms,
        List<PartyField> parties, List<Integer> constituencies, int extraParties, List<Option> sources, Map<String, String> form,
        List<CalculatorForm.Problem> problems, String stored, String storedTerm, Result result, String collision)
        implements SitePage {

    public SeatEntryPage {
        problems = List.copyOf(problems);
    }

    /** A choice in a list: its value and what people read. */
    public record Option(String value, String label) {
    }

    /** A party with a votes field: its abbreviation and name. */
    public record PartyField(String id, Txt name) {
    }

    /** The seats computed: one line, the table, and whether a lot decided a seat. */
    public record Result(String summary, List<Row> rows, int total, boolean lot, String checked) {
    }

    /** A party that reached the threshold. */
    public record Row(String id, Txt name, String votes, String share, int fixed, int adjustment, int total) {
    }

    /** Returns a field's value as typed. */
    public String value(String field) {
        return form.getOrDefault(field, "");
    }

    /** Returns the problem with a field, or null. */
    public Txt problemWith(String field) {
        return problems.stream().filter(p -> field.equals(p.field())).map(CalculatorForm.Problem::message).findFirst().orElse(null);
    }

    /** Returns the ids that describe a field: its hint and its problem; null when none. */
    public String describedBy(String field, String hint) {
        String ids = (hint == null ? "" : hint + " ") + (problemWith(field) != null ? field + "-problem" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    public String votesField(int constituency, String party) {
        return SeatEntryForm.votes(constituency, party);
    }

    public String nameField(int constituency) {
        return SeatEntryForm.name(constituency);
    }

    public String eligibleField(int constituency) {
        return SeatEntryForm.eligible(constituency);
    }

    public String fixedField(int constituency) {
        return SeatEntryForm.fixed(constituency);
    }

    public String othersField(int constituency) {
        return SeatEntryForm.others(constituency);
    }

    public String extraField(int j) {
        return SeatEntryForm.extra(j);
    }

    public String extraVotesField(int constituency, int j) {
        return SeatEntryForm.extraVotes(constituency, j);
    }

    public List<Integer> extras() {
        return java.util.stream.IntStream.rangeClosed(1, extraParties).boxed().toList();
    }
}
