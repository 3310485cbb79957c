package se.regionkarta.politics.site;

import java.util.ArrayList;
import java.util.List;
import se.regionkarta.cooperation.CooperationQueries;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Link;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.snapshot.Snapshot;

/** The political bodies a region shares with others in its healthcare regions. */
final class JointBodies {

    private JointBodies() {
    }

    static List<Link> of(Unit region, Snapshot s, SiteRequest req) {
        List<Link> links = new ArrayList<>();
        for (HealthcareRegion h : CooperationQueries.of(s).healthcareRegionsOf(region.id(), req.day())) {
            for (CooperationBody c : CooperationQueries.of(s).bodies(h.id(), req.day())) {
                if (c.kind().political() && c.parentId() == null) {
                    String meta = req.data(h.name(), h.nameEn()).text()
                            + (c.composition() == null ? "" : "; " + req.t("hr.from-region",
                                    c.composition().membersFor(region.id()), c.composition().substitutesFor(region.id())));
                    links.add(new Link(req.swedish(c.name()), req.href("/sjukvardsregion/" + h.id() + "#" + c.id()), meta));
                }
            }
        }
        return links;
    }
}
