package se.regionkarta.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.json.Json;
import se.regionkarta.web.ApiProblem;
import se.regionkarta.web.Bodies;
import se.regionkarta.web.ErrorMapper;
import se.regionkarta.web.ProblemType;

/**
 * Reads the body of a calculation: its media type must be one the route reads (else 415), its
 * charset, if named, UTF-8, and it may be at most {@link #MAX_BYTES} long (a write's
 * {@link #MAX_WRITE_BYTES}; else 413, before more is read). Refusals of the body name it {@link ErrorMapper#BODY}. The body is read from the stream here rather than through Javalin, whose own size limit
 * (1 MB) would end the request with an exception the error mapper does not expect.
 */
public final class RequestBody {

    /** The media type of the JSON bodies the calculations read. */
    public static final String JSON = "application/json";
    private static final ObjectMapper STRICT_JSON = Json.mapper().copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** The largest body a calculation reads: a votes file of every Swedish municipality is about 0.5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The largest body a write reads: one fact with its source and comment is a few kilobytes. */
    public static final int MAX_WRITE_BYTES = 1024 * 1024;

    private RequestBody() {
    }

    /** Refuses a body whose media type the route does not read. */
    static void requireMediaType(Context ctx, List<String> consumes) {
        String header = ctx.header("Content-Type");
        String type = mediaType(ctx);
        if (type.isEmpty() || !consumes.contains(type)) {
            throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "This resource reads a body of type "
                    + String.join(" or ", consumes) + "; the request's Content-Type is "
                    + (header == null ? "missing" : "'" + Params.shown(header) + "'") + ".");
        }
        for (String parameter : header.split(";")) {
            String[] nameValue = parameter.strip().split("=", 2);
            if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("charset")
                    && !nameValue[1].strip().replace("\"", "").equalsIgnoreCase("utf-8")) {
                throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body must be UTF-8; the request says charset "
                        + Params.shown(nameValue[1].strip()) + ".");
            }
        }
    }

    /** Returns the media type of the body, lower case and without parameters; empty when none is given. */
    public static String mediaType(Context ctx) {
        String header = ctx.header("Content-Type");
        return header == null ? "" : header.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    /** Reads the whole body, refusing one larger than {@link #MAX_BYTES}. */
    public static byte[] bytes(Context ctx) {
        return bytes(ctx, MAX_BYTES);
    }

    /**
     * Reads the whole body, refusing one larger than {@code max} bytes with 413 {@code payload-too-large}
     * (as soon as its length is known: from {@code Content-Length}, else after reading one byte more).
     */
    public static byte[] bytes(Context ctx, int max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            Bodies.discard(ctx);
            throw tooLarge(max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                Bodies.discard(ctx);
                throw tooLarge(max);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses the body as a whole. */
    public static BadInput bad(String rule) {
        return new BadInput(new Problem(ErrorMapper.BODY, 0, null, rule));
    }

    private static ApiProblem tooLarge(int max) {
        return new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the " + max / (1024 * 1024)
                + " MB this resource reads; nothing was read or written. The command line takes files of any size.");
    }

    /** Parses a JSON object body strictly (a key given twice is refused); anything else is refused naming the line. */
    public static JsonNode jsonObject(byte[] body) {
        try {
            JsonNode root = STRICT_JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw bad("must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            String column = e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
                    : " at column " + e.getLocation().getColumnNr();
            throw new BadInput(new Problem(ErrorMapper.BODY, line, null, "not valid JSON" + column + ": "
                    + Params.shown(e.getOriginalMessage())));
        } catch (IOException e) {
            throw bad("cannot be read: " + Params.shown(String.valueOf(e.getMessage())));
        }
    }
}
