package se.regionkarta.carechoice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.regionkarta.carechoice.compensation.Compensation;
import se.regionkarta.carechoice.compensation.ProvidersCsv;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.carechoice.compensation.model.MonthSettlement;
import se.regionkarta.carechoice.compensation.model.Ore;
import se.regionkarta.carechoice.compensation.model.PaymentLine;
import se.regionkarta.carechoice.compensation.model.ProviderPayment;
import se.regionkarta.carechoice.compensation.model.WhatIfResult;

/**
 * The JSON of a month's compensation, as {@code compensate --format json} prints it
 * (docs/carechoice.md): amounts both as whole öre and as SEK text. The command and the API's
 * {@code POST /api/v1/compensations} both write it, so the two answers cannot drift apart.
 */
public final class CompensationJson {

    private CompensationJson() {
    }

    /**
     * Returns the answer as ordered maps and lists, ready for a JSON writer.
     *
     * @param modelFile what the model input is called
     * @param whatIf the what-if answer, or null
     */
    public static Map<String, Object> of(String modelFile, CompensationModel model, Compensation compensation, WhatIfResult whatIf) {
        MonthSettlement s = compensation.settlement();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scheme", s.scheme());
        json.put("month", s.month().toString());
        json.put("model", model(modelFile, model, s.version()));
        json.put("daysInMonth", s.month().lengthOfMonth());
        json.put("residents", compensation.residents());
        json.put("listingRows", compensation.listingRows());
        json.put("listingsUsed", compensation.listingsUsed());
        json.put("totalOre", s.totalOre());
        json.put("totalSek", Ore.sek(s.totalOre()));
        List<Object> providers = new ArrayList<>();
        s.providers().forEach(p -> providers.add(provider(p, s.denominator())));
        json.put("providers", providers);
        json.put("notPaid", ordered("closedPersonDays", s.notPaid().closedPersonDays(),
                "outsideAgesPersonDays", s.notPaid().outsideAgesPersonDays(), "visits", s.notPaid().visitsNotPaid()));
        if (whatIf != null) {
            json.put("whatIf", whatIf(whatIf));
        }
        return json;
    }

    private static Map<String, Object> model(String file, CompensationModel model, ModelVersion v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("id", model.id());
        json.put("illustrative", model.illustrative());
        json.put("validFrom", v.validFrom().toString());
        if (v.validUntil() != null) {
            json.put("validUntil", v.validUntil().toString());
        }
        json.put("careNeedIndex", v.careNeedWeighted());
        return json;
    }

    private static Map<String, Object> provider(ProviderPayment p, long denominator) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("provider", p.provider());
        if (p.ownership() != null) {
            json.put("ownership", ProvidersCsv.code(p.ownership()));
        }
        json.put("openDays", p.openDays());
        json.put("personDays", p.personDays());
        json.put("exactOre", p.exact() + "/" + denominator);
        json.put("amountOre", p.amountOre());
        json.put("amountSek", Ore.sek(p.amountOre()));
        List<Object> lines = new ArrayList<>();
        for (PaymentLine l : p.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kind", l.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (l.band() != null) {
                line.put("ages", l.band().label());
            }
            if (l.sex() != null) {
                line.put("sex", l.sex().code());
            }
            line.put("quantity", l.quantity());
            line.put("unit", l.kind().unit());
            line.put("amountOre", l.amountOre());
            line.put("amountSek", Ore.sek(l.amountOre()));
            lines.add(line);
        }
        json.put("lines", lines);
        return json;
    }

    private static Map<String, Object> whatIf(WhatIfResult w) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("question", w.whatIf().toString());
        json.put("moved", w.moved());
        List<Object> rows = new ArrayList<>();
        for (String p : List.of(w.whatIf().from(), w.whatIf().to())) {
            rows.add(ordered("provider", p, "beforeOre", w.before(p), "afterOre", w.after(p), "changeOre", w.after(p) - w.before(p)));
        }
        json.put("providers", rows);
        json.put("totalBeforeOre", w.before().totalOre());
        json.put("totalAfterOre", w.after().totalOre());
        return json;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
