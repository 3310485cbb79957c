package se.regionkarta.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.dataset.DataFileWriter;
import se.regionkarta.dataset.FactCheck;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.provenance.model.Source;

/**
 * What edits make of the store ({@link Store#write}): the registry as it is, each edit's fact put in
 * place of the one it replaces (a new one after the last of its kind) or ended, and the check that
 * refuses the write: a version that moved ({@link StaleWrite}), or a registry the data files' rules
 * refuse ({@link BadInput}, every problem at once).
 */
final class EditPlan implements Writes.Plan, Writes.Check {

    private final List<Edit> edits;
    /** Closings that withdraw whatever the kind: a revert of the change that brought a fact in. */
    private final List<Edit> withdrawals;
    private final Why why;
    private final FactCheck rules;
    private final ObjectMapper json;
    private Dataset before;

    EditPlan(List<Edit> edits, List<Edit> withdrawals, Why why, FactCheck rules, ObjectMapper json) {
        this.edits = List.copyOf(edits);
        this.withdrawals = List.copyOf(withdrawals);
        this.why = why;
        this.rules = rules;
        this.json = json;
    }

    @Override
    public Writes.Target plan(Writes.Current current) {
        Map<String, Writes.Next> registry = new LinkedHashMap<>();
        Dataset.Builder was = new Dataset.Builder();
        for (FactRow row : current.registry()) {
            registry.put(row.key(), new Writes.Next(current.fact(row), row.state(), row.file(), null));
            was.add(current.fact(row));
        }
        before = was.build();
        List<Writes.Next> withdrawn = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Edit> all = new ArrayList<>(edits);
        all.addAll(withdrawals);
        for (Edit edit : all) {
            FactRow row = current.rows().get(edit.key());
            int version = row == null ? 0 : row.version();
            if (version != edit.expectedVersion()) {
                throw new StaleWrite(edit.kind(), edit.id(), edit.expectedVersion(), version);
            }
            if (edit.fact() != null) {
                String file = row != null && row.file() != null ? row.file() : fileForNew(edit.fact(), current, before);
                registry.put(edit.key(), new Writes.Next(edit.fact(), FactState.CURRENT, file, why.comment()));
            } else if (row == null || row.state() == FactState.WITHDRAWN) {
                problems.add(new Problem(edit.key(), 0, "id", edit.kind() + " '" + edit.id() + "' is not in the registry"));
            } else if (withdrawals.contains(edit) || Closing.of(edit.kind()) == Closing.Mode.WITHDRAW) {
                registry.remove(edit.key());
                withdrawn.add(new Writes.Next(current.fact(row), FactState.WITHDRAWN, row.file(), why.comment()));
            } else if (Closing.beginsAfter(current.fact(row), edit.closeOn())) {
                problems.add(new Problem(edit.key(), 0, "until", edit.kind().section() + " '" + edit.id() + "' begins on "
                        + ((Dated) current.fact(row)).validity().from() + " and cannot end before that, on " + edit.closeOn()));
            } else {
                Identified closed = Closing.closedOn(current.fact(row), edit.closeOn(), json);
                registry.put(edit.key(), new Writes.Next(closed, FactState.CLOSED, row.file(), why.comment()));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
        return new Writes.Target(List.copyOf(registry.values()), withdrawn);
    }

    /** Places a new fact beside the facts of its kind and region, else in the file a data directory would give it. */
    private static String fileForNew(Identified fact, Writes.Current current, Dataset before) {
        FactKind kind = FactKind.of(fact);
        String region = new FactRegions(new Dataset.Builder().addAll(before.facts().toList()).add(fact).build()).of(fact);
        return current.rows().values().stream()
                .filter(r -> r.kind().equals(kind.section()) && r.file() != null && java.util.Objects.equals(r.regionId(), region)
                        && DataFileWriter.fits(fact, r.file()))
                .map(FactRow::file).findFirst().orElseGet(() -> DataFileWriter.newFile(fact, region));
    }

    @Override
    public void check(Writes.Outcome outcome) {
        List<Identified> written = outcome.steps().stream().map(Writes.Step::fact).filter(f -> f != null).toList();
        List<Problem> problems = new ArrayList<>(rules.check(outcome.dataset(), before, written, outcome.fileOf()));
        if (why.sourceId() != null && outcome.dataset().all(Source.class).stream().noneMatch(s -> s.id().equals(why.sourceId()))) {
            problems.add(new Problem(null, 0, "sourceId", "source '" + why.sourceId() + "' is not in the registry"));
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
    }
}
