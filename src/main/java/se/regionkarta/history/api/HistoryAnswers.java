package se.regionkarta.history.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.history.Change;
import se.regionkarta.history.HistoryQueries;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.ChangeKind;
import se.regionkarta.history.model.Lineage;
import se.regionkarta.history.model.RegistryDiff;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/**
 * Answers the API's questions about history from one snapshot: change events, lineage with the
 * figures of predecessors, and what differs in a region between two days; and shapes the change feed.
 */
final class HistoryAnswers {

    /** The rule for predecessors' figures, stated in every lineage answer (see History#predecessorFigures). */
    static final String FIGURE_RULE = "Key figures of predecessors are history: they are shown beside the unit's own "
            + "figures, each labelled with the predecessor and the event, and are never added into them.";

    /** A unit named as it was on the day that matters (before an event for its originals, on it for its results). */
    record UnitName(String id, String name) {
    }

    /** A change event with its units named as they were around it. */
    record EventView(@JsonUnwrapped ChangeEvent event, List<UnitName> originalUnits, List<UnitName> resultUnits,
            UnitName newParentUnit) {
    }

    /** One link of a lineage: {@code from} became (part of) {@code to} through the event. */
    record Step(String eventId, ChangeKind kind, PartialDate date, String decidedBy, PartialDate decidedOn, UnitName from,
            UnitName to, int depth, List<SourceRef> sources) {
    }

    /** A key figure of a predecessor, labelled with the predecessor and the event that links it to the unit. */
    record PredecessorFigure(UnitName predecessor, String eventId, ChangeKind kind, PartialDate date, int depth,
            KeyFigure figure) {
    }

    /** Where a unit comes from and what it became, and its predecessors' figures with the rule for them. */
    record LineageView(String unitId, String name, List<Step> predecessors, List<Step> successors, List<EventView> ownEvents,
            List<PredecessorFigure> predecessorFigures, String figureRule) {
    }

    /** What differs in a region between two days, the events in between named. */
    record DiffView(String regionId, String name, LocalDate from, LocalDate to, List<RegistryDiff.UnitChange> units,
            List<RegistryDiff.SeatChange> seats, List<EventView> events) {
    }

    /**
     * One change in the feed, with the API address of the fact where it has one, and why it was made:
     * the source it cites, a comment (for a load's closing: {@code not in DIR}), the fact's version
     * after it and the change it reverts (each absent when the log has none).
     */
    record ChangeItem(long seq, OffsetDateTime at, String actor, String action, String kind, String id, String regionId,
            String href, String sourceId, String comment, Integer version, Long reverts) {
    }

    /**
     * A page of the change feed, oldest first. {@code next} always resumes after the last change
     * given (or where the request started, when none was): following it returns only newer changes.
     */
    record ChangeFeed(List<ChangeItem> items, int limit, OffsetDateTime since, long after, String next) {
    }

    /** The API collection of each kind of fact that has a resource of its own. */
    private static final Map<String, String> COLLECTIONS = Map.of("units", "units", "bodies", "bodies",
            "persons", "persons", "sources", "sources", "healthcare_regions", "healthcare-regions", "events", "events");

    private final Snapshot snapshot;

    HistoryAnswers(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** What the list of events is narrowed to; null means "not narrowed". */
    record Filter(String region, String unit, ChangeKind kind, LocalDate from, LocalDate to) {
    }

    List<EventView> events(Filter f) {
        List<ChangeEvent> base = f.unit() != null ? HistoryQueries.of(snapshot).eventsOf(f.unit()) : snapshot.dataset().all(ChangeEvent.class);
        java.util.Set<ChangeEvent> ofRegion = f.region() == null ? null
                : new java.util.HashSet<>(HistoryQueries.of(snapshot).eventsOfRegion(f.region()));
        return base.stream()
                .filter(e -> f.kind() == null || e.kind() == f.kind())
                .filter(e -> ofRegion == null || ofRegion.contains(e))
                .filter(e -> f.from() == null || !e.date().lastDay().isBefore(f.from()))
                .filter(e -> f.to() == null || !e.date().firstDay().isAfter(f.to()))
                .sorted(java.util.Comparator.comparing(ChangeEvent::date))
                .map(this::view).toList();
    }

    Optional<EventView> event(String id) {
        return snapshot.get(ChangeEvent.class, id).map(this::view);
    }

    Optional<LineageView> lineage(String unitId) {
        return snapshot.unit(unitId).map(u -> {
            Lineage l = HistoryQueries.of(snapshot).lineage(unitId);
            return new LineageView(unitId, u.name(), l.predecessors().stream().map(this::step).toList(),
                    l.successors().stream().map(this::step).toList(), l.ownEvents().stream().map(this::view).toList(),
                    HistoryQueries.of(snapshot).predecessorFigures(unitId).stream().map(f -> new PredecessorFigure(
                            name(f.step().from(), before(f.step().event())), f.step().event().id(), f.step().event().kind(),
                            f.step().event().date(), f.step().depth(), f.figure())).toList(),
                    FIGURE_RULE);
        });
    }

    DiffView diff(Unit region, LocalDate from, LocalDate to) {
        RegistryDiff d = HistoryQueries.of(snapshot).diff(region.id(), from, to);
        return new DiffView(region.id(), region.nameOn(to), from, to, d.units(), d.seats(),
                d.events().stream().map(this::view).toList());
    }

    /** Shapes a page of the change log as the feed answers it. */
    static ChangeFeed feed(List<Change> changes, int limit, OffsetDateTime since, long after) {
        long last = changes.isEmpty() ? after : changes.get(changes.size() - 1).seq();
        String next = "/api/v1/changes?" + (since == null ? "" : "since=" + since.toString().replace("+", "%2B") + "&")
                + "after=" + last + "&limit=" + limit;
        return new ChangeFeed(changes.stream().map(c -> new ChangeItem(c.seq(), c.at(), c.actor(), c.action(), c.kind(),
                c.id(), c.regionId(), href(c), c.sourceId(), c.comment(), c.version(), c.reverts())).toList(), limit, since,
                after, next);
    }

    private static String href(Change c) {
        String collection = COLLECTIONS.get(c.kind());
        return collection == null || c.action().equals("delete") || c.action().equals("withdraw") ? null : "/api/v1/" + collection + "/" + c.id();
    }

    private EventView view(ChangeEvent e) {
        LocalDate day = e.date().firstDay();
        return new EventView(e, e.originals().stream().map(id -> name(id, day.minusDays(1))).toList(),
                e.results().stream().map(id -> name(id, day)).toList(),
                e.newParent() == null ? null : name(e.newParent(), day));
    }

    private Step step(Lineage.Step s) {
        ChangeEvent e = s.event();
        return new Step(e.id(), e.kind(), e.date(), e.decidedBy(), e.decidedOn(),
                name(s.from(), before(e)), name(s.to(), e.date().firstDay()), s.depth(), e.sources());
    }

    private static LocalDate before(ChangeEvent e) {
        return e.date().firstDay().minusDays(1);
    }

    private UnitName name(String id, LocalDate day) {
        return new UnitName(id, snapshot.unit(id).map(u -> u.nameOn(day)).orElse(id));
    }
}
