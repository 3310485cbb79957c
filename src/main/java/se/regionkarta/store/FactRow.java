package se.regionkarta.store;

import java.time.LocalDate;

/**
 * One fact as stored: the columns of {@code fact}.
 *
 * @param file the data file the fact belongs in, relative to a data directory; null when unknown
 */
record FactRow(String kind, String id, String regionId, LocalDate validFrom, LocalDate validUntil, String doc,
        int version, int position, FactState state, String file) {

    String key() {
        return JdbiFactStore.key(kind, id);
    }
}
