package se.regionkarta.snapshot;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Identified;

/**
 * What was in force on a day: the one rule behind every "as of" read that is more than a lookup of
 * validity (figures, the export, the conflicts of a day). Issue 5.
 */
public final class InForce {

    /** How the facts of a kind are kept as of a day; every kind has one ({@link #ruleOf}). */
    enum Rule {
        /** Reference data, kept whole: sources, metrics, parties. */
        REFERENCE,
        /** Kept when its period holds the day. */
        VALID_ON_DAY,
        /** Seats: kept when they belong to the term running on the day. */
        TERM_RUNNING,
        /** Key figures: kept when {@link #figure shown} on the day. */
        SHOWN_ON_DAY,
        /** Persons: kept when they hold a role kept. */
        HOLDS_A_ROLE,
        /** Claims: kept when the fact they are about is kept. */
        ABOUT_A_KEPT_FACT,
        /** Change events: kept when they had taken effect by the day (the history so far). */
        TAKEN_EFFECT
    }

    private InForce() {
    }

    /** Returns how facts of a kind are kept as of a day. A new kind must say so here. */
    static Rule ruleOf(FactKind kind) {
        return switch (kind) {
            case SOURCE, METRIC, PARTY -> Rule.REFERENCE;
            case TERM, UNIT, POST, COORDINATION_GROUP, BODY, COALITION, APPOINTMENT, HEALTHCARE_REGION, COOPERATION_BODY,
                    PROGRAMME_AREA, DECISION, CARE_CHOICE_SCHEME, SCHEME_PROVIDER, PLAN, CHANNEL -> Rule.VALID_ON_DAY;
            case SEAT -> Rule.TERM_RUNNING;
            case FIGURE -> Rule.SHOWN_ON_DAY;
            case PERSON -> Rule.HOLDS_A_ROLE;
            case CLAIM -> Rule.ABOUT_A_KEPT_FACT;
            case EVENT -> Rule.TAKEN_EFFECT;
        };
    }

    /**
     * Tells whether a key figure is shown as of a day: a figure that refers to a period or a date
     * after the day (a yearly figure for a later year, a count as of a later date) is left out;
     * undated figures and figures of the day's year or earlier are shown.
     */
    public static boolean figure(KeyFigure f, LocalDate day) {
        if (f.period().year() != null && f.period().year() > day.getYear()) {
            return false;
        }
        return f.asOf() == null || !f.asOf().firstDay().isAfter(day);
    }

    /**
     * Returns the facts in force on a day, each kind by its {@link Rule}. Records are kept whole (a
     * unit keeps all its parent links and former names): this filters, it does not rewrite.
     */
    public static Dataset on(Dataset d, LocalDate day) {
        Set<String> runningTerms = new HashSet<>();
        d.all(Term.class).stream().filter(t -> t.validity().contains(day)).forEach(t -> runningTerms.add(t.id()));
        Set<String> roleHolders = new HashSet<>();
        d.all(Appointment.class).stream().filter(a -> a.validity().contains(day)).forEach(a -> roleHolders.add(a.personId()));
        Set<String> keptIds = new HashSet<>();
        Set<String> dropped = new HashSet<>();
        Dataset.Builder kept = new Dataset.Builder();
        for (FactKind kind : FactKind.values()) {
            Rule rule = ruleOf(kind);
            if (rule == Rule.ABOUT_A_KEPT_FACT) {
                continue; // decided below, once every other kind is
            }
            for (Identified fact : d.all(kind)) {
                boolean keep = switch (rule) {
                    case REFERENCE -> true;
                    case VALID_ON_DAY -> ((Dated) fact).validity().contains(day);
                    case TERM_RUNNING -> runningTerms.contains(((SeatCount) fact).termId());
                    case SHOWN_ON_DAY -> figure((KeyFigure) fact, day);
                    case HOLDS_A_ROLE -> roleHolders.contains(fact.id());
                    case TAKEN_EFFECT -> !((ChangeEvent) fact).date().firstDay().isAfter(day);
                    case ABOUT_A_KEPT_FACT -> throw new IllegalStateException("claims are kept below");
                };
                if (keep) {
                    kept.add(fact);
                    keptIds.add(fact.id());
                } else {
                    dropped.add(fact.id());
                }
            }
        }
        dropped.removeAll(keptIds); // an id kept as one kind of fact is still there to be talked about
        d.all(Claim.class).stream().filter(c -> !dropped.contains(c.subjectId())).forEach(kept::add);
        return kept.build();
    }
}
