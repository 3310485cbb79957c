package se.regionkarta.registry;

import java.util.ArrayList;
import java.util.List;
import se.regionkarta.dataset.Entry;
import se.regionkarta.dataset.SectionReader;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.CoordinationGroup;
import se.regionkarta.registry.model.FormerName;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.Location;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Post;
import se.regionkarta.registry.model.PostKind;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;

/**
 * Reads the organisation sections of the data files: units (nested under their parents), posts and
 * coordination groups (docs/data-format.md).
 */
public final class RegistrySections implements SectionReader {

    @Override
    public void read(FactKind section, Entry e, Facts out) {
        switch (section) {
            case UNIT -> unit(e, null, Validity.ALWAYS, out);
            case POST -> out.add(new Post(e.text("id"), e.enumField("kind", PostKind.class), e.optText("title"),
                    e.text("unit"), e.optText("reports_to"), e.optText("holder"), e.validity(), e.optText("description"),
                    e.optText("note"), e.sources()), e);
            case COORDINATION_GROUP -> out.add(new CoordinationGroup(e.text("id"), e.text("name"), e.text("region"),
                    e.optText("chair"), e.texts("members"), e.validity(), e.optText("description"), e.optText("note"),
                    e.sources()), e);
            default -> throw new IllegalArgumentException(section + " is not read here");
        }
    }

    /** Reads a unit and, recursively, the units nested under it. */
    private static void unit(Entry e, String parentId, Validity parentValidity, Facts out) {
        Validity own = e.validity();
        List<ParentLink> parents = new ArrayList<>();
        if (parentId != null) {
            if (!own.overlaps(parentValidity)) {
                throw e.refuse("'" + e.text("id") + "' (" + own + ") is nested under '" + parentId + "' ("
                        + parentValidity + "), but the two have no day in common");
            }
            parents.add(new ParentLink(parentId, own.intersection(parentValidity)));
            out.impliedLink(e.text("id"));
        } else if (e.has("parent")) {
            parents.add(new ParentLink(e.text("parent"), own));
            out.impliedLink(e.text("id"));
        }
        for (Entry link : e.list("parents")) {
            parents.add(new ParentLink(link.text("parent"), link.validity()));
        }
        Entry loc = e.child("location");
        Location location = loc == null ? null : new Location(loc.optText("town"), loc.optText("municipality"));
        List<Identifier> identifiers = new ArrayList<>();
        Entry ids = e.child("identifiers");
        if (ids != null) {
            for (var id : ids.pairs().entrySet()) {
                identifiers.add(new Identifier(identifierScheme(ids, id.getKey()), id.getValue()));
            }
        }
        List<FormerName> formerNames = new ArrayList<>();
        for (Entry f : e.list("former_names")) {
            formerNames.add(new FormerName(f.text("name"), f.validity()));
        }
        Unit unit = new Unit(e.text("id"), e.text("name"), e.optText("name_en"), formerNames,
                e.enumField("kind", UnitKind.class), parents, own, e.optEnum("ownership", Ownership.class), location,
                identifiers, e.optText("description"), e.optText("description_en"), e.optText("note"), e.sources());
        out.add(unit, e);
        for (Entry child : e.list("units")) {
            out.nested(FactKind.UNIT, child, () -> unit(child, unit.id(), own, out));
        }
    }

    private static Identifier.Scheme identifierScheme(Entry ids, String key) {
        try {
            return Entry.enumOf(key, Identifier.Scheme.class);
        } catch (IllegalArgumentException e) {
            throw ids.refuse(key, "'" + key + "' is not a kind of identifier the registry knows");
        }
    }
}
