package se.regionkarta.api;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Days;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.web.ApiProblem;

/**
 * Reads the parameters of one request strictly: every malformed, out-of-range or unknown value
 * is refused ({@link BadInput}, a 400 problem) naming the parameter and the rule it breaks.
 */
public final class Params {

    public static final String AS_OF = "asOf";
    public static final String LIMIT = "limit";
    public static final String OFFSET = "offset";
    /** Longer values are refused: no id or name comes near it, and errors need not echo megabytes. */
    static final int MAX_LENGTH = 200;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern SEED = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern PERCENT = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,6})?");

    private final Context ctx;
    private final Clock clock;

    public Params(Context ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    /**
     * Refuses query parameters the route does not take, and parameters given more than once: a
     * misspelt filter ({@code ?parnet=}) would otherwise silently answer with everything.
     */
    static void requireKnown(Context ctx, List<String> allowed) {
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw BadInput.field(shown(p.getKey()), allowed.isEmpty() ? "this resource takes no parameters"
                        : "not a parameter of this resource, which takes " + String.join(", ", allowed));
            }
            if (p.getValue().size() > 1) {
                throw BadInput.field(p.getKey(), "given " + p.getValue().size() + " times; give it at most once");
            }
        }
    }

    /**
     * Refuses a path or query with a broken percent escape ({@code %zz}), before any route sees it:
     * Javalin would fail on such a path while reading its parameters (a 500), and would read such a
     * query parameter as absent (answering as if it had not been given).
     */
    static void requireWellEncoded(Context ctx) {
        for (String segment : ctx.req().getRequestURI().split("/")) {
            if (decoded(segment).isEmpty()) {
                throw BadInput.field("path", "is not validly percent-encoded (RFC 3986)");
            }
        }
        String query = ctx.queryString();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            Optional<String> name = decoded(nameAndValue[0]);
            boolean brokenValue = nameAndValue.length == 2 && decoded(nameAndValue[1]).isEmpty();
            if (name.isEmpty() || brokenValue) {
                throw BadInput.field(shown(name.orElse("query")), "is not validly percent-encoded (RFC 3986)");
            }
        }
    }

    private static Optional<String> decoded(String text) {
        try {
            return Optional.of(URLDecoder.decode(text, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Returns the day the request asks about: {@code asOf} (YYYY, YYYY-MM or YYYY-MM-DD, the first day meant), or today. */
    public LocalDate asOf() {
        Optional<String> text = raw(AS_OF);
        if (text.isEmpty()) {
            return LocalDate.now(clock);
        }
        return Days.parse(text.get(), AS_OF);
    }

    /** Returns a date parameter (YYYY, YYYY-MM or YYYY-MM-DD), if given, keeping the precision it was written with. */
    public Optional<PartialDate> date(String name) {
        return raw(name).map(t -> Days.parseDate(t, name));
    }

    /** Returns a month parameter written YYYY-MM, if given. */
    public Optional<YearMonth> month(String name) {
        return raw(name).map(t -> Days.parseMonth(t, name));
    }

    /** Returns a date parameter that must be given. */
    public PartialDate requiredDate(String name) {
        return date(name).orElseThrow(() -> BadInput.field(name, "is required"));
    }

    /**
     * Returns a moment, if given: ISO 8601 with an offset ({@code 2026-11-26T06:00:00Z}), or a day
     * (YYYY-MM-DD) meaning midnight at its start in Sweden.
     */
    public Optional<OffsetDateTime> timestamp(String name) {
        // an unencoded "+01:00" in a query arrives as " 01:00"
        return raw(name).map(t -> Days.parseMoment(t.replace(' ', '+'), name, clock.getZone()));
    }

    /** Returns a whole number of at least 0 and up to 18 digits (a sequence number), if given. */
    public Optional<Long> sequence(String name) {
        return raw(name).map(t -> {
            if (!t.matches("[0-9]{1,18}")) {
                throw BadInput.field(name, "must be a whole number of at least 0 (up to 18 digits), got '"
                        + shown(t) + "'");
            }
            return Long.parseLong(t);
        });
    }

    /** Returns the paging the request asks for, with {@code limit} from 1 to {@code max}. */
    public Page.Paging paging(int defaultLimit, int max) {
        int limit = number(LIMIT, 1, max).orElse(defaultLimit);
        int offset = number(OFFSET, 0, Integer.MAX_VALUE).orElse(0);
        return new Page.Paging(limit, offset);
    }

    /** Returns a whole number in the given range, if the parameter is given. */
    public Optional<Integer> number(String name, int min, int max) {
        return raw(name).map(t -> {
            String rule = max == Integer.MAX_VALUE ? "must be a whole number of at least " + min
                    : "must be a whole number from " + min + " to " + max;
            if (!WHOLE_NUMBER.matcher(t).matches()) {
                throw BadInput.field(name, rule + ", got '" + shown(t) + "'");
            }
            int n = Integer.parseInt(t);
            if (n < min || n > max) {
                throw BadInput.field(name, rule + ", got " + n);
            }
            return n;
        });
    }

    /** Returns a percentage from 0 to 100 with at most six decimals, if the parameter is given. */
    public Optional<java.math.BigDecimal> percent(String name) {
        return raw(name).map(t -> {
            java.math.BigDecimal p = PERCENT.matcher(t).matches() ? new java.math.BigDecimal(t) : null;
            if (p == null || p.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                throw BadInput.field(name, "must be a percentage from 0 to 100 (e.g. 3 or 2.5), got '" + shown(t) + "'");
            }
            return p;
        });
    }

    /** Returns a whole number of up to 18 digits, negative allowed (a seed), if the parameter is given. */
    public Optional<Long> seed(String name) {
        return raw(name).map(t -> {
            if (!SEED.matcher(t).matches()) {
                throw BadInput.field(name, "must be a whole number of up to 18 digits, got '" + shown(t) + "'");
            }
            return Long.parseLong(t);
        });
    }

    /** Returns a text parameter, if given; an empty or blank value is refused. */
    public Optional<String> text(String name) {
        return raw(name).map(t -> {
            if (t.isBlank()) {
                throw BadInput.field(name, "must not be empty or blank");
            }
            return t.strip();
        });
    }

    /** Returns a text parameter that must be given. */
    public String requiredText(String name) {
        return text(name).orElseThrow(() -> BadInput.field(name, "is required"));
    }

    /** Returns the id of an existing fact, if given; an id that names nothing is a 400 (not a 404: the resource exists). */
    public Optional<String> reference(String name, String what, Predicate<String> exists) {
        return text(name).map(id -> {
            if (!exists.test(id)) {
                throw BadInput.field(name, "no " + what + " has the id '" + shown(id) + "'");
            }
            return id;
        });
    }

    /**
     * Returns an enumeration value, written in kebab case as in the paths ({@code health-centre})
     * or as the constant the JSON shows ({@code HEALTH_CENTRE}).
     */
    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        return text(name).map(t -> Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(t) || kebab(e).equals(t)).findFirst()
                .orElseThrow(() -> BadInput.field(name, "must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Params::kebab).collect(Collectors.joining(", "))
                        + "; got '" + shown(t) + "'")));
    }

    /** Returns the id in the path. */
    public String id() {
        return ctx.pathParam("id");
    }

    /** Returns the 404 problem for the id in the path, naming what was looked for. */
    public ApiProblem notFound(String what) {
        return ApiProblem.notFound(what, shown(id()));
    }

    static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Shortens a value for an error message, so a huge or hostile value is not echoed whole, and
     * keeps it to printable ASCII: ids, numbers and dates are ASCII, and the rest is garbage that
     * need not survive every hop between here and the client.
     */
    public static String shown(String value) {
        return Days.shown(value);
    }

    private Optional<String> raw(String name) {
        String value = ctx.queryParam(name);
        if (value != null && value.length() > MAX_LENGTH) {
            throw BadInput.field(name, "must be at most " + MAX_LENGTH + " characters long");
        }
        return Optional.ofNullable(value);
    }
}
