package se.regionkarta.cooperation.site;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.input.Days;
import se.regionkarta.cooperation.CareSettlement;
import se.regionkarta.cooperation.SettlementReport;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;

/**
 * The settlement calculator of the site (issue 6): GET shows the form with the example of
 * docs/settlement.md, POST settles and shows the form again with the result, or (through the site's
 * one answer to refused input, {@code SiteErrors}) with every problem beside its field, status 400.
 * Works without JavaScript: two text areas, two file fields and a button. The settling is the
 * command's and the API's ({@link CareSettlement}).
 */
public final class SettlementCalculator {

    private static final List<String> FIELDS = List.of("events", "prices", "month");
    private static final Map<String, String> FILES = Map.of("eventsFile", "events", "pricesFile", "prices");
    /** How many events not priced the page lists (all are counted). */
    private static final int SHOWN = 100;

    private final Site site;

    SettlementCalculator(Site site) {
        this.site = site;
    }

    void form(Context ctx) {
        SiteRequest req = site.request(ctx);
        Map<String, String> example = new LinkedHashMap<>(Map.of("events", CalculatorForm.resource("/settlement/example-events.csv"),
                "prices", CalculatorForm.resource("/settlement/example-prices.csv"), "month", ""));
        site.render(ctx, "cooperation/settlement", SettlementPage.build(req, CalculatorForm.of(req, example), null, site.snapshot()));
    }

    void settle(Context ctx) {
        SiteRequest req = site.request(ctx);
        CalculatorForm form = CalculatorForm.read(ctx, req, FIELDS, FILES);
        form.showAgainWhenRefused(ctx, "cooperation/settlement", () -> SettlementPage.build(req, form, null, site.snapshot()));
        SettlementReport report = settle(form, req);
        site.render(ctx, "cooperation/settlement", SettlementPage.build(req, form, report, site.snapshot()));
    }

    /** Settles; a field or a file refused end the request, and the form is shown again with every problem. */
    private SettlementReport settle(CalculatorForm form, SiteRequest req) {
        form.requireOk();
        YearMonth month = month(form, req);
        byte[] events = form.csv("events");
        byte[] prices = form.csv("prices");
        form.showUpload("events", new String(events, StandardCharsets.UTF_8));
        form.showUpload("prices", new String(prices, StandardCharsets.UTF_8));
        form.refuseOverLimit(CareSettlement.excess(events, prices, List.of("events", "prices")));
        // settled even when the month is wrong (then over all months), so that a bad file is shown with it at once
        SettlementReport report = CareSettlement.settle(events, prices, List.of("events", "prices"),
                CareSettlement.regionIds(site.snapshot().dataset(), req.today()), month, SHOWN);
        form.requireOk();
        return report;
    }

    private static YearMonth month(CalculatorForm form, SiteRequest req) {
        String t = form.get("month").strip();
        if (t.isEmpty()) {
            return null;
        }
        if (Days.readMonth(t).isPresent()) {
            return Days.readMonth(t).get();
        }
        form.add("month", null, new Txt(req.t("settle.bad-month"), null));
        return null;
    }

}
