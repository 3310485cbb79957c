package se.regionkarta.editing.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.history.AuditEntry;
import se.regionkarta.history.Change;
import se.regionkarta.json.Json;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Link;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * One change of the audit as a page shows it: when, who, what was done and to which fields, the
 * source and the comment.
 *
 * @param fact the fact changed, on a list of a whole region's changes; null on a fact's own page
 * @param fields the labels of the fields that differ between before and after (empty unless changed)
 * @param source the source the change cites, or null
 */
public record ChangeView(String when, String who, String action, Link fact, List<String> fields, Link source, String comment) {

    private static final ObjectMapper JSON = Json.mapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    static ChangeView of(AuditEntry e, Snapshot s, SiteRequest req, boolean naming) {
        Change c = e.change();
        ZonedDateTime at = c.at().atZoneSameInstant(req.zone());
        String when = req.t("edit.changes.when", Fmt.day(at.toLocalDate(), req.lang()), TIME.format(at));
        FactKind kind = FactKind.named(c.kind()).orElse(null);
        JsonNode before = tree(e.before());
        JsonNode after = tree(e.after());
        List<String> fields = before != null && after != null ? changedFields(kind, before, after, s, req) : List.of();
        Link source = c.sourceId() == null ? null : s.dataset().all(Source.class).stream().filter(x -> x.id().equals(c.sourceId()))
                .findFirst().map(x -> new Link(req.swedish(x.title()), req.href("/kallor/" + x.id()), null)).orElse(null);
        String action = req.t("edit.action." + (c.reverts() != null ? "revert" : c.action()));
        return new ChangeView(when, c.actor(), action, naming ? factLink(kind, c, after != null ? after : before, req) : null, fields,
                source, c.comment());
    }

    /** Returns the labels of the members that differ, in the page's language; the same label once. */
    static List<String> changedFields(FactKind kind, JsonNode before, JsonNode after, Snapshot s, SiteRequest req) {
        Set<String> members = new LinkedHashSet<>();
        for (Iterator<String> n = after.fieldNames(); n.hasNext(); ) {
            String name = n.next();
            if (!after.get(name).equals(before.get(name))) {
                members.add(name);
            }
        }
        for (Iterator<String> n = before.fieldNames(); n.hasNext(); ) {
            String name = n.next();
            if (!after.has(name)) {
                members.add(name);
            }
        }
        List<Field> fields = kind == null ? List.of() : Editable.fields(kind, s.dataset());
        Set<String> labels = new LinkedHashSet<>();
        for (String member : members) {
            String label = fields.stream().filter(f -> f.path().split("\\.")[0].equals(member)).map(Field::label).findFirst()
                    .orElse("edit.member." + member);
            String text = req.t(label);
            labels.add(text.equals(label) ? req.t("edit.member.other") : text);
        }
        return new ArrayList<>(labels);
    }

    private static Link factLink(FactKind kind, Change c, JsonNode record, SiteRequest req) {
        String name = record == null ? null : record.hasNonNull("name") ? record.get("name").asText()
                : record.hasNonNull("title") ? record.get("title").asText() : null;
        String what = req.t("edit.kind." + c.kind());
        Txt label = name == null ? new Txt(what.startsWith("edit.kind.") ? req.t("edit.member.other") : what, null)
                : req.swedish(name);
        String href = switch (kind == null ? FactKind.CLAIM : kind) {
            case UNIT -> "/enhet/" + c.id();
            case FIGURE, CHANNEL -> record != null && record.hasNonNull("unitId") ? "/enhet/" + record.get("unitId").asText() : null;
            case BODY, APPOINTMENT -> c.regionId() == null ? null : "/region/" + c.regionId() + "/politik";
            case SOURCE -> "/kallor/" + c.id();
            default -> null;
        };
        return new Link(label, href == null ? null : req.href(href), what.startsWith("edit.kind.") ? null : what);
    }

    static JsonNode tree(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store holds a record that is not JSON", e);
        }
    }
}
