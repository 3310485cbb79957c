package se.regionkarta.cooperation.api;

import static se.regionkarta.api.Params.AS_OF;
import static se.regionkarta.api.Params.LIMIT;
import static se.regionkarta.api.Params.OFFSET;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.regionkarta.api.Page;
import se.regionkarta.api.Params;
import se.regionkarta.api.Route;
import se.regionkarta.carechoice.api.CareChoiceApi;
import se.regionkarta.cooperation.Compositions;
import se.regionkarta.cooperation.CooperationQueries;
import se.regionkarta.cooperation.DecisionRegister;
import se.regionkarta.cooperation.Rotations;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.DecisionKind;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.cooperation.model.Membership;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.LiveRegistry;

/**
 * Healthcare regions (sjukvårdsregioner) with their members and bodies, the bodies' composition
 * checked, their rotation of chair and secretariat and their decisions (issue 6). The regions'
 * care-choice schemes are in {@link CareChoiceApi}.
 */
public final class CooperationApi {

    private static final String YEARS = "years";

    /**
     * A region's membership as of a day, with the region's name.
     *
     * @param municipalityCodes the municipalities through which the region belongs; empty when it belongs whole
     */
    record Member(String regionId, String name, boolean whole, List<String> municipalityCodes, Validity validity) {
    }

    /**
     * A healthcare region with its members and bodies on a day; the facts about members are the
     * healthcare region's own and carry its {@code sources}.
     */
    record HealthcareRegionDetail(LocalDate asOf, boolean inForce, @JsonUnwrapped HealthcareRegion healthcareRegion,
            List<Member> memberRegions, List<CooperationBody> bodies, List<CooperationJson.CompositionCheck> compositionChecks) {
    }

    private final LiveRegistry registry;
    private final Clock clock;

    public CooperationApi(LiveRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/healthcare-regions", List.of(AS_OF, LIMIT, OFFSET), this::healthcareRegions),
                Route.get("/api/v1/healthcare-regions/{id}", List.of(AS_OF), this::healthcareRegion),
                Route.get("/api/v1/healthcare-regions/{id}/rotation", List.of(AS_OF, YEARS), this::rotation),
                Route.get("/api/v1/healthcare-regions/{id}/decisions", List.of("kind", LIMIT, OFFSET), this::decisions));
    }

    private void healthcareRegions(Context ctx) {
        Params p = new Params(ctx, clock);
        LocalDate day = p.asOf();
        List<HealthcareRegion> all = registry.current().snapshot().dataset().all(HealthcareRegion.class).stream()
                .filter(h -> h.validity().contains(day)).toList();
        ctx.json(Page.of(all, p.paging(50, 500), day, ctx));
    }

    private void healthcareRegion(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(detail(registry.current().snapshot(), p.id(), p.asOf()).orElseThrow(() -> p.notFound("healthcare region")));
    }

    /** Answers who holds the chair and the secretariat of the healthcare region's joint bodies, and the periods to come. */
    private void rotation(Context ctx) {
        Params p = new Params(ctx, clock);
        Snapshot s = registry.current().snapshot();
        HealthcareRegion h = s.get(HealthcareRegion.class, p.id()).orElseThrow(() -> p.notFound("healthcare region"));
        LocalDate day = p.asOf();
        int years = p.number(YEARS, 1, Rotations.MAX_YEARS).orElse(10);
        ctx.json(CooperationJson.rotation(h, Rotations.of(CooperationQueries.of(s).bodies(h.id(), day), day, years), day, years, s));
    }

    /** Answers the register of the decisions of the healthcare region's joint bodies, newest first. */
    private void decisions(Context ctx) {
        Params p = new Params(ctx, clock);
        Snapshot s = registry.current().snapshot();
        HealthcareRegion h = s.get(HealthcareRegion.class, p.id()).orElseThrow(() -> p.notFound("healthcare region"));
        DecisionKind kind = p.choice("kind", DecisionKind.class).orElse(null);
        List<JointDecision> all = DecisionRegister.ofHealthcareRegion(s.dataset(), h.id()).stream()
                .filter(x -> kind == null || x.kind() == kind).toList();
        ctx.json(Page.of(all, p.paging(50, 500), null, ctx));
    }

    private static Optional<HealthcareRegionDetail> detail(Snapshot snapshot, String id, LocalDate day) {
        return snapshot.get(HealthcareRegion.class, id).map(h -> {
            List<CooperationBody> bodies = CooperationQueries.of(snapshot).bodies(id, day);
            return new HealthcareRegionDetail(day, h.validity().contains(day), h,
                    h.members().stream().filter(m -> m.validity().contains(day)).map(m -> member(snapshot, m)).toList(),
                    bodies, Compositions.of(h, bodies, day).stream().map(c -> CooperationJson.composition(c, snapshot)).toList());
        });
    }

    private static Member member(Snapshot snapshot, Membership m) {
        String name = snapshot.unit(m.regionId()).map(Unit::name).orElse(m.regionId());
        return new Member(m.regionId(), name, m.whole(), m.municipalityCodes(), m.validity());
    }
}
