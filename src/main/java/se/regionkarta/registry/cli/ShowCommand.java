package se.regionkarta.registry.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.regionkarta.cli.AsOf;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.Labels;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.cli.Units;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.history.Change;
import se.regionkarta.history.HistoryQueries;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.registry.model.FormerName;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Post;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints everything the registry knows about a unit, each fact with its sources.")
public final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Parameters(index = "0", paramLabel = "UNIT", description = "a unit's id or Swedish name")
    String unit;

    @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD (default: today)")
    String asOf;

    @Override
    public Integer call() {
        LocalDate day = AsOf.day(asOf, spec);
        RegistryOptions.Read read = registry.read(spec.commandLine().getErr(), true);
        Snapshot snapshot = read.snapshot();
        Unit u = Units.resolve(snapshot, unit);
        PrintWriter out = spec.commandLine().getOut();
        boolean renamedSince = !u.nameOn(day).equals(u.name());
        out.println(u.nameOn(day) + (renamedSince ? " (now " + u.name() + ")"
                : u.nameEn() == null ? "" : " (" + u.nameEn() + ")"));
        field(out, "id", u.id());
        field(out, "kind", u.kind().swedish() + " / " + u.kind().english());
        field(out, "part of", snapshot.ancestry(u.id(), day).stream().filter(a -> !a.id().equals(u.id()))
                .map(a -> a.nameOn(day)).collect(Collectors.joining(" › ")));
        field(out, "valid", Labels.validity(u.validity()));
        if (!u.validity().contains(day)) {
            field(out, "on " + day, "did not exist");
        }
        for (FormerName f : u.formerNames()) {
            field(out, "former name", f.name() + " (" + Labels.validity(f.validity()) + ")");
        }
        for (ParentLink link : u.parents()) {
            field(out, "parent", link.parentId() + (Labels.validity(link.validity()).isEmpty() ? ""
                    : " (" + Labels.validity(link.validity()) + ")"));
        }
        field(out, "run by", u.ownership() == null ? null : u.ownership().swedish());
        if (u.location() != null) {
            field(out, "location", (u.location().town() == null ? "" : u.location().town())
                    + (u.location().municipalityCode() == null ? "" : " (municipality " + u.location().municipalityCode() + ")"));
        }
        for (Identifier id : u.identifiers()) {
            field(out, id.scheme().name().toLowerCase().replace('_', ' '), id.value());
        }
        field(out, "description", u.description());
        field(out, "description (en)", u.descriptionEn());
        field(out, "note", u.note());
        field(out, "governed by", PoliticsQueries.of(snapshot).governors(u.id(), day).stream().map(b -> b.name() + " [" + b.id() + "]")
                .collect(Collectors.joining(", ")));
        field(out, "sources", Labels.sources(u.sources(), snapshot));
        Change recorded = read.recorded().get("units:" + u.id());
        if (recorded != null) {
            field(out, "recorded", "by " + recorded.actor() + " at " + recorded.at() + " (" + recorded.action() + ")");
        }
        for (ChangeEvent e : HistoryQueries.of(snapshot).eventsOf(u.id())) {
            field(out, "event", Labels.event(e, snapshot) + "  ← " + Labels.sources(e.sources(), snapshot));
        }
        List<Post> posts = snapshot.dataset().all(Post.class).stream().filter(p -> p.unitId().equals(u.id())).toList();
        for (Post p : posts) {
            field(out, "post", p.title() + (p.holder() == null ? "" : ": " + p.holder()) + "  ← " + Labels.sources(p.sources(), snapshot));
        }
        List<Unit> children = snapshot.children(u.id(), day);
        if (!children.isEmpty()) {
            out.println("  units (" + children.size() + "):");
            children.forEach(c -> out.println("    " + c.nameOn(day) + "  (" + c.kind().swedish() + ")  [" + c.id() + "]"));
        }
        List<KeyFigure> figures = FigureQueries.of(snapshot).of(u.id(), day);
        if (!figures.isEmpty()) {
            out.println("  key figures (" + figures.size() + "):");
            figures.forEach(f -> out.println("    " + Labels.figure(f, snapshot) + "  ← " + Labels.sources(f.sources(), snapshot)));
        }
        return ExitCode.OK;
    }

    private static void field(PrintWriter out, String name, String value) {
        if (value != null && !value.isBlank()) {
            // padded by hand: java.util.Formatter costs a small question a noticeable share of its time
            out.println("  " + name + ":" + " ".repeat(Math.max(1, 17 - name.length() - 1)) + value);
        }
    }
}
