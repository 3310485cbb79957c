package se.regionkarta.registry.site;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.regionkarta.cooperation.CooperationQueries;
import se.regionkarta.history.Change;
import se.regionkarta.history.HistoryQueries;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;
import se.regionkarta.site.Cite;
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
 * A region's overview: how it was formed, its size and vision, its administrations with key
 * figures, "a normal day", its care-choice schemes, goals and strategies, and channels.
 *
 * @param careChoice the region's care-choice schemes, drawn by that feature
 * @param history the region's history, drawn by that feature
 * @param recorded who recorded the region last, and when
 * @param editTools the links to the region's forms, for a person who may change it (drawn by editing)
 * @param changes the latest changes of the region's facts (drawn by editing)
 */
public record RegionPage(Shell shell, String id, Txt name, Txt otherName, String kind, boolean exists, String period,
        Txt description, Txt note, List<Cite> cites, List<UnitFacts.Row> facts, List<Link> predecessors,
        List<Link> successors, List<Link> healthcareRegions, List<FigureRow> figures, List<Admin> administrations,
        List<FigureRow> normalDay, Content careChoice, List<PlanView> plans, List<ChannelView> channels,
        String organisationHref, String politicsHref, String changesHref, Content history, String recorded,
        Content editTools, Content changes) implements SitePage {

    /** An administration (or the staff office) with its key figures and the body that governs it. */
    public record Admin(Link unit, List<FigureRow> figures, List<Link> governedBy) {
    }


    /**
     * Builds the page; {@code recorded} is the region's latest change in the store's log, where known, and
     * {@code embeds} draw what other features add to it (its history, its care-choice schemes).
     */
    static RegionPage build(Unit r, Snapshot s, SiteRequest req, Optional<Change> recorded, RegistryPages.Embeds embeds) {
        List<Unit> all = Tree.subtree(r, s, req.day());
        Set<String> ids = all.stream().map(Unit::id).collect(Collectors.toSet());
        List<FigureRow> daily = all.stream().flatMap(u -> FigureRow.of(u, s, req, true).stream()).filter(FigureRow::daily).toList();
        Txt name = FactRef.unitName(r, req);
        Shell shell = Shell.of(req, name, JsonLd.organisation(r, s, req.day(), req.origin()));
        return new RegionPage(shell, r.id(), name, UnitFacts.otherName(r, req), req.lang().pick(r.kind().swedish(), r.kind().english()),
                r.validity().contains(req.day()), Fmt.validity(r.validity(), req.texts(), req.lang()),
                req.data(r.description(), r.descriptionEn()), req.english(r.note()), Cite.of(r.sources(), s, req),
                UnitFacts.rows(r, s, req), neighbours(r, s, req, true), neighbours(r, s, req, false),
                CooperationQueries.of(s).healthcareRegionsOf(r.id(), req.day()).stream()
                        .map(h -> new Link(req.data(h.name(), h.nameEn()), req.href("/sjukvardsregion/" + h.id()), null)).toList(),
                FigureRow.of(r, s, req, false).stream().filter(f -> !f.daily()).toList(),
                administrations(r, s, req), daily,
                embeds.careChoice().render(r, s, req),
                PlanView.of(r.id(), s, req), ChannelView.of(ids, s, req),
                req.dated("/region/" + r.id() + "/organisation"), req.dated("/region/" + r.id() + "/politik"),
                req.dated("/region/" + r.id() + "/forandringar"), embeds.history().render(r, s, req),
                Fmt.recorded(recorded, req), embeds.editTools().render(r, s, req), embeds.regionChanges().render(r, s, req));
    }

    private static List<Admin> administrations(Unit r, Snapshot s, SiteRequest req) {
        return s.children(r.id(), req.day()).stream()
                .filter(u -> u.kind() == UnitKind.ADMINISTRATION || u.kind() == UnitKind.STAFF_OFFICE)
                .map(u -> new Admin(new Link(FactRef.unitName(u, req), FactRef.unitHref(u, req),
                        req.lang().pick(u.kind().swedish(), u.kind().english())),
                        FigureRow.of(u, s, req, false).stream().filter(f -> !f.daily()).toList(),
                        UnitFacts.governors(u, s, req)))
                .toList();
    }

    /** Returns the region's direct predecessors or successors through the change events (its lineage). */
    private static List<Link> neighbours(Unit r, Snapshot s, SiteRequest req, boolean before) {
        var lineage = HistoryQueries.of(s).lineage(r.id());
        List<Link> links = new ArrayList<>();
        for (var step : before ? lineage.predecessors() : lineage.successors()) {
            String id = before ? step.from() : step.to();
            if (step.depth() == 1) {
                s.unit(id).ifPresent(u -> {
                    String period = Fmt.validity(u.validity(), req.texts(), req.lang());
                    links.add(new Link(FactRef.unitName(u, req), FactRef.unitHref(u, req),
                            req.lang().pick(u.kind().swedish(), u.kind().english()) + (period == null ? "" : ", " + period)));
                });
            }
        }
        return links;
    }


}
