package se.regionkarta.provenance.model;


import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the value shown when sources disagree. The rules are tried in order and the first that
 * separates the claims decides:
 *
 * <ol>
 *   <li>{@link Rule#EDITORIAL_DECISION}: a claim the editors marked preferred, with their reason;</li>
 *   <li>{@link Rule#NEWEST_SOURCE}: the claim whose newest source was published latest;</li>
 *   <li>{@link Rule#SOURCE_RANK}: the claim whose best source ranks highest ({@link SourceKind#rank()});</li>
 *   <li>{@link Rule#DATA_ORDER}: the claim listed first in the data, so that the choice is stable.</li>
 * </ol>
 */
public final class ConflictPolicy {

    private final Map<String, Source> sources;

    public ConflictPolicy(Map<String, Source> sources) {
        this.sources = Map.copyOf(sources);
    }

    /** Decides a topic whose claims disagree. */
    public Conflict decide(List<Claim> claims) {
        Claim first = claims.get(0);
        Optional<Claim> preferred = claims.stream().filter(Claim::preferred).findFirst();
        if (preferred.isPresent()) {
            return conflict(claims, preferred.get(), Rule.EDITORIAL_DECISION, preferred.get().reason());
        }
        Optional<Claim> newest = newestBeyondDoubt(claims);
        if (newest.isPresent()) {
            return conflict(claims, newest.get(), Rule.NEWEST_SOURCE,
                    "The value from the most recently published source is shown (published "
                            + newestPublication(newest.get()) + ").");
        }
        Optional<Claim> ranked = uniqueBest(claims, Comparator.comparingInt(this::bestRank));
        if (ranked.isPresent()) {
            return conflict(claims, ranked.get(), Rule.SOURCE_RANK,
                    "The value from the most authoritative kind of source is shown.");
        }
        return conflict(claims, first, Rule.DATA_ORDER,
                "The sources are equally recent and authoritative; the value listed first in the data is shown.");
    }

    private Conflict conflict(List<Claim> claims, Claim chosen, Rule rule, String explanation) {
        Claim first = claims.get(0);
        String label = claims.stream().map(Claim::label).filter(l -> l != null && !l.isBlank())
                .findFirst().orElse(first.property());
        return new Conflict(first.subjectId(), first.property(), label, claims, chosen.value(), rule, explanation);
    }

    /** Returns the claim strictly greater than all others by the order, if there is one. */
    private static Optional<Claim> uniqueBest(List<Claim> claims, Comparator<Claim> order) {
        Claim best = claims.stream().max(order).orElseThrow();
        long ties = claims.stream().filter(c -> order.compare(c, best) == 0 && !c.value().equals(best.value())).count();
        return ties == 0 ? Optional.of(best) : Optional.empty();
    }

    /**
     * Returns the claim published after every claim that says otherwise, without doubt: a source
     * dated "2025" is not newer than one dated "2025-06-15", since it may be older.
     */
    private Optional<Claim> newestBeyondDoubt(List<Claim> claims) {
        Claim candidate = claims.stream().max(Comparator.comparing(c -> newestPublication(c).firstDay())).orElseThrow();
        PartialDate date = newestPublication(candidate);
        if (date == UNDATED) {
            return Optional.empty();
        }
        boolean beyondDoubt = claims.stream().filter(c -> !c.value().equals(candidate.value()))
                .allMatch(c -> newestPublication(c) == UNDATED || date.firstDay().isAfter(newestPublication(c).lastDay()));
        return beyondDoubt ? Optional.of(candidate) : Optional.empty();
    }

    private static final PartialDate UNDATED = PartialDate.ofYear(1000);

    /** Returns the latest publication date among a claim's sources, or {@link #UNDATED}. */
    private PartialDate newestPublication(Claim claim) {
        return claim.sources().stream()
                .map(ref -> sources.get(ref.sourceId()))
                .filter(s -> s != null && s.published() != null)
                .map(Source::published)
                .max(Comparator.comparing(PartialDate::firstDay))
                .orElse(UNDATED);
    }

    private int bestRank(Claim claim) {
        return claim.sources().stream()
                .map(ref -> sources.get(ref.sourceId()))
                .filter(s -> s != null)
                .mapToInt(s -> s.kind().rank())
                .max().orElse(0);
    }

    /** The rule that chose a shown value. */
    public enum Rule { EDITORIAL_DECISION, NEWEST_SOURCE, SOURCE_RANK, DATA_ORDER }
}
