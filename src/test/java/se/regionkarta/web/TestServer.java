package se.regionkarta.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import se.regionkarta.api.ApiRoutes;
import se.regionkarta.dataset.DatasetLoader;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.site.SiteRoutes;

/**
 * The real server on a free port, serving the bundled data set, for tests that speak HTTP to it.
 * Built the same way as {@code serve} builds it.
 */
public final class TestServer implements AutoCloseable {

    public static final Dataset BUNDLED = new DatasetLoader().loadBundled().dataset();

    private final Javalin server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(Javalin server) {
        this.server = server;
    }

    /** Starts a server on a free port with the bundled data. */
    public static TestServer start() {
        return start(BUNDLED);
    }

    public static TestServer start(Dataset dataset) {
        LiveRegistry live = new LiveRegistry(dataset);
        SiteRoutes site = new SiteRoutes(live);
        return new TestServer(WebServer.create(List.of(new ApiRoutes(live), site), site::errorPage).start(0));
    }

    public int port() {
        return server.port();
    }

    /** Returns the absolute URL of a path on this server. */
    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    /** Sends a GET and returns the answer as text. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), headers);
    }

    /** Sends any method with an optional body. */
    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(URI.create(url(path))).method(method, publisher), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a GET with the request target exactly as given (even invalid, which HttpClient refuses)
     * over a plain socket, and returns the status code.
     */
    public int rawGetStatus(String target) {
        try (java.net.Socket socket = new java.net.Socket("localhost", port())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
