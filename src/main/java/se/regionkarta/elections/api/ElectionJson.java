package se.regionkarta.elections.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.regionkarta.api.Params;
import se.regionkarta.api.RequestBody;
import se.regionkarta.elections.Elections;
import se.regionkarta.elections.VotesFile;
import se.regionkarta.elections.model.ConstituencyVotes;
import se.regionkarta.elections.model.Group;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.json.Json;
import se.regionkarta.web.ErrorMapper;

/**
 * Reads the JSON bodies of the election calculations (documented in the OpenAPI document as
 * {@code AllocationRequest} and {@code CommitteeRequest}) strictly: an unknown field, a key given
 * twice, a wrong type or a value out of range is refused naming the field, as in
 * {@code constituencies[2].votes.SD}. All such problems are reported at once.
 */
public final class ElectionJson {

    private static final ObjectMapper JSON = Json.mapper().copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final long MAX_COUNT = 1_000_000_000L;
    /** At most this many problems are listed; the rest are counted. */
    private static final int SHOWN = 20;

    /** An allocation asked for in JSON; the constituencies' "lines" are their positions (1 = the first). */
    record Allocation(VotesFile votes, int seats, Integer fixedSeats, BigDecimal threshold, long seed) {
    }

    /** A committee asked for in JSON. */
    record Committee(List<Group> groups, int seats, long seed, Integer present) {
    }

    private final List<Problem> problems = new ArrayList<>();

    private ElectionJson() {
    }

    static Allocation allocation(byte[] body) {
        ElectionJson r = new ElectionJson();
        JsonNode root = RequestBody.jsonObject(body);
        r.known(root, "", Set.of("seats", "fixedSeats", "threshold", "seed", "constituencies"));
        Integer seats = r.count(root, "seats", 1, Elections.MAX_SEATS, true);
        Integer fixed = r.count(root, "fixedSeats", 1, Elections.MAX_SEATS, false);
        BigDecimal threshold = r.percent(root, "threshold");
        long seed = r.seed(root);
        List<ConstituencyVotes> constituencies = new ArrayList<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        JsonNode list = r.array(root, "constituencies");
        for (int i = 0; i < list.size(); i++) {
            ConstituencyVotes c = r.constituency(list.get(i), "constituencies[" + i + "]");
            if (c != null && positions.putIfAbsent(c.name(), i + 1) != null) {
                r.add("constituencies[" + i + "].name", "constituency " + c.name() + " appears twice");
            } else if (c != null) {
                constituencies.add(c);
            }
        }
        r.requireSeatBasis(constituencies);
        r.finish();
        return new Allocation(new VotesFile(constituencies, positions, ErrorMapper.BODY, "constituencies"), seats, fixed, threshold,
                seed);
    }

    static Committee committee(byte[] body) {
        ElectionJson r = new ElectionJson();
        JsonNode root = RequestBody.jsonObject(body);
        r.known(root, "", Set.of("seats", "seed", "present", "groups"));
        Integer seats = r.count(root, "seats", 1, Elections.MAX_SEATS, true);
        Integer present = r.count(root, "present", 1, 100_000, false);
        long seed = r.seed(root);
        List<Group> groups = new ArrayList<>();
        JsonNode list = r.array(root, "groups");
        for (int i = 0; i < list.size(); i++) {
            String at = "groups[" + i + "]";
            JsonNode g = list.get(i);
            if (!g.isObject()) {
                r.add(at, "must be an object {group, ballots, cartel}");
                continue;
            }
            r.known(g, at + ".", Set.of("group", "ballots", "cartel"));
            String name = r.text(g, "group", at, true);
            Long ballots = r.longCount(g.get("ballots"), at + ".ballots", true);
            String cartel = r.text(g, "cartel", at, false);
            if (name != null && ballots != null) {
                groups.add(new Group(name, ballots, cartel));
            }
        }
        r.finish();
        return new Committee(groups, seats, seed, present);
    }


