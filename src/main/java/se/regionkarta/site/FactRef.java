package se.regionkarta.site;

import java.time.LocalDate;
import java.util.Optional;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.channels.model.Channel;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.provenance.model.Conflict;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.registry.model.CoordinationGroup;
import se.regionkarta.registry.model.Post;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.strategy.model.Plan;

/**
 * Any fact of the registry as a link: what kind of fact it is, its name, and the page that shows it
 * (null for facts with no page of their own, such as a party).
 */
public record FactRef(String kind, Txt title, String href) {

    /** Returns the link for the fact of the given kind (a section name, as search hits give it) and id. */
    public static Optional<FactRef> of(String kindName, String id, Snapshot snapshot, SiteRequest req) {
        return FactKind.named(kindName).flatMap(kind -> snapshot.get(kind, id)).map(fact -> of(fact, snapshot, req));
    }

    /** Returns the link for a fact. */
    public static FactRef of(Identified fact, Snapshot snapshot, SiteRequest req) {
        String kind = req.t("fact." + kindOf(fact));
        return new FactRef(kind, title(fact, snapshot, req), href(fact, snapshot, req));
    }

    /** Returns the page of a unit: the region page for a region (or its predecessor), else the unit page. */
    public static String unitHref(Unit u, SiteRequest req) {
        return req.dated((u.kind().isTopLevel() ? "/region/" : "/enhet/") + u.id());
    }

    /**
     * Returns a unit's name as it was on the page's day, in the page's language where the data have
     * it (an English name stands for the current name, so a former name is always Swedish).
     */
    public static Txt unitName(Unit u, SiteRequest req) {
        String then = u.nameOn(req.day());
        return then.equals(u.name()) ? req.data(u.name(), u.nameEn()) : req.swedish(then);
    }

    private static String kindOf(Identified fact) {
        return FactKind.of(fact).section();
    }

    private static Txt title(Identified fact, Snapshot s, SiteRequest req) {
        if (fact instanceof Unit u) {
            return unitName(u, req);
        } else if (fact instanceof Body b) {
            return req.data(b.name(), b.nameEn());
        } else if (fact instanceof HealthcareRegion h) {
            return req.data(h.name(), h.nameEn());
        } else if (fact instanceof CooperationBody c) {
            return req.swedish(c.name());
        } else if (fact instanceof JointDecision d) {
            return req.swedish(d.title() != null ? d.title() : d.careArea() != null ? d.careArea() : d.id());
        } else if (fact instanceof KeyFigure f) {
            var metric = FigureQueries.of(s).metric(f.metricId()).orElse(null);
            return req.swedish(s.nameOf(f.unitId()) + ": " + Fmt.figureLabel(f, metric, req.lang()) + " "
                    + Fmt.figureValue(f, metric, req.texts(), req.lang()));
        } else if (fact instanceof SeatCount sc) {
            return req.swedish(s.nameOf(sc.bodyId()) + " " + sc.termId() + ": " + sc.partyId() + " " + sc.seats());
        } else if (fact instanceof Coalition c) {
            return req.swedish(s.nameOf(c.bodyId()) + " " + c.termId() + ": " + String.join(", ", c.partyIds()));
        } else if (fact instanceof Appointment a) {
            return req.swedish(PoliticsQueries.of(s).person(a.personId()).map(p -> p.name()).orElse(a.personId()) + ", "
                    + req.lang().pick(a.role().swedish(), a.role().english()));
        } else if (fact instanceof Plan p) {
            return req.data(p.title(), p.titleEn());
        } else if (fact instanceof CareChoiceScheme c) {
            return req.data(c.name(), c.nameEn());
        } else if (fact instanceof SchemeProvider p) {
            return req.swedish(s.nameOf(p.unitId()) + " i " + s.nameOf(p.schemeId()));
        } else if (fact instanceof se.regionkarta.provenance.model.Claim c) {
            return req.swedish(s.nameOf(c.subjectId()) + ": " + (c.label() == null ? c.property() : c.label()) + " = " + c.value());
        }
        return req.swedish(nameField(fact));
    }

