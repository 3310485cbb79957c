package se.regionkarta.snapshot;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Identified;

/**
 * What was in force on a day: the one rule behind every "as of" read that is more than a lookup of
 * validity (figures, the export, the conflicts of a day). Issue 5.
 */
public final class InForce {

    private InForce() {
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
     * Returns the facts in force on a day: every dated fact whose period holds it, the seats of the
     * term running then, the figures {@link #figure shown} then, the persons who held a role then,
     * the claims about facts kept, and the change events that had taken effect by then (the
     * history so far). Sources, metrics and parties are reference data and are kept whole. Records
     * are kept whole too (a unit keeps all its parent links and former names): this filters, it
     * does not rewrite.
     */
    public static Dataset on(Dataset d, LocalDate day) {
        Dataset.Builder b = new Dataset.Builder()
                .add(FactKind.SOURCE, d.sources()).add(FactKind.METRIC, d.metrics()).add(FactKind.PARTY, d.parties());
        for (FactKind<?> kind : FactKind.ALL) {
            if (Dated.class.isAssignableFrom(kind.type()) && kind != FactKind.EVENT && kind != FactKind.TERM) {
                addDated(b, kind, d, day);
            }
        }
        List<Term> terms = d.terms().stream().filter(t -> t.validity().contains(day)).toList();
        Set<String> termIds = new HashSet<>(terms.stream().map(Term::id).toList());
        b.add(FactKind.TERM, terms);
        b.add(FactKind.SEAT, d.seats().stream().filter(s -> termIds.contains(s.termId())).toList());
        b.add(FactKind.FIGURE, d.figures().stream().filter(f -> figure(f, day)).toList());
        Dataset dated = b.build();
        Set<String> holders = new HashSet<>(dated.appointments().stream().map(Appointment::personId).toList());
        Set<String> dropped = droppedIds(d, dated);
        return new Dataset(dated.sources(), dated.metrics(), dated.parties(), dated.terms(), dated.units(), dated.posts(),
                dated.coordinationGroups(), dated.bodies(), dated.seats(), dated.coalitions(),
                d.persons().stream().filter(p -> holders.contains(p.id())).toList(), dated.appointments(),
                dated.healthcareRegions(), dated.cooperationBodies(), dated.programmeAreas(), dated.decisions(), dated.careChoiceSchemes(), dated.schemeProviders(),
                dated.figures(), dated.plans(), dated.channels(),
                d.claims().stream().filter(c -> !dropped.contains(c.subjectId())).toList(),
                d.events().stream().filter(e -> !e.date().firstDay().isAfter(day)).toList());
    }

    /** Adds the facts of a dated kind whose period holds the day. */
    private static <T extends Identified> void addDated(Dataset.Builder b, FactKind<T> kind, Dataset d, LocalDate day) {
        b.add(kind, kind.of(d).stream().filter(f -> ((Dated) f).validity().contains(day)).toList());
    }

    /** Returns the ids of dated facts left out, so that claims about them go too. */
    private static Set<String> droppedIds(Dataset all, Dataset kept) {
        Set<String> keptIds = new HashSet<>();
        Set<String> dropped = new HashSet<>();
        for (FactKind<?> kind : FactKind.ALL) {
            kind.of(kept).forEach(f -> keptIds.add(f.id()));
        }
        for (FactKind<?> kind : FactKind.ALL) {
            if (kind != FactKind.CLAIM) {
                kind.of(all).stream().map(Identified::id).filter(id -> !keptIds.contains(id)).forEach(dropped::add);
            }
        }
        return dropped;
    }
}