    private ConstituencyVotes constituency(JsonNode c, String at) {
        if (!c.isObject()) {
            add(at, "must be an object {name, eligibleVoters, fixedSeats, votes}");
            return null;
        }
        int before = problems.size();
        known(c, at + ".", Set.of("name", "eligibleVoters", "fixedSeats", "votes"));
        String name = text(c, "name", at, true);
        Long eligible = longCount(c.get("eligibleVoters"), at + ".eligibleVoters", false);
        Long fixed = longCount(c.get("fixedSeats"), at + ".fixedSeats", false);
        JsonNode votes = c.get("votes");
        Map<String, Long> byParty = new LinkedHashMap<>();
        if (votes == null || !votes.isObject() || votes.isEmpty()) {
            add(at + ".votes", "is required, an object of votes per party, e.g. {\"S\": 33321}");
        } else {
            votes.properties().forEach(e -> {
                if (e.getKey().isBlank()) {
                    add(at + ".votes", "a party's name must not be blank");
                }
                Long n = longCount(e.getValue(), at + ".votes." + Params.shown(e.getKey()), true);
                byParty.put(e.getKey().strip(), n == null ? 0 : n);
            });
        }
        if (problems.size() > before) {
            return null;
        }
        return new ConstituencyVotes(name, eligible, fixed == null ? null : Math.toIntExact(fixed), byParty);
    }

    /** With several constituencies, each needs its eligible voters, or all need their fixed seats (as in the CSV). */
    private void requireSeatBasis(List<ConstituencyVotes> constituencies) {
        boolean allFixed = constituencies.stream().allMatch(c -> c.fixedSeats() != null);
        for (int i = 0; i < constituencies.size() && constituencies.size() > 1 && !allFixed; i++) {
            if (constituencies.get(i).eligibleVoters() == null) {
                add("constituencies[" + i + "].eligibleVoters", "is required unless every constituency gives its fixedSeats");
                return;
            }
        }
    }

    private void known(JsonNode object, String prefix, Set<String> fields) {
        object.fieldNames().forEachRemaining(f -> {
            if (!fields.contains(f)) {
                add(prefix + Params.shown(f), "not a field here; the fields are " + String.join(", ", fields.stream()
                        .sorted().toList()));
            }
        });
    }

    private Integer count(JsonNode object, String field, int min, int max, boolean required) {
        Long n = longCount(object.get(field), field, required);
        if (n != null && (n < min || n > max)) {
            add(field, "must be a whole number from " + min + " to " + max + ", got " + n);
            return null;
        }
        return n == null ? null : n.intValue();
    }

    private Long longCount(JsonNode node, String at, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                add(at, "is required");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0 || node.longValue() > MAX_COUNT) {
            add(at, "must be a whole number from 0 to " + MAX_COUNT + ", got " + Params.shown(node.toString()));
            return null;
        }
        return node.longValue();
    }

    private BigDecimal percent(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || node.decimalValue().signum() < 0 || node.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0) {
            add(field, "must be a percentage from 0 to 100, got " + Params.shown(node.toString()));
            return null;
        }
        return node.decimalValue();
    }

    private long seed(JsonNode object) {
        JsonNode node = object.get("seed");
        if (node == null || node.isNull()) {
            return 1;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            add("seed", "must be a whole number (64-bit), got " + Params.shown(node.toString()));
            return 1;
        }
        return node.longValue();
    }

    private String text(JsonNode object, String field, String at, boolean required) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank() && !required)) {
            if (required) {
                add(at + "." + field, "is required");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            add(at + "." + field, "must be a text that is not blank");
            return null;
        }
        return node.asText().strip();
    }

    private JsonNode array(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (node == null || !node.isArray() || node.isEmpty()) {
            add(field, "is required, a list with at least one element");
            return JSON.createArrayNode();
        }
        return node;
    }

    /** Adds a problem with a field of the body, named by its path ({@code constituencies[2].votes.SD}). */
    private void add(String path, String message) {
        problems.add(new Problem(ErrorMapper.BODY, 0, path, message));
    }

    /** Refuses the body with every problem found, the first {@link #SHOWN} of them listed. */
    private void finish() {
        if (!problems.isEmpty()) {
            List<Problem> shown = new ArrayList<>(problems.subList(0, Math.min(SHOWN, problems.size())));
            if (problems.size() > SHOWN) {
                shown.add(new Problem(ErrorMapper.BODY, 0, null, "and " + (problems.size() - SHOWN) + " more"));
            }
            throw new BadInput(shown);
        }
    }
}
