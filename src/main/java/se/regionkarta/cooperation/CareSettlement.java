package se.regionkarta.cooperation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import se.regionkarta.cooperation.settlement.PricesCsv;
import se.regionkarta.cooperation.settlement.Settler;
import se.regionkarta.cooperation.settlement.model.PriceLists;
import se.regionkarta.cooperation.settlement.model.Settlement;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;

/**
 * Settles care events given as CSV text (docs/settlement.md) rather than as a file: what the API's
 * {@code POST /api/v1/settlements} and the site's settlement calculator do, with the same engine and
 * the same report as the settle command.
 *
 * <p>The fast engine ({@link Settler}) reads a file through a {@code FileChannel}, in parts, so the
 * events are written to a temporary file and settled from there; a request holds at most a few
 * megabytes, and one engine for every way in keeps the three answers identical to the öre.
 */
public final class CareSettlement {

    /** The most events not priced that a settlement lists (all are counted). */
    public static final int MAX_SHOWN = 1000;

    /** The most lines of events one request to the API or the site settles (docs/security.md); the command line takes any. */
    public static final int MAX_EVENT_LINES = 250_000;
    /** The most lines of price lists one request reads (each prices one code for one period). */
    public static final int MAX_PRICE_LINES = 20_000;

    private CareSettlement() {
    }

    /**
     * Returns what in a request's inputs is over the limits of one request, if anything.
     *
     * @param names the names of the two inputs, the events' and the prices'
     */
    public static java.util.Optional<se.regionkarta.input.Excess> excess(byte[] events, byte[] prices, List<String> names) {
        long eventLines = se.regionkarta.input.Excess.lines(events);
        long priceLines = se.regionkarta.input.Excess.lines(prices);
        if (eventLines > MAX_EVENT_LINES) {
            return java.util.Optional.of(new se.regionkarta.input.Excess(names.get(0), "lines", MAX_EVENT_LINES, eventLines,
                    "settle"));
        }
        return priceLines > MAX_PRICE_LINES ? java.util.Optional.of(new se.regionkarta.input.Excess(names.get(1), "lines",
                MAX_PRICE_LINES, priceLines, "settle")) : java.util.Optional.empty();
    }

    /** Returns the ids of the regions in force on the day, in id order: the regions that buy and sell care. */
    public static List<String> regionIds(Dataset dataset, LocalDate day) {
        return dataset.all(Unit.class).stream().filter(u -> u.kind() == UnitKind.REGION && u.validity().contains(day))
                .map(Unit::id).sorted().toList();
    }

    /**
     * Settles the events against the price lists.
     *
     * @param names the names of the two inputs, the events' and the prices' (the fields of a form or a
     *     request), which the report and every refusal name
     * @param month settle only events dated in this month; null for all
     * @param show how many events not priced to list (0 to {@link #MAX_SHOWN})
     * @throws BadInput if the price list has a bad row, or the events lack their header
     */
    public static SettlementReport settle(byte[] events, byte[] prices, List<String> names, Collection<String> regions,
            YearMonth month, int show) {
        if (show < 0 || show > MAX_SHOWN) {
            throw new IllegalArgumentException("show must be from 0 to " + MAX_SHOWN);
        }
        PriceLists lists = PricesCsv.read(prices, names.get(1));
        Path file = null;
        try {
            file = Files.createTempFile("regionkarta-events-", ".csv");
            Files.write(file, events);
            Settlement settlement = new Settler(regions, lists, show).settle(file, names.get(0), month, 1);
            return new SettlementReport(names.get(0), names.get(1), month, lists, settlement, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
