package se.regionkarta.carechoice.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.YearMonth;
import se.regionkarta.input.Days;
import se.regionkarta.carechoice.CareChoiceExamples;
import se.regionkarta.carechoice.CareChoiceQueries;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.WebServer;

/** A care-choice scheme's page: its providers counted from the units, and a synthetic example of the compensation. */
public final class CareChoicePages implements WebServer.RouteGroup {

    private final Site site;
    /** The care-choice examples, built once per scheme and year of the snapshot served. */
    private final CareChoiceExamples examples = new CareChoiceExamples();

    public CareChoicePages(Site site) {
        this.site = site;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/vardval/{id}", this::careChoice);
    }

    /** A care-choice scheme; {@code month} (YYYY-MM) picks the month of the example shown provider by provider. */
    private void careChoice(Context ctx) {
        SiteRequest req = site.request(ctx);
        Snapshot s = site.snapshot();
        CareChoiceScheme c = CareChoiceQueries.of(s).scheme(ctx.pathParam("id"))
                .orElseThrow(() -> req.notFound(ctx, "what.carechoice", ctx.pathParam("id")));
        YearMonth month = month(ctx, req, "month");
        site.render(ctx, "carechoice/care-choice", CareChoicePage.build(c, s, req, month, examples));
    }

    /** Reads a month parameter written YYYY-MM, or null when not given; any other value is refused. */
    private static YearMonth month(Context ctx, SiteRequest req, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        return Days.readMonth(text).orElseThrow(() -> SiteRequest.refuse(ctx, name, req.t("error.bad-month", text)));
    }
}
