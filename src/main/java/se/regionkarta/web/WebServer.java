package se.regionkarta.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import se.regionkarta.json.Json;

/**
 * Builds the HTTP server of the web site and the API: one Javalin instance, configured here and
 * nowhere else. Features add their routes through {@link RouteGroup}s.
 */
public final class WebServer {

    private WebServer() {
    }

    /** A feature's routes. */
    @FunctionalInterface
    public interface RouteGroup {
        void register(RoutesConfig routes);
    }

    /**
     * Creates (but does not start) the server.
     *
     * @param groups the features' routes, registered in order
     * @param site renders the answers to failures outside the API
     * @param authentication gives each request its principal, before any route
     * @param operations health, readiness and metrics; their counts of every request
     */
    public static Javalin create(List<RouteGroup> groups, ErrorMapper.SitePages site, Authentication authentication,
            Operations operations) {
        return Javalin.create(config -> {
            Connections.apply(config, operations.metrics()); // limits on connections, threads and bodies; request ids
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.generateEtags = false; // CacheHeaders makes cheaper, quoted ETags and answers 304
            config.http.prefer405over404 = true;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.headers.put("Cache-Control", "public, max-age=86400");
            });
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                rule.path = "/api/*";
                rule.anyHost();
            }));
            new ErrorMapper(site).register(config.routes);
            config.routes.before(WellEncoded::require);
            config.routes.before(authentication::attach);
            config.routes.after(CacheHeaders::apply);
            operations.register(config.routes);
            groups.forEach(g -> g.register(config.routes));
        });
    }
}
