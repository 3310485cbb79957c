package se.regionkarta.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.regionkarta.json.Json;

/**
 * Turns every failure into an answer: RFC 9457 problem details under {@code /api/}, an HTML page
 * elsewhere. Unexpected exceptions are logged once and answered with a generic 500 that reveals
 * nothing of the server.
 */
public final class ErrorMapper {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final String ANSWERED = "regionkarta.problem-answered";
    private static final ObjectMapper JSON = Json.mapper();

    private final ErrorPage page;

    ErrorMapper(ErrorPage page) {
        this.page = page;
    }

    void register(RoutesConfig routes) {
        routes.exception(ApiProblem.class, (e, ctx) -> answer(ctx, e.type(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, ProblemType.INTERNAL, "The server could not answer this request.");
        });
        routes.error(404, ctx -> unlessAnswered(ctx, ProblemType.NOT_FOUND, "Nothing is found at " + ctx.path() + "."));
        routes.error(405, ctx -> unlessAnswered(ctx, ProblemType.METHOD_NOT_ALLOWED,
                ctx.method() + " is not allowed on " + ctx.path() + "; the registry is read-only here."));
        routes.before("/api/*", ErrorMapper::requireJsonAccepted);
    }

    /** Refuses an API request whose Accept header rules out JSON, before any work is done. */
    private static void requireJsonAccepted(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) {
            return;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";")[0].strip().toLowerCase();
            if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json")
                    || type.equals(PROBLEM_JSON)) {
                return;
            }
        }
        throw new ApiProblem(ProblemType.NOT_ACCEPTABLE, "The API answers in application/json; the request accepts only "
                + accept + ".");
    }

    private void unlessAnswered(Context ctx, ProblemType type, String detail) {
        if (ctx.attribute(ANSWERED) == null) {
            answer(ctx, type, detail);
        }
    }

    private void answer(Context ctx, ProblemType type, String detail) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(type.status());
        if (isApi(ctx)) {
            ctx.contentType(PROBLEM_JSON + "; charset=utf-8").result(problem(ctx, type, detail));
        } else {
            ctx.html(page.render(ctx, type, detail));
        }
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    static String problem(Context ctx, ProblemType type, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail);
        body.put("code", type.code());
        body.put("instance", ctx.path());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renders the HTML page for an error outside the API. */
    @FunctionalInterface
    public interface ErrorPage {
        String render(Context ctx, ProblemType type, String detail);
    }
}
