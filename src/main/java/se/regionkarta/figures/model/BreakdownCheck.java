package se.regionkarta.figures.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compares figures that break a whole down (employees by form of employment) with the whole.
 * A source may well state parts that do not add up; the registry keeps them as stated and reports
 * the difference instead of correcting either number.
 */
public final class BreakdownCheck {

    private BreakdownCheck() {
    }

    /** Returns a mismatch for every whole whose exact parts add up to something else. */
    public static List<Mismatch> mismatches(List<KeyFigure> figures) {
        Map<String, List<KeyFigure>> partsByWhole = figures.stream().filter(f -> f.partOf() != null)
                .collect(Collectors.groupingBy(KeyFigure::partOf));
        List<Mismatch> found = new ArrayList<>();
        for (KeyFigure whole : figures) {
            List<KeyFigure> parts = partsByWhole.get(whole.id());
            if (parts == null || whole.upperValue() != null || whole.qualifier() != Qualifier.EXACT
                    || parts.stream().anyMatch(p -> p.upperValue() != null || p.qualifier() != Qualifier.EXACT)) {
                continue; // only exact figures can be expected to add up
            }
            BigDecimal sum = parts.stream().map(KeyFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(whole.value()) != 0) {
                found.add(new Mismatch(whole, parts, sum));
            }
        }
        return found;
    }

    /** A whole and parts that do not add up to it. */
    public record Mismatch(KeyFigure whole, List<KeyFigure> parts, BigDecimal sumOfParts) {
    }
}
