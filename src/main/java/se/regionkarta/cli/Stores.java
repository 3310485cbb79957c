package se.regionkarta.cli;

import se.regionkarta.store.Store;
import se.regionkarta.store.StoreConfig;

/** Opens the store, turning a failure into a message that names the store but not its password. */
final class Stores {

    private Stores() {
    }

    static Store open(StoreConfig config, java.time.Clock clock) {
        try {
            return Store.open(config, clock);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new CliException(ExitCode.STORE_FAILURE, "cannot open the store " + config.safeUrl() + ": "
                    + root.getMessage());
        }
    }
}
