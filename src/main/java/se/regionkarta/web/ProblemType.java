package se.regionkarta.web;

/**
 * The kinds of error the API answers with, as RFC 9457 problem details. The codes never change;
 * each type URI leads to a page that explains it.
 */
public enum ProblemType {
    BAD_PARAMETER(400, "Bad parameter", "A query or path parameter has a value the API cannot use."),
    UNAUTHORIZED(401, "Unauthorized", "The request needs to show who it is, or the bearer token it carries is not accepted "
            + "(unknown, revoked, expired, or not signed by the configured OpenID Connect provider). Send Authorization: "
            + "Bearer TOKEN with an API token or a JWT."),
    FORBIDDEN(403, "Forbidden", "The request's principal may not do this: it does not edit the region the fact belongs to, "
            + "or a form came without its session's CSRF token."),
    NOT_FOUND(404, "Not found", "Nothing has that id or address."),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "The resource exists but does not accept this HTTP method."),
    NOT_ACCEPTABLE(406, "Not acceptable", "The API answers only in JSON (application/json or application/problem+json)."),
    REQUEST_TIMEOUT(408, "Request timeout", "The request's body did not arrive within 30 s of its headers (docs/operations.md); "
            + "nothing was read or written and the connection is closed. Send the body at once."),
    CONFLICT(409, "Conflict", "A fact with that id already exists; change it with PATCH instead of creating it."),
    PRECONDITION_FAILED(412, "Precondition failed", "The fact has changed since the version named in If-Match was read; "
            + "the answer's ETag names the version it has now."),
    PAYLOAD_TOO_LARGE(413, "Payload too large", "The request body (or an uploaded file) is larger than this endpoint reads; "
            + "nothing was read or written. The limits are listed in docs/security.md."),
    URI_TOO_LONG(414, "URI too long", "The request's address is longer than the server reads; send the parameters in "
            + "fewer or shorter values."),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "The request body has a content type the API does not read."),
    INVALID_FACT(422, "Invalid fact", "The write was understood, but the fact it would make breaks a rule the registry "
            + "keeps (the same rules as for data files); nothing was written. Each error names the field."),
    OVER_LIMIT(422, "Over the limit", "The input is well-formed but asks more of a calculator than one request may "
            + "(too many rows, groups, parties, constituencies, seats, residents or events); the command line has no such "
            + "limits. The limits are listed in docs/security.md."),
    PRECONDITION_REQUIRED(428, "Precondition required", "A write must send If-Match with the ETag of the version it changes, "
            + "so that no one else's change is lost."),
    TOO_MANY_REQUESTS(429, "Too many requests", "This client has sent more requests of this kind than the limit allows; "
            + "Retry-After says in how many seconds to try again."),
    HEADERS_TOO_LARGE(431, "Request header fields too large", "The request's headers (often its cookies) are larger than "
            + "the server reads."),
    INTERNAL(500, "Internal error", "Something went wrong on the server; it has been logged."),
    TOOK_TOO_LONG(503, "Took too long", "The computation ran longer than one request may and was stopped; nothing was "
            + "written. Try a smaller input, or the command line, which has no time limit.");

    private final int status;
    private final String title;
    private final String description;

    ProblemType(int status, String title, String description) {
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** Returns the stable code, for example {@code bad-parameter}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Returns the type URI, a page that documents this problem. */
    public String uri() {
        return "/api/v1/problems/" + code();
    }
}
