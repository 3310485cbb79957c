package se.regionkarta.cli;

import io.javalin.Javalin;
import java.net.BindException;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.access.Access;
import se.regionkarta.access.OpenIdSettings;
import se.regionkarta.history.ChangeLog;
import se.regionkarta.input.BadInput;
import se.regionkarta.store.Store;
import se.regionkarta.store.StoreWatcher;
import se.regionkarta.web.LiveRegistry;
import se.regionkarta.web.PublicAddress;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web site and the JSON API (default http://localhost:8080/).",
            "Reads the registry from the store, which is filled with the bundled data set on first start."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Option(names = "--port", paramLabel = "PORT", description = "the port to listen on (default: 8080; 0 picks a free one)")
    int port = 8080;

    @Mixin
    AccessOptions accessOptions;

    @Option(names = "--public-url", paramLabel = "URL", description = "the address people reach the site at, for the "
            + "absolute addresses in its pages, such as https://regionkarta.example.se/ (default: $REGIONKARTA_PUBLIC_URL, "
            + "else http://localhost:PORT/); never taken from a request's Host header")
    String publicUrl;

    @Option(names = "--heap", paramLabel = "SIZE", description = "the server's heap budget, for example 1g or 768m "
            + "(default: $REGIONKARTA_HEAP, else " + HeapBudget.DEFAULT + "); started with java -Xmx, that wins")
    String heap;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw BadInput.field("--port", "a port is a number from 1 to 65535 (0 picks a free one), got " + port);
        }
        String budget = HeapBudget.chosen(heap, System.getenv("REGIONKARTA_HEAP"));
        if (RegionkartaCommand.of(spec).ownProcess() && !HeapBudget.setAlready()) {
            // a JVM cannot lower its own maximum heap: the server runs in a JVM started with it (docs/operations.md)
            return HeapBudget.serveInChild(budget, spec.root().commandLine().getParseResult().originalArgs());
        }
        HeapBudget.followParent();
        OpenIdSettings openId = accessOptions.openId();
        PublicAddress address = publicAddress();
        Clock clock = RegionkartaCommand.of(spec).clock();
        if (registry.data != null) {
            LiveRegistry live = new LiveRegistry(registry.readData(registry.data, spec.commandLine().getErr()),
                    ChangeLog.EMPTY, clock);
            // no store, so no accounts: only JWTs of a configured provider show who asks
            return serve(live, Access.withoutStore(clock, openId), address, () -> { });
        }
        // the store stays open while the server runs: the change feed and "recorded by" read its log,
        // and a watcher serves what other processes load into it (docs/decisions/0017-…)
        if (registry.storeConfig().home() != null) {
            // the embedded store's file is compacted as serve starts, when no other process holds it (docs/operations.md)
            report(Stores.open(registry.storeConfig(), clock).closeCompacting(), spec.commandLine().getErr());
        }
        Store store = registry.openFilled(spec.commandLine().getErr());
        StoreWatcher watcher = null;
        try {
            LiveRegistry live = new LiveRegistry(store, clock);
            watcher = StoreWatcher.start(store::generation, live::refresh, live.generation(), StoreWatcher.INTERVAL);
            StoreWatcher started = watcher;
            Access access = Access.of(store.jdbi(), clock, openId, accessOptions.secureCookies(),
                    accessOptions.trustProxy());
            return serve(live, access, address, () -> close(started, store));
        } catch (RuntimeException | InterruptedException e) {
            close(watcher, store);
            throw e;
        }
    }

    /** Returns the configured public address, localhost on the port when none is; refuses a malformed one. */
    private PublicAddress publicAddress() {
        String text = publicUrl != null ? publicUrl : System.getenv("REGIONKARTA_PUBLIC_URL");
        if (text == null || text.isBlank()) {
            return PublicAddress.LOCAL;
        }
        PublicAddress.Result parsed = PublicAddress.parse(text);
        if (parsed.problem() != null) {
            throw BadInput.field("--public-url", parsed.problem());
        }
        return parsed.address();
    }

    /** Says what compacting the embedded store did: its file's size before and after, or why it was not compacted. */
    static void report(Store.Compaction compaction, java.io.PrintWriter out) {
        if (compaction.done() && compaction.before() - compaction.after() < 1_000_000) {
            return; // nothing worth saying: a fresh store, or one compacted not long ago
        }
        if (compaction.done()) {
            out.printf("regionkarta: compacted the store: %.1f MB → %.1f MB%n", compaction.before() / 1e6, compaction.after() / 1e6);
        } else if (compaction != Store.Compaction.NOT_EMBEDDED_STORE) {
            out.println("regionkarta: the store was not compacted: " + compaction.reason());
        }
        out.flush();
    }

    private static void close(StoreWatcher watcher, Store store) {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } finally {
            store.close();
        }
    }

    /** Starts the server; a port another program holds is the person's to change, not a fault. */
    private Javalin start(LiveRegistry live, Access access, PublicAddress address) {
        try {
            return RegionkartaCommand.of(spec).server(live, access, address).start(port);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw BadInput.field("--port", "port " + port + " is in use by another program; stop it, or choose "
                            + "another port with --port (0 picks a free one)");
                }
            }
            throw e;
        }
    }

    /**
     * Serves until the JVM is asked to stop (SIGTERM, SIGINT), then stops taking connections, lets the
     * requests in flight finish (at most {@code Connections.STOP_TIMEOUT}), and closes what it read from.
     */
    private int serve(LiveRegistry live, Access access, PublicAddress address, Runnable close) throws InterruptedException {
        Javalin server = start(live, access, address);
        spec.commandLine().getOut().println("regionkarta: heap budget " + HeapBudget.maxHeapMegabytes() + " MB"
                + HeapBudget.operatorOption().map(o -> " (" + o + ")").orElse(""));
        spec.commandLine().getOut().println("regionkarta: serving on http://localhost:" + server.port() + "/");
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } finally {
                close.run();
                stopped.countDown();
            }
        }));
        stopped.await();
        return ExitCode.OK;
    }

}
