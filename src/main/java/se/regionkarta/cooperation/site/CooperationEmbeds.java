package se.regionkarta.cooperation.site;

import gg.jte.Content;
import java.util.List;
import java.util.Map;
import se.regionkarta.cooperation.DecisionRegister;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Embed;
import se.regionkarta.site.Pages;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.snapshot.Snapshot;

/** What cooperation between regions adds to a unit's page: the joint bodies' decisions that concern it. */
public final class CooperationEmbeds {

    private final Pages pages;

    public CooperationEmbeds(Pages pages) {
        this.pages = pages;
    }

    /** Returns the decisions that name the unit, newest first, or nothing when none does. */
    public Content unitDecisions(Unit u, Snapshot s, SiteRequest req) {
        List<JointBodyViews.DecisionView> decisions = JointBodyViews.decisions(DecisionRegister.affecting(s.dataset(), u.id()), s, req);
        return decisions.isEmpty() ? Embed.NOTHING
                : pages.content("cooperation/unit-decisions", Map.of("req", req, "decisions", decisions));
    }
}
