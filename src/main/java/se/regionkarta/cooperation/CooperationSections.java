package se.regionkarta.cooperation;

import java.util.ArrayList;
import java.util.List;
import se.regionkarta.cooperation.model.CompositionRule;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.CooperationBodyKind;
import se.regionkarta.cooperation.model.DecisionKind;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.cooperation.model.Membership;
import se.regionkarta.cooperation.model.ProgrammeArea;
import se.regionkarta.cooperation.model.RotationRule;
import se.regionkarta.dataset.Entry;
import se.regionkarta.dataset.SectionReader;
import se.regionkarta.dataset.model.FactKind;

/**
 * Reads the cooperation sections of the data files: healthcare regions with their members, joint
 * bodies (nested, with composition and rotation rules), their decisions and the national programme
 * areas (docs/data-format.md).
 */
public final class CooperationSections implements SectionReader {

    @Override
    public void read(FactKind section, Entry e, Facts out) {
        switch (section) {
            case HEALTHCARE_REGION -> healthcareRegion(e, out);
            case COOPERATION_BODY -> cooperationBody(e, null, null, out);
            case DECISION -> out.add(new JointDecision(e.text("id"), e.text("body"),
                    e.enumField("kind", DecisionKind.class), e.optText("title"), e.optDate("decided_on"), e.validity(),
                    e.texts("units"), e.optText("care_area"), e.optText("description"), e.optText("note"), e.sources()), e);
            case PROGRAMME_AREA -> out.add(new ProgrammeArea(e.text("id"), e.optInt("number"), e.text("name"),
                    e.validity(), e.optText("note"), e.sources()), e);
            default -> throw new IllegalArgumentException(section + " is not read here");
        }
    }

    private static void healthcareRegion(Entry e, Facts out) {
        List<Membership> members = new ArrayList<>();
        for (Entry m : e.list("members")) {
            members.add(new Membership(m.text("region"), m.texts("municipalities"), m.validity()));
        }
        out.add(new HealthcareRegion(e.text("id"), e.text("name"), e.optText("name_en"), e.texts("former_names"), members,
                e.texts("university_hospitals"), e.validity(), e.optText("description"), e.optText("note"),
                e.sources()), e);
    }

    private static void cooperationBody(Entry e, String parentId, String healthcareRegionId, Facts out) {
        String region = e.has("healthcare_region") ? e.text("healthcare_region") : healthcareRegionId;
        if (region == null) {
            throw e.refuse("healthcare_region", "'healthcare_region' is missing");
        }
        CooperationBody body = new CooperationBody(e.text("id"), region, e.text("name"),
                e.enumField("kind", CooperationBodyKind.class), parentId != null ? parentId : e.optText("parent"),
                e.optText("host_region"), e.optText("chair_region"), composition(e.child("composition")),
                rotation(e.child("rotation")), e.enums("decides", DecisionKind.class), e.optInt("members"),
                e.optInt("substitutes"), e.optInt("meetings_per_year"), e.optText("programme_area"), e.texts("tasks"),
                e.validity(), e.optText("description"), e.optText("note"), e.sources());
        out.add(body, e);
        for (Entry child : e.list("bodies")) {
            out.nested(FactKind.COOPERATION_BODY, child, () -> cooperationBody(child, body.id(), region, out));
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
            observed.add(new RotationRule.Holding(h.enumField("duty", RotationRule.Duty.class), h.text("region"),
                    h.validity(), h.sources()));
        }
        return new RotationRule(r.enums("duties", RotationRule.Duty.class), r.optInt("period_years"), r.texts("order"),
                r.optDate("first_period_start"), observed);
    }
}
