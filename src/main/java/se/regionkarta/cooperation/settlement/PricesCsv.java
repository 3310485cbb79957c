package se.regionkarta.cooperation.settlement;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.regionkarta.cooperation.settlement.model.CareKind;
import se.regionkarta.cooperation.settlement.model.PriceList;
import se.regionkarta.cooperation.settlement.model.PriceLists;
import se.regionkarta.cooperation.settlement.model.Pricing;
import se.regionkarta.cooperation.settlement.model.Sek;
import se.regionkarta.cooperation.settlement.model.Tariff;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * Reads price lists from CSV (docs/settlement.md): the header
 * {@code valid_from,valid_until,kind,code,price_sek}, one row per price. Rows with the same period
 * form one price list. A price list is all or nothing, so the first bad row rejects the file,
 * naming its line. The file is small, so it is read with Commons CSV, one line at a time.
 */
public final class PricesCsv {

    /** The header, as the file must have it. */
    /** The most distinct codes (kind and code, or kind with any code) the price lists may name: the engine keeps each event's in 16 bits. */
    public static final int MAX_CODES = Short.MAX_VALUE;

    public static final String HEADER = "valid_from,valid_until,kind,code,price_sek";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private PricesCsv() {
    }

    /** Reads the bytes of a price list that has no name; its problems name no file. */
    public static PriceLists read(byte[] bytes) {
        return read(bytes, null);
    }

    /**
     * Reads the bytes of a price list file (UTF-8, optionally with a byte order mark).
     *
     * @param file the name of the input ({@code prices.csv}, a form's or a request's field), which the refusal names
     * @throws BadInput naming the file and the line of the first problem
     */
    public static PriceLists read(byte[] bytes, String file) {
        String text = decode(bytes, file);
        String[] lines = text.split("\n", -1);
        Map<List<LocalDate>, Map<Tariff, Long>> lists = new LinkedHashMap<>();
        Map<List<LocalDate>, Integer> firstLines = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        java.util.Set<Tariff> distinct = new java.util.HashSet<>();
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String row = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (row.isEmpty()) {
                continue;
            }
            List<String> fields = fields(row, file, line);
            if (!header) {
                if (!String.join(",", fields).equals(HEADER)) {
                    throw refuse(file, line, "expected the header " + HEADER + ", got " + row);
                }
                header = true;
                continue;
            }
            if (fields.size() != 5) {
                throw refuse(file, line, "expected 5 fields, found " + fields.size());
            }
            LocalDate from = date(fields.get(0), "valid_from", file, line);
            LocalDate until = fields.get(1).isEmpty() ? null : date(fields.get(1), "valid_until", file, line);
            CareKind kind = CareKind.parse(fields.get(2)).orElseThrow(() -> refuse(file, line,
                    "unknown kind of care '" + fields.get(2) + "' (visit, day or drg)"));
            Tariff tariff = tariff(kind, fields.get(3), file, line);
            long price = price(fields.get(4), file, line);
            List<LocalDate> period = java.util.Arrays.asList(from, until);
            String key = period + " " + tariff;
            Integer earlier = seen.putIfAbsent(key, line);
            if (earlier != null) {
                throw refuse(file, line, tariff.label() + " already has a price for the period "
                        + from + "–" + (until == null ? "" : until) + " (line " + earlier + ")");
            }
            if (distinct.add(tariff) && distinct.size() > MAX_CODES) {
                // the engine numbers codes in 16 bits per event (PriceTable); issue 13 found 32 768 codes answered with a 500
                throw refuse(file, line, "the price lists name more than " + MAX_CODES + " codes (kinds and codes priced), "
                        + "the most a settlement can hold");
            }
            lists.computeIfAbsent(period, p -> new LinkedHashMap<>()).put(tariff, price);
            firstLines.putIfAbsent(period, line);
        }
        if (!header) {
            throw refuse(file, 1, "the file is empty; expected the header " + HEADER);
        }
        return priceLists(lists, firstLines, file);
    }

    private static PriceLists priceLists(Map<List<LocalDate>, Map<Tariff, Long>> lists,
            Map<List<LocalDate>, Integer> firstLines, String file) {
        List<PriceList> versions = new ArrayList<>();
        Map<PriceList, Integer> lines = new HashMap<>();
        for (Map.Entry<List<LocalDate>, Map<Tariff, Long>> e : lists.entrySet()) {
            int line = firstLines.get(e.getKey());
            try {
                PriceList list = new PriceList(e.getKey().get(0), e.getKey().get(1), e.getValue());
                versions.add(list);
                lines.put(list, line);
            } catch (IllegalArgumentException bad) {
                throw refuse(file, line, bad.getMessage());
            }
        }
        versions.sort(Comparator.comparing(PriceList::validFrom));
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i - 1).overlaps(versions.get(i))) {
                throw refuse(file, lines.get(versions.get(i)), "the price list " + versions.get(i).period()
                        + " overlaps the price list " + versions.get(i - 1).period() + " (line "
                        + lines.get(versions.get(i - 1)) + "); on any day only one price list may be valid");
            }
        }
        return new PriceLists(versions);
    }

    private static List<String> fields(String row, String file, int line) {
        try (CSVParser parser = CSVParser.parse(new StringReader(row), FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            List<String> fields = new ArrayList<>();
            records.get(0).forEach(fields::add);
            return fields;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw refuse(file, line, "not a CSV row (a quoted field must end on its line): " + row);
        }
    }

    private static LocalDate date(String text, String column, String file, int line) {
        try {
            if (text.length() != 10) {
                throw new DateTimeParseException("length", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw refuse(file, line, column + " must be a day written YYYY-MM-DD, got '" + text + "'");
        }
    }

    private static Tariff tariff(CareKind kind, String code, String file, int line) {
        try {
            return new Tariff(kind, code);
        } catch (IllegalArgumentException e) {
            throw refuse(file, line, e.getMessage());
        }
    }

    private static long price(String text, String file, int line) {
        long price;
        try {
            price = Sek.parse(text);
        } catch (IllegalArgumentException e) {
            throw refuse(file, line, "price_sek: " + e.getMessage());
        }
        if (price > Pricing.MAX_PRICE_ORE) {
            throw refuse(file, line, "price_sek must be at most " + Sek.format(Pricing.MAX_PRICE_ORE)
                    + ", got " + text);
        }
        return price;
    }

    private static BadInput refuse(String file, int line, String message) {
        return new BadInput(Problem.at(file, line, message));
    }

    private static String decode(byte[] bytes, String file) {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw refuse(file, 0, "the file is not UTF-8 text");
        }
    }
}
