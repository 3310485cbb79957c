package se.regionkarta.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Iterator;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Validity;

/**
 * How the registry ends a fact without erasing it (docs/decisions/0021-closing-not-erasing-and-serialised-writes.md):
 * a fact that holds for a period is <em>closed</em> (it gets an end date and stays, as history), any
 * other is <em>withdrawn</em> (it is no longer among the registry's facts; the store keeps its last
 * record and the change log says when and why).
 */
final class Closing {

    /** What ending a fact of a kind does. */
    enum Mode { CLOSE, WITHDRAW }

    private Closing() {
    }

    /**
     * Returns how facts of a kind are ended. A new kind must say so here. Terms and events are dated
     * but withdrawn: a term's period and an event's day are what they are, and an end date written
     * because a directory no longer holds them would be false.
     */
    static Mode of(FactKind kind) {
        return switch (kind) {
            case UNIT, POST, COORDINATION_GROUP, BODY, COALITION, APPOINTMENT, HEALTHCARE_REGION, COOPERATION_BODY,
                    PROGRAMME_AREA, DECISION, CARE_CHOICE_SCHEME, SCHEME_PROVIDER, PLAN, CHANNEL -> Mode.CLOSE;
            case SOURCE, METRIC, PARTY, TERM, SEAT, PERSON, FIGURE, CLAIM, EVENT -> Mode.WITHDRAW;
        };
    }

    /** Tells whether a dated fact has ended by the day (its last day is on or before it). */
    static boolean endedBy(Identified fact, LocalDate day) {
        Validity v = ((Dated) fact).validity();
        return v.until() != null && !v.until().lastDay().isAfter(day);
    }

    /** Tells whether a dated fact begins only after the day: it never held, so there is nothing to close. */
    static boolean beginsAfter(Identified fact, LocalDate day) {
        Validity v = ((Dated) fact).validity();
        return v.from() != null && v.from().firstDay().isAfter(day);
    }

    /**
     * Returns the fact ending on the given day: its period's end set to the day, and a unit's links
     * to its parents ended with it (a link that would begin after the day is dropped). The record is
     * rebuilt through its constructor, so that every check of the model runs.
     */
    static Identified closedOn(Identified fact, LocalDate day, ObjectMapper json) {
        ObjectNode tree = json.valueToTree(fact);
        end(tree, day);
        if (tree.get("parents") instanceof ArrayNode links) {
            for (Iterator<JsonNode> it = links.elements(); it.hasNext();) {
                ObjectNode link = (ObjectNode) it.next();
                if (link.get("validity") instanceof ObjectNode v && v.hasNonNull("from")
                        && PartialDate.parse(v.get("from").asText()).firstDay().isAfter(day)) {
                    it.remove();
                } else {
                    end(link, day);
                }
            }
        }
        try {
            return json.treeToValue(tree, FactKind.of(fact).type());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot close " + FactKind.of(fact) + " '" + fact.id() + "': " + e.getOriginalMessage(), e);
        }
    }

    /** Ends the {@code validity} of a node on the day, unless it ends earlier. */
    private static void end(ObjectNode node, LocalDate day) {
        ObjectNode validity = node.get("validity") instanceof ObjectNode v ? v : node.putObject("validity");
        JsonNode until = validity.get("until");
        if (until == null || until.isNull() || PartialDate.parse(until.asText()).lastDay().isAfter(day)) {
            validity.put("until", day.toString());
        }
    }
}
