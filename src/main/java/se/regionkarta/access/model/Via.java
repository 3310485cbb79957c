package se.regionkarta.access.model;

/** How a request showed who it is. */
public enum Via {
    /** It did not: an anonymous reader. */
    NONE("none"),
    /** A session cookie of the site, made by logging in with a name and password. */
    SESSION("session"),
    /** An API token made by {@code tokens create}, for machine clients. */
    API_TOKEN("api-token"),
    /** A JWT signed by the configured OpenID Connect provider. */
    OPENID_CONNECT("openid-connect");

    private final String code;

    Via(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
