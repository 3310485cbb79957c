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

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
