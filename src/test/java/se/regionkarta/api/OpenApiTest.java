package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.politics.model.BodyKind;
import se.regionkarta.registry.model.UnitKind;
import se.regionkarta.web.ProblemType;
import se.regionkarta.web.TestServer;

/** The OpenAPI document describes exactly the routes the server has, and the answers they give. */
class OpenApiTest {

    static ApiClient api;
    static JsonNode doc;

    @BeforeAll
    static void start() {
        api = new ApiClient();
        doc = api.ok("/api/v1/openapi.json");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("the served document is the resource file, an OpenAPI 3.1 document")
    void served() {
        assertThat(doc).isEqualTo(ApiClient.parse(OpenApiDocument.json()));
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.get("info").get("description").asText()).contains("asOf", "inForce", "limit", "problem");
    }

    @Test
    @DisplayName("every route the server registers is in the document with its method, and every operation in it is a route")
    void sameRoutes() {
        Set<String> routes = Examples.ALL.stream().map(r -> r.method().toLowerCase() + " " + documented(r)).collect(Collectors.toSet());
        Set<String> documented = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey())));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    @DisplayName("every documented operation answers 200 on the running server, with its path examples and its example bodies")
    void everyOperationAnswers() {
        operations().forEach((key, op) -> {
            if (isWrite(op)) {
                return; // writes need an account and a store: EditingHttpContract sends them
            }
            if (key.startsWith("get ")) {
                HttpResponse<String> r = api.get(examplePath(key.substring(4), op));
                assertThat(r.statusCode()).as(key).isEqualTo(200);
            } else {
                examplePosts(key.substring(5), op).forEach((type, r) ->
                        assertThat(r.statusCode()).as(key + " " + type + ": " + r.body()).isEqualTo(200));
            }
        });
    }

    @Test
    @DisplayName("each operation documents exactly the query and path parameters its route takes")
    void sameParameters() {
        for (Route route : Examples.ALL) {
            JsonNode op = operation(route);
            List<String> query = new ArrayList<>();
            List<String> path = new ArrayList<>();
            op.get("parameters").forEach(p -> {
                String in = resolve(p).get("in").asText();
                if (!in.equals("header")) {
                    (in.equals("query") ? query : path).add(resolve(p).get("name").asText());
                }
            });

            assertThat(query).as(route.path()).containsExactlyInAnyOrderElementsOf(route.parameters());
            assertThat(path).as(route.path()).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(documented(route).split("/")).filter(s -> s.startsWith("{")).map(s -> s.substring(1, s.length() - 1)).toList());
        }
    }

    @Test
    @DisplayName("each calculation documents exactly the media types of the bodies its route reads, each with an example")
    void sameBodies() {
        for (Route route : Examples.ALL) {
            JsonNode body = operation(route).path("requestBody").path("content");
            assertThat(fieldNames(body)).as(route.path()).containsExactlyInAnyOrderElementsOf(route.consumes());
            body.forEach(content -> assertThat(content.has("example")).as(route.path()).isTrue());
        }
    }

    @Test
    @DisplayName("every operation documents its 400 and 406 problems, its 404 when it takes an id, a body's 413, 415 and 429, a write's 401, 403 and 422, a calculation's 422")
    void problemResponses() {
        operations().forEach((key, op) -> {
            JsonNode responses = op.get("responses");
            assertThat(fieldNames(responses)).as(key).contains("400", "406").containsAnyOf("200", "201");
            if (isWrite(op)) {
                assertThat(fieldNames(responses)).as(key).contains("401", "403", "415", "422");
            }
            if (key.contains("{")) {
                assertThat(fieldNames(responses)).as(key).contains("404");
            }
            if (key.startsWith("post ")) {
                assertThat(fieldNames(responses)).as(key).contains("415");
            }
            if (op.has("requestBody")) { // issue 13: every body has a size limit and every calculation or write a rate limit
                assertThat(fieldNames(responses)).as(key).contains("413", "429");
            }
            if (op.has("requestBody") && !isWrite(op)) { // and every calculation limits on what it takes
                assertThat(fieldNames(responses)).as(key).contains("422");
            }
        });
    }

    @Test
    @DisplayName("the problem schema lists every problem type's URI and code")
    void problemTypes() {
        JsonNode problem = doc.get("components").get("schemas").get("Problem").get("properties");

        assertThat(texts(problem.get("type").get("enum")))
                .containsExactlyElementsOf(Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList());
        assertThat(texts(problem.get("code").get("enum")))
                .containsExactlyElementsOf(Arrays.stream(ProblemType.values()).map(ProblemType::code).toList());
    }

    @Test
    @DisplayName("the documented kinds are the registry's kinds, in the JSON and in the kind parameters")
    void kinds() {
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(texts(schemas.get("UnitKind").get("enum")))
                .containsExactlyElementsOf(Arrays.stream(UnitKind.values()).map(Enum::name).toList());
        assertThat(texts(schemas.get("BodyKind").get("enum")))
                .containsExactlyElementsOf(Arrays.stream(BodyKind.values()).map(Enum::name).toList());
        assertThat(texts(queryParameter("/api/v1/units", "kind").get("schema").get("enum")))
                .containsExactlyElementsOf(Arrays.stream(UnitKind.values()).map(Params::kebab).toList());
        assertThat(texts(queryParameter("/api/v1/bodies", "kind").get("schema").get("enum")))
                .containsExactlyElementsOf(Arrays.stream(BodyKind.values()).map(Params::kebab).toList());
    }

    @Test
    @DisplayName("every answer matches the schema the document gives for it, every field documented")
    void answersMatchSchemas() {
        Map<String, List<String>> errors = new TreeMap<>();
        operations().forEach((key, op) -> {
            if (isWrite(op)) {
                return; // EditingHttpContract checks the answers to writes
            }
            JsonNode schema = op.get("responses").get("200").get("content").get("application/json").get("schema");
            if (!schema.has("$ref")) {
                return;
            }
            Schema validator = schema(schema.get("$ref").asText());
            Map<String, JsonNode> answers = new TreeMap<>();
            if (key.startsWith("get ")) {
                richPaths(key.substring(4), op).forEach(path -> answers.put(path, api.ok(path)));
            } else {
                examplePosts(key.substring(5), op).forEach((type, r) -> answers.put(key + " " + type, ApiClient.parse(r.body())));
            }
            answers.forEach((what, answer) -> {
                List<Error> found = validator.validate(answer);
                if (!found.isEmpty()) {
                    errors.put(what, found.stream().limit(5).map(Error::toString).toList());
                }
            });
        });
        assertThat(errors).isEmpty();
    }

    @Test
    @DisplayName("answers from a server over a real store (a change feed with changes, units with recorded) match their schemas")
    void storeAnswersMatchSchemas(@TempDir Path home) {
        try (TestServer server = TestServer.startWithStore(home)) {
            Map<String, String> answers = Map.of("/api/v1/changes?limit=500", "#/components/schemas/ChangeFeed",
                    "/api/v1/changes?since=2000-01-01&after=3&limit=2", "#/components/schemas/ChangeFeed",
                    "/api/v1/units/kalmar.hsf", "#/components/schemas/UnitDetail",
                    "/api/v1/units/kalmar?asOf=2018-06-01", "#/components/schemas/UnitDetail");
            answers.forEach((path, ref) -> {
                HttpResponse<String> r = server.get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                JsonNode answer = ApiClient.parse(r.body());
                assertThat(schema(ref).validate(answer)).as(path).isEmpty();
                assertThat(answer.has("items") ? answer.get("items").size() > 0 : answer.has("recorded")).as(path).isTrue();
            });
        }
    }

    @Test
    @DisplayName("the example request bodies match the schemas the document gives for them")
    void requestExamplesMatchSchemas() {
        operations().forEach((key, op) -> op.path("requestBody").path("content").fields().forEachRemaining(c -> {
            JsonNode schema = c.getValue().get("schema");
            if (schema.has("$ref")) {
                assertThat(schema(schema.get("$ref").asText()).validate(c.getValue().get("example"))).as(key).isEmpty();
            }
        }));
    }

    /** Returns every operation of the document by "method path". */
    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> ops = new TreeMap<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> ops.put(m.getKey() + " "
                + p.getKey(), m.getValue())));
        return ops;
    }

    private static JsonNode operation(Route route) {
        return doc.get("paths").get(documented(route)).get(route.method().toLowerCase());
    }

    /** Returns the route's path as OpenAPI writes it: Javalin's {@code <id>} (a parameter that may hold slashes) as {@code {id}}. */
    private static String documented(Route route) {
        return route.path().replace('<', '{').replace('>', '}');
    }

    /** Tells whether an operation writes: it reads a body and needs to know who sends it. */
    private static boolean isWrite(JsonNode op) {
        return op.has("security") && op.has("requestBody");
    }

    /**
     * Posts each example body of a calculation: a CSV body with the query parameters' examples, a
     * JSON body (which carries its parameters) without them. Returns the answers by media type.
     */
    private static Map<String, HttpResponse<String>> examplePosts(String path, JsonNode op) {
        List<String> query = new ArrayList<>();
        op.get("parameters").forEach(p -> {
            JsonNode param = resolve(p);
            if (param.has("example") && !param.get("name").asText().equals("fixedSeats")) {
                query.add(param.get("name").asText() + "=" + param.get("example").asText());
            }
        });
        Map<String, HttpResponse<String>> answers = new TreeMap<>();
        op.get("requestBody").get("content").fields().forEachRemaining(c -> {
            boolean csv = c.getKey().equals("text/csv");
            JsonNode example = c.getValue().get("example");
            answers.put(c.getKey(), api.post(csv ? path + "?" + String.join("&", query) : path,
                    csv ? example.asText() : example.toString(), c.getKey()));
        });
        return answers;
    }

    @Test
    @DisplayName("problems match the problem schema")
    void problemsMatchSchema() {
        Schema problem = schema("#/components/schemas/Problem");
        for (String path : List.of("/api/v1/units?limit=0", "/api/v1/units/nothing", "/api/v1/no-such-route")) {
            HttpResponse<String> r = api.get(path);
            assertThat(problem.validate(ApiClient.parse(r.body()))).as(path).isEmpty();
        }
    }

    /** Returns the operation's path with each path parameter and each required query parameter set to its example. */
    private static String examplePath(String template, JsonNode op) {
        String path = template;
        List<String> query = new ArrayList<>();
        for (JsonNode p : op.get("parameters")) {
            JsonNode param = resolve(p);
            if (param.get("in").asText().equals("path")) {
                path = path.replace("{" + param.get("name").asText() + "}", param.get("example").asText());
            } else if (param.path("required").asBoolean()) {
                query.add(param.get("name").asText() + "=" + param.get("example").asText());
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** Returns paths that make the operation answer with much of what it can say: all items, on a day with data. */
    private static List<String> richPaths(String template, JsonNode op) {
        String path = examplePath(template, op);
        Set<String> names = new HashSet<>();
        op.get("parameters").forEach(p -> names.add(resolve(p).get("name").asText()));
        String joiner = path.contains("?") ? "&" : "?";
        if (names.contains("limit") && !template.endsWith("/search")) {
            path = path + joiner + "limit=500";
            joiner = "&";
        }
        List<String> paths = new ArrayList<>(List.of(path));
        if (names.contains("asOf")) {
            paths.add(path + joiner + "asOf=2025-06-01");
            paths.add(path + joiner + "asOf=2018-06-01");
        }
        return paths;
    }

    /** Returns a validator for one schema of the document, its references resolved within the document. */
    private static Schema schema(String ref) {
        String defs = doc.get("components").get("schemas").toString().replace("#/components/schemas/", "#/$defs/");
        ObjectNode root = ApiClient.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", ApiClient.parse(defs));
        root.put("$ref", ref.replace("#/components/schemas/", "#/$defs/"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
    }

    private static JsonNode queryParameter(String path, String name) {
        for (JsonNode p : doc.get("paths").get(path).get("get").get("parameters")) {
            if (resolve(p).get("name").asText().equals(name)) {
                return resolve(p);
            }
        }
        throw new AssertionError("no parameter " + name + " on " + path);
    }

    private static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        JsonNode target = doc;
        for (String part : node.get("$ref").asText().substring(2).split("/")) {
            target = target.get(part);
        }
        return target;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
