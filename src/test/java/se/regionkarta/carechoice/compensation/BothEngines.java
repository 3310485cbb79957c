package se.regionkarta.carechoice.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.Compensations;
import se.regionkarta.carechoice.compensation.model.HomeArea;
import se.regionkarta.carechoice.compensation.model.Listing;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.carechoice.compensation.model.MonthSettlement;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.carechoice.compensation.model.Resident;
import se.regionkarta.carechoice.compensation.model.VisitCount;
import se.regionkarta.carechoice.compensation.model.WhatIf;
import se.regionkarta.carechoice.compensation.model.WhatIfResult;

/**
 * Settles the same input by the rules one day at a time ({@link Compensations}) and by the engine
 * over files ({@link Compensator}: streaming and in memory, on one and two threads), requires all
 * to agree, and returns the result.
 */
public record BothEngines(String scheme, List<ModelVersion> versions, List<Resident> residents, List<HomeArea> areas,
        List<Provider> providers, List<Listing> listings, List<VisitCount> visits) {

    public MonthSettlement settle(YearMonth month, Path dir) {
        ModelVersion version = model().versionFor(month).orElseThrow();
        MonthSettlement rules = Compensations.settle(scheme, version, month, residents, areas == null ? null : byId(),
                providers, listings, visits);
        for (int threads = 1; threads <= 2; threads++) {
            Engine engine = engine(dir);
            try {
                assertThat(engine.compensator.settle(month, engine.population, engine.listings, threads).settlement())
                        .as("streaming, %d threads", threads).isEqualTo(rules);
                LoadedListings loaded = engine.compensator.load(engine.population, engine.listings, threads);
                assertThat(engine.compensator.settle(month, engine.population, loaded, threads).settlement())
                        .as("in memory, %d threads", threads).isEqualTo(rules);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rules;
    }

    /** Returns the settlement by the day-by-day rules alone. */
    public MonthSettlement rules(YearMonth month) {
        return Compensations.settle(scheme, model().versionFor(month).orElseThrow(), month, residents,
                areas == null ? null : byId(), providers, listings, visits);
    }

    public WhatIfResult whatIf(YearMonth month, WhatIf whatIf, Path dir) {
        ModelVersion version = model().versionFor(month).orElseThrow();
        WhatIfResult rules = Compensations.whatIf(scheme, version, month, residents, areas == null ? null : byId(), providers,
                listings, visits, whatIf);
        Engine engine = engine(dir);
        try {
            LoadedListings loaded = engine.compensator.load(engine.population, engine.listings, 2);
            WhatIfResult fast = engine.compensator.whatIf(month, engine.population, loaded, whatIf, "whatIf", 2);
            assertThat(fast).isEqualTo(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    CompensationModel model() {
        return new CompensationModel("test", scheme, false, "", versions);
    }

    private java.util.Map<String, HomeArea> byId() {
        java.util.Map<String, HomeArea> map = new java.util.HashMap<>();
        areas.forEach(a -> map.put(a.id(), a));
        return map;
    }

    private record Engine(Compensator compensator, Population population, Path listings) {
    }

    private Engine engine(Path dir) {
        Inputs in = new Inputs(dir);
        try {
            HomeAreas homeAreas = areas == null ? null : HomeAreas.read(in.areas(areas));
            List<Provider> read = providers == null ? null : ProvidersCsv.read(in.providers(providers));
            Population population = Population.read(in.residents(residents), homeAreas, 2);
            return new Engine(new Compensator(model(), homeAreas, read, VisitsCsv.read(in.visits(visits))), population,
                    in.listings(listings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
