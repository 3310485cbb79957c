package se.regionkarta.web;

import io.javalin.http.Context;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity tags of facts that can be written. A tag starts with the fact's stored version,
 * {@code "v7"}; a read of a resource that also shows other facts (a unit with its children) adds a
 * digest of its body, {@code "v7.3fa2c1-5e0"}, so that caches see those change too. A write's
 * {@code If-Match} is held against the version alone: what must not be lost is a change to this
 * fact, and an edit should not be refused because a neighbour changed (docs/editing.md).
 */
public final class FactTag {

    private static final Pattern TAG = Pattern.compile("\\s*\"v(\\d{1,9})(?:\\.[0-9a-f-]+)?\"\\s*");

    private FactTag() {
    }

    /**
     * Marks a read as showing a writable fact at its version, so that its tag carries the version
     * (0: the fact is not stored, the tag stays the plain weak one).
     */
    public static void mark(Context ctx, int version) {
        if (version > 0) {
            ctx.attribute(CacheHeaders.FACT_VERSION, version);
        }
    }

    /** Returns the tag of a fact at a version. */
    public static String of(int version) {
        return "\"v" + version + "\"";
    }

    /** Returns the tag of a read that shows the fact at a version together with other facts. */
    public static String of(int version, String digest) {
        return "\"v" + version + "." + digest + "\"";
    }

    /**
     * Returns the version an {@code If-Match} header names; empty when it names none this registry
     * gave (a weak tag, {@code *}, a list, or garbage), which a write treats as stale.
     */
    public static OptionalInt version(String ifMatch) {
        Matcher m = TAG.matcher(ifMatch);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
