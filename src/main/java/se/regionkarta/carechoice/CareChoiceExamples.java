package se.regionkarta.carechoice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import se.regionkarta.carechoice.compensation.ModelFile;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.snapshot.Snapshot;

/**
 * The synthetic examples of the site and the API ({@link ExampleCounty}): each scheme's county paid
 * by the illustrative model, built once per scheme and year and kept while the snapshot they were
 * built from is served (a snapshot never changes, so neither does its example). A few hundred
 * milliseconds to build, a few kilobytes to keep: the most recent {@link #KEPT} are kept.
 */
public final class CareChoiceExamples {

    /** The illustrative model that ships (docs/carechoice.md), read from the jar. */
    public static final String MODEL_RESOURCE = "/carechoice/illustrative-model.yaml";
    /** The last year an example is made for. */
    public static final int LAST_YEAR = 2100;
    private static final int KEPT = 48;

    private record Key(String schemeId, int year) {
    }

    private final CompensationModel model;
    private final int firstYear;
    private final Map<Key, FutureTask<ExampleCounty.Example>> built = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, FutureTask<ExampleCounty.Example>> eldest) {
            return size() > KEPT;
        }
    };
    private Snapshot builtFrom;

    /** Reads the illustrative model. */
    public CareChoiceExamples() {
        this.model = illustrativeModel();
        int year = model.versions().get(0).validFrom().getYear();
        while (year <= LAST_YEAR && !covers(model, year)) {
            year++;
        }
        this.firstYear = year;
    }

    /** Returns the illustrative model, read from the jar. */
    public static CompensationModel illustrativeModel() {
        try (InputStream in = CareChoiceExamples.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + MODEL_RESOURCE);
            }
            return ModelFile.read("illustrative-model.yaml", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the model the examples are paid by (its scheme is the generator's; each example pays its own). */
    public CompensationModel model() {
        return model;
    }

    /** Returns the first year the model pays every month of: the first year an example is made for. */
    public int firstYear() {
        return firstYear;
    }

    /** Tells whether an example is made for the year. */
    public boolean covers(int year) {
        return year >= firstYear && year <= LAST_YEAR && covers(model, year);
    }

    /**
     * Returns the example of a scheme for a year, building it on first use; empty when no example
     * is made for the year.
     */
    public Optional<ExampleCounty.Example> example(Snapshot snapshot, CareChoiceScheme scheme, int year) {
        if (!covers(year)) {
            return Optional.empty();
        }
        FutureTask<ExampleCounty.Example> task;
        boolean mine;
        synchronized (built) {
            if (builtFrom != snapshot) {
                built.clear();
                builtFrom = snapshot;
            }
            task = built.get(new Key(scheme.id(), year));
            mine = task == null;
            if (mine) {
                task = new FutureTask<>(() -> build(snapshot, scheme, year));
                built.put(new Key(scheme.id(), year), task);
            }
        }
        if (mine) {
            task.run(); // built outside the lock: other schemes and years need not wait for this one
        }
        try {
            return Optional.of(task.get());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building an example", e);
        }
    }

    /** Builds a scheme's example, paid by the illustrative model applied to that scheme. */
    private ExampleCounty.Example build(Snapshot snapshot, CareChoiceScheme scheme, int year) {
        CompensationModel own = new CompensationModel(model.id(), scheme.id(), model.illustrative(), model.title(), model.versions());
        return ExampleCounty.build(scheme, ExampleCounty.providers(snapshot, scheme, year), own, year);
    }

    /** Returns the latest month that has ended before the day: the month an example shows unless asked. */
    public static YearMonth latestWholeMonth(LocalDate day) {
        return YearMonth.from(day).minusMonths(1);
    }

    /**
     * Returns the month of a year shown unless another is asked for: the latest month of the year
     * that has ended before the day, or the year's first month when none of its months has ended.
     */
    public static YearMonth defaultMonth(int year, LocalDate day) {
        YearMonth latest = latestWholeMonth(day);
        return latest.getYear() > year ? YearMonth.of(year, 12) : latest.getYear() == year ? latest : YearMonth.of(year, 1);
    }

    private static boolean covers(CompensationModel model, int year) {
        for (int m = 1; m <= 12; m++) {
            if (model.versionFor(YearMonth.of(year, m)).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
