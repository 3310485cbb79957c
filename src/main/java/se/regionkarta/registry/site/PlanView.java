package se.regionkarta.registry.site;

import java.util.List;
import se.regionkarta.site.Cite;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.strategy.model.Plan;

/** A vision, plan, strategy or set of goals as a page shows it. */
public record PlanView(String id, Txt title, String kind, String period, List<Txt> items, Txt description, Txt note,
        List<Cite> cites) {

    /** Returns the plans of a unit in force on the page's day. */
    static List<PlanView> of(String unitId, Snapshot s, SiteRequest req) {
        return s.dataset().all(Plan.class).stream()
                .filter(p -> p.unitId().equals(unitId) && p.validity().contains(req.day()))
                .map(p -> view(p, s, req)).toList();
    }

    private static PlanView view(Plan p, Snapshot s, SiteRequest req) {
        return new PlanView(p.id(), req.data(p.title(), p.titleEn()), req.lang().pick(p.kind().swedish(), p.kind().english()),
                Fmt.validity(p.validity(), req.texts(), req.lang()),
                p.items().stream().map(i -> req.data(i.text(), i.textEn())).toList(),
                req.swedish(p.description()), req.english(p.note()), Cite.of(p.sources(), s, req));
    }
}
