package se.regionkarta.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.json.Json;

/**
 * Turns every failure into an answer: RFC 9457 problem details under {@code /api/}, a page of the
 * site elsewhere. Refused input ({@link BadInput}, thrown by every reader and rule) is a 400 here
 * and nowhere else; handlers do not catch it. Unexpected exceptions are logged once with a short
 * id and answered with a 500 that shows the id and nothing of the server.
 */
public final class ErrorMapper {

    /** The name under which the API's readers refuse the request body; a file held in a JSON field goes by the field's name. */
    public static final String BODY = "body";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String HTML = "text/html; charset=utf-8";
    /**
     * The request attribute a write sets: input it refuses is a 422 (the request was understood but
     * the fact it would make breaks a rule), where a read's or a calculation's is a 400.
     */
    public static final String WRITE = "regionkarta.write";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final String ANSWERED = "regionkarta.problem-answered";
    private static final ObjectMapper JSON = Json.mapper();

    private final SitePages site;

    ErrorMapper(SitePages site) {
        this.site = site;
    }

    void register(RoutesConfig routes) {
        routes.exception(BadInput.class, (e, ctx) -> refuse(ctx, e));
        routes.exception(ApiProblem.class, (e, ctx) -> answer(ctx, e.type(), e.getMessage(), Map.of(), null));
        routes.exception(Exception.class, (e, ctx) -> {
            if (ClientGone.in(e)) { // not a fault of the server, and no one is left to answer: one line, no trace
                LOG.warn("{} {}: client went away", ctx.method(), ctx.path());
                ctx.attribute(ANSWERED, Boolean.TRUE);
                ctx.status(400).result(new byte[0]);
                return;
            }
            ProblemType refused = ClientGone.refusedByContainer(e);
            if (refused != null) { // Jetty refused what the client sent (a malformed form or multipart body)
                answer(ctx, refused, "The request body could not be read: it is not well-formed.", Map.of(), null);
                return;
            }
            String id = ErrorId.next();
            LOG.error("error {}: {} {} failed", id, ctx.method(), ctx.path(), e);
            answer(ctx, ProblemType.INTERNAL, "The server could not answer this request (error id " + id + ").",
                    Map.of("errorId", id), id);
        });
        routes.error(404, ctx -> unlessAnswered(ctx, ProblemType.NOT_FOUND, "Nothing is found at " + ctx.path() + "."));
        routes.error(405, ctx -> unlessAnswered(ctx, ProblemType.METHOD_NOT_ALLOWED,
                ctx.method() + " is not allowed on " + ctx.path() + "."));
        routes.before("/api/*", ErrorMapper::requireJsonAccepted);
    }

    /** Refuses an API request whose Accept header rules out JSON, before any work is done. */
    private static void requireJsonAccepted(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) {
            return;
        }
        for (MediaTypes.MediaType range : MediaTypes.accepted(accept)) {
            String type = range.essence();
            if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json")
                    || type.equals(PROBLEM_JSON)) {
                return;
            }
        }
        throw new ApiProblem(ProblemType.NOT_ACCEPTABLE, "The API answers in application/json; the request accepts only "
                + accept + ".");
    }

    /** Answers refused input: a 400 (422 for a write) problem listing every problem, or the site's page for it. */
    private void refuse(Context ctx, BadInput bad) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        boolean write = ctx.attribute(WRITE) != null;
        ProblemType type = write ? ProblemType.INVALID_FACT : ProblemType.BAD_PARAMETER;
        if (write) { // a write's problems are in its body: a field named alone is a member of the fact sent
            bad = bad.map(p -> p.file() == null ? new Problem(BODY, p.line(), p.field(), p.message()) : p);
        }
        ctx.status(type.status());
        if (isApi(ctx)) {
            ctx.contentType(PROBLEM_JSON + "; charset=utf-8").result(problem(ctx, type,
                    ApiRefusal.detail(bad.problems()), Map.of("errors", ApiRefusal.errors(bad.problems()))));
        } else {
            ctx.contentType(HTML).result(site.refused(ctx, bad));
        }
    }

    private void unlessAnswered(Context ctx, ProblemType type, String detail) {
        if (ctx.attribute(ANSWERED) == null) {
            answer(ctx, type, detail, Map.of(), null);
        }
    }

    private void answer(Context ctx, ProblemType type, String detail, Map<String, Object> more, String errorId) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(type.status());
        if (type == ProblemType.UNAUTHORIZED) {
            ctx.header("WWW-Authenticate", challenge(ctx));
        }
        if (isApi(ctx)) {
            ctx.contentType(PROBLEM_JSON + "; charset=utf-8").result(problem(ctx, type, detail, more));
        } else {
            ctx.contentType(HTML).result(site.failed(ctx, type, detail, errorId));
        }
    }

    /**
     * Returns the challenge of a 401 (RFC 9110, section 11.6.1): a bearer token on the API, with
     * {@code invalid_token} when one was sent (RFC 6750, section 3); the site's login form elsewhere,
     * in the form of the Cookie scheme proposed in draft-broyer-http-cookie-auth.
     */
    private static String challenge(Context ctx) {
        if (!isApi(ctx)) {
            return "Cookie realm=\"regionkarta\", form-action=\"/logga-in\"";
        }
        return ctx.header("Authorization") == null ? "Bearer realm=\"regionkarta\""
                : "Bearer realm=\"regionkarta\", error=\"invalid_token\"";
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    private static String problem(Context ctx, ProblemType type, String detail, Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail);
        body.put("code", type.code());
        body.put("instance", ctx.path());
        body.putAll(more);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The site's answers to failures outside the API; the site renders them in the page's language. */
    public interface SitePages {

        /** Returns the page for refused input: a calculator's form again with every problem, else the error page. */
        String refused(Context ctx, BadInput bad);

        /**
         * Returns the error page for any other failure.
         *
         * @param errorId the id an unexpected failure was logged with, else null
         */
        String failed(Context ctx, ProblemType type, String detail, String errorId);
    }
}
