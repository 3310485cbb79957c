package se.regionkarta.carechoice.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.dataset.model.Dataset;

/**
 * Changed copies of the bundled data for tests of care choice (issue 7): a provider taken out of a
 * scheme, so that the counted units no longer match the source, or given an operator's name that
 * must be escaped. Test data, not facts.
 */
public final class CareChoiceTestData {

    /** Stensö hälsocentral's part in Hälsoval: one of the 26 region-run health centres. */
    public static final String STENSO = "kalmar.halsoval.stenso";
    /** A name that would run script if it were not escaped. */
    public static final String EVIL = "<script>alert('vårdval')</script> & \"AB\"";

    private CareChoiceTestData() {
    }

    /** Returns the dataset without a unit's part in its scheme (the unit itself stays). */
    public static Dataset without(Dataset d, String partId) {
        return withProviders(d, providers -> {
            List<SchemeProvider> kept = new ArrayList<>(providers);
            if (!kept.removeIf(p -> p.id().equals(partId))) {
                throw new IllegalArgumentException("no part " + partId);
            }
            return kept;
        });
    }

    /** Returns the dataset with a part's operator named {@link #EVIL}. */
    public static Dataset withEvilOperator(Dataset d, String partId) {
        return withProviders(d, providers -> providers.stream().map(p -> !p.id().equals(partId) ? p
                : new SchemeProvider(p.id(), p.schemeId(), p.unitId(), EVIL, p.named(), p.validity(), EVIL, p.sources())).toList());
    }

    private static Dataset withProviders(Dataset d, UnaryOperator<List<SchemeProvider>> change) {
        return d.with(SchemeProvider.class, change.apply(d.all(SchemeProvider.class)));
    }
}
