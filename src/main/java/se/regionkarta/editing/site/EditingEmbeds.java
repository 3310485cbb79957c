package se.regionkarta.editing.site;

import gg.jte.Content;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.regionkarta.channels.model.Channel;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.editing.Writing;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.history.AuditEntry;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Embed;
import se.regionkarta.site.Link;
import se.regionkarta.site.Pages;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.store.FactRegions;

/**
 * What editing adds to the pages of units and regions: for a person who may change the fact, the
 * links to its forms (and, after a save, a short confirmation); for everyone, the latest changes
 * from the store's audit. A registry served from data files has neither.
 */
public final class EditingEmbeds {

    /** How many changes a page lists. */
    static final int SHOWN = 10;

    private final Pages pages;
    private final Writing writing;

    public EditingEmbeds(Pages pages, Writing writing) {
        this.pages = pages;
        this.writing = writing;
    }

    /**
     * The links an editor of the unit's region sees on its page.
     *
     * @param edit the unit's form
     * @param figures the forms of its key figures
     * @param channels the forms of its channels
     * @param saved whether the person comes back from a form that saved a change
     */
    public record Tools(String edit, List<Link> figures, List<Link> channels, String newFigure, String newChannel, boolean saved) {
    }

    /** The latest changes of a fact or a region, newest first. */
    public record Changes(List<ChangeView> items, boolean naming) {
    }

    /** Returns the links to a unit's forms, for a person who may change it; nothing for anyone else. */
    public Content unitTools(Unit u, Snapshot s, SiteRequest req) {
        if (!mayEdit(u, s, req)) {
            return Embed.NOTHING;
        }
        List<Link> figures = s.dataset().all(KeyFigure.class).stream().filter(f -> f.unitId().equals(u.id()))
                .sorted(Comparator.comparing(KeyFigure::id))
                .map(f -> new Link(req.swedish(EditPages.nameOf(f, s.dataset())), req.href("/redigera/figures/" + f.id()), null))
                .toList();
        List<Link> channels = s.dataset().all(Channel.class).stream().filter(c -> c.unitId().equals(u.id()))
                .filter(c -> c.validity().contains(req.today()))
                .map(c -> new Link(req.swedish(c.name()), req.href("/redigera/channels/" + c.id()), null)).toList();
        Tools tools = new Tools(req.href("/redigera/units/" + u.id()), figures, channels, req.href("/ny/figures?enhet=" + u.id()),
                req.href("/ny/channels?enhet=" + u.id()), req.query().containsKey(EditPages.SAVED));
        return pages.content("editing/tag/tools", Map.of("req", req, "tools", tools));
    }

    /** Returns a unit's latest changes; nothing when the registry has no store or the unit no change. */
    public Content unitChanges(Unit u, Snapshot s, SiteRequest req) {
        return changes(writing.store().map(st -> st.audit(FactKind.UNIT, u.id(), SHOWN)).orElse(List.of()), s, req, false);
    }

    /** Returns the latest changes of a region's facts; nothing when the registry has no store. */
    public Content regionChanges(Unit region, Snapshot s, SiteRequest req) {
        return changes(writing.store().map(st -> st.auditOfRegion(region.id(), SHOWN)).orElse(List.of()), s, req, true);
    }

    /**
     * Returns what a region's politics page gets: for its editors the forms of its bodies and
     * appointments, and for everyone the latest changes of its bodies, seats and appointments.
     */
    public Content politics(Unit region, Snapshot s, SiteRequest req) {
        List<AuditEntry> entries = writing.store().map(st -> st.auditOfRegion(region.id(), 200)).orElse(List.of()).stream()
                .filter(e -> POLITICS.contains(e.change().kind())).limit(SHOWN).toList();
        Content changes = changes(entries, s, req, true);
        if (!mayEdit(region, s, req)) {
            return changes;
        }
        List<Link> bodies = s.dataset().all(Body.class).stream().filter(b -> b.regionId().equals(region.id()))
                .filter(b -> b.validity().contains(req.today()))
                .map(b -> new Link(req.swedish(b.name()), req.href("/redigera/bodies/" + b.id()), null)).toList();
        List<Link> appointments = s.dataset().all(Appointment.class).stream().filter(a -> a.regionId().equals(region.id()))
                .filter(a -> a.validity().contains(req.today()))
                .map(a -> new Link(req.swedish(EditPages.nameOf(a, s.dataset())), req.href("/redigera/appointments/" + a.id()), null))
                .toList();
        Content links = pages.content("editing/tag/politics", Map.of("req", req, "bodies", bodies, "appointments", appointments,
                "saved", req.query().containsKey(EditPages.SAVED)));
        return output -> {
            links.writeTo(output);
            changes.writeTo(output);
        };
    }

    private static final java.util.Set<String> POLITICS = java.util.Set.of("bodies", "appointments", "seats");

    private Content changes(List<AuditEntry> entries, Snapshot s, SiteRequest req, boolean naming) {
        if (entries.isEmpty()) {
            return Embed.NOTHING;
        }
        List<ChangeView> items = entries.stream().sorted(Comparator.comparingLong((AuditEntry e) -> e.change().seq()).reversed())
                .map(e -> ChangeView.of(e, s, req, naming)).toList();
        return pages.content("editing/tag/changes", Map.of("req", req, "changes", new Changes(items, naming)));
    }

    private boolean mayEdit(Unit u, Snapshot s, SiteRequest req) {
        return writing.store().isPresent() && !req.principal().isAnonymous()
                && req.principal().mayEdit(new FactRegions(s.dataset()).of(u));
    }

}
