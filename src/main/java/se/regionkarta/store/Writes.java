package se.regionkarta.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import se.regionkarta.dataset.DataFileWriter;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;

/**
 * Runs every write of the store, loads and edits alike, the same way: inside one transaction that
 * first takes the writers' lock ({@link JdbiFactStore#lockWriters}), it reads what the store holds,
 * asks the plan what the store shall hold, lets the check refuse it (nothing is written then),
 * writes only what differs (each update only if the fact still has the version read), numbers the
 * changes gap-free from the locked counter and logs each with who, why and the fact before and after
 * (docs/decisions/0021-closing-not-erasing-and-serialised-writes.md).
 */
final class Writes {

    /** What one fact shall be after the write: its record, its state, its data file (null: unknown) and why it changed. */
    record Next(Identified fact, FactState state, String file, String comment) {
    }

    /**
     * What the store shall hold: every fact of the registry (current and closed), in the order they
     * are to keep before their files arrange them, and the facts to withdraw.
     */
    record Target(List<Next> facts, List<Next> withdrawn) {
    }

    /** Decides, from what the store holds, what it shall hold. Runs inside the lock. */
    interface Plan {
        Target plan(Current current);
    }

    /** Looks at what a write would do before anything is written, and throws to refuse it. */
    interface Check {
        void check(Outcome outcome);
    }

    /** Who writes and why, for the change log; {@code origin} only for a load, for the load log. */
    record Stamp(String actor, String sourceId, Long reverts, String origin) {
    }

    /** One change to one fact: what it was (null: never stored), what it becomes, and its record (null: withdrawn). */
    record Step(Action action, FactRow before, FactRow after, Identified fact, String comment) {
    }

    /**
     * What a write does: its changes, the facts that only move in their kind's order, and the
     * registry after it, arranged as its data files give it.
     */
    record Outcome(List<Step> steps, List<FactRow> moves, Dataset dataset, Function<Identified, String> fileOf,
            Current current, int unchanged) {

        int count(Action action) {
            return (int) steps.stream().filter(s -> s.action() == action).count();
        }
    }

    /** A write done: its outcome and the sequence numbers of its changes, in the order of its steps. */
    record Done(Outcome outcome, List<Long> seqs) {
    }

    /** What the store holds when a write begins, read inside the lock. */
    static final class Current {
        private final Map<String, FactRow> rows;
        private final Map<String, Identified> parsed = new HashMap<>();
        private final ObjectMapper json;
        private final LocalDate today;

        Current(Map<String, FactRow> rows, ObjectMapper json, LocalDate today) {
            this.rows = rows;
            this.json = json;
            this.today = today;
        }

        /** Returns every stored fact, withdrawn ones too, by {@code kind:id}, kind by kind in the editors' order. */
        Map<String, FactRow> rows() {
            return rows;
        }

        /** Returns the day of the write, by the store's clock. */
        LocalDate today() {
            return today;
        }

        /** Returns the record of a stored fact. */
        Identified fact(FactRow row) {
            return parsed.computeIfAbsent(row.key(), k -> parse(row));
        }

        /** Returns the facts of the registry (not withdrawn), kind by kind in their order. */
        List<FactRow> registry() {
            List<FactRow> out = new ArrayList<>();
            for (FactKind kind : FactKind.values()) {
                rows.values().stream().filter(r -> r.kind().equals(kind.section()) && r.state() != FactState.WITHDRAWN)
                        .forEach(out::add);
            }
            return out;
        }

        private Identified parse(FactRow row) {
            FactKind kind = FactKind.named(row.kind())
                    .orElseThrow(() -> new IllegalStateException("the store holds an unknown kind of fact: " + row.kind()));
            try {
                return json.readValue(row.doc(), kind.type());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored " + kind + " document cannot be read: " + e.getOriginalMessage(), e);
            }
        }
    }

    private final Jdbi jdbi;
    private final boolean postgres;
    private final ObjectMapper json;

    Writes(Jdbi jdbi, boolean postgres, ObjectMapper json) {
        this.jdbi = jdbi;
        this.postgres = postgres;
        this.json = json;
    }

    /** Runs one write in one transaction; the caller holds the home lock where there is one. */
    Done run(Plan plan, Check check, Stamp stamp, OffsetDateTime at) {
        return jdbi.inTransaction(handle -> {
            JdbiFactStore sql = new JdbiFactStore(handle);
            long seq = sql.lockWriters(postgres);
            Current current = new Current(sql.all(), json, at.toLocalDate());
            Outcome outcome = outcome(current, plan.plan(current));
            check.check(outcome);
            List<Long> seqs = apply(sql, outcome, stamp, at, seq);
            if (stamp.origin() != null && !outcome.steps().isEmpty()) {
                sql.logLoad(at, stamp.actor(), stamp.origin(), outcome);
            }
            return new Done(outcome, seqs);
        });
    }

