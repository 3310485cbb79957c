package se.regionkarta.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.model.MeasureUnit;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.BodyKind;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.CoalitionRole;
import se.regionkarta.politics.model.Party;
import se.regionkarta.politics.model.Person;
import se.regionkarta.politics.model.Role;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceKind;
import se.regionkarta.provenance.model.SourceRef;
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
 * Reads the sections of one YAML data file into facts. Each entry is read on its own: an entry
 * that fails is reported with its line and the others are still read, so that one run shows
 * every problem of a file. The sections of the cooperation and other features are read by
 * {@link MoreYamlSections}.
 */
final class YamlSections {

    private final String file;
    private final Collector out;

    YamlSections(String file, Collector out) {
        this.file = file;
        this.out = out;
    }

    void read(JsonNode root) {
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        MoreYamlSections more = new MoreYamlSections(file, out);
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> section = fields.next();
            for (JsonNode item : section.getValue()) {
                Entry e = new Entry(item);
                try {
                    if (!readCore(section.getKey(), e)) {
                        more.read(section.getKey(), e);
                    }
                } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException ex) {
                    out.problem(file, e.line(), section.getKey() + ": " + ex.getMessage());
                }
            }
        }
    }

    private boolean readCore(String section, Entry e) {
        switch (section) {
            case "sources" -> source(e);
            case "metrics" -> add(FactKind.METRIC, new Metric(e.text("id"), e.text("label"), e.optText("label_en"),
                    e.enumField("unit", MeasureUnit.class), e.optText("description")), e);
            case "parties" -> add(FactKind.PARTY, new Party(e.text("id"), e.text("name"), e.optText("colour"),
                    e.optText("note"), e.sources()), e);
            case "terms" -> add(FactKind.TERM, new Term(e.text("id"), LocalDate.parse(e.text("from")),
                    LocalDate.parse(e.text("until")), e.sources()), e);
            case "units" -> unit(e, null, Validity.ALWAYS);
            case "posts" -> add(FactKind.POST, new Post(e.text("id"), e.enumField("kind", PostKind.class),
                    e.optText("title"), e.text("unit"), e.optText("reports_to"), e.optText("holder"), e.validity(),
                    e.optText("description"), e.optText("note"), e.sources()), e);
            case "coordination_groups" -> add(FactKind.COORDINATION_GROUP, new CoordinationGroup(e.text("id"),
                    e.text("name"), e.text("region"), e.optText("chair"), e.texts("members"), e.validity(),
                    e.optText("description"), e.optText("note"), e.sources()), e);
            case "bodies" -> body(e, null, null);
            case "seats" -> seats(e);
            case "coalitions" -> add(FactKind.COALITION, new Coalition(e.text("id"), e.text("body"), e.text("term"),
                    e.enumField("role", CoalitionRole.class), e.texts("parties"), e.optInt("seats"), e.validity(),
                    e.optText("note"), e.sources()), e);
            case "persons" -> person(e);
            case "claims" -> claims(e);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void source(Entry e) {
        String accessed = e.optText("accessed");
        add(FactKind.SOURCE, new Source(e.text("id"), e.text("title"), e.optText("publisher"), e.optText("url"),
                e.enumField("kind", SourceKind.class), e.optDate("published"),
                accessed == null ? null : LocalDate.parse(accessed), e.optText("note")), e);
    }

    /** Reads a unit and, recursively, the units nested under it. */
    private void unit(Entry e, String parentId, Validity parentValidity) {
        Validity own = e.validity();
        List<ParentLink> parents = new ArrayList<>();
        if (parentId != null) {
            if (!own.overlaps(parentValidity)) {
                throw new IllegalArgumentException("'" + e.text("id") + "' (" + own + ") is nested under '" + parentId
                        + "' (" + parentValidity + "), but the two have no day in common");
            }
            parents.add(new ParentLink(parentId, intersection(own, parentValidity)));
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
            ids.node().fields().forEachRemaining(f -> identifiers.add(new Identifier(
                    Entry.enumOf(f.getKey(), Identifier.Scheme.class), f.getValue().asText().strip())));
        }
        List<FormerName> formerNames = new ArrayList<>();
        for (Entry f : e.list("former_names")) {
            formerNames.add(new FormerName(f.text("name"), f.validity()));
        }
        Unit unit = new Unit(e.text("id"), e.text("name"), e.optText("name_en"), formerNames, e.enumField("kind", UnitKind.class),
                parents, own, e.optEnum("ownership", Ownership.class), location, identifiers,
                e.optText("description"), e.optText("description_en"), e.optText("note"), e.sources());
        add(FactKind.UNIT, unit, e);
        for (Entry child : e.list("units")) {
            guarded(child, "units", () -> unit(child, unit.id(), own));
        }
    }

    /** Returns the days both periods cover; a nested link holds while both units exist. */
    static Validity intersection(Validity a, Validity b) {
        var from = a.from() == null ? b.from() : b.from() == null ? a.from()
                : a.from().compareTo(b.from()) >= 0 ? a.from() : b.from();
        var until = a.until() == null ? b.until() : b.until() == null ? a.until()
                : a.until().compareTo(b.until()) <= 0 ? a.until() : b.until();
        return new Validity(from, until);
    }

    private void body(Entry e, String parentId, String regionId) {
        String region = e.has("region") ? e.text("region") : regionId;
        if (region == null) {
            throw new IllegalArgumentException("'region' is missing (a body needs the region it belongs to)");
        }
        Body body = new Body(e.text("id"), e.text("name"), e.optText("name_en"), e.enumField("kind", BodyKind.class),
                region, parentId != null ? parentId : e.optText("parent"), e.optInt("members"), e.optInt("substitutes"),
                e.optInt("meetings_per_year"), e.texts("governs"), e.optText("also_serves_as"), e.validity(),
                e.optText("description"), e.optText("note"), e.sources());
        add(FactKind.BODY, body, e);
        for (Entry child : e.list("bodies")) {
            guarded(child, "bodies", () -> body(child, body.id(), region));
        }
    }

    private void seats(Entry e) {
        List<SourceRef> sources = e.sources();
        e.node().get("parties").fields().forEachRemaining(p -> add(FactKind.SEAT,
                new SeatCount(e.text("body"), e.text("term"), p.getKey(), p.getValue().asInt(), sources), e));
    }

    private void person(Entry e) {
        Person person = new Person(e.text("id"), e.text("name"), e.sources());
        add(FactKind.PERSON, person, e);
        for (Entry r : e.list("roles")) {
            guarded(r, "persons", () -> {
                Role role = r.enumField("role", Role.class);
                String where = r.has("body") ? r.text("body") : r.text("region");
                String when = r.has("term") ? r.text("term") : r.has("from") ? r.text("from") : null;
                String id = person.id() + "." + role.name().toLowerCase().replace('_', '-') + "." + where
                        + (when == null ? "" : "." + when);
                add(FactKind.APPOINTMENT, new Appointment(id, person.id(), role, r.text("region"), r.optText("body"),
                        r.optText("party"), r.optText("term"), r.validity(), r.optText("note"), r.sources(person.sources())), r);
            });
        }
    }

    private void claims(Entry e) {
        int n = 0;
        for (Entry c : e.list("claims")) {
            String id = e.text("subject") + "." + e.text("property") + "." + (++n);
            guarded(c, "claims", () -> add(FactKind.CLAIM, new Claim(id, e.text("subject"), e.text("property"),
                    e.optText("label"), c.text("value"), c.flag("preferred"), c.optText("reason"), c.optText("note"),
                    c.sources()), c));
        }
    }

    private <T extends se.regionkarta.provenance.model.Identified> void add(FactKind kind, T fact, Entry e) {
        out.add(kind, fact, file, e.line());
    }

    /** Reads a nested entry so that its failure is reported with its own line, not its parent's. */
    private void guarded(Entry e, String section, Runnable read) {
        try {
            read.run();
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException ex) {
            out.problem(file, e.line(), section + ": " + ex.getMessage());
        }
    }
}
