package se.regionkarta.web;

import io.javalin.http.Context;
import se.regionkarta.access.model.Principal;

/**
 * What the handlers of writes call before they change anything: they say whose fact it is, and
 * the request ends with 401 when it is anonymous (the API also sends {@code WWW-Authenticate:
 * Bearer}) or 403 when its principal may not change it. The rule itself is
 * {@link Principal#mayEdit} and {@link Principal#mayAdminister}.
 */
public final class Authorization {

    private Authorization() {
    }

    /**
     * Returns the request's principal if it may change a fact of the given region; ends the request otherwise.
     *
     * @param regionIdOrNull the region the fact belongs to ({@code fact.region_id}), null for a national fact
     * @throws ApiProblem 401 when the request is anonymous, 403 when its principal does not edit that region
     */
    public static Principal requireEditor(Context ctx, String regionIdOrNull) {
        Principal p = requireKnown(ctx);
        if (!p.mayEdit(regionIdOrNull)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, regionIdOrNull == null
                    ? p.name() + " may not change national facts; that takes the role national-editor."
                    : p.name() + " may not change the facts of the region '" + regionIdOrNull + "'; that takes the role "
                    + "editor of that region.");
        }
        return p;
    }

    /** Returns the request's principal if it administers accounts; ends the request with 401 or 403 otherwise. */
    public static Principal requireAdministrator(Context ctx) {
        Principal p = requireKnown(ctx);
        if (!p.mayAdminister()) {
            throw new ApiProblem(ProblemType.FORBIDDEN, p.name() + " may not administer accounts; that takes the role admin.");
        }
        return p;
    }

    /** Returns the request's principal; ends the request with 401 when it is anonymous. */
    public static Principal requireKnown(Context ctx) {
        Principal p = Authentication.principal(ctx);
        if (p.isAnonymous()) {
            throw new ApiProblem(ProblemType.UNAUTHORIZED, ErrorMapper.isApi(ctx)
                    ? "This needs to know who asks: send Authorization: Bearer TOKEN (an API token or a JWT)."
                    : "This needs to know who asks: log in first.");
        }
        return p;
    }
}
