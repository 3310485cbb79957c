package se.regionkarta.dataset.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.channels.model.Channel;
import se.regionkarta.cooperation.model.CompositionRule;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.cooperation.model.Membership;
import se.regionkarta.cooperation.model.RotationRule;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.registry.model.CoordinationGroup;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Post;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.strategy.model.Plan;

/** Every reference points at a fact that exists, and every fact cites a source that exists. */
final class ReferenceRules {

    private final Index index;
    private final List<Violation> found = new ArrayList<>();

    private ReferenceRules(Index index) {
        this.index = index;
    }

    static List<Violation> check(Dataset d, Index index) {
        ReferenceRules rules = new ReferenceRules(index);
        rules.sources(d);
        rules.organisation(d);
        rules.politics(d);
        rules.cooperation(d);
        rules.decisions(d);
        rules.careChoice(d);
        rules.rest(d);
        return rules.found;
    }

    private void sources(Dataset d) {
        for (FactKind kind : FactKind.values()) {
            if (kind == FactKind.SOURCE || kind == FactKind.METRIC) {
                continue;
            }
            for (Object o : d.all(kind)) {
                Fact fact = (Fact) o;
                if (fact.sources().isEmpty()) {
                    found.add(new Violation(kind, fact.id(), "'" + fact.id() + "' cites no source").at("sources"));
                }
                for (SourceRef ref : fact.sources()) {
                    require(kind, fact.id(), FactKind.SOURCE, ref.sourceId(), "source", "sources");
                }
            }
        }
    }

    private void organisation(Dataset d) {
        for (Unit u : d.all(Unit.class)) {
            for (ParentLink link : u.parents()) {
                require(FactKind.UNIT, u.id(), FactKind.UNIT, link.parentId(), "parent");
            }
        }
        for (Post p : d.all(Post.class)) {
            require(FactKind.POST, p.id(), FactKind.UNIT, p.unitId(), "unit");
            optional(FactKind.POST, p.id(), FactKind.POST, p.reportsTo(), "reports_to");
        }
        for (CoordinationGroup g : d.all(CoordinationGroup.class)) {
            requireRegion(FactKind.COORDINATION_GROUP, g.id(), g.regionId(), "region");
            optional(FactKind.COORDINATION_GROUP, g.id(), FactKind.POST, g.chairPostId(), "chair");
            g.memberPostIds().forEach(m -> require(FactKind.COORDINATION_GROUP, g.id(), FactKind.POST, m, "member", "members"));
        }
    }

    private void politics(Dataset d) {
        for (Body b : d.all(Body.class)) {
            requireRegion(FactKind.BODY, b.id(), b.regionId(), "region");
            optional(FactKind.BODY, b.id(), FactKind.BODY, b.parentId(), "parent");
            b.governs().forEach(u -> require(FactKind.BODY, b.id(), FactKind.UNIT, u, "governs"));
        }
        for (SeatCount s : d.all(SeatCount.class)) {
            require(FactKind.SEAT, s.id(), FactKind.BODY, s.bodyId(), "body");
            require(FactKind.SEAT, s.id(), FactKind.TERM, s.termId(), "term");
            require(FactKind.SEAT, s.id(), FactKind.PARTY, s.partyId(), "party", "parties");
        }
        for (Coalition c : d.all(Coalition.class)) {
            require(FactKind.COALITION, c.id(), FactKind.BODY, c.bodyId(), "body");
            require(FactKind.COALITION, c.id(), FactKind.TERM, c.termId(), "term");
            c.partyIds().forEach(p -> require(FactKind.COALITION, c.id(), FactKind.PARTY, p, "party", "parties"));
        }
        for (Appointment a : d.all(Appointment.class)) {
            require(FactKind.APPOINTMENT, a.id(), FactKind.PERSON, a.personId(), "person");
            requireRegion(FactKind.APPOINTMENT, a.id(), a.regionId(), "region");
            optional(FactKind.APPOINTMENT, a.id(), FactKind.BODY, a.bodyId(), "body");
            optional(FactKind.APPOINTMENT, a.id(), FactKind.PARTY, a.partyId(), "party");
            optional(FactKind.APPOINTMENT, a.id(), FactKind.TERM, a.termId(), "term");
        }
    }

