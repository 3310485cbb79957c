package se.regionkarta.access.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who a request is, and so what it may change: a name, the roles held and the regions edited.
 * Rights are read from here and nowhere else; the faces ask {@link #mayEdit} and {@link #mayAdminister}.
 *
 * @param name the account's name, or the subject an OpenID Connect provider vouched for; null when anonymous
 * @param roles the roles held, without {@link Role#READER} (which everyone has); empty for a reader
 * @param regions the ids of the regions (top-level units) whose facts an {@link Role#EDITOR} changes
 * @param via how the request showed who it is
 */
public record Principal(String name, Set<Role> roles, Set<String> regions, Via via) {

    /** An anonymous reader: may read everything and change nothing. */
    public static final Principal ANONYMOUS = new Principal(null, Set.of(), Set.of(), Via.NONE);

    public Principal {
        Objects.requireNonNull(via, "via");
        if ((name == null) != (via == Via.NONE)) {
            throw new IllegalArgumentException("a principal has a name exactly when it showed who it is");
        }
        EnumSet<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(roles);
        held.remove(Role.READER);
        roles = Collections.unmodifiableSet(held);
        regions = Collections.unmodifiableSet(new TreeSet<>(regions));
    }

    public boolean isAnonymous() {
        return via == Via.NONE;
    }

    /**
     * Tells whether this principal may change a fact of the given region: an editor of that region
     * may; a national fact (null) only a national editor may change. Administrators administer
     * accounts; they change facts only through an editing role they also hold.
     *
     * @param regionIdOrNull the id of the region the fact belongs to, or null for a national fact
     */
    public boolean mayEdit(String regionIdOrNull) {
        if (regionIdOrNull == null) {
            return roles.contains(Role.NATIONAL_EDITOR);
        }
        return roles.contains(Role.EDITOR) && regions.contains(regionIdOrNull);
    }

    /** Tells whether this principal may add and disable accounts and give roles. */
    public boolean mayAdminister() {
        return roles.contains(Role.ADMIN);
    }

    /** Returns the codes of the roles held, {@code reader} alone when none. */
    public Set<String> roleCodes() {
        Set<String> codes = new java.util.LinkedHashSet<>();
        if (roles.isEmpty()) {
            codes.add(Role.READER.code());
        }
        roles.forEach(r -> codes.add(r.code()));
        return codes;
    }
}
