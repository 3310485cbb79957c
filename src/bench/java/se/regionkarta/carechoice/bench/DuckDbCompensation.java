package se.regionkarta.carechoice.bench;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import se.regionkarta.carechoice.compensation.model.AgeBand;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.bench.DuckDb;
import se.regionkarta.carechoice.compensation.model.Ore;

/**
 * The peer: DuckDB (JDBC 2.0.0.1, in-memory database, 2 threads) computing the same month in SQL,
 * with exact DECIMAL arithmetic and the same rounding. For each provider of the scheme open on some
 * day of the month:
 * <ul>
 *   <li>each listing sharing days with the month and with the provider's days open is joined to its
 *   resident, the resident's home area and the band of the age turned that year (and sex):
 *   amount × care need index × days, a DECIMAL with six decimals, summed per provider;</li>
 *   <li>the fixed amount × days open;</li>
 *   <li>both are turned into the exact amount in units of 1/(12 × 10 000 × days of the month) öre, a
 *   HUGEINT, and rounded half up once per provider by integer division:
 *   {@code (n + Q/2) // Q} (nothing is negative).</li>
 * </ul>
 * The bands come from the model version the Java side read, as a small table with a row per age and sex.
 */
final class DuckDbCompensation {

    static final String RESIDENT_COLUMNS = "{'resident': 'INTEGER', 'birth_year': 'SMALLINT', 'sex': 'VARCHAR', 'home_area': 'VARCHAR'}";
    static final String LISTING_COLUMNS = "{'resident': 'INTEGER', 'scheme': 'VARCHAR', 'provider': 'VARCHAR', 'from': 'DATE', 'until': 'DATE'}";
    private static final String AREA_COLUMNS = "{'area': 'VARCHAR', 'care_need_index': 'DECIMAL(6,4)'}";
    private static final String PROVIDER_COLUMNS = "{'provider': 'VARCHAR', 'scheme': 'VARCHAR', 'ownership': 'VARCHAR',"
            + " 'valid_from': 'DATE', 'valid_until': 'DATE'}";

    /**
     * The month's settlement; %1$s is the listings with their residents' columns (a table or a join).
     * The bands are expanded to a row per age and sex ({@code rates}) so that the band is found by an
     * equality join; the product amount × index × days stays within DuckDB's 64-bit decimals
     * (DECIMAL(9,2) × DECIMAL(6,4) × DECIMAL(2,0)), and the sum is exact in 128 bits.
     */
    private static final String QUERY = """
            WITH p AS (
              SELECT provider, coalesce(valid_from, DATE '0001-01-01') AS open_from, coalesce(valid_until, DATE '9999-12-31') AS open_until
              FROM providers WHERE scheme = '%2$s'),
            paid AS (
              SELECT l.provider, CAST(%5$d - l.birth_year AS SMALLINT) AS age, l.sex, l.home_area,
                     least(coalesce(l.until, DATE '9999-12-31'), p.open_until, DATE '%4$s')
                       - greatest(l."from", p.open_from, DATE '%3$s') + 1 AS days
              FROM %1$s l JOIN p ON p.provider = l.provider
              WHERE l.scheme = '%2$s' AND l."from" <= DATE '%4$s' AND coalesce(l.until, DATE '9999-12-31') >= DATE '%3$s'),
            capitation AS (
              SELECT x.provider, sum(r.amount * a.care_need_index * CAST(x.days AS DECIMAL(2,0))) AS sek
              FROM paid x
              JOIN areas a ON a.area = x.home_area
              JOIN rates r ON r.age = x.age AND r.sex = x.sex
              WHERE x.days > 0
              GROUP BY x.provider),
            fixed AS (
              SELECT provider, least(open_until, DATE '%4$s') - greatest(open_from, DATE '%3$s') + 1 AS open_days
              FROM p WHERE open_from <= DATE '%4$s' AND open_until >= DATE '%3$s')
            SELECT f.provider,
                   (CAST(coalesce(c.sek, 0) * 1000000 AS HUGEINT)
                     + CAST(%6$s * 100 AS HUGEINT) * f.open_days * 120000
                     + 60000 * %7$d) // (120000 * %7$d) AS ore
            FROM fixed f LEFT JOIN capitation c ON c.provider = f.provider
            """;

    /** Ages up to this one get a row of their band (a year of birth is at least 1800). */
    private static final int MAX_AGE = 300;

    private final DuckDb db = new DuckDb();
    private final String scheme;
    private final YearMonth month;
    private final ModelVersion version;

