package se.regionkarta.history.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.input.Days;
import se.regionkarta.cli.ExitCode;
import se.regionkarta.cli.RegionkartaCommand;
import se.regionkarta.cli.RegistryOptions;
import se.regionkarta.history.Change;
import se.regionkarta.input.BadInput;
import se.regionkarta.store.Store;

@Command(name = "changes", mixinStandardHelpOptions = true,
        description = {"Lists the store's change log, oldest first: every fact inserted, updated or deleted, when and "
                + "by whom. To follow the log, pass the last sequence number seen as --after."})
public final class ChangesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Option(names = "--since", paramLabel = "TIMESTAMP", description = "only changes at or after this time: "
            + "ISO 8601 with an offset (2026-11-26T06:00:00+01:00, …Z) or a day (YYYY-MM-DD, from midnight in Sweden)")
    String since;

    @Option(names = "--after", paramLabel = "SEQ", description = "only changes with a sequence number above this (default: 0)")
    long after;

    @Option(names = "--limit", paramLabel = "N", description = "at most this many changes (default: 1000)")
    int limit = 1000;

    @Override
    public Integer call() {
        OffsetDateTime from = since == null ? null : timestamp(since, RegionkartaCommand.of(spec).clock().getZone());
        if (limit < 1 || after < 0) {
            throw BadInput.of(limit < 1 ? "--limit must be at least 1" : "--after must not be negative");
        }
        if (registry.data != null) {
            throw BadInput.of("the change log is kept by the store; a data directory (--data) has none");
        }
        List<Change> changes;
        try (Store store = registry.openFilled(spec.commandLine().getErr())) {
            changes = store.changes(from, after, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Change c : changes) {
            out.printf("%6d  %s  %-6s  %-20s  %s  by %s%s%n", c.seq(), c.at(), c.action(), c.kind(), c.id(), c.actor(), why(c));
        }
        out.println(changes.size() + " change(s)" + (changes.size() == limit
                ? "; more may follow: --after " + changes.get(changes.size() - 1).seq() : ""));
        return ExitCode.OK;
    }

    /** Says why a change was made, where the log says: its source, comment and the change it reverts. */
    private static String why(Change c) {
        List<String> parts = new java.util.ArrayList<>();
        if (c.sourceId() != null) {
            parts.add("source " + c.sourceId());
        }
        if (c.comment() != null) {
            parts.add(c.comment());
        }
        if (c.reverts() != null) {
            parts.add("reverts " + c.reverts());
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    /** Parses an ISO 8601 timestamp with an offset, or a day meaning its first moment in Sweden. */
    static OffsetDateTime timestamp(String text, java.time.ZoneId zone) {
        return Days.readMoment(text, zone).orElseThrow(() -> BadInput.field("--since", "a time is written "
                + "2026-11-26T06:00:00Z, with an offset, or as a day YYYY-MM-DD; got '" + text + "'"));
    }
}
