package se.regionkarta.carechoice.compensation;

import java.util.Arrays;
import java.util.function.Consumer;
import se.regionkarta.carechoice.compensation.model.Resident;
import se.regionkarta.fastcsv.ByteDictionary;
import se.regionkarta.fastcsv.FieldBytes;
import se.regionkarta.fastcsv.FileParts;

/**
 * Reads the rows of a part of a listings file (docs/carechoice.md) into a {@link ListingBatch},
 * checking each: its fields, that the rows are in order of resident and, for one resident, of
 * first day; that the resident is in the residents file; that no two listings of a resident in a
 * scheme share a day; that a listing does not begin before the resident's year of birth; and,
 * when the scheme's providers are known, that the provider is one of them.
 *
 * <p>The residents are found by walking forward through the {@link Population}, which is in the
 * same order. A part never splits one resident's rows ({@link FileParts}), so every check is
 * complete within a part. Rows that pass the checks and the filter (a scheme, days) go to the
 * batch; a full batch goes to the sink, or the batch grows when there is none.
 */
final class ListingsReader implements CsvRows.Sink {

    static final String HEADER = "resident,scheme,provider,from,until";
    static final int FIELDS = 5;
    static final int MAX_SCHEMES = 255;
    static final int MAX_PROVIDERS = 65_535;

    private final Population population;
    private final String target;
    private final ByteDictionary providers;
    private final boolean addProviders;
    private final int keepFrom;
    private final int keepUntil;
    private final ListingBatch out;
    private final int flushAt;
    private final Consumer<ListingBatch> sink;
    /** The schemes seen in this part; the target scheme, when there is one, is number 0. */
    final ByteDictionary schemes = new ByteDictionary(MAX_SCHEMES);
    final Problems problems = new Problems();
    private final int[] lastUntil = new int[MAX_SCHEMES + 1];
    private final int[] lastResidentOf = new int[MAX_SCHEMES + 1];
    private int cursor = -1;
    int lastId;
    private int lastFrom;
    private int lastIndex = -1;
    int firstId;
    long firstLine;
    long lines;
    long rows;
    long kept;

    /**
     * @param target the only scheme to keep, or null for all
     * @param providers the target scheme's providers (fixed), or an empty dictionary to number them as they come
     * @param keepFrom keep only listings that end on or after this day
     * @param keepUntil keep only listings that begin on or before this day
     */
    ListingsReader(Population population, String target, ByteDictionary providers, boolean addProviders, int keepFrom, int keepUntil,
            ListingBatch out, int flushAt, Consumer<ListingBatch> sink) {
        this.population = population;
        this.target = target;
        this.providers = providers;
        this.addProviders = addProviders;
        this.keepFrom = keepFrom;
        this.keepUntil = keepUntil;
        this.out = out;
        this.flushAt = flushAt;
        this.sink = sink;
        if (target != null) {
            byte[] t = target.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            schemes.add(t, 0, t.length);
        }
    }

