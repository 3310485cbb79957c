package se.regionkarta.elections.model;

/**
 * A group of ballots in a proportional election in an assembly or committee: the members who
 * voted for one list.
 *
 * @param ballots how many ballots the group cast
 * @param cartel the joint list (valkartell) the group belongs to, or null when it stands alone
 */
public record Group(String name, long ballots, String cartel) {

    public Group {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a group needs a name");
        }
        if (ballots < 0) {
            throw new IllegalArgumentException("group " + name + ": ballots cannot be negative");
        }
        if (cartel != null && cartel.isBlank()) {
            cartel = null;
        }
    }
}
