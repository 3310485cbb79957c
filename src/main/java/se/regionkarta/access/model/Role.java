package se.regionkarta.access.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an account may do beyond reading (issue 12). Everyone may read, with or without an account;
 * the other roles each grant one kind of change, and an account may hold several.
 */
public enum Role {
    /** Reads, as anyone may: an account with no right to change anything. */
    READER("reader"),
    /** Changes the facts of the regions given with the role: their units, posts, figures, bodies, seats, appointments, channels, plans, care-choice providers. */
    EDITOR("editor"),
    /** Changes the national facts, which belong to no region: healthcare regions, programme areas, parties, terms, sources. */
    NATIONAL_EDITOR("national-editor"),
    /** Adds and disables accounts and gives roles. */
    ADMIN("admin");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** Returns the name used on the command line, in tokens' claims and in the API ({@code national-editor}). */
    public String code() {
        return code;
    }

    /** Returns the role with the given code, if any. */
    public static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** Returns every code, for messages: {@code reader, editor, national-editor, admin}. */
    public static String codes() {
        return Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "));
    }
}
