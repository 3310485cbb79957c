package se.regionkarta.cli;

import io.javalin.Javalin;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.regionkarta.api.ApiRoutes;
import se.regionkarta.site.SiteRoutes;
import se.regionkarta.web.LiveRegistry;
import se.regionkarta.web.WebServer;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web site and the JSON API (default http://localhost:8080/).",
            "Reads the registry from the store, which is filled with the bundled data set on first start."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Option(names = "--port", paramLabel = "PORT", description = "the port to listen on (default: 8080; 0 picks a free one)")
    int port = 8080;

    @Override
    public Integer call() throws InterruptedException {
        LiveRegistry live = new LiveRegistry(registry.snapshot(spec.commandLine().getErr()).dataset());
        Javalin server = start(live, port);
        spec.commandLine().getOut().println("regionkarta: serving on http://localhost:" + server.port() + "/");
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCode.OK;
    }

    /** Builds and starts the server for a registry; the tests start it the same way. */
    static Javalin start(LiveRegistry live, int port) {
        SiteRoutes site = new SiteRoutes(live);
        return WebServer.create(List.of(new ApiRoutes(live), site), site::errorPage).start(port);
    }
}
