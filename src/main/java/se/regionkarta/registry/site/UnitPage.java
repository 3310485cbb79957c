package se.regionkarta.registry.site;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.regionkarta.history.Change;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Post;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Cite;
import se.regionkarta.site.Crumb;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.FigureRow;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.JsonLd;
import se.regionkarta.site.Link;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * A unit: where it sits, what is below it, its key figures with their sources, identifiers,
 * location, the political body that governs it, its posts and channels, and the decisions of
 * healthcare regions' joint bodies that concern it.
 *
 * @param history the unit's history, drawn by that feature
 * @param decisions the joint bodies' decisions that concern the unit, drawn by that feature
 * @param recorded who recorded the unit last, and when
 * @param editTools the links to the unit's forms, for a person who may change it (drawn by editing)
 * @param changes the unit's latest changes (drawn by editing)
 */
public record UnitPage(Shell shell, String id, Txt name, Txt otherName, boolean exists, String period, Txt description,
        Txt note, List<UnitFacts.Row> facts, List<Link> children, List<FigureRow> figures, List<Link> governedBy,
        List<PostView> posts, List<Link> parents, List<ChannelView> channels, List<Cite> cites, Link region,
        Content history, Content decisions, String recorded, Content editTools, Content changes) implements SitePage {

    /** A leadership post of an official. */
    public record PostView(String id, Txt title, Txt holder, Txt reportsTo, Txt description, Txt note, List<Cite> cites) {
    }

    /**
     * Builds the page; {@code recorded} is the unit's latest change in the store's log, where known, and
     * {@code embeds} draw what other features add to it (its history, the decisions about it).
     */
    static UnitPage build(Unit u, Snapshot s, SiteRequest req, Optional<Change> recorded, RegistryPages.Embeds embeds) {
        Txt name = FactRef.unitName(u, req);
        List<Unit> chain = s.ancestry(u.id(), req.day());
        Crumb[] steps = chain.subList(0, Math.max(0, chain.size() - 1)).stream()
                .map(a -> new Crumb(FactRef.unitName(a, req), FactRef.unitHref(a, req))).toArray(Crumb[]::new);
        Shell shell = Shell.of(req, name, JsonLd.organisation(u, s, req.day(), req.origin()), steps);
        List<Link> children = s.children(u.id(), req.day()).stream()
                .map(c -> new Link(FactRef.unitName(c, req), FactRef.unitHref(c, req), kind(c, req))).toList();
        Link region = FactRef.regionOf(u, s, req.day())
                .map(r -> new Link(FactRef.unitName(r, req), FactRef.unitHref(r, req), null)).orElse(null);
        return new UnitPage(shell, u.id(), name, UnitFacts.otherName(u, req), u.validity().contains(req.day()),
                Fmt.validity(u.validity(), req.texts(), req.lang()), req.data(u.description(), u.descriptionEn()),
                req.english(u.note()), UnitFacts.rows(u, s, req), children, FigureRow.of(u, s, req, false),
                UnitFacts.governors(u, s, req), posts(u, s, req), parents(u, s, req), ChannelView.of(Set.of(u.id()), s, req),
                Cite.of(u.sources(), s, req), region, embeds.history().render(u, s, req), embeds.decisions().render(u, s, req),
                Fmt.recorded(recorded, req), embeds.editTools().render(u, s, req), embeds.unitChanges().render(u, s, req));
    }

    private static String kind(Unit c, SiteRequest req) {
        String kind = req.lang().pick(c.kind().swedish(), c.kind().english());
        return c.location() != null && c.location().town() != null ? kind + ", " + c.location().town() : kind;
    }

    private static List<PostView> posts(Unit u, Snapshot s, SiteRequest req) {
        List<PostView> posts = new ArrayList<>();
        for (Post p : s.dataset().all(Post.class)) {
            if (p.unitId().equals(u.id()) && p.validity().contains(req.day())) {
                Txt reportsTo = p.reportsTo() == null ? null : s.dataset().all(Post.class).stream()
                        .filter(o -> o.id().equals(p.reportsTo())).findFirst()
                        .map(o -> req.swedish(o.title() + ", " + s.nameOf(o.unitId()))).orElse(null);
                String title = p.title().equals(p.kind().swedish()) ? req.lang().pick(p.kind().swedish(), p.kind().english()) : null;
                posts.add(new PostView(p.id(), title != null ? new Txt(Fmt.capitalised(title), null) : req.swedish(p.title()),
                        req.swedish(p.holder()), reportsTo, req.swedish(p.description()), req.english(p.note()),
                        Cite.of(p.sources(), s, req)));
            }
        }
        return posts;
    }

    /** Returns where the unit has sat over time, when it has moved. */
    private static List<Link> parents(Unit u, Snapshot s, SiteRequest req) {
        if (u.parents().size() < 2) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (ParentLink p : u.parents()) {
            s.unit(p.parentId()).ifPresent(parent -> links.add(new Link(FactRef.unitName(parent, req),
                    FactRef.unitHref(parent, req), Fmt.validity(p.validity(), req.texts(), req.lang()))));
        }
        return links;
    }
}
