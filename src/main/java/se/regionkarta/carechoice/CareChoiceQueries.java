package se.regionkarta.carechoice;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.ProviderTally;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/**
 * The care-choice schemes of a region and the units residents can choose in them, as the command
 * line, the API and the site show them (issue 7): providers on a day, region-run first, named units
 * before unnamed ones, then by name; and each scheme's counts by ownership, counted from the units
 * and held against the figures its source states.
 */
public final class CareChoiceQueries {

    private static final Comparator<Provider> ORDER = Comparator
            .comparing((Provider p) -> p.ownership() == null ? Ownership.values().length : p.ownership().ordinal())
            .thenComparing(p -> !p.part().named())
            .thenComparing((Provider p) -> p.part().named() ? p.unit().name() : "", Collator.getInstance(Locale.forLanguageTag("sv-SE")))
            .thenComparing(p -> p.unit().id().length()) // unnamed units 1, 2, … 10 in order of their numbers
            .thenComparing(p -> p.unit().id());

    private final Snapshot snapshot;

    private CareChoiceQueries(Snapshot snapshot) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    }

    /** Returns the snapshot's care choice, built on first use. */
    public static CareChoiceQueries of(Snapshot snapshot) {
        return snapshot.memo(CareChoiceQueries.class, CareChoiceQueries::new);
    }

    /**
     * A unit in a scheme, with the facts a list of providers shows.
     *
     * @param part the unit's part in the scheme (operator, period, whether the sources name it)
     */
    public record Provider(SchemeProvider part, Unit unit) {

        public Ownership ownership() {
            return unit.ownership();
        }
    }

    /** Returns the schemes of a region in force on the day, in the order of their care areas. */
    public List<CareChoiceScheme> schemes(String regionId, LocalDate day) {
        return snapshot.dataset().all(CareChoiceScheme.class).stream()
                .filter(s -> s.regionId().equals(regionId) && s.validity().contains(day))
                .sorted(Comparator.comparing(CareChoiceScheme::area).thenComparing(CareChoiceScheme::id)).toList();
    }

    /** Returns every scheme in force on the day, of all regions. */
    public List<CareChoiceScheme> schemes(LocalDate day) {
        return snapshot.dataset().all(CareChoiceScheme.class).stream().filter(s -> s.validity().contains(day))
                .sorted(Comparator.comparing(CareChoiceScheme::regionId).thenComparing(CareChoiceScheme::area)
                        .thenComparing(CareChoiceScheme::id)).toList();
    }

    public Optional<CareChoiceScheme> scheme(String id) {
        return snapshot.get(CareChoiceScheme.class, id);
    }

    /** Returns the providers of a scheme on the day: both the unit and its part in the scheme hold then. */
    public List<Provider> providers(String schemeId, LocalDate day) {
        return snapshot.dataset().all(SchemeProvider.class).stream()
                .filter(p -> p.schemeId().equals(schemeId) && p.validity().contains(day))
                .flatMap(p -> snapshot.unit(p.unitId()).filter(u -> u.validity().contains(day)).map(u -> new Provider(p, u)).stream())
                .sorted(ORDER).toList();
    }

    /** Returns the providers whose part in the scheme ended before the day, the latest first. */
    public List<Provider> formerProviders(String schemeId, LocalDate day) {
        return snapshot.dataset().all(SchemeProvider.class).stream()
                .filter(p -> p.schemeId().equals(schemeId) && p.validity().until() != null
                        && p.validity().lastDay().isBefore(day))
                .flatMap(p -> snapshot.unit(p.unitId()).map(u -> new Provider(p, u)).stream())
                .sorted(Comparator.comparing((Provider p) -> p.part().validity().lastDay()).reversed()
                        .thenComparing(p -> p.unit().id()))
                .toList();
    }

    /** Returns the scheme's counts by ownership on the day, counted from its units, beside the stated ones. */
    public ProviderTally tally(CareChoiceScheme scheme, LocalDate day) {
        return ProviderTally.of(scheme, snapshot.dataset().all(SchemeProvider.class), id -> snapshot.unit(id).orElse(null),
                day, statedOn(scheme));
    }

    /** Returns the tallies of every scheme that disagree with their sources on the day. */
    public List<ProviderTally> disagreements(LocalDate day) {
        return schemes(day).stream().map(s -> tally(s, day)).filter(t -> !t.agrees()).toList();
    }

    /**
     * Returns the first day a scheme's stated figures describe: the earliest publication date of the
     * sources it cites (a source dated only by year describes that year from its first day), or null
     * where no cited source is dated.
     */
    LocalDate statedOn(CareChoiceScheme scheme) {
        return scheme.sources().stream().map(SourceRef::sourceId).map(id -> snapshot.get(Source.class, id)).flatMap(Optional::stream)
                .map(Source::published).filter(Objects::nonNull).map(PartialDate::firstDay)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
