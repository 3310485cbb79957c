package se.regionkarta;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import se.regionkarta.access.Access;
import se.regionkarta.access.api.MeApi;
import se.regionkarta.access.site.LoginPages;
import se.regionkarta.api.ApiRoutes;
import se.regionkarta.carechoice.api.CareChoiceApi;
import se.regionkarta.carechoice.site.CareChoiceEmbeds;
import se.regionkarta.carechoice.site.CareChoicePages;
import se.regionkarta.cooperation.api.CooperationApi;
import se.regionkarta.cooperation.api.SettlementApi;
import se.regionkarta.cooperation.site.CooperationEmbeds;
import se.regionkarta.cooperation.site.CooperationPages;
import se.regionkarta.editing.Writing;
import se.regionkarta.editing.api.EditApi;
import se.regionkarta.editing.site.EditPages;
import se.regionkarta.editing.site.EditingEmbeds;
import se.regionkarta.elections.api.ElectionApi;
import se.regionkarta.elections.site.Calculators;
import se.regionkarta.history.api.HistoryApi;
import se.regionkarta.history.site.HistoryEmbeds;
import se.regionkarta.history.site.HistoryPages;
import se.regionkarta.politics.api.PoliticsApi;
import se.regionkarta.politics.site.PoliticsPages;
import se.regionkarta.politics.site.SeatEntryPages;
import se.regionkarta.provenance.api.ProvenanceApi;
import se.regionkarta.provenance.site.ProvenancePages;
import se.regionkarta.registry.api.UnitApi;
import se.regionkarta.registry.site.RegistryPages;
import se.regionkarta.search.api.SearchApi;
import se.regionkarta.search.site.SearchPages;
import se.regionkarta.site.Pages;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteErrors;
import se.regionkarta.site.SiteRoutes;
import se.regionkarta.suggestions.Suggestions;
import se.regionkarta.suggestions.model.Limits;
import se.regionkarta.suggestions.site.SuggestionPages;
import se.regionkarta.web.Authentication;
import se.regionkarta.web.Bounds;
import se.regionkarta.web.LiveRegistry;
import se.regionkarta.web.Operations;
import se.regionkarta.web.PublicAddress;
import se.regionkarta.web.WebServer;

/**
 * Wires the web site and the JSON API: every feature's pages and API routes on one server. The
 * one place the server is put together; {@code serve} and the tests both start it here.
 */
public final class Server {

    private Server() {
    }

    /** Returns the JSON API: every feature's routes, in the order the OpenAPI document lists them. */
    public static ApiRoutes api(LiveRegistry registry, Clock clock) {
        return api(registry, clock, Bounds.byPeer(clock));
    }

    /** Returns the JSON API whose calculations and writes are bounded by the given limits (docs/security.md). */
    public static ApiRoutes api(LiveRegistry registry, Clock clock, Bounds bounds) {
        return new ApiRoutes(List.of(
                new UnitApi(registry, clock).routes(),
                new PoliticsApi(registry, clock).routes(),
                new CooperationApi(registry, clock).routes(),
                new CareChoiceApi(registry, clock, bounds).routes(),
                new ProvenanceApi(registry, clock).routes(),
                new SearchApi(registry, clock).routes(),
                new ElectionApi(registry, clock, bounds).routes(),
                new SettlementApi(registry, clock, bounds).routes(),
                new HistoryApi(registry, clock).routes(),
                new MeApi().routes(),
                new EditApi(registry, clock, bounds).routes()));
    }

    /**
     * Creates (but does not start) the server of a registry.
     *
     * @param clock a clock in Europe/Stockholm, which says what day "today" is
     */
    public static Javalin create(LiveRegistry registry, Clock clock) {
        return create(registry, clock, Access.withoutStore(clock, null));
    }

    /**
     * Creates (but does not start) the server of a registry, with who may log in and which bearer
     * tokens are accepted.
     *
     * @param clock a clock in Europe/Stockholm, which says what day "today" is
     */
    public static Javalin create(LiveRegistry registry, Clock clock, Access access) {
        return create(registry, clock, access, PublicAddress.LOCAL);
    }

    /**
     * Creates (but does not start) the server of a registry as {@code serve} does, with the standard
     * bounds on one request's work.
     *
     * @param address the public address its absolute links use ({@code serve --public-url})
     */
    public static Javalin create(LiveRegistry registry, Clock clock, Access access, PublicAddress address) {
        return create(registry, clock, access, address, Bounds.standard(clock));
    }

    /**
     * Creates (but does not start) the server of a registry as {@code serve} does.
     *
     * @param clock a clock in Europe/Stockholm, which says what day "today" is
     * @param access who may log in and which bearer tokens are accepted
     * @param address the public address its absolute links use ({@code serve --public-url})
     * @param limits what bounds one request's work: the time limit of a computation and the rate
     *     limits per client address (tests give their own)
     */
    public static Javalin create(LiveRegistry registry, Clock clock, Access access, PublicAddress address,
            Bounds.Factory limits) {
        Pages pages = new Pages();
        Authentication authentication = new Authentication(access);
        Bounds bounds = limits.forAddresses(authentication::clientAddress);
        Site site = new Site(registry, pages, clock, bounds);
        SiteRoutes kernel = new SiteRoutes(site);
        HistoryEmbeds history = new HistoryEmbeds(pages);
        CooperationEmbeds cooperation = new CooperationEmbeds(pages);
        CareChoiceEmbeds careChoice = new CareChoiceEmbeds(pages);
        Writing writing = new Writing(registry, clock);
        EditingEmbeds editing = new EditingEmbeds(pages, writing);
        return WebServer.create(List.of(
                new EditApi(registry, clock).taggedReads(),
                api(registry, clock, bounds),
                kernel,
                new RegistryPages(site, new RegistryPages.Embeds(history::unitHistory, cooperation::unitDecisions,
                        careChoice::regionSchemes, editing::unitTools, editing::unitChanges, editing::regionChanges)),
                new PoliticsPages(site, editing::politics),
                new SeatEntryPages(site, writing),
                new HistoryPages(site),
                new CooperationPages(site),
                new CareChoicePages(site),
                new ProvenancePages(site, careChoice::disagreements),
                new SearchPages(site),
                new Calculators(site),
                new LoginPages(site, authentication),
                new SuggestionPages(site, authentication,
                        registry.store().map(store -> Suggestions.in(store.jdbi(), clock, Limits.DEFAULT)), writing),
                new EditPages(site, writing)), new SiteErrors(site), authentication, address, new Operations(registry, clock));
    }
}
