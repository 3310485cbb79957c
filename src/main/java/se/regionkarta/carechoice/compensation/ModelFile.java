package se.regionkarta.carechoice.compensation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionkarta.carechoice.compensation.model.AgeBand;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.carechoice.compensation.model.Ore;
import se.regionkarta.input.BadInput;

/**
 * Reads a compensation model file: YAML, described field by field in docs/carechoice.md. Every
 * problem names its line; unknown keys are refused, so that a misspelt key is not silently
 * ignored. Amounts are SEK with at most two decimals, best written in quotes ({@code "3528.00"}).
 */
public final class ModelFile {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> TOP = Set.of("model", "scheme", "illustrative", "title", "note", "sources", "versions");
    private static final Set<String> VERSION = Set.of("valid_from", "valid_until", "care_need_index", "capitation_sek_per_year",
            "fixed_sek_per_unit_month", "fixed_sek_by_unit", "visit_sek", "note");
    private static final Set<String> BAND = Set.of("ages", "sek", "female", "male", "note");
    private static final Set<String> VISITS = Set.of("listed", "other");
    private static final Pattern AGES = Pattern.compile("(\\d{1,3})(?:\\s*(?:-|–)\\s*(\\d{1,3})?|\\+)?");

    private final String file;

    private ModelFile(String file) {
        this.file = file;
    }

    /**
     * Reads the model in the file.
     *
     * @throws BadInput naming the file and the line of the first problem
     */
    public static CompensationModel read(Path path) throws IOException {
        return new ModelFile(path.toString()).parse(Files.readAllBytes(path));
    }

    /** Reads a model from the bytes of a file called {@code name}. */
    public static CompensationModel read(String name, byte[] bytes) {
        return new ModelFile(name).parse(bytes);
    }

