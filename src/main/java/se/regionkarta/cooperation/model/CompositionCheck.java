package se.regionkarta.cooperation.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a joint body's members against its composition rule: each member region appoints the
 * number of members and substitutes the rule says, and no one else sits in it.
 */
public final class CompositionCheck {

    private CompositionCheck() {
    }

    /**
     * Returns every way the recorded seats break the rule, empty when they keep it.
     *
     * @param memberRegions the regions of the healthcare region
     * @param seats the recorded seats: for each region, how many members and substitutes it has
     */
    public static List<String> violations(CompositionRule rule, List<String> memberRegions, Map<String, int[]> seats) {
        List<String> found = new ArrayList<>();
        Map<String, int[]> remaining = new LinkedHashMap<>(seats);
        for (String region : memberRegions) {
            int[] held = remaining.remove(region);
            int members = held == null ? 0 : held[0];
            int substitutes = held == null ? 0 : held[1];
            if (members != rule.membersFor(region)) {
                found.add(region + " has " + members + " members; the rule says " + rule.membersFor(region));
            }
            if (substitutes != rule.substitutesFor(region)) {
                found.add(region + " has " + substitutes + " substitutes; the rule says " + rule.substitutesFor(region));
            }
        }
        remaining.keySet().forEach(region -> found.add(region + " has seats but is not a member region"));
        return found;
    }

    /**
     * Returns every way the recorded totals of a body break the rule: its members (and substitutes)
     * must be the sum of what each member region appoints. A total that is not recorded (null) is not checked.
     */
    public static List<String> totals(CompositionRule rule, List<String> memberRegions, Integer members, Integer substitutes) {
        List<String> found = new ArrayList<>();
        int ruleMembers = memberRegions.stream().mapToInt(rule::membersFor).sum();
        int ruleSubstitutes = memberRegions.stream().mapToInt(rule::substitutesFor).sum();
        if (members != null && members != ruleMembers) {
            found.add("the body has " + members + " members; the rule gives " + ruleMembers + " for " + memberRegions.size()
                    + " regions");
        }
        if (substitutes != null && substitutes != ruleSubstitutes) {
            found.add("the body has " + substitutes + " substitutes; the rule gives " + ruleSubstitutes + " for "
                    + memberRegions.size() + " regions");
        }
        return found;
    }
}
