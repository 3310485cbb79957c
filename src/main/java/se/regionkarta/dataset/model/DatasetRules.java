package se.regionkarta.dataset.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a dataset makes sense as a whole: the rules that no single fact can check alone.
 * Each rule set returns every violation it finds, so that an editor sees all problems at once.
 */
public final class DatasetRules {

    private DatasetRules() {
    }

    /** Returns every violation of every rule, empty when the dataset is sound. */
    public static List<Violation> check(Dataset dataset) {
        List<Violation> all = new ArrayList<>();
        Index index = new Index(dataset);
        all.addAll(index.duplicates());
        all.addAll(ReferenceRules.check(dataset, index));
        all.addAll(HierarchyRules.check(dataset, index));
        all.addAll(SeatRules.check(dataset, index));
        all.addAll(CodeRules.check(dataset, index));
        all.addAll(EventRules.check(dataset, index));
        return all;
    }
}
