package se.regionkarta.provenance.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the topics on which claims disagree and lets a {@link ConflictPolicy} decide each. */
public final class ConflictFinder {

    private ConflictFinder() {
    }

    /**
     * Returns one conflict per topic (subject and property) whose claims give more than one value,
     * in the order the topics first appear.
     */
    public static List<Conflict> find(List<Claim> claims, ConflictPolicy policy) {
        Map<String, List<Claim>> byTopic = new LinkedHashMap<>();
        for (Claim claim : claims) {
            byTopic.computeIfAbsent(claim.topic(), k -> new ArrayList<>()).add(claim);
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (List<Claim> topic : byTopic.values()) {
            if (topic.stream().map(Claim::value).distinct().count() > 1) {
                conflicts.add(policy.decide(topic));
            }
        }
        return conflicts;
    }
}
