package se.regionkarta.api;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One page of a list: the items, how many there are in all, and links to the neighbouring pages.
 *
 * @param asOf the day the list is as of, or null for a list that does not depend on time
 * @param total the number of items on all pages together
 */
public record Page<T>(LocalDate asOf, List<T> items, int total, int limit, int offset, Links links) {

    /** The slice of a list a request asks for. */
    record Paging(int limit, int offset) {
    }

    /**
     * Links to this page and its neighbours, as paths with their query; absent where there is no
     * such page. They keep the request's filters and fix {@code asOf}, so that walking the pages
     * sees one day even across midnight.
     */
    record Links(String self, String next, String prev) {
    }

    /** Cuts the page a request asks for out of the whole list. */
    public static <T> Page<T> of(List<T> all, Paging paging, LocalDate asOf, Context ctx) {
        int total = all.size();
        int from = (int) Math.min(total, (long) paging.offset());
        int to = (int) Math.min(total, (long) from + paging.limit());
        String next = paging.offset() + (long) paging.limit() < total ? link(ctx, asOf, paging.limit(), to) : null;
        String prev = paging.offset() > 0
                ? link(ctx, asOf, paging.limit(), Math.max(0, Math.min(paging.offset(), total) - paging.limit())) : null;
        Links links = new Links(link(ctx, asOf, paging.limit(), paging.offset()), next, prev);
        return new Page<>(asOf, all.subList(from, to), total, paging.limit(), paging.offset(), links);
    }

    private static String link(Context ctx, LocalDate asOf, int limit, int offset) {
        String filters = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !List.of(Params.AS_OF, Params.LIMIT, Params.OFFSET).contains(e.getKey()) && !e.getValue().isEmpty())
                .map(e -> pair(e.getKey(), e.getValue().get(0)))
                .collect(Collectors.joining("&"));
        String day = asOf == null ? "" : pair(Params.AS_OF, asOf.toString()) + "&";
        return ctx.path() + "?" + (filters.isEmpty() ? "" : filters + "&") + day
                + pair(Params.LIMIT, String.valueOf(limit)) + "&" + pair(Params.OFFSET, String.valueOf(offset));
    }

    private static String pair(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