    /** Compares what the store shall hold with what it holds. */
    private Outcome outcome(Current current, Target target) {
        Dataset.Builder registry = new Dataset.Builder();
        Map<Identified, Next> byFact = new IdentityHashMap<>();
        for (Next n : target.facts()) {
            registry.add(n.fact());
            byFact.put(n.fact(), n);
        }
        Function<Identified, String> fileOf = f -> {
            Next n = byFact.get(f);
            return n != null && n.file() != null ? n.file() : DataFileWriter.flatFile(f);
        };
        Dataset arranged = DataFileWriter.arrange(registry.build(), fileOf);
        FactRegions regions = new FactRegions(arranged);
        List<Step> steps = new ArrayList<>();
        List<FactRow> moves = new ArrayList<>();
        int unchanged = 0;
        for (FactKind kind : FactKind.values()) {
            List<? extends Identified> facts = arranged.all(kind);
            for (int position = 0; position < facts.size(); position++) {
                Next n = byFact.get(facts.get(position));
                FactRow old = current.rows().get(JdbiFactStore.key(kind.section(), n.fact().id()));
                FactRow row = row(kind, n.fact(), regions.of(n.fact()), old == null ? 1 : old.version() + 1, position,
                        n.state(), n.file());
                Action action = action(old, row);
                if (action != null) {
                    steps.add(new Step(action, old, row, n.fact(), n.comment()));
                } else {
                    unchanged++;
                    if (old.position() != position || !Objects.equals(old.file(), n.file())) {
                        moves.add(row);
                    }
                }
            }
        }
        for (Next n : target.withdrawn()) {
            FactKind kind = FactKind.of(n.fact());
            FactRow old = current.rows().get(JdbiFactStore.key(kind.section(), n.fact().id()));
            if (old != null && old.state() != FactState.WITHDRAWN) {
                steps.add(new Step(Action.WITHDRAW, old, new FactRow(old.kind(), old.id(), old.regionId(), old.validFrom(),
                        old.validUntil(), old.doc(), old.version() + 1, old.position(), FactState.WITHDRAWN, old.file()), null,
                        n.comment()));
            }
        }
        return new Outcome(steps, moves, arranged, fileOf, current, unchanged);
    }

    /** Returns what turns the old row into the new one, or null when nothing does. */
    private static Action action(FactRow old, FactRow row) {
        if (old == null) {
            return Action.INSERT;
        }
        if (old.state() == FactState.WITHDRAWN || old.state() == FactState.CLOSED && row.state() == FactState.CURRENT) {
            return Action.REOPEN;
        }
        if (old.state() == FactState.CURRENT && row.state() == FactState.CLOSED) {
            return Action.CLOSE;
        }
        return old.doc().equals(row.doc()) ? null : Action.UPDATE;
    }

    private List<Long> apply(JdbiFactStore sql, Outcome outcome, Stamp stamp, OffsetDateTime at, long lastSeq) {
        List<FactRow> inserts = new ArrayList<>();
        Map<FactRow, Integer> updates = new LinkedHashMap<>();
        Map<FactRow, List<SourceRef>> sources = new LinkedHashMap<>();
        Map<String, List<ParentLink>> parents = new LinkedHashMap<>();
        List<JdbiFactStore.LogRow> log = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        long seq = lastSeq;
        for (Step step : outcome.steps()) {
            FactRow row = step.after();
            if (step.before() == null) {
                inserts.add(row);
            } else {
                updates.put(row, step.before().version());
            }
            Identified fact = step.fact();
            sources.put(row, fact instanceof Fact f ? f.sources() : List.of());
            if (row.kind().equals(FactKind.UNIT.section())) {
                parents.put(row.id(), fact instanceof Unit u ? u.parents() : List.of());
            }
            seqs.add(++seq);
            log.add(new JdbiFactStore.LogRow(seq, step.action().column(), step.before(), row, stamp.actor(), stamp.sourceId(),
                    step.comment(), stamp.reverts()));
        }
        sql.insert(inserts, at);
        sql.update(updates, at);
        sql.reposition(outcome.moves());
        sql.replaceSources(sources);
        sql.replaceParents(parents);
        sql.logChanges(log, at);
        sql.counted(seq);
        return seqs;
    }

    private FactRow row(FactKind kind, Identified fact, String regionId, int version, int position, FactState state,
            String file) {
        Validity validity = fact instanceof Dated d ? d.validity() : Validity.ALWAYS;
        LocalDate from = validity.from() == null ? null : validity.from().firstDay();
        LocalDate until = validity.until() == null ? null : validity.until().lastDay();
        try {
            return new FactRow(kind.section(), fact.id(), regionId, from, until, json.writeValueAsString(fact), version, position,
                    state, file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + kind + " '" + fact.id() + "' as JSON", e);
        }
    }
}
