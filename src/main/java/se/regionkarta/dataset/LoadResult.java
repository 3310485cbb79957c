package se.regionkarta.dataset;

import java.util.List;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.input.Problem;

/**
 * What reading a data directory gave: the dataset when it is sound, otherwise every problem found.
 *
 * @param dataset the facts read; only to be used when {@link #ok()}
 * @param files how many data files were read
 */
public record LoadResult(Dataset dataset, List<Problem> problems, int files) {

    /** The problem of a directory without data files. */
    static final String NO_DATA_FILES = "no data files (*.yaml, *.yml, *.csv) found";

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Tells whether the directory held no data files at all, which is its only problem then. */
    public boolean noDataFiles() {
        return files == 0 && problems.size() == 1 && problems.get(0).message().equals(NO_DATA_FILES);
    }
}
