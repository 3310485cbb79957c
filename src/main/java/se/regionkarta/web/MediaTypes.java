package se.regionkarta.web;

import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import se.regionkarta.input.BadInput;

/**
 * Reads the media types of {@code Content-Type} and {@code Accept} (RFC 9110, sections 8.3 and
 * 12.5.1) strictly enough that no malformed header reaches a reader that would fail on it with a
 * 500: a malformed header is refused input (400, naming the header), a charset the server does not
 * know is a 415. Checked for every request before any route ({@link #check}); readers of bodies
 * call {@link #contentType} for the parsed value.
 */
public final class MediaTypes {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern QVALUE = Pattern.compile("(0?(\\.\\d{0,3})?|1(\\.0{0,3})?)");

    private MediaTypes() {
    }

    /**
     * A media type: type and subtype in lower case, and its parameters (names in lower case).
     */
    public record MediaType(String type, String subtype, Map<String, String> parameters) {

        /** Returns {@code type/subtype}. */
        public String essence() {
            return type + "/" + subtype;
        }

        /** Returns the charset parameter, or null; refuses one the server does not know with 415. */
        public Charset charset() {
            String name = parameters.get("charset");
            if (name == null) {
                return null;
            }
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
                throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body's charset " + name
                        + " is not known here; send UTF-8.");
            }
        }
    }

    /** Refuses a request whose Content-Type (any path) or Accept (the API) is malformed: the before-handler of every request. */
    static void check(Context ctx) {
        String contentType = ctx.header("Content-Type");
        if (contentType != null && ErrorMapper.isApi(ctx)) {
            contentType(contentType);
        } else if (contentType != null) {
            parsed(contentType); // a site form without its boundary is shown again by the form that reads it
        }
        String accept = ctx.header("Accept");
        if (accept != null && ErrorMapper.isApi(ctx)) {
            accepted(accept);
        }
    }

    /**
     * Parses a Content-Type header: one media type, its charset known, a multipart type with its boundary.
     *
     * @throws BadInput naming {@code Content-Type} when it is malformed
     * @throws ApiProblem 415 for a charset the server does not know
     */
    public static MediaType contentType(String header) {
        MediaType type = parsed(header);
        if (type.type().equals("multipart") && type.parameters().getOrDefault("boundary", "").isEmpty()) {
            throw BadInput.field("Content-Type", "a multipart body needs its boundary parameter, got " + header);
        }
        return type;
    }

    /** Parses a Content-Type header into one media type whose charset, if named, is known. */
    private static MediaType parsed(String header) {
        MediaType type = mediaType(header, "Content-Type", false);
        if (type == null) {
            throw BadInput.field("Content-Type", "is empty; send a media type such as application/json");
        }
        type.charset();
        return type;
    }

    /**
     * Parses an Accept header into the media ranges it accepts (those with a weight above 0).
     * {@code *} alone, which old clients send, counts as {@code *&#47;*}.
     *
     * @throws BadInput naming {@code Accept} when it is malformed
     */
    public static List<MediaType> accepted(String header) {
        List<MediaType> ranges = new ArrayList<>();
        for (String element : split(header, ',')) {
            MediaType range = mediaType(element, "Accept", true);
            if (range == null) {
                continue;
            }
            String q = range.parameters().get("q");
            if (q != null && !QVALUE.matcher(q).matches()) {
                throw BadInput.field("Accept", "the weight q=" + q + " is not a number from 0 to 1 (RFC 9110, section 12.4.2)");
            }
            if (q == null || Double.parseDouble(q.startsWith(".") ? "0" + q : q.isEmpty() ? "0" : q) > 0) {
                ranges.add(range);
            }
        }
        return ranges;
    }

    /** Parses one media type or range; null for an empty element (allowed in a list). */
    private static MediaType mediaType(String text, String header, boolean range) {
        List<String> parts = split(text, ';');
        String essence = parts.isEmpty() ? "" : parts.get(0).strip();
        if (essence.isEmpty()) {
            if (parts.size() <= 1 && range) {
                return null;
            }
            throw BadInput.field(header, "has no media type before its parameters: " + text);
        }
        if (range && essence.equals("*")) {
            essence = "*/*";
        }
        String[] typeAndSub = essence.split("/", -1);
        if (typeAndSub.length != 2 || !TOKEN.matcher(typeAndSub[0]).matches() || !TOKEN.matcher(typeAndSub[1]).matches()) {
            throw BadInput.field(header, "is not a media type (type/subtype): " + essence);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String p : parts.subList(1, parts.size())) {
            String param = p.strip();
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String name = eq < 0 ? param : param.substring(0, eq).strip();
            String value = eq < 0 ? "" : unquote(param.substring(eq + 1).strip());
            if (!TOKEN.matcher(name).matches() || value == null) {
                throw BadInput.field(header, "has a malformed parameter: " + param);
            }
            parameters.put(name.toLowerCase(Locale.ROOT), value);
        }
        return new MediaType(typeAndSub[0].toLowerCase(Locale.ROOT), typeAndSub[1].toLowerCase(Locale.ROOT), parameters);
    }

    /** Returns a parameter's value: a token or a quoted string; null when it is neither (an empty value included). */
    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return TOKEN.matcher(value).matches() ? value : null;
    }

    /** Splits at a separator outside quoted strings. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