    private CompensationModel parse(byte[] bytes) {
        JsonNode root;
        try {
            root = JsonNodes.readTree(YAML, new ByteArrayInputStream(bytes), LocationJsonNodeFactoryFactory.getInstance());
        } catch (UncheckedIOException | IllegalArgumentException e) {
            if (e.getCause() instanceof JsonProcessingException j) {
                throw Problems.refuse(file, j.getLocation() == null ? 0 : j.getLocation().getLineNr(),
                        "not valid YAML: " + j.getOriginalMessage().lines().findFirst().orElse(""));
            }
            throw Problems.refuse(file, 0, "not valid YAML: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw Problems.refuse(file, 1, "the file must be a YAML mapping with model, scheme and versions");
        }
        known(root, TOP);
        JsonNode versions = required(root, "versions");
        if (!versions.isArray() || versions.isEmpty()) {
            throw bad(versions, "versions must be a list of at least one version");
        }
        List<ModelVersion> list = new ArrayList<>();
        for (JsonNode v : versions) {
            list.add(version(v));
        }
        JsonNode illustrative = root.get("illustrative");
        if (illustrative != null && !illustrative.isBoolean()) {
            throw bad(illustrative, "illustrative must be true or false");
        }
        try {
            return new CompensationModel(text(required(root, "model")), text(required(root, "scheme")),
                    illustrative != null && illustrative.asBoolean(), root.has("title") ? text(root.get("title")) : "", list);
        } catch (IllegalArgumentException e) {
            throw bad(versions, e.getMessage());
        }
    }

    private ModelVersion version(JsonNode v) {
        if (!v.isObject()) {
            throw bad(v, "a version must be a mapping with valid_from and capitation_sek_per_year");
        }
        known(v, VERSION);
        LocalDate from = date(required(v, "valid_from"));
        LocalDate until = v.hasNonNull("valid_until") ? date(v.get("valid_until")) : null;
        JsonNode weighted = v.get("care_need_index");
        if (weighted != null && !weighted.isBoolean()) {
            throw bad(weighted, "care_need_index must be true (capitation × the home area's care need index) or false");
        }
        List<AgeBand> bands = new ArrayList<>();
        JsonNode capitation = required(v, "capitation_sek_per_year");
        if (!capitation.isArray()) {
            throw bad(capitation, "capitation_sek_per_year must be a list of age bands");
        }
        for (JsonNode band : capitation) {
            bands.add(band(band));
        }
        Map<String, Long> byUnit = new LinkedHashMap<>();
        JsonNode units = v.get("fixed_sek_by_unit");
        if (units != null) {
            if (!units.isObject()) {
                throw bad(units, "fixed_sek_by_unit must map provider ids to amounts");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = units.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                byUnit.put(e.getKey(), sek(e.getValue(), "the fixed amount of " + e.getKey()));
            }
        }
        JsonNode visits = v.get("visit_sek");
        if (visits != null) {
            if (!visits.isObject()) {
                throw bad(visits, "visit_sek must give listed and other");
            }
            known(visits, VISITS);
        }
        try {
            return new ModelVersion(from, until, weighted != null && weighted.asBoolean(), bands,
                    v.has("fixed_sek_per_unit_month") ? sek(v.get("fixed_sek_per_unit_month"), "fixed_sek_per_unit_month") : 0,
                    byUnit, visitFee(visits, "listed"), visitFee(visits, "other"));
        } catch (IllegalArgumentException e) {
            throw bad(v, e.getMessage());
        }
    }

    private AgeBand band(JsonNode band) {
        if (!band.isObject()) {
            throw bad(band, "an age band is a mapping with ages and sek (or female and male)");
        }
        known(band, BAND);
        JsonNode ages = required(band, "ages");
        Matcher m = AGES.matcher(text(ages));
        if (!m.matches()) {
            throw bad(ages, "ages is written 7, 1-4 or 85- (85 and older), got '" + text(ages) + "'");
        }
        int from = Integer.parseInt(m.group(1));
        boolean open = m.group(2) == null && !text(ages).equals(m.group(1));
        Integer to = open ? null : m.group(2) == null ? from : Integer.valueOf(m.group(2));
        boolean bySex = band.has("female") || band.has("male");
        try {
            if (bySex) {
                if (band.has("sek")) {
                    throw bad(band, "an age band gives either sek or female and male, not both");
                }
                return AgeBand.bySex(from, to, sek(required(band, "female"), "female"), sek(required(band, "male"), "male"));
            }
            return AgeBand.of(from, to, sek(required(band, "sek"), "sek"));
        } catch (IllegalArgumentException e) {
            throw bad(band, e.getMessage());
        }
    }

    private long visitFee(JsonNode visits, String kind) {
        return visits != null && visits.has(kind) ? sek(visits.get(kind), "visit_sek." + kind) : 0;
    }

    private long sek(JsonNode node, String what) {
        try {
            return Ore.parseSek(text(node), what);
        } catch (IllegalArgumentException e) {
            throw bad(node, e.getMessage());
        }
    }

    private LocalDate date(JsonNode node) {
        try {
            String text = text(node);
            if (text.length() != 10) {
                throw new DateTimeParseException("length", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(node, "a day is written YYYY-MM-DD, got '" + text(node) + "'");
        }
    }

    /** Returns a scalar as text; a number as its decimal digits (never 3.5E+3). */
    private String text(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (!node.isValueNode()) {
            throw bad(node, "expected a single value here");
        }
        return node.asText().strip();
    }

    private JsonNode required(JsonNode parent, String key) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            throw bad(parent, "'" + key + "' is missing");
        }
        return value;
    }

    private void known(JsonNode node, Set<String> keys) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw bad(node.get(key), "unknown key '" + key + "' (known here: " + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }

    private BadInput bad(JsonNode node, String message) {
        JsonLocation location = node == null ? null : JsonNodes.tokenStreamLocationOf(node);
        return Problems.refuse(file, location == null ? 0 : location.getLineNr(), message);
    }
}