    DuckDbCompensation(CompensationInput files, String scheme, YearMonth month, ModelVersion version) throws SQLException {
        this.scheme = scheme;
        this.month = month;
        this.version = version;
        if (!version.fixedByUnit().isEmpty()) {
            throw new IllegalArgumentException("the peer's query knows one fixed amount for every unit");
        }
        db.execute("CREATE TABLE areas AS SELECT * FROM read_csv('" + files.areas + "', header = true, columns = " + AREA_COLUMNS + ")");
        db.execute("CREATE TABLE providers AS SELECT * FROM read_csv('" + files.providers + "', header = true, columns = "
                + PROVIDER_COLUMNS + ")");
        db.execute("CREATE TABLE rates (age SMALLINT, sex VARCHAR, amount DECIMAL(9,2))");
        StringBuilder rows = new StringBuilder();
        for (int age = 0; age <= MAX_AGE; age++) {
            int band = version.band(age);
            if (band >= 0) {
                AgeBand b = version.bands().get(band);
                rows.append(rows.length() == 0 ? "" : ", ").append("(").append(age).append(", 'F', ").append(Ore.sek(b.femaleOre()))
                        .append("), (").append(age).append(", 'M', ").append(Ore.sek(b.maleOre())).append(")");
            }
        }
        db.execute("INSERT INTO rates VALUES " + rows);
    }

    /**
     * Loads residents and listings with their words as ENUM types (sex, home area, scheme, provider):
     * DuckDB's counterpart of our numbered words; the small tables get the same types.
     */
    void loadEnums(CompensationInput files) throws SQLException {
        db.execute("CREATE TYPE sex_t AS ENUM ('F', 'M')");
        db.execute("CREATE TYPE area_t AS ENUM (SELECT area FROM areas)");
        db.execute("CREATE TYPE provider_t AS ENUM (SELECT DISTINCT provider FROM read_csv('" + files.listings + "', header = true,"
                + " columns = " + LISTING_COLUMNS + ") UNION SELECT provider FROM providers)");
        db.execute("CREATE TYPE scheme_t AS ENUM (SELECT DISTINCT scheme FROM read_csv('" + files.listings + "', header = true,"
                + " columns = " + LISTING_COLUMNS + ") UNION SELECT scheme FROM providers)");
        db.execute("CREATE TABLE residents AS SELECT resident, birth_year, sex::sex_t AS sex, home_area::area_t AS home_area FROM read_csv('"
                + files.residents + "', header = true, columns = " + RESIDENT_COLUMNS + ")");
        db.execute("CREATE TABLE listings AS SELECT resident, scheme::scheme_t AS scheme, provider::provider_t AS provider, \"from\", until"
                + " FROM read_csv('" + files.listings + "', header = true, columns = " + LISTING_COLUMNS + ")");
        db.execute("ALTER TABLE areas ALTER area TYPE area_t");
        db.execute("ALTER TABLE providers ALTER provider TYPE provider_t");
        db.execute("ALTER TABLE providers ALTER scheme TYPE scheme_t");
        db.execute("ALTER TABLE rates ALTER sex TYPE sex_t");
    }

    /**
     * Loads the listings with their residents' columns already joined, one table with ENUM columns
     * ({@link #loadEnums}): the layout that spares the query its largest join (regionkarta's loaded
     * listings likewise hold their resident's position, found once when read).
     */
    void loadJoined(CompensationInput files) throws SQLException {
        loadEnums(files);
        db.execute("CREATE TABLE listed AS SELECT l.*, r.birth_year, r.sex, r.home_area FROM listings l JOIN residents r USING (resident)");
        db.execute("DROP TABLE listings");
        db.execute("DROP TABLE residents");
    }

    /** Settles the month over the tables of {@link #loadEnums}. */
    Map<String, Long> settleTables() throws SQLException {
        return amounts(query("(SELECT l.*, r.birth_year, r.sex, r.home_area FROM listings l JOIN residents r USING (resident))"));
    }

    /** Settles the month over the table of {@link #loadJoined}. */
    Map<String, Long> settleJoined() throws SQLException {
        return amounts(query("listed"));
    }

    /** Reads the CSV files and settles the month in one query. */
    Map<String, Long> settleFiles(CompensationInput files) throws SQLException {
        return amounts(query("(SELECT l.*, r.birth_year, r.sex, r.home_area FROM read_csv('" + files.listings
                + "', header = true, columns = " + LISTING_COLUMNS + ") l JOIN read_csv('" + files.residents
                + "', header = true, columns = " + RESIDENT_COLUMNS + ") r USING (resident))"));
    }

    DuckDb db() {
        return db;
    }

    String query(String listings) {
        return String.format(QUERY, listings, scheme, month.atDay(1), month.atEndOfMonth(), month.getYear(),
                Ore.sek(version.fixedOrePerUnitMonth()), month.lengthOfMonth());
    }

    private Map<String, Long> amounts(String sql) throws SQLException {
        Map<String, Long> amounts = new TreeMap<>();
        db.query(sql, rs -> amounts.put(rs.getString(1), rs.getLong(2)));
        return amounts;
    }
}
