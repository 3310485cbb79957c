package se.regionkarta.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
     * Creates (but does not start) the server, its absolute addresses on localhost.
     *
     * @param groups the features' routes, registered in order
     * @param site renders the answers to failures outside the API
     * @param authentication gives each request its principal, before any route
     * @param operations health, readiness and metrics; their counts of every request
     */
    public static Javalin create(List<RouteGroup> groups, ErrorMapper.SitePages site, Authentication authentication,
            Operations operations) {
        return create(groups, site, authentication, PublicAddress.LOCAL, operations);
    }

    /**
     * Creates (but does not start) the server.
     *
     * @param groups the features' routes, registered in order
     * @param site renders the answers to failures outside the API
     * @param authentication gives each request its principal, before any route
     * @param address where people reach the service, for the absolute addresses it writes
     * @param operations health, readiness and metrics; their counts of every request
     */
    public static Javalin create(List<RouteGroup> groups, ErrorMapper.SitePages site, Authentication authentication,
            PublicAddress address, Operations operations) {
        boolean trustProxy = authentication.access().trustProxy();
        return Javalin.create(config -> {
            Connections.apply(config, operations.metrics()); // limits on connections, threads and bodies; request ids
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.generateEtags = false; // CacheHeaders makes cheaper, quoted ETags and answers 304
            config.http.prefer405over404 = true;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.http.defaultContentType = "text/plain; charset=utf-8";
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.headers.put("Cache-Control", "public, max-age=86400");
                files.mimeTypes.add("text/css; charset=utf-8", "css");
                files.mimeTypes.add("text/javascript; charset=utf-8", "js");
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new ContainerErrors(trustProxy)));
            // in this order: every answer, even a refusal by the next ones, carries the security headers
            config.routes.before(new SecurityHeaders(trustProxy)::apply);
            config.routes.before(address::attach);
            config.routes.before(Cors::apply);
            config.routes.before(WellEncoded::require);
            config.routes.before(MediaTypes::check);
            new ErrorMapper(site).register(config.routes);
            config.routes.before(authentication::attach);
            config.routes.after(CacheHeaders::apply);
            operations.register(config.routes);
            groups.forEach(g -> g.register(config.routes));
            headAsGet(config);
        });
    }

    /**
     * Routes HEAD to every GET handler, so that HEAD answers as GET does without the body (same status,
     * Content-Type, ETag, Cache-Control; Jetty drops the body). Javalin alone answers any HEAD on a
     * GET route with an empty 200 without running the handler, so even a 404 looked found.
     */
    private static void headAsGet(JavalinConfig config) {
        List<ParsedEndpoint> endpoints = List.copyOf(config.unsafe.internalRouter.allHttpHandlers());
        Set<String> heads = new HashSet<>();
        endpoints.stream().filter(p -> p.endpoint.method == HandlerType.HEAD).forEach(p -> heads.add(p.endpoint.path));
        for (ParsedEndpoint p : endpoints) {
            if (p.endpoint.method == HandlerType.GET && heads.add(p.endpoint.path)) {
                config.routes.addEndpoint(new Endpoint(HandlerType.HEAD, p.endpoint.path, p.endpoint.handler));
            }
        }
    }
}
