package se.regionkarta.site;

import io.javalin.http.Context;

/** The languages of the site: Swedish first, English second (chosen with {@code ?lang=en}). */
public enum Lang {
    SV("sv", "Svenska"),
    EN("en", "English");

    private final String code;
    private final String selfName;

    Lang(String code, String selfName) {
        this.code = code;
        this.selfName = selfName;
    }

    /** Returns the BCP 47 code, for {@code <html lang>} and {@code ?lang=}. */
    public String code() {
        return code;
    }

    /** Returns the language's name in itself, for the language switch. */
    public String selfName() {
        return selfName;
    }

    /** Returns the other language. */
    public Lang other() {
        return this == SV ? EN : SV;
    }

    /** Picks the text for this language; English falls back to Swedish where there is none. */
    public String pick(String swedish, String english) {
        return this == EN && english != null && !english.isBlank() ? english : swedish;
    }

    /** Reads {@code ?lang=}; anything but {@code en} means Swedish, so no value can fail. */
    public static Lang of(Context ctx) {
        return "en".equals(ctx.queryParam("lang")) ? EN : SV;
    }
}
