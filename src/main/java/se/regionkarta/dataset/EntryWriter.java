package se.regionkarta.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.ProviderCount;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.channels.model.Channel;
import se.regionkarta.cooperation.model.CompositionRule;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.cooperation.model.Membership;
import se.regionkarta.cooperation.model.ProgrammeArea;
import se.regionkarta.cooperation.model.RotationRule;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.FigureSections;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.figures.model.Period;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.Party;
import se.regionkarta.politics.model.Person;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.CoordinationGroup;
import se.regionkarta.registry.model.FormerName;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Post;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.strategy.model.Plan;
import se.regionkarta.strategy.model.PlanItem;

/**
 * Writes one fact as an entry of a YAML data file, field by field as docs/data-format.md names
 * them: the inverse of the section readers, so that reading the entry back gives the same record.
 * Facts are written flat (a unit with {@code parents:}, a body with {@code parent:}), never nested,
 * so that each entry reads back the same wherever it stands. Appointments are written as roles of
 * their person ({@link #role}); claims and seats one per entry ({@link DataFileWriter} groups them).
 */
final class EntryWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private EntryWriter() {
    }

    /** Returns the entry of a fact of any kind but appointments, seats and claims, which are written in groups. */
    static ObjectNode entry(Identified fact) {
        return switch (FactKind.of(fact)) {
            case SOURCE -> source((Source) fact);
            case METRIC -> metric((Metric) fact);
            case PARTY -> party((Party) fact);
            case TERM -> term((Term) fact);
            case UNIT -> unit((Unit) fact);
            case POST -> post((Post) fact);
            case COORDINATION_GROUP -> group((CoordinationGroup) fact);
            case BODY -> body((Body) fact);
            case COALITION -> coalition((Coalition) fact);
            case PERSON -> person((Person) fact);
            case HEALTHCARE_REGION -> healthcareRegion((HealthcareRegion) fact);
            case COOPERATION_BODY -> cooperationBody((CooperationBody) fact);
            case PROGRAMME_AREA -> programmeArea((ProgrammeArea) fact);
            case DECISION -> decision((JointDecision) fact);
            case CARE_CHOICE_SCHEME -> scheme((CareChoiceScheme) fact);
            case SCHEME_PROVIDER -> provider((SchemeProvider) fact);
            case FIGURE -> figure((KeyFigure) fact);
            case PLAN -> plan((Plan) fact);
            case CHANNEL -> channel((Channel) fact);
            case EVENT -> event((ChangeEvent) fact);
            case APPOINTMENT, SEAT, CLAIM -> throw new IllegalArgumentException(FactKind.of(fact) + " are written in groups");
        };
    }

    private static ObjectNode source(Source s) {
        ObjectNode e = object().put("id", s.id()).put("title", s.title());
        text(e, "publisher", s.publisher());
        text(e, "url", s.url());
        e.put("kind", spelled(s.kind()));
        date(e, "published", s.published());
        day(e, "accessed", s.accessed());
        text(e, "note", s.note());
        return e;
    }

    private static ObjectNode metric(Metric m) {
        ObjectNode e = object().put("id", m.id()).put("label", m.label());
        text(e, "label_en", m.labelEn());
        e.put("unit", spelled(m.unit()));
        text(e, "description", m.description());
        return e;
    }

    private static ObjectNode party(Party p) {
        ObjectNode e = object().put("id", p.id()).put("name", p.name());
        text(e, "colour", p.colour());
        text(e, "note", p.note());
        return sources(e, p.sources());
    }

    private static ObjectNode term(Term t) {
        ObjectNode e = object().put("id", t.id());
        day(e, "from", t.from());
        day(e, "until", t.until());
        return sources(e, t.sources());
    }

    private static ObjectNode unit(Unit u) {
        ObjectNode e = object().put("id", u.id()).put("name", u.name());
        text(e, "name_en", u.nameEn());
        if (!u.formerNames().isEmpty()) {
            ArrayNode names = e.putArray("former_names");
            for (FormerName f : u.formerNames()) {
                names.add(validity(object().put("name", f.name()), f.validity()));
            }
        }
        e.put("kind", spelled(u.kind()));
        if (!u.parents().isEmpty()) {
            ArrayNode links = e.putArray("parents");
            for (ParentLink link : u.parents()) {
                links.add(validity(object().put("parent", link.parentId()), link.validity()));
            }
        }
        validity(e, u.validity());
        if (u.ownership() != null) {
            e.put("ownership", spelled(u.ownership()));
        }
        if (u.location() != null) {
            ObjectNode location = e.putObject("location");
            text(location, "town", u.location().town());
            text(location, "municipality", u.location().municipalityCode());
        }
        if (!u.identifiers().isEmpty()) {
            ObjectNode ids = e.putObject("identifiers");
            for (Identifier id : u.identifiers()) {
                ids.put(spelled(id.scheme()), id.value());
            }
        }
        text(e, "description", u.description());
        text(e, "description_en", u.descriptionEn());
        text(e, "note", u.note());
        return sources(e, u.sources());
    }

    private static ObjectNode post(Post p) {
        ObjectNode e = object().put("id", p.id()).put("kind", spelled(p.kind()));
        text(e, "title", p.title());
        e.put("unit", p.unitId());
        text(e, "reports_to", p.reportsTo());
        text(e, "holder", p.holder());
        validity(e, p.validity());
        text(e, "description", p.description());
        text(e, "note", p.note());
        return sources(e, p.sources());
    }

    private static ObjectNode group(CoordinationGroup g) {
        ObjectNode e = object().put("id", g.id()).put("name", g.name()).put("region", g.regionId());
        text(e, "chair", g.chairPostId());
        texts(e, "members", g.memberPostIds());
        validity(e, g.validity());
        text(e, "description", g.description());
        text(e, "note", g.note());
        return sources(e, g.sources());
    }

    private static ObjectNode body(Body b) {
        ObjectNode e = object().put("id", b.id()).put("name", b.name());
        text(e, "name_en", b.nameEn());
        e.put("kind", spelled(b.kind())).put("region", b.regionId());
        text(e, "parent", b.parentId());
        number(e, "members", b.members());
        number(e, "substitutes", b.substitutes());
        number(e, "meetings_per_year", b.meetingsPerYear());
        texts(e, "governs", b.governs());
        text(e, "also_serves_as", b.alsoServesAs());
        validity(e, b.validity());
        text(e, "description", b.description());
        text(e, "note", b.note());
        return sources(e, b.sources());
    }

    /** Returns the entry of the seats of one body in one term, for the parties given, all citing the same sources. */
    static ObjectNode seats(List<SeatCount> group) {
        SeatCount first = group.get(0);
        ObjectNode e = object().put("body", first.bodyId()).put("term", first.termId());
        ObjectNode parties = e.putObject("parties");
        group.forEach(s -> parties.put(s.partyId(), s.seats()));
        return sources(e, first.sources());
    }

    private static ObjectNode coalition(Coalition c) {
        ObjectNode e = object().put("id", c.id()).put("body", c.bodyId()).put("term", c.termId())
                .put("role", spelled(c.role()));
        texts(e, "parties", c.partyIds());
        number(e, "seats", c.statedSeats());
        validity(e, c.validity());
        text(e, "note", c.note());
        return sources(e, c.sources());
    }

    private static ObjectNode person(Person p) {
        return sources(object().put("id", p.id()).put("name", p.name()), p.sources());
    }

    /**
     * Returns an appointment as a role of its person; its id is written only where it is not the
     * one the reader derives ({@code person.role.where[.when]}), and its sources only where they are
     * not the person's, which a role without sources inherits.
     */
    static ObjectNode role(Appointment a, Person person) {
        ObjectNode e = object();
        if (!a.id().equals(roleId(a))) {
            e.put("id", a.id());
        }
        e.put("role", spelled(a.role())).put("region", a.regionId());
        text(e, "body", a.bodyId());
        text(e, "party", a.partyId());
        text(e, "term", a.termId());
        validity(e, a.validity());
        text(e, "note", a.note());
        return a.sources().equals(person.sources()) ? e : sources(e, a.sources());
    }

    /** The id the reader gives a role written without one (PoliticsSections). */
    private static String roleId(Appointment a) {
        String where = a.bodyId() != null ? a.bodyId() : a.regionId();
        String when = a.termId() != null ? a.termId() : a.validity().from() != null ? dateText(a.validity().from()) : null;
        return a.personId() + "." + a.role().name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + where
                + (when == null ? "" : "." + when);
    }

    private static ObjectNode healthcareRegion(HealthcareRegion h) {
        ObjectNode e = object().put("id", h.id()).put("name", h.name());
        text(e, "name_en", h.nameEn());
        texts(e, "former_names", h.formerNames());
        if (!h.members().isEmpty()) {
            ArrayNode members = e.putArray("members");
            for (Membership m : h.members()) {
                ObjectNode member = object().put("region", m.regionId());
                texts(member, "municipalities", m.municipalityCodes());
                members.add(validity(member, m.validity()));
            }
        }
        texts(e, "university_hospitals", h.universityHospitals());
        validity(e, h.validity());
        text(e, "description", h.description());
        text(e, "note", h.note());
        return sources(e, h.sources());
    }

    private static ObjectNode cooperationBody(CooperationBody b) {
        ObjectNode e = object().put("id", b.id()).put("healthcare_region", b.healthcareRegionId()).put("name", b.name())
                .put("kind", spelled(b.kind()));
        text(e, "parent", b.parentId());
        text(e, "host_region", b.hostRegionId());
        text(e, "chair_region", b.chairRegionId());
        if (b.composition() != null) {
            e.set("composition", composition(b.composition()));
        }
        if (b.rotation() != null) {
            e.set("rotation", rotation(b.rotation()));
        }
        enums(e, "decides", b.decides());
        number(e, "members", b.members());
        number(e, "substitutes", b.substitutes());
        number(e, "meetings_per_year", b.meetingsPerYear());
        text(e, "programme_area", b.programmeAreaId());
        texts(e, "tasks", b.tasks());
        validity(e, b.validity());
        text(e, "description", b.description());
        text(e, "note", b.note());
        return sources(e, b.sources());
    }

    private static ObjectNode composition(CompositionRule c) {
        ObjectNode e = object().put("members_per_region", c.membersPerRegion())
                .put("substitutes_per_region", c.substitutesPerRegion());
        if (!c.exceptions().isEmpty()) {
            ArrayNode exceptions = e.putArray("exceptions");
            c.exceptions().forEach(x -> exceptions.add(object().put("region", x.regionId()).put("members", x.members())
                    .put("substitutes", x.substitutes())));
        }
        return e;
    }

    private static ObjectNode rotation(RotationRule r) {
        ObjectNode e = object();
        enums(e, "duties", r.duties());
        e.put("period_years", r.periodYears());
        texts(e, "order", r.order());
        date(e, "first_period_start", r.firstPeriodStart());
        if (!r.observed().isEmpty()) {
            ArrayNode observed = e.putArray("observed");
            for (RotationRule.Holding h : r.observed()) {
                ObjectNode holding = validity(object().put("duty", spelled(h.duty())).put("region", h.regionId()), h.validity());
                observed.add(h.sources().isEmpty() ? holding : sources(holding, h.sources()));
            }
        }
        return e;
    }

    private static ObjectNode programmeArea(ProgrammeArea p) {
        ObjectNode e = object().put("id", p.id()).put("number", p.number()).put("name", p.name());
        validity(e, p.validity());
        text(e, "note", p.note());
        return sources(e, p.sources());
    }

    private static ObjectNode decision(JointDecision d) {
        ObjectNode e = object().put("id", d.id()).put("body", d.bodyId()).put("kind", spelled(d.kind()));
        text(e, "title", d.title());
        date(e, "decided_on", d.decidedOn());
        validity(e, d.validity());
        texts(e, "units", d.affectedUnits());
        text(e, "care_area", d.careArea());
        text(e, "description", d.description());
        text(e, "note", d.note());
        return sources(e, d.sources());
    }

    private static ObjectNode scheme(CareChoiceScheme s) {
        ObjectNode e = object().put("id", s.id()).put("region", s.regionId()).put("name", s.name());
        text(e, "name_en", s.nameEn());
        e.put("area", spelled(s.area()));
        text(e, "legal_basis", s.legalBasis());
        enums(e, "principles", s.principles());
        if (!s.providers().isEmpty()) {
            ArrayNode providers = e.putArray("providers");
            for (ProviderCount p : s.providers()) {
                ObjectNode count = object().put("ownership", spelled(p.ownership())).put("count", p.count());
                text(count, "noun", p.unitNoun());
                providers.add(count);
            }
        }
        number(e, "age_from", s.ageFrom());
        number(e, "age_to", s.ageTo());
        validity(e, s.validity());
        text(e, "description", s.description());
        text(e, "note", s.note());
        return sources(e, s.sources());
    }

    private static ObjectNode provider(SchemeProvider p) {
        ObjectNode e = object().put("id", p.id()).put("scheme", p.schemeId()).put("unit", p.unitId());
        text(e, "operator", p.operator());
        if (!p.named()) {
            e.put("unnamed", true);
        }
        validity(e, p.validity());
        text(e, "note", p.note());
        return sources(e, p.sources());
    }

    /** Returns a figure's fields as a YAML entry; {@link DataFileWriter} writes the same fields as a CSV row. */
    static ObjectNode figure(KeyFigure f) {
        ObjectNode e = object();
        if (!f.id().equals(figureId(f))) {
            e.put("id", f.id());
        }
        e.put("unit", f.unitId()).put("metric", f.metricId());
        decimal(e, "value", f.value());
        decimal(e, "upper_value", f.upperValue());
        if (f.qualifier() != se.regionkarta.figures.model.Qualifier.EXACT) {
            e.put("qualifier", spelled(f.qualifier()));
        }
        if (!f.period().equals(Period.STOCK)) {
            e.put("period", f.period().toString());
        }
        date(e, "as_of", f.asOf());
        text(e, "part_of", f.partOf());
        text(e, "category", f.category());
        if (f.preferred()) {
            e.put("preferred", true);
        }
        text(e, "reason", f.reason());
        text(e, "note", f.note());
        return sources(e, f.sources());
    }

    /** The id the reader gives a figure written without one, or null when it cites no source. */
    static String figureId(KeyFigure f) {
        return f.sources().isEmpty() ? null
                : FigureSections.defaultId(f.unitId(), f.metricId(), f.period(), f.category(), f.sources().get(0).sourceId());
    }

    private static ObjectNode plan(Plan p) {
        ObjectNode e = object().put("id", p.id()).put("unit", p.unitId()).put("kind", spelled(p.kind()))
                .put("title", p.title());
        text(e, "title_en", p.titleEn());
        validity(e, p.validity());
        if (!p.items().isEmpty()) {
            ArrayNode items = e.putArray("items");
            for (PlanItem item : p.items()) {
                if (item.textEn() == null) {
                    items.add(item.text());
                } else {
                    items.add(object().put("text", item.text()).put("text_en", item.textEn()));
                }
            }
        }
        text(e, "description", p.description());
        text(e, "note", p.note());
        return sources(e, p.sources());
    }

    private static ObjectNode channel(Channel c) {
        ObjectNode e = object().put("id", c.id()).put("unit", c.unitId()).put("kind", spelled(c.kind()));
        text(e, "platform", c.platform());
        e.put("name", c.name());
        text(e, "address", c.address());
        text(e, "audience", c.audience());
        validity(e, c.validity());
        text(e, "description", c.description());
        text(e, "note", c.note());
        return sources(e, c.sources());
    }

    /** Returns the claims about one subject and property under one label; each claim's id is written where it is not the one the reader derives. */
    static ObjectNode claims(List<Claim> group) {
        Claim first = group.get(0);
        ObjectNode e = object().put("subject", first.subjectId()).put("property", first.property());
        text(e, "label", first.label());
        ArrayNode claims = e.putArray("claims");
        for (int n = 1; n <= group.size(); n++) {
            Claim c = group.get(n - 1);
            ObjectNode claim = object();
            if (!c.id().equals(first.subjectId() + "." + first.property() + "." + n)) {
                claim.put("id", c.id());
            }
            claim.put("value", c.value());
            if (c.preferred()) {
                claim.put("preferred", true);
            }
            text(claim, "reason", c.reason());
            text(claim, "note", c.note());
            claims.add(sources(claim, c.sources()));
        }
        return e;
    }

    private static ObjectNode event(ChangeEvent v) {
        ObjectNode e = object().put("id", v.id()).put("kind", spelled(v.kind()));
        date(e, "date", v.date());
        text(e, "decided_by", v.decidedBy());
        date(e, "decided_on", v.decidedOn());
        texts(e, "originals", v.originals());
        texts(e, "results", v.results());
        text(e, "new_parent", v.newParent());
        text(e, "new_name", v.newName());
        text(e, "description", v.description());
        text(e, "note", v.note());
        return sources(e, v.sources());
    }

    /**
     * Writes source references: {@code id} or {@code id#where} where the source states the fact,
     * the long form {@code {source, at, basis}} otherwise (and for a place that spans lines).
     */
    private static ObjectNode sources(ObjectNode e, List<SourceRef> refs) {
        ArrayNode list = e.putArray("sources");
        for (SourceRef r : refs) {
            boolean plain = r.basis() == SourceRef.Basis.STATED && (r.locator() == null || r.locator().lines().count() == 1);
            if (plain) {
                list.add(r.locator() == null ? r.sourceId() : r.sourceId() + "#" + r.locator());
            } else {
                ObjectNode ref = object().put("source", r.sourceId());
                text(ref, "at", r.locator());
                ref.put("basis", spelled(r.basis()));
                list.add(ref);
            }
        }
        return e;
    }

    /** Writes a period as {@code from} and {@code until}, leaving out an open end. */
    private static ObjectNode validity(ObjectNode e, Validity v) {
        date(e, "from", v.from());
        date(e, "until", v.until());
        return e;
    }

    /** Writes a date as the data files do: a year as a number ({@code 2019}), a month or a day as text. */
    private static void date(ObjectNode e, String field, PartialDate d) {
        if (d == null) {
            return;
        }
        if (d.precision() == PartialDate.Precision.YEAR) {
            e.put(field, d.firstDay().getYear());
        } else {
            e.put(field, d.toString());
        }
    }

    private static String dateText(PartialDate d) {
        return d.toString();
    }

    private static void day(ObjectNode e, String field, LocalDate d) {
        if (d != null) {
            e.put(field, d.toString());
        }
    }

    /** Writes a decimal as a number where it has no scale, and as text otherwise, so that its scale (4.50) is kept exactly. */
    private static void decimal(ObjectNode e, String field, BigDecimal d) {
        if (d == null) {
            return;
        }
        if (d.scale() == 0) {
            e.put(field, d.toBigIntegerExact());
        } else {
            e.put(field, d.toString()); // BigDecimal's own text reads back with the same scale
        }
    }

    private static void text(ObjectNode e, String field, String value) {
        if (value != null) {
            e.put(field, value);
        }
    }

    private static void number(ObjectNode e, String field, Integer value) {
        if (value != null) {
            e.put(field, value);
        }
    }

    private static void texts(ObjectNode e, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode list = e.putArray(field);
            values.forEach(list::add);
        }
    }

    private static void enums(ObjectNode e, String field, List<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            ArrayNode list = e.putArray(field);
            values.forEach(v -> list.add(spelled(v)));
        }
    }

    /** Spells a constant as the data files do: {@code HEALTH_CENTRE} as {@code health-centre}. */
    static String spelled(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ObjectNode object() {
        return NODES.objectNode();
    }

    static JsonNode text(String value) {
        return NODES.textNode(value);
    }
}
