package se.regionkarta.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store is: a JDBC URL with its credentials. The default is an embedded H2 file
 * database in a directory of the user's choice; PostgreSQL is used by giving its URL.
 */
public record StoreConfig(String jdbcUrl, String user, String password) {

    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the store must be H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql:…), got "
                    + jdbcUrl.replaceAll("password=[^&;]*", "password=…"));
        }
    }

    /** Returns the embedded H2 file database kept in the given directory (created on first use). */
    public static StoreConfig embedded(Path directory) {
        return new StoreConfig("jdbc:h2:file:" + directory.toAbsolutePath().resolve("regionkarta") + ";DB_CLOSE_ON_EXIT=FALSE",
                "sa", "");
    }

    /** Returns the URL with any password it contains masked, for messages and logs. */
    public String safeUrl() {
        return jdbcUrl.replaceAll("password=[^&;]*", "password=…");
    }

    @Override
    public String toString() {
        return "StoreConfig[" + safeUrl() + ", user=" + user + "]";
    }
}
