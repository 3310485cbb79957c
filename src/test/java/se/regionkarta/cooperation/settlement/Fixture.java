package se.regionkarta.cooperation.settlement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import se.regionkarta.cooperation.settlement.model.PriceLists;
import se.regionkarta.cooperation.settlement.model.Settlement;

/** Small price lists and event files written to a test's directory, and settling them. */
final class Fixture {

    static final List<String> REGIONS = List.of("jonkoping", "kalmar", "ostergotland");

    /**
     * Two years of prices. 2024: cardiology 3 000.00 a visit, a day 9 000.00, a DRG point 60 000.00.
     * 2025: cardiology 3 100.50, dermatology 1 500.00 (new), a day 9 500.00, intensive care 40 000.00 a
     * day, a DRG point 68 412.37.
     */
    static final String PRICES = """
            valid_from,valid_until,kind,code,price_sek
            2024-01-01,2024-12-31,visit,kardiologi,3000.00
            2024-01-01,2024-12-31,day,,9000
            2024-01-01,2024-12-31,drg,,60000.00
            2025-01-01,2025-12-31,visit,kardiologi,3100.50
            2025-01-01,2025-12-31,visit,hudsjukvard,1500
            2025-01-01,2025-12-31,day,,9500.00
            2025-01-01,2025-12-31,day,intensivvard,40000.00
            2025-01-01,2025-12-31,drg,,68412.37
            """;

    static final PriceLists PRICES_LISTS = PricesCsv.read(PRICES.getBytes(StandardCharsets.UTF_8));

    static final String HEADER = EventsCsv.HEADER + "\n";

    private final Path dir;
    private final PriceLists prices;

    Fixture(Path dir) {
        this(dir, PRICES);
    }

    Fixture(Path dir, String prices) {
        this.dir = dir;
        this.prices = PricesCsv.read(prices.getBytes(StandardCharsets.UTF_8));
    }

    PriceLists prices() {
        return prices;
    }

    /** Writes an events file: the header, then the rows, each ended by a line break. */
    Path events(String... rows) {
        return write(HEADER + String.join("\n", rows) + (rows.length > 0 ? "\n" : ""));
    }

    Path write(String text) {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(byte[] bytes) {
        try {
            Path file = Files.createTempFile(dir, "events", ".csv");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Settlement settle(Path events) {
        return settle(events, null, 1);
    }

    Settlement settle(Path events, YearMonth month, int threads) {
        try {
            return new Settler(REGIONS, prices, 100).settle(events, month, threads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
