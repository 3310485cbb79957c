package se.regionkarta.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty finds before the router sees the request — a path with {@code %00}, bad
 * percent-escapes or invalid UTF-8, a request line too long (414), headers too large (431) — as the
 * router would: {@code application/problem+json} under {@code /api/}, a small Swedish page
 * elsewhere, with the security headers, and never the container's page with its name and version.
 *
 * <p>When Jetty could not read the request line at all it does not know the path (it names the
 * request {@code /badMessage}); such a request comes from a program, not a browser, so it gets the
 * problem+json answer.
 */
final class ContainerErrors extends ErrorHandler {

    private static final String UNREAD = "/badMessage";

    private final boolean trustProxy;

    ContainerErrors(boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : HttpStatus.BAD_REQUEST_400;
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        boolean api = path == null || path.equals(UNREAD) || path.startsWith("/api/");
        response.getHeaders().put("Cache-Control", "no-store");
        boolean tls = request.isSecure() || trustProxy && SecurityHeaders.firstIsHttps(request.getHeaders().get("X-Forwarded-Proto"));
        SecurityHeaders.write(response.getHeaders()::put, tls);
        String body;
        if (api) {
            response.getHeaders().put("Content-Type", ErrorMapper.PROBLEM_JSON + "; charset=utf-8");
            body = problem(status, api && path != null && !path.equals(UNREAD) ? path : null);
        } else {
            response.getHeaders().put("Content-Type", "text/html; charset=utf-8");
            body = page(status);
        }
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static String problem(int status, String path) {
        ProblemType type = switch (status) {
            case 414 -> ProblemType.URI_TOO_LONG;
            case 431 -> ProblemType.HEADERS_TOO_LARGE;
            case 400 -> ProblemType.BAD_PARAMETER;
            case 408 -> ProblemType.REQUEST_TIMEOUT;
            default -> null;
        };
        String detail = switch (status) {
            case 414 -> "The request's address is longer than the server reads.";
            case 431 -> "The request's headers are larger than the server reads.";
            case 400 -> "The request's address is not a valid, percent-encoded UTF-8 path (RFC 3986).";
            case 408 -> "The request's body did not arrive in time.";
            default -> "The server could not read the request.";
        };
        StringBuilder json = new StringBuilder("{\"type\":\"").append(type == null ? "about:blank" : type.uri())
                .append("\",\"title\":\"").append(type == null ? HttpStatus.getMessage(status) : type.title())
                .append("\",\"status\":").append(status)
                .append(",\"detail\":\"").append(detail).append('"');
        if (type != null) {
            json.append(",\"code\":\"").append(type.code()).append('"');
        }
        if (path != null) { // Jetty has decoded nothing it could not; still, only safe characters go into the JSON
            json.append(",\"instance\":\"").append(path.replaceAll("[^A-Za-z0-9/._~%-]", "")).append('"');
        }
        return json.append('}').toString();
    }

    private static String page(int status) {
        String text = switch (status) {
            case 414 -> "Adressen är för lång.";
            case 431 -> "Förfrågan har för stora huvuden (till exempel för många eller för stora kakor).";
            case 408 -> "Förfrågan kom inte fram i tid. Försök igen.";
            default -> "Adressen går inte att läsa. Kontrollera att den är rätt skriven.";
        };
        return "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Felaktig förfrågan – regionkarta</title>\n<link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n"
                + "<body>\n<main id=\"main\" class=\"wrap\">\n<h1>Felaktig förfrågan</h1>\n<p>" + text + "</p>\n"
                + "<p><a href=\"/\">Till startsidan</a></p>\n</main>\n</body>\n</html>\n";
    }
}
