package se.regionkarta.dataset;

import java.util.ArrayList;
import java.util.List;
import se.regionkarta.carechoice.model.CareArea;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.Principle;
import se.regionkarta.carechoice.model.ProviderCount;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.channels.model.Channel;
import se.regionkarta.channels.model.ChannelKind;
import se.regionkarta.cooperation.model.CompositionRule;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.CooperationBodyKind;
import se.regionkarta.cooperation.model.DecisionKind;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.cooperation.model.Membership;
import se.regionkarta.cooperation.model.ProgrammeArea;
import se.regionkarta.cooperation.model.RotationRule;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.ChangeKind;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.strategy.model.Plan;
import se.regionkarta.strategy.model.PlanItem;
import se.regionkarta.strategy.model.PlanKind;

/** Reads the YAML sections on cooperation (healthcare regions, joint bodies, decisions), care choice, figures, plans and channels. */
final class MoreYamlSections {

    private final String file;
    private final Collector out;

    MoreYamlSections(String file, Collector out) {
        this.file = file;
        this.out = out;
    }

    void read(String section, Entry e) {
        switch (section) {
            case "healthcare_regions" -> healthcareRegion(e);
            case "cooperation_bodies" -> cooperationBody(e, null, null);
            case "decisions" -> add(FactKind.DECISION, new JointDecision(e.text("id"), e.text("body"),
                    e.enumField("kind", DecisionKind.class), e.optText("title"), e.optDate("decided_on"), e.validity(),
                    e.texts("units"), e.optText("care_area"), e.optText("description"), e.optText("note"), e.sources()), e);
            case "programme_areas" -> add(FactKind.PROGRAMME_AREA, new ProgrammeArea(e.text("id"), e.optInt("number"),
                    e.text("name"), e.validity(), e.optText("note"), e.sources()), e);
            case "care_choice_schemes" -> scheme(e);
            case "care_choice_providers" -> add(FactKind.SCHEME_PROVIDER, new SchemeProvider(e.text("id"), e.text("scheme"),
                    e.text("unit"), e.optText("operator"), !e.flag("unnamed"), e.validity(), e.optText("note"),
                    e.sources()), e);
            case "figures" -> add(FactKind.FIGURE, Figures.read(new FieldSource.OfEntry(e)), e);
            case "plans" -> plan(e);
            case "events" -> add(FactKind.EVENT, new ChangeEvent(e.text("id"), e.enumField("kind", ChangeKind.class),
                    e.optDate("date"), e.optText("decided_by"), e.optDate("decided_on"), e.texts("originals"),
                    e.texts("results"), e.optText("new_parent"), e.optText("new_name"), e.optText("description"),
                    e.optText("note"), e.sources()), e);
            case "channels" -> add(FactKind.CHANNEL, new Channel(e.text("id"), e.text("unit"),
                    e.enumField("kind", ChannelKind.class), e.optText("platform"), e.text("name"), e.optText("address"),
                    e.optText("audience"), e.validity(), e.optText("description"), e.optText("note"), e.sources()), e);
            default -> throw new IllegalArgumentException("unknown section '" + section + "'");
        }
    }

    private void healthcareRegion(Entry e) {
        List<Membership> members = new ArrayList<>();
        for (Entry m : e.list("members")) {
            members.add(new Membership(m.text("region"), m.texts("municipalities"), m.validity()));
        }
        add(FactKind.HEALTHCARE_REGION, new HealthcareRegion(e.text("id"), e.text("name"), e.optText("name_en"),
                e.texts("former_names"), members, e.texts("university_hospitals"), e.validity(),
                e.optText("description"), e.optText("note"), e.sources()), e);
    }

    private void cooperationBody(Entry e, String parentId, String healthcareRegionId) {
        String region = e.has("healthcare_region") ? e.text("healthcare_region") : healthcareRegionId;
        if (region == null) {
            throw new IllegalArgumentException("'healthcare_region' is missing");
        }
        List<DecisionKind> decides = e.texts("decides").stream().map(t -> Entry.enumOf(t, DecisionKind.class)).toList();
        CooperationBody body = new CooperationBody(e.text("id"), region, e.text("name"),
                e.enumField("kind", CooperationBodyKind.class), parentId != null ? parentId : e.optText("parent"),
                e.optText("host_region"), e.optText("chair_region"), composition(e.child("composition")),
                rotation(e.child("rotation")), decides, e.optInt("members"), e.optInt("substitutes"),
                e.optInt("meetings_per_year"), e.optText("programme_area"), e.texts("tasks"), e.validity(),
                e.optText("description"), e.optText("note"), e.sources());
        add(FactKind.COOPERATION_BODY, body, e);
        for (Entry child : e.list("bodies")) {
            try {
                cooperationBody(child, body.id(), region);
            } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException ex) {
                out.problem(file, child.line(), "cooperation_bodies: " + ex.getMessage());
            }
        }
    }

    private static CompositionRule composition(Entry c) {
        if (c == null) {
            return null;
        }
        List<CompositionRule.RegionSeats> exceptions = new ArrayList<>();
        for (Entry x : c.list("exceptions")) {
            exceptions.add(new CompositionRule.RegionSeats(x.text("region"), x.optInt("members"), x.optInt("substitutes")));
        }
        return new CompositionRule(c.optInt("members_per_region"), c.optInt("substitutes_per_region"), exceptions);
    }

    private static RotationRule rotation(Entry r) {
        if (r == null) {
            return null;
        }
        List<RotationRule.Holding> observed = new ArrayList<>();
        for (Entry h : r.list("observed")) {
            observed.add(new RotationRule.Holding(h.enumField("duty", RotationRule.Duty.class), h.text("region"), h.validity(),
                    h.sources()));
        }
        List<RotationRule.Duty> duties = r.texts("duties").stream().map(t -> Entry.enumOf(t, RotationRule.Duty.class)).toList();
        return new RotationRule(duties, r.optInt("period_years"), r.texts("order"), r.optDate("first_period_start"), observed);
    }

    private void scheme(Entry e) {
        List<ProviderCount> providers = new ArrayList<>();
        for (Entry p : e.list("providers")) {
            providers.add(new ProviderCount(p.enumField("ownership", Ownership.class), p.optInt("count"), p.optText("noun")));
        }
        List<Principle> principles = e.texts("principles").stream().map(t -> Entry.enumOf(t, Principle.class)).toList();
        add(FactKind.CARE_CHOICE_SCHEME, new CareChoiceScheme(e.text("id"), e.text("region"), e.text("name"),
                e.optText("name_en"), e.enumField("area", CareArea.class), e.optInt("age_from"), e.optInt("age_to"),
                e.optText("legal_basis"), principles, providers, e.validity(), e.optText("description"),
                e.optText("note"), e.sources()), e);
    }

    private void plan(Entry e) {
        List<PlanItem> items = new ArrayList<>();
        for (Entry item : e.list("items")) {
            items.add(item.node().isTextual() ? new PlanItem(item.node().asText().strip(), null)
                    : new PlanItem(item.text("text"), item.optText("text_en")));
        }
        add(FactKind.PLAN, new Plan(e.text("id"), e.text("unit"), e.enumField("kind", PlanKind.class), e.text("title"),
                e.optText("title_en"), e.validity(), items, e.optText("description"), e.optText("note"), e.sources()), e);
    }

    private <T extends Identified> void add(FactKind kind, T fact, Entry e) {
        out.add(kind, fact, file, e.line());
    }
}
