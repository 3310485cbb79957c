package se.regionkarta.suggestions.site;

import java.util.List;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.Txt;

/** The view models of the suggestion pages. */
public final class SuggestionViews {

    private SuggestionViews() {
    }

    /**
     * The form a reader fills in about one fact.
     *
     * @param csrf the session's token when the reader is logged in, else null
     * @param token the form's own token ({@link FormToken})
     * @param available whether suggestions can be taken here (the service runs on a store)
     */
    public record Form(Shell shell, FactRef fact, String action, String csrf, String token, FormView form, boolean available,
            int longestText, int longestStated, int longestContact) implements SitePage {
    }

    /** The page after a suggestion was taken. */
    public record Thanks(Shell shell, FactRef fact) implements SitePage {
    }

    /** The page of a suggestion refused by a limit: when to try again. */
    public record Limited(Shell shell, FactRef fact, String when) implements SitePage {
    }

    /**
     * One suggestion as editors see it.
     *
     * @param fact the fact it is about; its link is null when the fact is no longer served
     * @param contact the reader's contact, or null
     * @param decision who decided it, when and how, or null while open
     * @param changeSeq the number of the change it became, or null
     */
    public record Item(long id, String received, FactRef fact, String wrong, String right, String statedAt, boolean statedIsAddress,
            String contact, boolean open, String decision, String reason, Long changeSeq, String decideHref) {
    }

    /** A region's queue: the open suggestions and the latest decided. */
    public record Queue(Shell shell, Txt region, List<Item> open, List<Item> decided, String notice) implements SitePage {
    }

    /** A field of a fact an editor can correct, with its value now. */
    public record Choice(String name, String label, String current, boolean selected) {
    }

    /**
     * One suggestion with the two decisions: accept with a correction, or decline with a reason.
     *
     * @param version the fact's version when the page was made, sent back with the correction
     * @param collision what someone else changed since, or null
     * @param notice a sentence above the forms (already decided), or null
     */
    public record Decide(Shell shell, Item item, List<Choice> choices, String version, String csrf, String acceptAction,
            String declineAction, String queueHref, FormView form, String collision, String notice) implements SitePage {

        public List<CalculatorForm.Problem> problems() {
            return form.problems();
        }
    }
}
