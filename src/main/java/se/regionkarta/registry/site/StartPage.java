package se.regionkarta.registry.site;

import java.util.Comparator;
import java.util.List;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;
import se.regionkarta.site.Crumb;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.JsonLd;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/** The start page: the regions, the healthcare regions and the search box. */
public record StartPage(Shell shell, List<Item> regions, List<Item> healthcareRegions) implements SitePage {

    /**
     * A region or healthcare region in a list: its name, page and a short line about it.
     *
     * @param meta a note in the page's language (the county code), or null
     * @param detail names from the data (the seat, the member regions)
     */
    public record Item(Txt name, String href, String meta, List<Txt> detail) {
    }

    public static StartPage build(Snapshot s, SiteRequest req) {
        List<Item> regions = s.roots(req.day()).stream().filter(u -> u.kind() == UnitKind.REGION)
                .sorted(Comparator.comparing(u -> u.identifier(Identifier.Scheme.COUNTY_CODE).orElse("99")))
                .map(u -> region(u, s, req)).toList();
        List<Item> healthcare = s.dataset().all(HealthcareRegion.class).stream()
                .filter(h -> h.validity().contains(req.day()))
                .map(h -> healthcareRegion(h, s, req)).toList();
        String title = req.t("start.title");
        Shell shell = new Shell(req, title, List.of(new Crumb(new Txt(req.t("nav.start"), null), null)),
                JsonLd.website(req.origin(), req.t("site.name")));
        return new StartPage(shell, regions, healthcare);
    }

    private static Item region(Unit u, Snapshot s, SiteRequest req) {
        String town = u.location() == null ? null : u.location().town();
        return new Item(FactRef.unitName(u, req), req.href("/region/" + u.id()),
                u.identifier(Identifier.Scheme.COUNTY_CODE).map(c -> req.t("start.county-code", c)).orElse(null), town == null ? List.of() : List.of(req.swedish(town)));
    }

    private static Item healthcareRegion(HealthcareRegion h, Snapshot s, SiteRequest req) {
        List<Txt> members = h.members().stream().filter(m -> m.validity().contains(req.day()))
                .map(m -> s.unit(m.regionId()).map(u -> FactRef.unitName(u, req)).orElse(req.swedish(m.regionId())))
                .toList();
        boolean partly = h.members().stream().anyMatch(m -> !m.whole());
        return new Item(req.data(h.name(), h.nameEn()), req.href("/sjukvardsregion/" + h.id()),
                partly ? req.t("start.partly") : null, members);
    }
}
