package se.regionkarta.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.DatasetRules;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.dataset.model.Premise;
import se.regionkarta.dataset.model.Violation;
import se.regionkarta.provenance.model.Identified;

/**
 * What a load makes of the store: the data set's facts as given, and every fact the store holds
 * that the data set does not, ended rather than erased (issue 12). A dated fact is closed on the
 * load's day with the reason {@code not in <origin>}; any other is withdrawn, unless a fact that
 * stays refers to it (a closed appointment's person, the source a closed unit cites), and then it is
 * kept as it is. A closed fact the data set gives again, changed, is reopened.
 */
final class LoadPlan implements Writes.Plan {

    private final Dataset dataset;
    private final Function<Identified, String> fileOf;
    private final String origin;
    private final ObjectMapper json;
    private int kept;

    LoadPlan(Dataset dataset, Function<Identified, String> fileOf, String origin, ObjectMapper json) {
        this.dataset = dataset;
        this.fileOf = fileOf;
        this.origin = origin;
        this.json = json;
    }

    /**
     * Returns how many facts a load may end without being told to: 5 % of the registry's facts, but
     * never more than 25 and at least one. Deleting three leaf files of the bundled data ends 41 of
     * its 926 facts, an emptied directory 921: both are refused, a fact or two gone is not.
     */
    static int limit(int registry) {
        return Math.max(1, Math.min(25, registry / 20));
    }

    /** Returns how many facts the data set no longer holds were kept because facts that stay refer to them. */
    int kept() {
        return kept;
    }

    @Override
    public Writes.Target plan(Writes.Current current) {
        List<Writes.Next> facts = new ArrayList<>();
        Set<String> given = new HashSet<>();
        for (FactKind kind : FactKind.values()) {
            for (Identified fact : dataset.all(kind)) {
                String key = JdbiFactStore.key(kind.section(), fact.id());
                given.add(key);
                FactRow old = current.rows().get(key);
                // a closed fact given again as it was stored stays closed: an exported directory loads back unchanged
                boolean stillClosed = old != null && old.state() == FactState.CLOSED && current.fact(old).equals(fact);
                String file = fileOf.apply(fact) != null ? fileOf.apply(fact) : old == null ? null : old.file();
                facts.add(new Writes.Next(fact, stillClosed ? FactState.CLOSED : FactState.CURRENT, file, null));
            }
        }
        String why = "not in " + origin;
        Map<String, Writes.Next> withdraw = new LinkedHashMap<>();
        for (FactRow row : current.registry()) {
            if (given.contains(row.key())) {
                continue;
            }
            Identified fact = current.fact(row);
            FactKind kind = FactKind.of(fact);
            if (row.state() == FactState.CLOSED) {
                facts.add(new Writes.Next(fact, FactState.CLOSED, row.file(), null));
            } else if (Closing.of(kind) == Closing.Mode.CLOSE && !Closing.beginsAfter(fact, current.today())) {
                Identified closed = Closing.endedBy(fact, current.today()) ? fact : Closing.closedOn(fact, current.today(), json);
                facts.add(new Writes.Next(closed, FactState.CLOSED, row.file(), why));
            } else {
                withdraw.put(row.key(), new Writes.Next(fact, FactState.WITHDRAWN, row.file(), why));
            }
        }
        keepWhatStaysRefersTo(facts, withdraw, current);
        return new Writes.Target(facts, List.copyOf(withdraw.values()));
    }

    /**
     * Moves the facts to withdraw that facts staying refer to back among those staying, as they are,
     * until no reference of the registry points at a withdrawn fact (a kept person cites a source).
     */
    private void keepWhatStaysRefersTo(List<Writes.Next> facts, Map<String, Writes.Next> withdraw, Writes.Current current) {
        while (!withdraw.isEmpty()) {
            Dataset.Builder registry = new Dataset.Builder();
            facts.forEach(n -> registry.add(n.fact()));
            List<String> referred = new ArrayList<>();
            for (Violation v : DatasetRules.check(registry.build())) {
                for (Premise p : v.premises()) {
                    if (p.form() != Premise.Form.NO_SUCH) {
                        continue;
                    }
                    withdraw.keySet().stream().filter(key -> key.endsWith(":" + p.id())
                            && (p.kind() == null || key.equals(JdbiFactStore.key(p.kind().section(), p.id()))))
                            .forEach(referred::add);
                }
            }
            if (referred.isEmpty()) {
                return;
            }
            for (String key : referred) {
                Writes.Next n = withdraw.remove(key);
                if (n != null) {
                    FactRow row = current.rows().get(key);
                    facts.add(new Writes.Next(n.fact(), row.state(), row.file(), null));
                    kept++;
                }
            }
        }
    }
}
