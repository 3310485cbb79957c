package se.regionkarta.politics;

import java.util.List;
import se.regionkarta.dataset.Entry;
import se.regionkarta.dataset.SectionReader;
import se.regionkarta.dataset.model.FactKind;
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
import se.regionkarta.provenance.model.SourceRef;

/**
 * Reads the politics sections of the data files: parties, terms, bodies (nested under each other),
 * seats (per body and term in YAML, one party per row in {@code seats.csv}), coalitions, and persons
 * with the roles they hold, which become appointments (docs/data-format.md).
 */
public final class PoliticsSections implements SectionReader {

    @Override
    public void read(FactKind section, Entry e, Facts out) {
        switch (section) {
            case PARTY -> out.add(new Party(e.text("id"), e.text("name"), e.optText("colour"), e.optText("note"),
                    e.sources()), e);
            case TERM -> out.add(new Term(e.text("id"), e.date("from"), e.date("until"), e.sources()), e);
            case BODY -> body(e, null, null, out);
            case SEAT -> seats(e, out);
            case COALITION -> out.add(new Coalition(e.text("id"), e.text("body"), e.text("term"),
                    e.enumField("role", CoalitionRole.class), e.texts("parties"), e.optInt("seats"), e.validity(),
                    e.optText("note"), e.sources()), e);
            case PERSON -> person(e, out);
            default -> throw new IllegalArgumentException(section + " is not read here");
        }
    }

    private static void body(Entry e, String parentId, String regionId, Facts out) {
        String region = e.has("region") ? e.text("region") : regionId;
        if (region == null) {
            throw e.refuse("region", "'region' is missing (a body needs the region it belongs to)");
        }
        Body body = new Body(e.text("id"), e.text("name"), e.optText("name_en"), e.enumField("kind", BodyKind.class),
                region, parentId != null ? parentId : e.optText("parent"), e.optInt("members"), e.optInt("substitutes"),
                e.optInt("meetings_per_year"), e.texts("governs"), e.optText("also_serves_as"), e.validity(),
                e.optText("description"), e.optText("note"), e.sources());
        out.add(body, e);
        for (Entry child : e.list("bodies")) {
            out.nested(FactKind.BODY, child, () -> body(child, body.id(), region, out));
        }
    }

    /** Reads the seats of a body in a term: a YAML entry with every party, or a CSV row with one. */
    private static void seats(Entry e, Facts out) {
        List<SourceRef> sources = e.sources();
        if (!e.has("parties")) {
            String seats = e.text("seats");
            if (!seats.matches("\\d+")) {
                throw e.refuse("seats", "'seats' must be a whole number, got '" + seats + "'");
            }
            if (sources.isEmpty()) {
                throw e.refuse("sources", "the row cites no source ('sources' is empty)");
            }
            out.add(new SeatCount(e.text("body"), e.text("term"), e.text("party"), Integer.parseInt(seats), sources), e);
            return;
        }
        Entry parties = e.child("parties");
        for (String party : parties.pairs().keySet()) {
            out.add(new SeatCount(e.text("body"), e.text("term"), party, parties.intField(party), sources), e);
        }
    }

    /** Reads a person and the roles they hold; a role's id is its {@code id}, else {@code person.role.where[.when]}. */
    private static void person(Entry e, Facts out) {
        Person person = new Person(e.text("id"), e.text("name"), e.sources());
        out.add(person, e);
        for (Entry r : e.list("roles")) {
            out.nested(FactKind.PERSON, r, () -> {
                Role role = r.enumField("role", Role.class);
                String where = r.has("body") ? r.text("body") : r.text("region");
                String when = r.has("term") ? r.text("term") : r.has("from") ? r.text("from") : null;
                // an id is written only where the derived one would not do (a role the store was given whole)
                String id = r.has("id") ? r.text("id") : person.id() + "." + role.name().toLowerCase().replace('_', '-')
                        + "." + where + (when == null ? "" : "." + when);
                out.add(new Appointment(id, person.id(), role, r.text("region"), r.optText("body"), r.optText("party"),
                        r.optText("term"), r.validity(), r.optText("note"), r.sources(person.sources())), r);
            });
        }
    }
}
