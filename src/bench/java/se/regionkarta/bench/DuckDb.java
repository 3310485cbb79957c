package se.regionkarta.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** An in-memory DuckDB database (JDBC 2.0.0.1) on 2 threads, as the benchmarks' peers use it. */
public final class DuckDb implements AutoCloseable {

    /** Takes one row of a query's result. */
    public interface Row {
        void take(ResultSet row) throws SQLException;
    }

    private final Connection connection;

    public DuckDb() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        execute("SET threads = 2");
    }

    public void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    /** Runs the query and hands each row of its result to {@code row}. */
    public void query(String sql, Row row) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                row.take(rs);
            }
        }
    }

    /** Returns DuckDB's own account of the memory it holds, in bytes. */
    public long memoryInUse() throws SQLException {
        long[] bytes = new long[1];
        query("SELECT sum(memory_usage_bytes) FROM duckdb_memory()", rs -> bytes[0] = rs.getLong(1));
        return bytes[0];
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
