package se.regionkarta.elections.cli;

import java.io.PrintWriter;
import se.regionkarta.elections.ElectionReport;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.BodyKind;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.snapshot.Snapshot;

/**
 * Warns, before an editor stores a computed result, about what the registry would refuse or what
 * looks wrong: an unknown body, term, source or party, a body that is not an assembly, or a seat
 * total that differs from the body's size. Warnings only: the editor may be adding those facts in
 * the same change, and {@code validate} has the last word.
 */
final class RegistryCheck {

    private RegistryCheck() {
    }

    static void warn(Snapshot s, ElectionReport report, String bodyId, String termId, String source, PrintWriter err) {
        var body = s.get(Body.class, bodyId);
        if (body.isEmpty()) {
            warning(err, "no body has the id '" + bodyId + "' in the registry");
        }
        body.filter(b -> b.kind() != BodyKind.ASSEMBLY)
                .ifPresent(b -> warning(err, bodyId + " is a " + b.kind().english() + ", not an assembly"));
        body.map(Body::members).filter(m -> m != report.totalSeats())
                .ifPresent(m -> warning(err, bodyId + " has " + m + " members in the registry, but the result has "
                        + report.totalSeats() + " seats"));
        if (s.get(Term.class, termId).isEmpty()) {
            warning(err, "no term has the id '" + termId + "' in the registry");
        }
        String sourceId = source.split("#", 2)[0];
        if (ProvenanceQueries.of(s).source(sourceId).isEmpty()) {
            warning(err, "no source has the id '" + sourceId + "' yet; add it to sources.yaml");
        }
        for (ElectionReport.PartyLine p : report.seated()) {
            if (PoliticsQueries.of(s).party(p.party()).isEmpty()) {
                warning(err, "party '" + p.party() + "' is not in the registry's parties; add it to parties.yaml");
            }
        }
    }

    private static void warning(PrintWriter err, String message) {
        err.println("regionkarta: warning: " + message);
    }
}
