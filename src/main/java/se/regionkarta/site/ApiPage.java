package se.regionkarta.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.regionkarta.api.OpenApiDocument;
import se.regionkarta.json.Json;
import se.regionkarta.web.ProblemType;

/**
 * The API described for people, read from the OpenAPI document the API serves: every operation
 * with its parameters and answers, and one anchor per problem type ({@code #problem-<code>}).
 */
public record ApiPage(Shell shell, String title, String version, List<Para> intro, List<Tag> tags, List<Problem> problems)
        implements SitePage {

    /** A paragraph of the document's description, in runs of plain, strong and code text. */
    public record Para(List<Run> runs, String lang) {
    }

    /** A run of text; {@code kind} is {@code text}, {@code strong} or {@code code}. */
    public record Run(String kind, String text) {
    }

    /** A group of operations. */
    public record Tag(String name, Txt description, List<Operation> operations) {
    }

    /** One operation. */
    public record Operation(String anchor, String method, String path, Txt summary, List<Para> description, List<Param> params,
            List<Answer> answers) {
    }

    /** A parameter of an operation. */
    public record Param(String name, String in, boolean required, String type, Txt description, String example) {
    }

    /** A possible answer; {@code problemHref} links an error answer to its problem type. */
    public record Answer(String status, Txt description, String problemHref) {
    }

    /** A problem type the API answers with. */
    public record Problem(String code, int status, Txt title, Txt description, String uri) {
    }

    private static final ObjectMapper JSON = Json.mapper();
    private static final Pattern MARKUP = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`");

    static ApiPage build(SiteRequest req) {
        JsonNode doc = read();
        List<Tag> tags = new ArrayList<>();
        for (JsonNode tag : doc.path("tags")) {
            String name = tag.path("name").asText();
            tags.add(new Tag(name, req.english(tag.path("description").asText(null)), operations(doc, name, req)));
        }
        List<Problem> problems = Arrays.stream(ProblemType.values()).map(p -> new Problem(p.code(), p.status(),
                req.english(p.title()), req.english(p.description()), p.uri())).toList();
        return new ApiPage(Shell.of(req, req.t("api.title"), null), doc.path("info").path("title").asText("API"),
                doc.path("info").path("version").asText(""), paragraphs(doc.path("info").path("description").asText(""), req),
                tags, problems);
    }

    private static JsonNode read() {
        try {
            return JSON.readTree(OpenApiDocument.json());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    private static List<Operation> operations(JsonNode doc, String tag, SiteRequest req) {
        List<Operation> ops = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode o = op.getValue();
            boolean tagged = false;
            for (JsonNode t : o.path("tags")) {
                tagged |= t.asText().equals(tag);
            }
            if (o.isObject() && o.has("responses") && tagged) {
                ops.add(operation(doc, path.getKey(), op.getKey(), o, req));
            }
        }));
        return ops;
    }

    private static Operation operation(JsonNode doc, String path, String method, JsonNode o, SiteRequest req) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : o.path("parameters")) {
            JsonNode r = resolve(doc, p);
            params.add(new Param(r.path("name").asText(), r.path("in").asText(), r.path("required").asBoolean(false),
                    r.path("schema").path("type").asText(""), req.english(r.path("description").asText(null)),
                    r.has("example") ? r.path("example").asText() : null));
        }
        List<Answer> answers = new ArrayList<>();
        o.path("responses").properties().forEach(e -> answers.add(new Answer(e.getKey(),
                req.english(resolve(doc, e.getValue()).path("description").asText(null)),
                problemFor(e.getKey()).map(p -> "#problem-" + p.code()).orElse(null))));
        String anchor = "op-" + o.path("operationId").asText(method + path).replaceAll("[^A-Za-z0-9-]+", "-");
        return new Operation(anchor, method.toUpperCase(java.util.Locale.ROOT), path, req.english(o.path("summary").asText(null)),
                paragraphs(o.path("description").asText(""), req), params, answers);
    }

    private static Optional<ProblemType> problemFor(String status) {
        return Arrays.stream(ProblemType.values()).filter(p -> String.valueOf(p.status()).equals(status)).findFirst();
    }

    /** Follows a local {@code $ref} ({@code #/components/...}); other nodes are returned as they are. */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? doc.at(ref.substring(1)) : node;
    }

    /** Splits the description into paragraphs, keeping **strong** and `code` runs (everything else is text). */
    static List<Para> paragraphs(String text, SiteRequest req) {
        List<Para> paras = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            if (block.isBlank()) {
                continue;
            }
            List<Run> runs = new ArrayList<>();
            Matcher m = MARKUP.matcher(block);
            int at = 0;
            while (m.find()) {
                runs.add(new Run("text", block.substring(at, m.start())));
                runs.add(m.group(1) != null ? new Run("strong", m.group(1)) : new Run("code", m.group(2)));
                at = m.end();
            }
            runs.add(new Run("text", block.substring(at)));
            paras.add(new Para(runs, req.lang() == Lang.EN ? null : "en"));
        }
        return paras;
    }
}