    private void cooperation(Dataset d) {
        for (HealthcareRegion h : d.all(HealthcareRegion.class)) {
            for (Membership m : h.members()) {
                requireRegion(FactKind.HEALTHCARE_REGION, h.id(), m.regionId(), "members");
            }
        }
        for (CooperationBody c : d.all(CooperationBody.class)) {
            FactKind k = FactKind.COOPERATION_BODY;
            require(k, c.id(), FactKind.HEALTHCARE_REGION, c.healthcareRegionId(), "healthcare_region");
            optional(k, c.id(), FactKind.COOPERATION_BODY, c.parentId(), "parent");
            optional(k, c.id(), FactKind.UNIT, c.hostRegionId(), "host_region");
            optional(k, c.id(), FactKind.UNIT, c.chairRegionId(), "chair_region");
            optional(k, c.id(), FactKind.PROGRAMME_AREA, c.programmeAreaId(), "programme_area");
            if (c.composition() != null) {
                for (CompositionRule.RegionSeats e : c.composition().exceptions()) {
                    require(k, c.id(), FactKind.UNIT, e.regionId(), "composition exception", "composition");
                }
            }
            if (c.rotation() != null) {
                c.rotation().order().forEach(r -> require(k, c.id(), FactKind.UNIT, r, "rotation order", "rotation"));
                for (RotationRule.Holding h : c.rotation().observed()) {
                    require(k, c.id(), FactKind.UNIT, h.regionId(), "rotation holder", "rotation");
                }
            }
        }
    }

    /** A decision names a body that exists and decides matters of its kind, and units that exist. */
    private void decisions(Dataset d) {
        FactKind k = FactKind.DECISION;
        for (JointDecision decision : d.all(JointDecision.class)) {
            if (require(k, decision.id(), FactKind.COOPERATION_BODY, decision.bodyId(), "body")) {
                CooperationBody body = index.get(CooperationBody.class, decision.bodyId());
                if (!body.decides().contains(decision.kind())) {
                    found.add(new Violation(k, decision.id(), "'" + decision.id() + "' is a decision of kind "
                            + kebab(decision.kind()) + ", but '" + body.id() + "' is not recorded as deciding such matters"
                            + " (its decides: lists " + (body.decides().isEmpty() ? "nothing"
                                    : String.join(", ", body.decides().stream().map(ReferenceRules::kebab).toList())) + ")")
                            .at("kind"));
                }
            }
            decision.affectedUnits().forEach(u -> require(k, decision.id(), FactKind.UNIT, u, "unit", "units"));
        }
    }

    /**
     * A scheme belongs to a region; each of its providers is a unit of that region that says who runs
     * it (the counts by ownership are taken from it), and takes part in the scheme once at a time.
     */
    private void careChoice(Dataset d) {
        for (CareChoiceScheme s : d.all(CareChoiceScheme.class)) {
            requireRegion(FactKind.CARE_CHOICE_SCHEME, s.id(), s.regionId(), "region");
        }
        FactKind k = FactKind.SCHEME_PROVIDER;
        Map<String, List<SchemeProvider>> seen = new HashMap<>();
        for (SchemeProvider p : d.all(SchemeProvider.class)) {
            boolean scheme = require(k, p.id(), FactKind.CARE_CHOICE_SCHEME, p.schemeId(), "scheme");
            if (!require(k, p.id(), FactKind.UNIT, p.unitId(), "unit")) {
                continue;
            }
            Unit unit = index.get(Unit.class, p.unitId());
            if (unit.ownership() == null) {
                found.add(new Violation(k, p.id(), "unit '" + unit.id() + "' of '" + p.id() + "' does not say who runs it"
                        + " (ownership: region-run or private); a scheme's counts by ownership are taken from its units")
                        .at("unit"));
            }
            if (scheme) {
                String region = index.get(CareChoiceScheme.class, p.schemeId()).regionId();
                Set<String> missing = new HashSet<>();
                if (!topLevelAncestors(unit.id(), new HashSet<>(), missing).contains(region)) {
                    // the unit may be in the region through an ancestor (or the region itself) that could not be read
                    missing.add(region);
                    found.add(new Violation(k, p.id(), "unit '" + unit.id() + "' of '" + p.id() + "' is not part of region '"
                            + region + "', whose scheme '" + p.schemeId() + "' it is listed in").at("unit")
                            .assuming(missing.stream().map(m -> Premise.noSuch(FactKind.UNIT, m)).toArray(Premise[]::new)));
                }
            }
            List<SchemeProvider> same = seen.computeIfAbsent(p.schemeId() + "\u0000" + p.unitId(), x -> new ArrayList<>());
            for (SchemeProvider other : same) {
                if (other.validity().overlaps(p.validity())) {
                    found.add(new Violation(k, p.id(), "'" + p.id() + "' and '" + other.id() + "' both put unit '" + p.unitId()
                            + "' in scheme '" + p.schemeId() + "' for the same days (" + p.validity() + ", " + other.validity() + ")")
                            .at("from"));
                }
            }
            same.add(p);
        }
    }