    private static String nameField(Identified fact) {
        if (fact instanceof Post p) {
            return p.title();
        } else if (fact instanceof CoordinationGroup g) {
            return g.name();
        } else if (fact instanceof Channel c) {
            return c.name();
        } else if (fact instanceof se.regionkarta.politics.model.Person p) {
            return p.name();
        } else if (fact instanceof se.regionkarta.politics.model.Party p) {
            return p.name() + " (" + p.id() + ")";
        } else if (fact instanceof se.regionkarta.cooperation.model.ProgrammeArea p) {
            return p.number() + ". " + p.name();
        } else if (fact instanceof se.regionkarta.provenance.model.Source src) {
            return src.title();
        }
        return fact.id();
    }

    private static String href(Identified fact, Snapshot s, SiteRequest req) {
        if (fact instanceof Unit u) {
            return unitHref(u, req);
        } else if (fact instanceof Body b) {
            return req.dated("/region/" + b.regionId() + "/politik#" + b.id());
        } else if (fact instanceof HealthcareRegion h) {
            return req.href("/sjukvardsregion/" + h.id());
        } else if (fact instanceof CooperationBody c) {
            return req.href("/sjukvardsregion/" + c.healthcareRegionId() + "#" + c.id());
        } else if (fact instanceof JointDecision d) {
            return s.get(CooperationBody.class, d.bodyId())
                    .map(b -> req.href("/sjukvardsregion/" + b.healthcareRegionId() + "#beslut-" + d.id())).orElse(null);
        } else if (fact instanceof KeyFigure f) {
            return s.unit(f.unitId()).map(u -> unitHref(u, req)).orElse(null);
        } else if (fact instanceof Post p) {
            return req.dated("/enhet/" + p.unitId());
        } else if (fact instanceof Channel c) {
            return s.unit(c.unitId()).map(u -> unitHref(u, req)).orElse(null);
        } else if (fact instanceof Plan p) {
            return s.unit(p.unitId()).map(u -> unitHref(u, req) + "#mal").orElse(null);
        } else if (fact instanceof CareChoiceScheme c) {
            return req.dated("/vardval/" + c.id());
        } else if (fact instanceof SchemeProvider p) {
            return req.dated("/vardval/" + p.schemeId() + "#" + p.unitId());
        } else if (fact instanceof CoordinationGroup g) {
            return req.dated("/region/" + g.regionId() + "/organisation");
        }
        return politicsOrOther(fact, s, req);
    }

    private static String politicsOrOther(Identified fact, Snapshot s, SiteRequest req) {
        if (fact instanceof SeatCount sc) {
            return bodyRegion(sc.bodyId(), s).map(r -> politics(r, req)).orElse(null);
        } else if (fact instanceof Coalition c) {
            return bodyRegion(c.bodyId(), s).map(r -> politics(r, req)).orElse(null);
        } else if (fact instanceof Appointment a) {
            return politics(a.regionId(), req);
        } else if (fact instanceof se.regionkarta.politics.model.Person p) {
            return s.dataset().all(Appointment.class).stream().filter(a -> a.personId().equals(p.id())).findFirst()
                    .map(a -> politics(a.regionId(), req)).orElse(null);
        } else if (fact instanceof se.regionkarta.provenance.model.Claim) {
            return req.href("/konflikter");
        } else if (fact instanceof se.regionkarta.provenance.model.Source src) {
            return req.href("/kallor/" + src.id());
        }
        return null;
    }

    private static String politics(String regionId, SiteRequest req) {
        return req.dated("/region/" + regionId + "/politik");
    }

    private static Optional<String> bodyRegion(String bodyId, Snapshot s) {
        return s.get(Body.class, bodyId).map(Body::regionId);
    }

    /** Returns the region a unit belongs to on a day, or the unit itself when it stands at the top. */
    public static Optional<Unit> regionOf(Unit u, Snapshot s, LocalDate day) {
        return u.kind().isTopLevel() ? Optional.of(u) : s.regionOf(u.id(), day);
    }

    /** Returns the id a conflict has on the conflicts page, for links to it from the facts it concerns. */
    public static String conflictAnchor(Conflict c) {
        return ("k-" + c.subjectId() + "-" + c.property()).toLowerCase().replaceAll("[^a-z0-9-]+", "-");
    }
}
