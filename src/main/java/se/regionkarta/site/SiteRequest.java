package se.regionkarta.site;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Days;
import se.regionkarta.access.model.Principal;
import se.regionkarta.web.ApiProblem;
import se.regionkarta.web.Authentication;
import se.regionkarta.web.ProblemType;
import se.regionkarta.web.PublicAddress;

/**
 * What a page request asks for: the language, the day the registry is shown as of, and the address
 * (to switch language on the same page). Builds every internal link, so that {@code ?lang=en} and
 * an explicit {@code ?asOf=} follow the reader from page to page.
 *
 * @param zone the registry's time zone (Europe/Stockholm), in which times are shown
 * @param today the day in Sweden when the request came, from the server's clock
 * @param day the day the page is about: {@code asOf}, else today
 * @param dated whether {@code asOf} was given (links to other dated pages then carry it)
 * @param origin the service's public address (scheme, host, port), for absolute URLs in structured data; never
 *     the request's Host header, which the client chooses ({@link PublicAddress})
 * @param principal who is asking: the header names a person logged in and offers to log out
 * @param csrfToken the session's token, which every form of the page carries; null without a session
 */
public record SiteRequest(Lang lang, Texts texts, ZoneId zone, LocalDate today, LocalDate day, boolean dated, String path,
        Map<String, List<String>> query, String origin, Principal principal, String csrfToken) {

    static final String LOCALIZED_DETAIL = "regionkarta.site.localized-detail";
    private static final String LOCALIZED_REFUSAL = "regionkarta.site.localized-refusal";

    /**
     * Reads language and {@code asOf} (YYYY-MM-DD, empty for today); a bad date is refused (400).
     *
     * @param zone the registry's time zone (Europe/Stockholm), in which times are shown
 * @param today the day in Sweden, from the server's clock
     */
    public static SiteRequest of(Context ctx, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Lang lang = Lang.of(ctx);
        String asOf = ctx.queryParam("asOf");
        LocalDate day = today;
        boolean dated = asOf != null && !asOf.isBlank();
        if (dated) {
            day = parseDay(ctx, lang, "asOf", asOf.strip());
        }
        return new SiteRequest(lang, Texts.of(lang), clock.getZone(), today, day, dated, ctx.path(), ctx.queryParamMap(),
                PublicAddress.of(ctx), Authentication.principal(ctx), Authentication.csrfToken(ctx).orElse(null));
    }

    /** Parses YYYY-MM-DD given to the parameter {@code name}; like the API, YYYY-MM and YYYY stand for their first day. */
    public static LocalDate parseDay(Context ctx, Lang lang, String name, String text) {
        return Days.readDay(text).orElseThrow(() -> refuse(ctx, name, Texts.of(lang).get("error.bad-date", text)));
    }

    /**
     * Refuses a parameter of a page with a text written in the page's language, which the error page
     * then shows as it is (other refusals are the readers' English, marked so).
     */
    public static BadInput refuse(Context ctx, String parameter, String text) {
        BadInput bad = BadInput.field(parameter, text);
        ctx.attribute(LOCALIZED_REFUSAL, bad);
        return bad;
    }

    /** Tells whether the refusal's texts were written by the site in the page's language. */
    static boolean isLocalized(Context ctx, BadInput bad) {
        return ctx.attribute(LOCALIZED_REFUSAL) == bad;
    }

    /** Ends the request with a problem whose detail is written in the page's language. */
    public static ApiProblem problem(Context ctx, ProblemType type, String detail) {
        ctx.attribute(LOCALIZED_DETAIL, Boolean.TRUE);
        return new ApiProblem(type, detail);
    }

    /** Ends the request with 404 for an id that names nothing of the given kind. */
    public ApiProblem notFound(Context ctx, String whatKey, String id) {
        return problem(ctx, ProblemType.NOT_FOUND, texts.get("error.not-found-id", texts.get(whatKey), id));
    }

    /** Returns a UI text. */
    public String t(String key, Object... args) {
        return texts.get(key, args);
    }

    /** Returns a link to a page of the site in this language. */
    public String href(String target) {
        return withParams(target, lang == Lang.EN ? "lang=en" : null);
    }

    /** Returns a link to a dated page, carrying {@code asOf} when the reader chose a day. */
    public String dated(String target) {
        String params = lang == Lang.EN ? "lang=en" : null;
        if (dated) {
            params = (params == null ? "" : params + "&") + "asOf=" + day;
        }
        return withParams(target, params);
    }

    /** Returns this page in the other language, every other parameter kept. */
    public String switchHref() {
        String params = query.entrySet().stream().filter(e -> !e.getKey().equals("lang"))
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        if (lang == Lang.SV) {
            params = params.isEmpty() ? "lang=en" : "lang=en&" + params;
        }
        return path + (params.isEmpty() ? "" : "?" + params);
    }

    /** Returns data text that the registry has in Swedish and perhaps in English, in the page's language where possible. */
    public Txt data(String swedish, String english) {
        if (swedish == null) {
            return english == null ? null : english(english);
        }
        if (lang == Lang.EN && english != null && !english.isBlank()) {
            return new Txt(english, null);
        }
        return swedish(swedish);
    }

    /** Returns data text written in Swedish (names, descriptions), marked as such on English pages. */
    public Txt swedish(String text) {
        return text == null ? null : new Txt(text, lang == Lang.SV ? null : "sv");
    }

    /** Returns data text written in English (editors' notes and reasons), marked as such on Swedish pages. */
    public Txt english(String text) {
        return text == null ? null : new Txt(text, lang == Lang.EN ? null : "en");
    }

    /** Returns the parameters the date picker keeps when it asks for another day: all but {@code asOf}. */
    public List<Map.Entry<String, String>> keptParams() {
        return query.entrySet().stream().filter(e -> !e.getKey().equals("asOf"))
                .flatMap(e -> e.getValue().stream().limit(1).map(v -> Map.entry(e.getKey(), v))).toList();
    }

    /** Returns the address of the login page, which comes back to this page after logging in. */
    public String loginHref() {
        if (path.equals("/logga-in") || path.equals("/logga-ut")) {
            return href("/logga-in");
        }
        String params = query.entrySet().stream().filter(e -> !e.getKey().equals("lang"))
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return href("/logga-in?tillbaka=" + encode(path + (params.isEmpty() ? "" : "?" + params)));
    }

    /** Returns the day for people, "1 juni 2025". */
    public String dayLabel() {
        return Fmt.day(day, lang);
    }

    /** Returns the day as ISO text, for the date picker. */
    public String dayText() {
        return day.toString();
    }

    private static String withParams(String target, String params) {
        if (params == null) {
            return target;
        }
        int hash = target.indexOf('#');
        String base = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + params + fragment;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
