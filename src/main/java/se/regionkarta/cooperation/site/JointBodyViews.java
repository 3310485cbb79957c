package se.regionkarta.cooperation.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.regionkarta.cooperation.Compositions;
import se.regionkarta.cooperation.Rotations;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.DecisionKind;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.cooperation.model.RotationRule;
import se.regionkarta.cooperation.model.RotationSchedule;
import se.regionkarta.site.Cite;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Link;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * What the healthcare region and unit pages show of the joint bodies (issue 6): the composition
 * rule per member region with its check, who holds the chair and the secretariat and the schedule
 * of the coming years, and the register of decisions.
 */
public final class JointBodyViews {

    /** The years the page's schedule covers. */
    static final int YEARS = 10;

    private JointBodyViews() {
    }

    /**
     * A body's composition per member region, and the check of what is recorded against it.
     *
     * @param rows one per member region, the total last
     * @param result the check in words
     * @param ok whether the check found no violation
     */
    public record CompositionView(List<CompositionRow> rows, String result, boolean ok) {
    }

    /** What the rule asks of one region (or, last, of all), and what is recorded. */
    public record CompositionRow(Txt region, String part, int members, int substitutes, String recorded, boolean total) {
    }

    /** A body's rotation: who holds each duty on the page's day, and each duty's schedule. */
    public record RotationView(String id, Txt body, String rule, boolean scheduled, String currentPeriod, List<Holder> today,
            List<ScheduleView> schedules) {
    }

    /** Who holds a duty on the page's day, and how that is known ({@code basis} null when it is not). */
    public record Holder(String duty, Txt holder, String basis) {
    }

    /** One duty's periods, as a table. */
    public record ScheduleView(String id, String caption, List<PeriodRow> rows) {
    }

    /** One period of a duty. */
    public record PeriodRow(String period, Txt holder, String basis, List<Cite> cites, boolean current) {
    }

    /** A decision of a joint body. */
    public record DecisionView(String id, String kind, Txt title, Txt careArea, Txt description, Txt body, String decided,
            String validity, List<Link> units, Txt note, List<Cite> cites) {
    }

    static CompositionView composition(Compositions.Check c, Snapshot s, SiteRequest req) {
        List<CompositionRow> rows = new ArrayList<>();
        for (Compositions.RegionRule r : c.regions()) {
            String recorded = r.recordedMembers() == null ? req.t("hr.check.per-region-not-recorded")
                    : req.t("hr.check.recorded", r.recordedMembers(), r.recordedSubstitutes());
            rows.add(new CompositionRow(name(r.regionId(), s, req), r.municipalityCodes().isEmpty() ? null
                    : req.t("hr.partial", String.join(", ", r.municipalityCodes())), r.members(), r.substitutes(), recorded, false));
        }
        String totals = c.recordedMembers() == null && c.recordedSubstitutes() == null ? req.t("hr.check.totals-not-recorded")
                : req.t("hr.check.recorded", text(c.recordedMembers()), text(c.recordedSubstitutes()));
        rows.add(new CompositionRow(new Txt(req.t("politics.total"), null), null, c.ruleMembers(), c.ruleSubstitutes(), totals,
                true));
        String result = switch (c.result()) {
            case KEEPS_RULE -> req.t("hr.check.keeps");
            case BREAKS_RULE -> req.t("hr.check.breaks", String.join("; ", c.violations()));
            case NOT_RECORDED -> req.t("hr.check.nothing");
        };
        return new CompositionView(rows, result, c.result() != Compositions.Result.BREAKS_RULE);
    }