    /**
     * Returns the top-level units a unit hangs under through any of its parent links, over time, and
     * notes in {@code missing} the ancestors that do not exist.
     */
    private Set<String> topLevelAncestors(String unitId, Set<String> visited, Set<String> missing) {
        Set<String> tops = new HashSet<>();
        if (!index.has(FactKind.UNIT, unitId)) {
            missing.add(unitId);
            return tops;
        }
        if (!visited.add(unitId)) {
            return tops;
        }
        Unit unit = index.get(Unit.class, unitId);
        if (unit.kind().isTopLevel()) {
            tops.add(unit.id());
        }
        unit.parents().forEach(link -> tops.addAll(topLevelAncestors(link.parentId(), visited, missing)));
        return tops;
    }

    private void rest(Dataset d) {
        for (KeyFigure f : d.all(KeyFigure.class)) {
            require(FactKind.FIGURE, f.id(), FactKind.UNIT, f.unitId(), "unit");
            require(FactKind.FIGURE, f.id(), FactKind.METRIC, f.metricId(), "metric");
            optional(FactKind.FIGURE, f.id(), FactKind.FIGURE, f.partOf(), "part_of");
        }
        for (Plan p : d.all(Plan.class)) {
            require(FactKind.PLAN, p.id(), FactKind.UNIT, p.unitId(), "unit");
        }
        for (Channel c : d.all(Channel.class)) {
            require(FactKind.CHANNEL, c.id(), FactKind.UNIT, c.unitId(), "unit");
        }
        for (Claim c : d.all(Claim.class)) {
            if (!index.hasAny(c.subjectId())) {
                found.add(new Violation(FactKind.CLAIM, c.id(), "the claim is about '" + c.subjectId() + "', which does not exist")
                        .at("subject").assuming(Premise.noSuchOfAnyKind(c.subjectId())));
            }
        }
    }

    /** Writes a kind as the data files do ({@code prices-for-sold-care}). */
    private static String kebab(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** A region named in {@code field} exists and is a region (or another top-level unit). */
    private void requireRegion(FactKind kind, String id, String regionId, String field) {
        if (require(kind, id, FactKind.UNIT, regionId, "region", field)
                && !index.get(Unit.class, regionId).kind().isTopLevel()) {
            found.add(new Violation(kind, id, "'" + regionId + "' is named as region but is a "
                    + index.get(Unit.class, regionId).kind().english()).at(field, regionId));
        }
    }

    private void optional(FactKind kind, String id, FactKind target, String ref, String field) {
        if (ref != null) {
            require(kind, id, target, ref, field);
        }
    }

    private boolean require(FactKind kind, String id, FactKind target, String ref, String field) {
        return require(kind, id, target, ref, field, field);
    }

    /**
     * Tells whether a reference points at a fact that exists, and notes a violation if not.
     *
     * @param what the reference in words, mostly the field's name ({@code rotation holder})
     * @param field the field it is written in ({@code rotation})
     */
    private boolean require(FactKind kind, String id, FactKind target, String ref, String what, String field) {
        if (index.has(target, ref)) {
            return true;
        }
        found.add(new Violation(kind, id, what + " '" + ref + "' of '" + id + "' does not exist among the " + target)
                .at(field, ref).assuming(Premise.noSuch(target, ref)));
        return false;
    }
}
