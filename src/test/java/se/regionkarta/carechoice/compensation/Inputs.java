package se.regionkarta.carechoice.compensation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import se.regionkarta.carechoice.compensation.model.HomeArea;
import se.regionkarta.carechoice.compensation.model.Listing;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.carechoice.compensation.model.Resident;
import se.regionkarta.carechoice.compensation.model.VisitCount;

/** Writes residents, listings, areas, providers and visits as the input files the engine reads. */
public final class Inputs {

    private final Path dir;

    public Inputs(Path dir) {
        this.dir = dir;
    }

    public Path residents(Collection<Resident> residents) {
        return write("residents.csv", Population.HEADER, residents.stream().sorted(Comparator.comparingInt(Resident::id))
                .map(r -> r.id() + "," + r.birthYear() + "," + r.sex().code() + "," + r.homeArea()).toList());
    }

    /** Writes the listings in the order the file needs: by resident, then first day. */
    public Path listings(Collection<Listing> listings) {
        return write("listings.csv", ListingsReader.HEADER, listings.stream()
                .sorted(Comparator.comparingInt(Listing::resident).thenComparing(Listing::from))
                .map(l -> l.resident() + "," + l.scheme() + "," + l.provider() + "," + l.from() + "," + (l.until() == null ? "" : l.until()))
                .toList());
    }

    public Path areas(Collection<HomeArea> areas) {
        return write("areas.csv", HomeAreas.HEADER, areas.stream().map(a -> a.id() + "," + a.careNeedIndex()).toList());
    }

    public Path providers(Collection<Provider> providers) {
        return write("providers.csv", ProvidersCsv.HEADER, providers.stream().map(p -> p.id() + "," + p.scheme() + ","
                + ProvidersCsv.code(p.ownership()) + "," + (p.validFrom() == null ? "" : p.validFrom()) + ","
                + (p.validUntil() == null ? "" : p.validUntil())).toList());
    }

    public Path visits(Collection<VisitCount> visits) {
        return write("visits.csv", VisitsCsv.HEADER, visits.stream().map(v -> v.scheme() + "," + v.provider() + "," + v.date() + ","
                + v.patient().code() + "," + v.visits()).toList());
    }

    /** Writes a file of the header and the lines, each ended by LF. */
    public Path write(String name, String header, List<String> lines) {
        return text(name, header + "\n" + lines.stream().map(l -> l + "\n").collect(Collectors.joining()));
    }

    public Path text(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
