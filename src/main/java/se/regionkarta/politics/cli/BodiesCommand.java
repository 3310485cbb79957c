package se.regionkarta.politics.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.regionkarta.cli.AsOf;
import se.regionkarta.cli.CliException;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.Labels;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.cli.Units;
import se.regionkarta.cooperation.CooperationQueries;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.Person;
import se.regionkarta.politics.model.Role;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

@Command(name = "bodies", mixinStandardHelpOptions = true,
        description = "Prints a region's political bodies with their size, seats per party, majority and opposition, "
                + "commissioners, and the joint bodies it takes part in.")
public final class BodiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(index = "0", paramLabel = "REGION", description = "a region's id or name, e.g. \"Region Kalmar län\"")
    String region;

    @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD (default: today)")
    String asOf;

    @Override
    public Integer call() {
        LocalDate day = AsOf.day(asOf, spec);
        Snapshot snapshot = registry.snapshot(spec.commandLine().getErr());
        Unit r = Units.resolve(snapshot, region);
        if (!r.kind().isTopLevel()) {
            throw new CliException(ExitCode.NOT_FOUND, r.name() + " is a " + r.kind().english() + ", not a region");
        }
        PrintWriter out = spec.commandLine().getOut();
        Optional<Term> term = PoliticsQueries.of(snapshot).termOn(day);
        out.println(r.name() + " — political bodies on " + day + term.map(t -> " (term " + t.id() + ")").orElse(""));
        List<Body> bodies = PoliticsQueries.of(snapshot).bodiesOf(r.id(), day);
        bodies.stream().filter(b -> b.parentId() == null).forEach(b -> body(out, snapshot, b, bodies, term, day, "  "));
        roles(out, snapshot, r.id(), day);
        joint(out, snapshot, r.id(), day);
        return ExitCode.OK;
    }

    private void body(PrintWriter out, Snapshot snapshot, Body b, List<Body> all, Optional<Term> term, LocalDate day,
            String indent) {
        String size = (b.members() == null ? "" : b.members() + " members")
                + (b.substitutes() == null ? "" : ", " + b.substitutes() + " substitutes");
        out.println(indent + b.name() + "  (" + b.kind().swedish() + ")  [" + b.id() + "]" + (size.isEmpty() ? "" : ": " + size));
        String inner = indent + "    ";
        if (b.alsoServesAs() != null) {
            out.println(inner + "also serves as: " + b.alsoServesAs());
        }
        if (!b.governs().isEmpty()) {
            out.println(inner + "governs: " + b.governs().stream()
                    .map(id -> snapshot.unit(id).map(Unit::name).orElse(id)).collect(Collectors.joining(", ")));
        }
        if (term.isPresent()) {
            List<SeatCount> seats = PoliticsQueries.of(snapshot).seats(b.id(), term.get().id());
            if (seats.isEmpty()) {
                latestSeats(out, snapshot, b, term.get(), inner);
            } else {
                out.println(inner + "seats " + term.get().id() + ": " + seatLine(seats) + "  ← "
                        + Labels.sources(seats.get(0).sources(), snapshot));
            }
            for (Coalition c : PoliticsQueries.of(snapshot).coalitions(b.id(), day)) {
                int held = seats.stream().filter(s -> c.partyIds().contains(s.partyId())).mapToInt(SeatCount::seats).sum();
                out.println(inner + c.role().english() + ": " + String.join(", ", c.partyIds())
                        + (seats.isEmpty() ? (c.statedSeats() == null ? "" : ", " + c.statedSeats() + " seats") : ", " + held + " seats")
                        + "  ← " + Labels.sources(c.sources(), snapshot));
            }
        }
        for (Appointment a : PoliticsQueries.of(snapshot).appointments(b.regionId(), day)) {
            if (b.id().equals(a.bodyId())) {
                out.println(inner + a.role().english() + ": " + person(snapshot, a));
            }
        }
        all.stream().filter(child -> b.id().equals(child.parentId()))
                .forEach(child -> body(out, snapshot, child, all, term, day, indent + "  "));
    }

    /** Says plainly when the running term's seats are not recorded yet, and which term's are. */
    private static void latestSeats(PrintWriter out, Snapshot snapshot, Body b, Term running, String inner) {
        snapshot.dataset().all(Term.class).stream()
                .filter(t -> t.until().isBefore(running.from()) && !PoliticsQueries.of(snapshot).seats(b.id(), t.id()).isEmpty())
                .reduce((first, second) -> second)
                .ifPresent(t -> out.println(inner + "seats " + running.id() + ": not yet in the registry; latest recorded, "
                        + t.id() + ": " + seatLine(PoliticsQueries.of(snapshot).seats(b.id(), t.id())) + " (see --as-of " + t.until() + ")"));
    }

    private static String seatLine(List<SeatCount> seats) {
        return seats.stream().map(s -> s.partyId() + " " + s.seats()).collect(Collectors.joining(", "))
                + " = " + seats.stream().mapToInt(SeatCount::seats).sum();
    }

    private static void roles(PrintWriter out, Snapshot snapshot, String regionId, LocalDate day) {
        for (Role role : List.of(Role.COMMISSIONER, Role.OPPOSITION_COMMISSIONER)) {
            List<Appointment> held = PoliticsQueries.of(snapshot).appointments(regionId, day).stream()
                    .filter(a -> a.role() == role && a.bodyId() == null).toList();
            if (!held.isEmpty()) {
                out.println("  " + role.english() + "s (" + role.swedish() + ", " + held.size() + "): "
                        + held.stream().map(a -> person(snapshot, a)).collect(Collectors.joining(", ")));
            }
        }
    }

    private static void joint(PrintWriter out, Snapshot snapshot, String regionId, LocalDate day) {
        for (HealthcareRegion h : CooperationQueries.of(snapshot).healthcareRegionsOf(regionId, day)) {
            for (CooperationBody c : CooperationQueries.of(snapshot).bodies(h.id(), day)) {
                if (!c.kind().political() || c.parentId() != null) {
                    continue;
                }
                String from = c.composition() == null ? "" : ": " + c.composition().membersFor(regionId) + " members and "
                        + c.composition().substitutesFor(regionId) + " substitutes from this region";
                String rotation = c.rotation() == null ? "" : "; " + c.rotation().duties().stream()
                        .map(d -> d.english()).collect(Collectors.joining(" and ")) + " rotate every "
                        + c.rotation().periodYears() + " years";
                out.println("  joint body of " + h.name() + ": " + c.name() + " [" + c.id() + "]" + from + rotation);
            }
        }
    }

    private static String person(Snapshot snapshot, Appointment a) {
        return PoliticsQueries.of(snapshot).person(a.personId()).map(Person::name).orElse(a.personId())
                + (a.partyId() == null ? "" : " (" + a.partyId() + ")");
    }
}
