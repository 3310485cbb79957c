package se.regionkarta.dataset;

import java.util.List;
import java.util.Map;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.input.Problem;

/**
 * What reading a data directory gave: the dataset when it is sound, otherwise every problem found.
 *
 * @param dataset the facts read; only to be used when {@link #ok()}
 * @param files how many data files were read
 * @param placement the file each fact was read from (relative to the directory), keyed {@code kind:id};
 *     the store keeps it, so that {@code export --format data} writes each fact back where it was
 */
public record LoadResult(Dataset dataset, List<Problem> problems, int files, Map<String, String> placement) {

    /** The problem of a directory without data files. */
    static final String NO_DATA_FILES = "no data files (*.yaml, *.yml, *.csv) found";

    public LoadResult {
        problems = List.copyOf(problems);
        placement = Map.copyOf(placement);
    }

    /** Returns the file a fact was read from, or null for a fact not read from these files. */
    public String fileOf(Identified fact) {
        return placement.get(FactKind.of(fact).section() + ":" + fact.id());
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Tells whether the directory held no data files at all, which is its only problem then. */
    public boolean noDataFiles() {
        return files == 0 && problems.size() == 1 && problems.get(0).message().equals(NO_DATA_FILES);
    }
}
