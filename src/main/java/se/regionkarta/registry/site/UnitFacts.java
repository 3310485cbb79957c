package se.regionkarta.registry.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Conflict;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Lang;
import se.regionkarta.site.Link;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/** The facts that region and unit pages share: identifiers, location, ownership, claims, governing bodies. */
public final class UnitFacts {

    private UnitFacts() {
    }

    /**
     * One fact as a label and a value.
     *
     * @param href a link for the value (for a disputed claim: the conflict), or null
     */
    public record Row(Txt label, Txt value, String href, String linkText) {
    }

    /** Returns the Swedish name on English pages when the English one is shown, else null. */
    static Txt otherName(Unit u, SiteRequest req) {
        return req.lang() == Lang.EN && u.nameEn() != null ? req.swedish(u.name()) : null;
    }

    /** Returns the identifiers, location, ownership and claims of a unit as label–value rows. */
    static List<Row> rows(Unit u, Snapshot s, SiteRequest req) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(ui(req, "unit.kind"), new Txt(req.lang().pick(u.kind().swedish(), u.kind().english()), null), null, null));
        String period = Fmt.validity(u.validity(), req.texts(), req.lang());
        if (period != null) {
            rows.add(new Row(ui(req, "unit.period"), new Txt(period, null), null, null));
        }
        if (u.ownership() != null) {
            rows.add(new Row(ui(req, "unit.ownership"),
                    new Txt(req.lang().pick(u.ownership().swedish(), u.ownership().english()), null), null, null));
        }
        for (Identifier id : u.identifiers()) {
            rows.add(new Row(ui(req, "identifier." + id.scheme().name().toLowerCase()), new Txt(id.value(), null), null, null));
        }
        if (u.location() != null) {
            if (u.location().town() != null) {
                rows.add(new Row(ui(req, "unit.town"), req.swedish(u.location().town()), null, null));
            }
            if (u.location().municipalityCode() != null) {
                rows.add(new Row(ui(req, "unit.municipality"), new Txt(u.location().municipalityCode(), null), null, null));
            }
        }
        rows.addAll(claims(u, s, req));
        return rows;
    }

    /** Returns the value shown for each property that claims state about the unit, disputed or not. */
    private static List<Row> claims(Unit u, Snapshot s, SiteRequest req) {
        Map<String, Claim> firstByProperty = new LinkedHashMap<>();
        s.dataset().all(Claim.class).stream().filter(c -> c.subjectId().equals(u.id()))
                .forEach(c -> firstByProperty.putIfAbsent(c.property(), c));
        List<Row> rows = new ArrayList<>();
        firstByProperty.forEach((property, claim) -> {
            Optional<Conflict> conflict = ProvenanceQueries.of(s).conflicts().stream()
                    .filter(c -> c.subjectId().equals(u.id()) && c.property().equals(property)).findFirst();
            String label = claim.label() == null ? property : claim.label();
            String value = conflict.map(Conflict::shown).orElse(claim.value());
            rows.add(new Row(req.swedish(label), req.swedish(value),
                    conflict.map(c -> req.href("/konflikter#" + FactRef.conflictAnchor(c))).orElse(null),
                    conflict.map(c -> req.t("unit.disputed", c.values().size())).orElse(null)));
        });
        return rows;
    }

    private static Txt ui(SiteRequest req, String key) {
        return new Txt(req.t(key), null);
    }

    /** Returns the political bodies that govern the unit on the page's day, as links to the politics page. */
    static List<Link> governors(Unit u, Snapshot s, SiteRequest req) {
        return PoliticsQueries.of(s).governors(u.id(), req.day()).stream()
                .map(b -> new Link(req.data(b.name(), b.nameEn()), req.dated("/region/" + b.regionId() + "/politik#" + b.id()),
                        req.lang().pick(b.kind().swedish(), b.kind().english())))
                .toList();
    }
}
