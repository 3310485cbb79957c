package se.regionkarta.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store is: a JDBC URL with its credentials. The default is an embedded H2 file
 * database in a directory of the user's choice; PostgreSQL is used by giving its URL.
 *
 * @param home the directory of the embedded store, where its snapshot file and lock are kept; null
 *     for any store given by URL
 */
public record StoreConfig(String jdbcUrl, String user, String password, Path home) {

    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the store must be H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql:…), got "
                    + masked(jdbcUrl));
        }
    }

    /** Returns the store at a URL given by the user: no snapshot file, no home lock. */
    public StoreConfig(String jdbcUrl, String user, String password) {
        this(jdbcUrl, user, password, null);
    }

    /**
     * Returns the embedded H2 file database kept in the given directory (created on first use), in
     * H2's automatic mixed mode: the first process to open it serves it to the others, so that the
     * command line works beside a running server (docs/decisions/0017-shared-embedded-store-and-change-signal.md).
     */
    public static StoreConfig embedded(Path directory) {
        Path home = directory.toAbsolutePath().normalize();
        // AUTO_SERVER cannot be combined with DB_CLOSE_ON_EXIT=FALSE (H2 refuses: feature not supported).
        // WRITE_DELAY=0: a commit is handed to the file system before the write is answered; H2's default
        // (500 ms) lost writes already answered 200 when the process was killed (docs/reliability.md)
        return new StoreConfig("jdbc:h2:file:" + home.resolve("regionkarta") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "sa", "", home);
    }

    /** Returns the URL with any password it contains masked, for messages and logs. */
    public String safeUrl() {
        return masked(jdbcUrl);
    }

    /** Returns a JDBC URL with any password it contains masked, for messages and logs. */
    public static String masked(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)password=[^&;]*", "password=…");
    }

    @Override
    public String toString() {
        return "StoreConfig[" + safeUrl() + ", user=" + user + "]";
    }
}
