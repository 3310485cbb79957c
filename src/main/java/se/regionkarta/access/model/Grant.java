package se.regionkarta.access.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roles an account is given and the regions it edits, checked together: an editor edits at
 * least one region, and only an editor is given regions.
 */
public record Grant(Set<Role> roles, Set<String> regions) {

    public Grant {
        EnumSet<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(roles);
        roles = Collections.unmodifiableSet(held);
        regions = Collections.unmodifiableSet(new TreeSet<>(regions));
        problem(roles, regions).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    /** Returns what is wrong with giving these roles and regions together, as a sentence; empty when nothing is. */
    public static Optional<String> problem(Set<Role> roles, Set<String> regions) {
        if (roles.isEmpty()) {
            return Optional.of("give a role: one of " + Role.codes());
        }
        if (roles.contains(Role.READER) && roles.size() > 1) {
            return Optional.of("reader is the role of an account that changes nothing; it cannot be given with another role");
        }
        if (roles.contains(Role.EDITOR) && regions.isEmpty()) {
            return Optional.of("an editor edits one or more regions: give each with --region ID");
        }
        if (!roles.contains(Role.EDITOR) && !regions.isEmpty()) {
            return Optional.of("only an editor is given regions; add --role editor, or leave out --region");
        }
        return Optional.empty();
    }

    /** Returns the principal of an account holding this grant. */
    public Principal principal(String name, Via via) {
        return new Principal(name, roles, regions, via);
    }

    /** Says what the grant allows, for people: {@code editor of halland, kalmar; admin}. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (Role r : roles) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(r.code());
            if (r == Role.EDITOR) {
                out.append(" of ").append(String.join(", ", new TreeSet<>(regions)));
            }
        }
        return out.toString();
    }
}
