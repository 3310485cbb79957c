package se.regionkarta.carechoice.compensation.model;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A care-choice compensation model (ersättningsmodell) of one scheme: its versions, each valid for
 * whole months, that never overlap. A model is an input file (docs/carechoice.md), never a fact of
 * the registry: Region Kalmar län's own parameters are not public in any source found, so the
 * model that ships is marked {@code illustrative}.
 *
 * @param id a name for the model, e.g. {@code example-primary-care}
 * @param scheme the care-choice scheme whose listings it pays, e.g. {@code kalmar.halsoval}
 * @param illustrative true for a model made up to show how the engine works, not any region's real one
 * @param title a one-line description for reports
 */
public record CompensationModel(String id, String scheme, boolean illustrative, String title, List<ModelVersion> versions) {

    public CompensationModel {
        Objects.requireNonNull(id, "id");
        if (scheme == null || scheme.isBlank()) {
            throw new IllegalArgumentException("a compensation model names the scheme it pays");
        }
        title = title == null ? "" : title;
        versions = versions.stream().sorted(Comparator.comparing(ModelVersion::validFrom)).toList();
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a compensation model needs at least one version");
        }
        for (int i = 1; i < versions.size(); i++) {
            ModelVersion before = versions.get(i - 1);
            if (before.validUntil() == null || !before.validUntil().isBefore(versions.get(i).validFrom())) {
                throw new IllegalArgumentException("model versions must not overlap: the version from " + before.validFrom()
                        + " and the one from " + versions.get(i).validFrom());
            }
        }
    }

    /**
     * Returns the version that pays the month. A month is paid by one version: versions begin and
     * end with months, so a month is either wholly inside one or in none.
     */
    public Optional<ModelVersion> versionFor(YearMonth month) {
        return versions.stream().filter(v -> v.covers(month)).findFirst();
    }
}