    @Override
    public void row(byte[] b, int[] s, int fields, long line) {
        rows++;
        if (fields != FIELDS) {
            problems.add(line, "expected " + FIELDS + " fields (" + HEADER + "), found " + fields);
            return;
        }
        int id = FieldBytes.digits(b, s[0] + 1, s[1], 9);
        if (id < 1) {
            problems.add(line, "a resident id is a whole number from 1 to " + Resident.MAX_ID + ", got '" + FieldBytes.text(b, s[0] + 1, s[1]) + "'");
            return;
        }
        int scheme = s[2] > s[1] + 1 ? schemes.add(b, s[1] + 1, s[2]) : -2;
        if (scheme < 0) {
            problems.add(line, scheme == -2 ? "scheme is missing" : "more than " + MAX_SCHEMES + " schemes");
            return;
        }
        int from = EpochDays.parse(b, s[3] + 1, s[4]);
        int until = s[5] == s[4] + 1 ? EpochDays.OPEN_END : EpochDays.parse(b, s[4] + 1, s[5]);
        if (from == EpochDays.INVALID || until == EpochDays.INVALID) {
            problems.add(line, (from == EpochDays.INVALID ? "from" : "until") + " must be a day written YYYY-MM-DD"
                    + (from == EpochDays.INVALID ? "" : " or be empty") + ", got '"
                    + FieldBytes.text(b, from == EpochDays.INVALID ? s[3] + 1 : s[4] + 1, from == EpochDays.INVALID ? s[4] : s[5]) + "'");
            return;
        }
        if (until < from) {
            problems.add(line, "the listing ends (" + EpochDays.date(until) + ") before it begins (" + EpochDays.date(from) + ")");
            return;
        }
        int r = resident(id, from, line);
        if (r < 0) {
            return;
        }
        if (lastResidentOf[scheme] == id && lastUntil[scheme] >= from) {
            problems.add(line, "resident " + id + " is listed twice in scheme '" + schemes.word(scheme) + "' on "
                    + EpochDays.date(from) + ": this listing begins before the one before it ends");
            return;
        }
        lastResidentOf[scheme] = id;
        lastUntil[scheme] = until;
        if (from < EpochDays.firstOfYear(population.birthYears[r])) {
            problems.add(line, "resident " + id + " is listed from " + EpochDays.date(from) + ", before the year of birth "
                    + population.birthYears[r]);
            return;
        }
        if (target != null && scheme != 0) {
            return;
        }
        // every listing of the scheme must name a known provider, in whatever month it lies
        int provider = addProviders ? providers.add(b, s[2] + 1, s[3]) : providers.find(b, s[2] + 1, s[3]);
        if (provider < 0 || s[3] == s[2] + 1) {
            problems.add(line, s[3] == s[2] + 1 ? "provider is missing" : addProviders ? "more than " + MAX_PROVIDERS + " providers"
                    : "no provider '" + FieldBytes.text(b, s[2] + 1, s[3]) + "' of scheme '" + schemes.word(scheme) + "' in the providers file");
            return;
        }
        if (from > keepUntil || until < keepFrom) {
            return;
        }
        out.add(r, scheme, provider, from, until);
        kept++;
        if (sink != null && out.size >= flushAt) {
            sink.accept(out);
            out.clear();
        }
    }

    /** Finds the resident by walking forward, checking the order of the rows; -1 after reporting a problem. */
    private int resident(int id, int from, long line) {
        if (firstLine == 0) {
            firstId = id;
            firstLine = line;
        }
        boolean outOfOrder = id < lastId || (id == lastId && from < lastFrom);
        if (outOfOrder) {
            problems.add(line, id < lastId ? "the listings must be in order of resident: " + id + " comes after " + lastId
                    : "the listings of a resident must be in order of their first day: " + EpochDays.date(from) + " comes after "
                    + EpochDays.date(lastFrom));
            // go on from this row, so that one row out of place is one problem, not one for every row after it
            cursor = -1;
        }
        if (id != lastId || outOfOrder) {
            int[] ids = population.ids;
            int n = population.size;
            if (cursor < 0) {
                int at = Arrays.binarySearch(ids, 0, n, id);
                cursor = at >= 0 ? at : -at - 1;
            }
            while (cursor < n && ids[cursor] < id) {
                cursor++;
            }
            lastIndex = cursor < n && ids[cursor] == id ? cursor : -1;
            lastId = id;
        }
        lastFrom = from;
        if (outOfOrder) {
            return -1;
        }
        if (lastIndex < 0) {
            problems.add(line, "no resident " + id + " in the residents file");
        }
        return lastIndex;
    }

    @Override
    public void malformed(long line, String message) {
        rows++;
        problems.add(line, message);
    }

    /** Hands the last listings to the sink. */
    void finish() {
        if (sink != null && out.size > 0) {
            sink.accept(out);
            out.clear();
        }
    }
}
