package se.regionkarta.carechoice.compensation;

import java.util.List;
import se.regionkarta.fastcsv.ByteDictionary;

/**
 * The listings of one scheme read into memory (about fifteen bytes a listing), for settling many
 * months, asking what-if questions, or measuring the engine on input already in memory.
 */
public final class LoadedListings {

    final String scheme;
    final List<ListingsFile.Part> parts;
    final ByteDictionary providers;
    final long rows;

    LoadedListings(String scheme, ListingsFile.Read read) {
        this.scheme = scheme;
        this.parts = read.parts();
        this.providers = read.providers();
        this.rows = read.rows();
    }

    /** Returns the number of listings held. */
    public long size() {
        return parts.stream().mapToLong(p -> p.columns.size).sum();
    }

    /** Returns how many listings held share a day with the month. */
    long inMonth(java.time.YearMonth month) {
        int first = EpochDays.of(month.atDay(1));
        int last = EpochDays.of(month.atEndOfMonth());
        long n = 0;
        for (ListingsFile.Part part : parts) {
            ListingBatch c = part.columns;
            for (int i = 0; i < c.size; i++) {
                if (c.scheme[i] == 0 && c.from[i] <= last && c.until[i] >= first) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Returns the number of rows the file had. */
    public long rows() {
        return rows;
    }
}
