package se.regionkarta.provenance.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.snapshot.Snapshot;

/** Which facts cite which source: the reverse of every fact's source references. */
final class Citations {

    /** A fact citing a source, and where in the source. */
    record Citing(Fact fact, SourceRef ref) {
    }

    private final Map<String, List<Citing>> bySource = new HashMap<>();

    Citations(Snapshot s) {
        s.dataset().facts().forEach(o -> {
            if (o instanceof Fact f) {
                f.sources().forEach(ref -> bySource.computeIfAbsent(ref.sourceId(), k -> new ArrayList<>()).add(new Citing(f, ref)));
            }
        });
    }

    List<Citing> of(String sourceId) {
        return bySource.getOrDefault(sourceId, List.of());
    }

    int count(String sourceId) {
        return (int) of(sourceId).stream().map(c -> c.fact()).distinct().count();
    }
}
