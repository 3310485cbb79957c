package se.regionkarta.cooperation.site;

import java.util.ArrayList;
import java.util.List;
import se.regionkarta.cooperation.Compositions;
import se.regionkarta.cooperation.CooperationQueries;
import se.regionkarta.cooperation.DecisionRegister;
import se.regionkarta.cooperation.Rotations;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.cooperation.model.Membership;
import se.regionkarta.cooperation.model.ProgrammeArea;
import se.regionkarta.cooperation.model.RotationRule;
import se.regionkarta.site.Cite;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.JsonLd;
import se.regionkarta.site.Link;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * A healthcare region: its member regions (some only through certain municipalities), its joint
 * committee with the members each region appoints (checked against what is recorded), who holds the
 * chair and the secretariat and the schedule of the coming ten years, the register of the joint
 * bodies' decisions, and the officials' organisation: joint management, knowledge councils,
 * programme areas and groups.
 */
public record HealthcareRegionPage(Shell shell, Txt name, List<String> formerNames, Txt description, Txt note,
        List<Txt> universityHospitals, List<Member> members, List<BodyView> political, List<BodyView> operational,
        List<JointBodyViews.RotationView> rotations, List<JointBodyViews.DecisionView> decisions, List<String> unrecordedKinds,
        String calculatorHref, List<Cite> cites) implements SitePage {

    /** A member region; {@code municipalities} lists the municipality codes of a partial membership. */
    public record Member(Link region, boolean whole, List<String> municipalities, String period) {
    }

    /**
     * A body of the healthcare region.
     *
     * @param composition members and substitutes per member region with the total last, and the check of
     *     what is recorded against the rule; null when the body has no composition rule
     */
    public record BodyView(String id, Txt name, String kind, Txt host, Txt chairRegion, Integer members, Integer substitutes,
            Integer meetings, JointBodyViews.CompositionView composition, Rotation rotation, List<String> decides, List<Txt> tasks,
            Txt programmeArea, Txt description, Txt note, List<Cite> cites, List<BodyView> children) {
    }

    /** How duties rotate, and who sources say held them. */
    public record Rotation(String duties, int years, List<Txt> order, String firstStart, List<String> observed) {
    }

    public static HealthcareRegionPage build(HealthcareRegion h, Snapshot s, SiteRequest req) {
        List<CooperationBody> bodies = CooperationQueries.of(s).bodies(h.id(), req.day());
        List<Member> members = h.members().stream().filter(m -> m.validity().contains(req.day())).map(m -> member(m, s, req)).toList();
        List<BodyView> political = new ArrayList<>();
        List<BodyView> operational = new ArrayList<>();
        for (CooperationBody b : bodies) {
            if (b.parentId() == null) {
                (b.kind().political() ? political : operational).add(view(b, bodies, h, s, req));
            }
        }
        Txt name = req.data(h.name(), h.nameEn());
        List<JointBodyViews.RotationView> rotations = Rotations.of(bodies, req.day(), JointBodyViews.YEARS).stream()
                .map(r -> JointBodyViews.rotation(r, s, req)).toList();
        List<JointDecision> decisions = DecisionRegister.ofHealthcareRegion(s.dataset(), h.id());
        return new HealthcareRegionPage(Shell.of(req, name, JsonLd.healthcareRegion(h, s, req.origin())), name, h.formerNames(),
                req.data(h.description(), null), req.english(h.note()), h.universityHospitals().stream().map(req::swedish).toList(),
                members, political, operational, rotations, JointBodyViews.decisions(decisions, s, req),
                JointBodyViews.unrecordedKinds(bodies.stream().filter(b -> b.kind().political()).toList(), decisions, req),
                req.href(SettlementPage.PATH), Cite.of(h.sources(), s, req));
    }

    private static Member member(Membership m, Snapshot s, SiteRequest req) {
        Link region = s.unit(m.regionId()).map(u -> new Link(FactRef.unitName(u, req), FactRef.unitHref(u, req), null))
                .orElse(new Link(req.swedish(m.regionId()), null, null));
        return new Member(region, m.whole(), m.municipalityCodes(), Fmt.validity(m.validity(), req.texts(), req.lang()));
    }

    private static BodyView view(CooperationBody b, List<CooperationBody> all, HealthcareRegion h, Snapshot s, SiteRequest req) {
        List<BodyView> children = all.stream().filter(c -> b.id().equals(c.parentId())).map(c -> view(c, all, h, s, req)).toList();
        Txt programmeArea = b.programmeAreaId() == null ? null
                : s.get(ProgrammeArea.class, b.programmeAreaId())
                        .map(p -> req.swedish(req.t("hr.npo", p.number(), p.name()))).orElse(null);
        return new BodyView(b.id(), req.swedish(b.name()), req.lang().pick(b.kind().swedish(), b.kind().english()),
                regionName(b.hostRegionId(), s, req), regionName(b.chairRegionId(), s, req), b.members(), b.substitutes(),
                b.meetingsPerYear(), b.composition() == null ? null
                        : JointBodyViews.composition(Compositions.check(b, h, req.day(), java.util.Map.of()), s, req),
                rotation(b.rotation(), s, req),
                b.decides().stream().map(d -> req.lang().pick(d.swedish(), d.english())).toList(),
                b.tasks().stream().map(req::swedish).toList(), programmeArea, req.data(b.description(), null),
                req.english(b.note()), Cite.of(b.sources(), s, req), children);
    }

    private static Txt regionName(String id, Snapshot s, SiteRequest req) {
        return id == null ? null : s.unit(id).map(u -> FactRef.unitName(u, req)).orElse(req.swedish(id));
    }

    private static Rotation rotation(RotationRule r, Snapshot s, SiteRequest req) {
        if (r == null) {
            return null;
        }
        String duties = String.join(req.t("list.and"), r.duties().stream().map(d -> req.lang().pick(d.swedish(), d.english())).toList());
        List<String> observed = r.observed().stream().map(o -> req.lang().pick(o.duty().swedish(), o.duty().english()) + ": "
                + regionName(o.regionId(), s, req).text() + " " + Fmt.validity(o.validity(), req.texts(), req.lang())).toList();
        return new Rotation(Fmt.capitalised(duties), r.periodYears(), r.order().stream().map(id -> regionName(id, s, req)).toList(),
                r.firstPeriodStart() == null ? null : Fmt.date(r.firstPeriodStart(), req.lang()), observed);
    }
}
