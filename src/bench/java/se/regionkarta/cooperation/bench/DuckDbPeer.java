package se.regionkarta.cooperation.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import se.regionkarta.bench.DuckDb;

/**
 * The peer: DuckDB (JDBC 2.0.0.1, in-memory database, 2 threads) computing the same settlement
 * in SQL, with exact DECIMAL arithmetic and the same rounding: each event's amount is
 * {@code ROUND(quantity × price, 2)} (half away from zero, which for amounts that are never
 * negative is our half up, per event), summed per home region, providing region and month. A
 * code's own price wins over the kind's price for any code (the empty code), as in our price
 * lists: hence two LEFT JOINs on the small prices table. The weight is DECIMAL(8,4) and the price
 * DECIMAL(10,2), so their product fits DuckDB's 64-bit decimals (18 digits).
 */
final class DuckDbPeer {

    static final String EVENT_COLUMNS = "{'home_region': 'VARCHAR', 'provider_region': 'VARCHAR', 'provider_unit': 'VARCHAR',"
            + " 'date': 'DATE', 'kind': 'VARCHAR', 'code': 'VARCHAR', 'quantity': 'DECIMAL(8,4)'}";
    private static final String PRICE_COLUMNS = "{'valid_from': 'DATE', 'valid_until': 'DATE', 'kind': 'VARCHAR',"
            + " 'code': 'VARCHAR', 'price_sek': 'DECIMAL(10,2)'}";
    private static final String QUERY = "SELECT e.home_region, e.provider_region, year(e.date) * 100 + month(e.date) AS month,"
            + " CAST(SUM(ROUND(e.quantity * coalesce(s.price_sek, d.price_sek), 2)) * 100 AS BIGINT) AS ore"
            + " FROM %s e"
            + " LEFT JOIN %s s ON s.kind = e.kind AND s.code = e.code AND e.date BETWEEN s.valid_from AND s.valid_until"
            + " LEFT JOIN %s d ON d.kind = e.kind AND d.code = '' AND e.date BETWEEN d.valid_from AND d.valid_until"
            + " WHERE coalesce(s.price_sek, d.price_sek) IS NOT NULL AND e.home_region <> e.provider_region"
            + " GROUP BY ALL";

    private final DuckDb db = new DuckDb();

    DuckDbPeer(Path prices) throws SQLException {
        db.execute("CREATE TABLE prices AS SELECT valid_from, valid_until, kind, coalesce(code, '') AS code, price_sek"
                + " FROM read_csv('" + prices + "', header = true, columns = " + PRICE_COLUMNS + ")");
    }

    /** Loads the events into the table {@code events}, with plain VARCHAR columns as read_csv gives them. */
    void loadPlain(Path events) throws SQLException {
        db.execute("CREATE TABLE events AS SELECT * FROM read_csv('" + events + "', header = true, columns = " + EVENT_COLUMNS + ")");
    }

    /**
     * Loads the events into the table {@code events_enum} with regions, kinds and codes as ENUM types:
     * DuckDB's counterpart of our interned numbers, and its fastest layout for this query.
     */
    void loadEnums(Path events) throws SQLException {
        String csv = "read_csv('" + events + "', header = true, columns = " + EVENT_COLUMNS + ")";
        db.execute("CREATE TEMP TABLE raw AS SELECT * FROM " + csv);
        db.execute("CREATE TYPE region AS ENUM (SELECT home_region FROM raw UNION SELECT provider_region FROM raw)");
        db.execute("CREATE TYPE care_kind AS ENUM ('visit', 'day', 'drg')");
        db.execute("CREATE TYPE care_code AS ENUM (SELECT code FROM raw WHERE code IS NOT NULL UNION SELECT code FROM prices)");
        db.execute("CREATE TABLE events_enum AS SELECT home_region::region AS home_region, provider_region::region AS provider_region,"
                + " provider_unit, date, kind::care_kind AS kind, coalesce(code, '')::care_code AS code, quantity FROM raw");
        db.execute("CREATE TABLE prices_enum AS SELECT valid_from, valid_until, kind::care_kind AS kind, code::care_code AS code,"
                + " price_sek FROM prices");
        db.execute("DROP TABLE raw");
    }

    /** Runs the settlement over the loaded plain table. */
    Map<String, Long> settlePlain() throws SQLException {
        return totals(String.format(QUERY, "events", "prices", "prices"));
    }

    /** Runs the settlement over the loaded ENUM table. */
    Map<String, Long> settleEnums() throws SQLException {
        return totals(String.format(QUERY, "events_enum", "prices_enum", "prices_enum"));
    }

    /** Reads the CSV file and settles it in one query. */
    Map<String, Long> settleFile(Path events) throws SQLException {
        String csv = "read_csv('" + events + "', header = true, columns = " + EVENT_COLUMNS + ")";
        return totals(String.format(QUERY, csv, "prices", "prices"));
    }

    DuckDb db() {
        return db;
    }

    private Map<String, Long> totals(String sql) throws SQLException {
        Map<String, Long> totals = new TreeMap<>();
        db.query(sql, rs -> {
            int month = rs.getInt(3);
            totals.put(Totals.key(rs.getString(1), rs.getString(2), month / 100, month % 100), rs.getLong(4));
        });
        return totals;
    }
}
