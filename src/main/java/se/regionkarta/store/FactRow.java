package se.regionkarta.store;

import java.time.LocalDate;

/** One fact as stored: the columns of {@code fact}. */
record FactRow(String kind, String id, String regionId, LocalDate validFrom, LocalDate validUntil, String doc,
        int version, int position) {
}