    static RotationView rotation(Rotations.BodyRotation r, Snapshot s, SiteRequest req) {
        RotationRule rule = r.rule();
        String duties = String.join(req.t("list.and"), rule.duties().stream().map(d -> duty(d, req)).toList());
        String order = rule.order().isEmpty() ? req.t("hr.rot.no-order")
                : req.t("hr.rot.order", rule.order().stream().map(id -> name(id, s, req).text()).collect(Collectors.joining(" → ")));
        String text = Fmt.capitalised(req.t("hr.rot.rule", duties, rule.periodYears())) + " " + order;
        if (!r.scheduled()) {
            return new RotationView(r.body().id(), req.swedish(r.body().name()), text, false, null, List.of(), List.of());
        }
        List<Holder> today = new ArrayList<>();
        List<ScheduleView> schedules = new ArrayList<>();
        for (Rotations.DutySchedule d : r.schedules()) {
            today.add(new Holder(Fmt.capitalised(duty(d.duty(), req)), holder(d.current(), s, req),
                    d.current().basis() == RotationSchedule.Basis.UNKNOWN ? null : basis(d.current(), req)));
            List<PeriodRow> rows = new ArrayList<>();
            d.earlier().forEach(p -> rows.add(row(p, false, s, req)));
            d.periods().forEach(p -> rows.add(row(p, p == d.current(), s, req)));
            schedules.add(new ScheduleView(r.body().id() + "-" + d.duty().name().toLowerCase(java.util.Locale.ROOT),
                    req.t("hr.rot.caption", Fmt.capitalised(duty(d.duty(), req)), r.body().name(), YEARS), rows));
        }
        RotationSchedule.Period now = r.schedules().get(0).current();
        return new RotationView(r.body().id(), req.swedish(r.body().name()), text, true, period(now, req), today, schedules);
    }

    private static PeriodRow row(RotationSchedule.Period p, boolean current, Snapshot s, SiteRequest req) {
        List<Cite> cites = p.basis() == RotationSchedule.Basis.RECORDED ? Cite.of(p.sources(), s, req) : List.of();
        return new PeriodRow(period(p, req), holder(p, s, req), basis(p, req), cites, current);
    }

    private static Txt holder(RotationSchedule.Period p, Snapshot s, SiteRequest req) {
        return p.regionId() == null ? new Txt(req.t("hr.rot.unknown"), null) : name(p.regionId(), s, req);
    }

    private static String basis(RotationSchedule.Period p, SiteRequest req) {
        return req.t("hr.rot.basis." + p.basis().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static String period(RotationSchedule.Period p, SiteRequest req) {
        return Fmt.day(p.from(), req.lang()) + "–" + Fmt.day(p.until(), req.lang());
    }

    private static String duty(RotationRule.Duty d, SiteRequest req) {
        return req.lang().pick(d.swedish(), d.english());
    }

    /** Returns the decisions as the page shows them. */
    public static List<DecisionView> decisions(List<JointDecision> decisions, Snapshot s, SiteRequest req) {
        return decisions.stream().map(x -> decision(x, s, req)).toList();
    }

    private static DecisionView decision(JointDecision x, Snapshot s, SiteRequest req) {
        Txt body = s.get(CooperationBody.class, x.bodyId()).map(b -> req.swedish(b.name())).orElse(req.swedish(x.bodyId()));
        List<Link> units = x.affectedUnits().stream().map(id -> s.unit(id)
                .map(u -> new Link(FactRef.unitName(u, req), FactRef.unitHref(u, req), null))
                .orElse(new Link(req.swedish(id), null, null))).toList();
        String decided = x.decidedOn() == null ? req.t("hr.dec.not-dated") : Fmt.date(x.decidedOn(), req.lang());
        String validity = Fmt.validity(x.validity(), req.texts(), req.lang());
        return new DecisionView(x.id(), kind(x.kind(), req), req.swedish(x.title()), req.swedish(x.careArea()),
                req.swedish(x.description()), body, decided, validity == null ? req.t("hr.dec.no-period") : validity, units,
                req.english(x.note()), Cite.of(x.sources(), s, req));
    }

    static String kind(DecisionKind k, SiteRequest req) {
        return Fmt.capitalised(req.lang().pick(k.swedish(), k.english()));
    }

    /** Returns the kinds of matter the bodies decide of which no decision is recorded, in words. */
    static List<String> unrecordedKinds(List<CooperationBody> bodies, List<JointDecision> decisions, SiteRequest req) {
        Set<DecisionKind> kinds = new LinkedHashSet<>();
        bodies.forEach(b -> kinds.addAll(b.decides()));
        decisions.forEach(x -> kinds.remove(x.kind()));
        return kinds.stream().map(k -> req.lang().pick(k.swedish(), k.english())).toList();
    }

    private static Txt name(String regionId, Snapshot s, SiteRequest req) {
        return s.unit(regionId).map(u -> FactRef.unitName(u, req)).orElse(req.swedish(regionId));
    }

    private static String text(Integer n) {
        return n == null ? "?" : n.toString();
    }
}
