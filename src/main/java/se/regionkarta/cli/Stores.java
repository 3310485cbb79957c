package se.regionkarta.cli;

import se.regionkarta.store.Store;
import se.regionkarta.store.StoreConfig;

/** Opens the store, turning a failure into a message that names the store but not its password. */
final class Stores {

    private Stores() {
    }

    static Store open(StoreConfig config, java.time.Clock clock) {
        return open(config, clock, null);
    }

    /** Opens the store so that it takes edits too, checked with the loader's rules. */
    static Store open(StoreConfig config, java.time.Clock clock, se.regionkarta.dataset.DatasetLoader loader) {
        try {
            return Store.open(config, clock, loader);
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
