package se.regionkarta.history.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.regionkarta.history.HistoryQueries;
import se.regionkarta.history.model.RegistryDiff;
import se.regionkarta.politics.model.Body;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Crumb;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Link;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * What differs in a region between two days (issue 5): units added, closed, renamed and moved, the
 * seats of its bodies, and the events in between; chosen with a plain date form, no script needed.
 *
 * @param from the earlier day, ISO, for the form
 * @param to the later day, ISO, for the form
 */
public record ChangesPage(Shell shell, String regionId, Txt name, String from, String to, String between, String action,
        List<Link> added, List<Link> closed, List<Link> renamed, List<Link> moved, List<Seats> seats,
        List<HistorySection.EventRow> events) implements SitePage {

    /** The seats of one body on the two days, party by party. */
    public record Seats(Txt body, String termBefore, String termAfter, List<PartyRow> parties) {
    }

    /** One party's seats on the two days ("–" where it had none). */
    public record PartyRow(String party, String before, String after) {
    }

    /** True when nothing differs and no event took effect in between. */
    public boolean isEmpty() {
        return added.isEmpty() && closed.isEmpty() && renamed.isEmpty() && moved.isEmpty() && seats.isEmpty() && events.isEmpty();
    }

    public static ChangesPage build(Unit region, LocalDate from, LocalDate to, Snapshot s, SiteRequest req) {
        RegistryDiff diff = HistoryQueries.of(s).diff(region.id(), from, to);
        Txt name = FactRef.unitName(region, req);
        Shell shell = Shell.of(req, req.t("diff.title", name.text()), null,
                new Crumb(name, FactRef.unitHref(region, req)));
        List<List<Link>> byKind = new ArrayList<>();
        for (RegistryDiff.Change kind : RegistryDiff.Change.values()) {
            byKind.add(diff.units().stream().filter(c -> c.change() == kind).map(c -> link(c, from, to, s, req)).toList());
        }
        return new ChangesPage(shell, region.id(), name, from.toString(), to.toString(),
                req.t("diff.between", Fmt.day(from, req.lang()), Fmt.day(to, req.lang())), req.path(),
                byKind.get(0), byKind.get(1), byKind.get(2), byKind.get(3),
                diff.seats().stream().map(c -> seats(c, s, req)).toList(),
                diff.events().stream().map(e -> HistorySection.event(e, s, req)).toList());
    }

    /** Links a unit that differs: named and linked as on the later day, or the earlier one for a closed unit. */
    private static Link link(RegistryDiff.UnitChange c, LocalDate from, LocalDate to, Snapshot s, SiteRequest req) {
        boolean closed = c.change() == RegistryDiff.Change.CLOSED;
        Link unit = HistorySection.unitLink(c.unitId(), closed ? from : to, s, req);
        String meta = switch (c.change()) {
            case ADDED -> parent("diff.under", c.parentAfter(), to, s, req);
            case CLOSED -> parent("diff.was-under", c.parentBefore(), from, s, req);
            case RENAMED -> req.t("diff.formerly", c.nameBefore());
            case MOVED -> req.t("diff.moved-meta", parentName(c.parentBefore(), from, s), parentName(c.parentAfter(), to, s));
        };
        return new Link(unit.name(), unit.href(), meta);
    }

    private static String parent(String key, String parentId, LocalDate day, Snapshot s, SiteRequest req) {
        return parentId == null ? null : req.t(key, parentName(parentId, day, s));
    }

    private static String parentName(String id, LocalDate day, Snapshot s) {
        return id == null ? "–" : s.unit(id).map(u -> u.nameOn(day)).orElse(id);
    }

    private static Seats seats(RegistryDiff.SeatChange c, Snapshot s, SiteRequest req) {
        Set<String> parties = new LinkedHashSet<>(c.before().keySet());
        parties.addAll(c.after().keySet());
        List<PartyRow> rows = parties.stream().map(p -> new PartyRow(p, count(c.before(), p), count(c.after(), p))).toList();
        Txt body = s.get(Body.class, c.bodyId()).map(b -> req.data(b.name(), b.nameEn()))
                .orElse(req.swedish(c.bodyName()));
        return new Seats(body, c.termBefore() == null ? req.t("diff.no-term") : c.termBefore(),
                c.termAfter() == null ? req.t("diff.no-term") : c.termAfter(), rows);
    }

    private static String count(Map<String, Integer> seats, String party) {
        Integer n = seats.get(party);
        return n == null ? "–" : String.valueOf(n);
    }
}
