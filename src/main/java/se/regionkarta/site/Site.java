package se.regionkarta.site;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.Authentication;
import se.regionkarta.web.LiveRegistry;
import se.regionkarta.web.Published;

/**
 * What every page of the site needs, shared by the features' page groups: the registry being
 * served, the renderer of the templates and the clock that says what day it is in Sweden.
 */
public final class Site {

    private final LiveRegistry registry;
    private final Pages pages;
    private final Clock clock;
    private final se.regionkarta.web.Bounds bounds;

    /** @param clock a clock in Europe/Stockholm: "today" is the day there */
    public Site(LiveRegistry registry, Pages pages, Clock clock) {
        this(registry, pages, clock, se.regionkarta.web.Bounds.byPeer(clock));
    }

    /**
     * @param clock a clock in Europe/Stockholm: "today" is the day there
     * @param bounds the time limit and rate limits of the forms that do costly work
     */
    public Site(LiveRegistry registry, Pages pages, Clock clock, se.regionkarta.web.Bounds bounds) {
        this.registry = registry;
        this.pages = pages;
        this.clock = clock;
        this.bounds = bounds;
    }

    /** Returns what bounds a request's work: the time limit and the rate limits. */
    public se.regionkarta.web.Bounds bounds() {
        return bounds;
    }

    /** Reads the request's language and day ({@code asOf}, else today). */
    public SiteRequest request(Context ctx) {
        return SiteRequest.of(ctx, clock);
    }

    /** Returns the clock in Sweden's time. */
    public Clock clock() {
        return clock;
    }

    /** Returns today in Sweden. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Returns the snapshot served now; a handler reads it once, so that a page never mixes two. */
    public Snapshot snapshot() {
        return registry.current().snapshot();
    }

    /** Returns the snapshot with its search index, as served now. */
    public Published published() {
        return registry.current();
    }

    public LiveRegistry registry() {
        return registry;
    }

    /** Renders a page's template (e.g. {@code registry/unit}) to the answer. */
    public void render(Context ctx, String template, SitePage page) {
        pages.render(ctx, template, page);
    }

    /** Returns a request of no language or day preference, for the error page (which must not fail on a bad {@code asOf}). */
    public SiteRequest plainRequest(Context ctx) {
        Lang lang = Lang.of(ctx);
        return new SiteRequest(lang, Texts.of(lang), clock.getZone(), today(), today(), false, ctx.path(), ctx.queryParamMap(), "",
                Authentication.principal(ctx), Authentication.csrfToken(ctx).orElse(null));
    }

    public Pages pages() {
        return pages;
    }
}
