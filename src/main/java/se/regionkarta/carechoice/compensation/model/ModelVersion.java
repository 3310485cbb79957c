package se.regionkarta.carechoice.compensation.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a compensation model, valid for whole months (usually one calendar year): the
 * capitation per listed person and year by age band (and sex where the model says so), whether
 * it is weighted by the care need index of the resident's home area, a fixed amount per provider
 * unit and month, and a payment per visit. All amounts are whole öre.
 *
 * <p>Every compensation model of primary care described by SKR mixes such parts: a risk-adjusted
 * capitation (the dominant part, adjusted by age, sex and socioeconomics such as CNI), visit fees
 * and fixed parts (SKR, "Ersättningsmodeller i primärvården"; docs/carechoice.md).
 *
 * @param validFrom the first day, always the first day of a month
 * @param validUntil the last day, always the last day of a month; null while valid until further notice
 * @param careNeedWeighted whether the capitation is multiplied by the care need index of the home area
 * @param bands the age bands in order of age; they do not overlap but need not cover every age
 *     (a scheme for children and young people pays nothing for adults)
 * @param fixedOrePerUnitMonth paid to every provider unit of the scheme for a month it is open every day
 * @param fixedByUnit the fixed amount of particular units instead of {@code fixedOrePerUnitMonth}
 * @param visitListedOre paid per visit by a patient listed with the provider
 * @param visitOtherOre paid per visit by a patient listed elsewhere or not listed
 */
public record ModelVersion(
        LocalDate validFrom,
        LocalDate validUntil,
        boolean careNeedWeighted,
        List<AgeBand> bands,
        long fixedOrePerUnitMonth,
        Map<String, Long> fixedByUnit,
        long visitListedOre,
        long visitOtherOre) {

    public ModelVersion {
        Objects.requireNonNull(validFrom, "valid_from");
        if (validFrom.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a model version begins on the first day of a month, not " + validFrom);
        }
        if (validUntil != null && (validUntil.isBefore(validFrom)
                || !validUntil.equals(YearMonth.from(validUntil).atEndOfMonth()))) {
            throw new IllegalArgumentException("a model version ends on the last day of a month, on or after it begins, not "
                    + validUntil);
        }
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a model version needs at least one age band");
        }
        for (int i = 1; i < bands.size(); i++) {
            AgeBand before = bands.get(i - 1);
            if (before.to() == null || before.to() >= bands.get(i).from()) {
                throw new IllegalArgumentException("the age bands must be in order of age and must not overlap: "
                        + before.label() + " and " + bands.get(i).label());
            }
        }
        fixedByUnit = Map.copyOf(fixedByUnit);
        for (long amount : fixedByUnit.values()) {
            checkAmount(amount, "a fixed amount");
        }
        checkAmount(fixedOrePerUnitMonth, "a fixed amount");
        checkAmount(visitListedOre, "a visit fee");
        checkAmount(visitOtherOre, "a visit fee");
    }

    /** Tells whether the version is valid for every day of the month. */
    public boolean covers(YearMonth month) {
        return !month.atDay(1).isBefore(validFrom) && (validUntil == null || !month.atEndOfMonth().isAfter(validUntil));
    }

    /** Tells whether the version is valid on at least one day of the month. */
    public boolean touches(YearMonth month) {
        return !month.atEndOfMonth().isBefore(validFrom) && (validUntil == null || !month.atDay(1).isAfter(validUntil));
    }

    /** Returns the index of the band that holds the age, or -1 if none does. */
    public int band(int age) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).contains(age)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the fixed amount a month of the unit. */
    public long fixedOre(String provider) {
        return fixedByUnit.getOrDefault(provider, fixedOrePerUnitMonth);
    }

    /** Returns the fee of a visit by this kind of patient. */
    public long visitOre(VisitCount.Patient patient) {
        return patient == VisitCount.Patient.LISTED ? visitListedOre : visitOtherOre;
    }

    /** Tells whether any band pays women and men differently. */
    public boolean bySex() {
        return bands.stream().anyMatch(AgeBand::bySex);
    }

    private static void checkAmount(long ore, String what) {
        if (ore < 0 || ore > Ore.MAX_MODEL_AMOUNT) {
            throw new IllegalArgumentException(what + " must be from 0 to " + Ore.sek(Ore.MAX_MODEL_AMOUNT) + " SEK");
        }
    }
}
