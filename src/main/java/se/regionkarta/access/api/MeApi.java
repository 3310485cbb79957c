package se.regionkarta.access.api;

import io.javalin.http.Context;
import java.util.List;
import se.regionkarta.access.model.Principal;
import se.regionkarta.api.Route;
import se.regionkarta.web.Authentication;

/** Who the request is: {@code GET /api/v1/me}, so that a client (and a test) sees what its token gives it. */
public final class MeApi {

    /**
     * Who the request is.
     *
     * @param name the account or the subject of the JWT; null when anonymous
     * @param via how it showed who it is: none, api-token or openid-connect
     * @param roles the roles held; reader alone when none
     * @param regions the ids of the regions it edits
     * @param editsNational whether it may change national facts
     * @param administers whether it may administer accounts
     */
    record Me(boolean authenticated, String name, String via, List<String> roles, List<String> regions,
            boolean editsNational, boolean administers) {

        static Me of(Principal p) {
            return new Me(!p.isAnonymous(), p.name(), p.via().code(), List.copyOf(p.roleCodes()), List.copyOf(p.regions()),
                    p.mayEdit(null), p.mayAdminister());
        }
    }

    public List<Route> routes() {
        return List.of(Route.get("/api/v1/me", List.of(), MeApi::me));
    }

    /** Never kept by a cache: the same address answers differently for every token. */
    private static void me(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.json(Me.of(Authentication.principal(ctx)));
    }
}
