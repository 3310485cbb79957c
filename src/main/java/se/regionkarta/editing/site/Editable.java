package se.regionkarta.editing.site;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.regionkarta.channels.model.Channel;
import se.regionkarta.channels.model.ChannelKind;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Qualifier;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.BodyKind;
import se.regionkarta.politics.model.Party;
import se.regionkarta.politics.model.Role;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.provenance.model.SourceKind;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;

/**
 * The kinds of fact the site's forms edit, each with its editable fields in the order the form
 * shows them, and the page that shows a fact of the kind (where the form goes back to). The forms
 * are built from these lists; a field not listed keeps its value (the API edits every member).
 */
final class Editable {

    /** Which kinds the site edits, and the ones it also creates from a unit's page. */
    static final List<FactKind> KINDS = List.of(FactKind.UNIT, FactKind.FIGURE, FactKind.BODY, FactKind.APPOINTMENT,
            FactKind.CHANNEL, FactKind.SOURCE);
    static final List<FactKind> NEW_ON_UNIT = List.of(FactKind.FIGURE, FactKind.CHANNEL);

    private Editable() {
    }

    static boolean edits(FactKind kind) {
        return KINDS.contains(kind);
    }

    /** Tells whether facts of the kind hold for a period, so that they can be closed with a last day. */
    static boolean closes(FactKind kind) {
        return Dated.class.isAssignableFrom(kind.type());
    }

    /** Returns the editable fields of a kind; the dataset gives choices such as the parties. */
    static List<Field> fields(FactKind kind, Dataset d) {
        return switch (kind) {
            case UNIT -> List.of(
                    Field.text("name", "edit.field.name", true),
                    Field.text("nameEn", "edit.field.name-en", false),
                    Field.choice("kind", "edit.field.unit-kind", true, choices(UnitKind.values(), UnitKind::swedish, UnitKind::english)),
                    Field.choice("ownership", "edit.field.ownership", false,
                            choices(Ownership.values(), Ownership::swedish, Ownership::english)),
                    Field.text("location.town", "edit.field.town", false),
                    Field.of("description", Field.Input.TEXTAREA, "edit.field.description"),
                    Field.of("descriptionEn", Field.Input.TEXTAREA, "edit.field.description-en"));
            case FIGURE -> List.of(
                    new Field("value", Field.Input.NUMBER, "edit.field.value", true, List.of()),
                    Field.of("upperValue", Field.Input.NUMBER, "edit.field.upper-value"),
                    Field.choice("qualifier", "edit.field.qualifier", false, choices(Qualifier.values(),
                            q -> q.swedish().isEmpty() ? "exakt" : q.swedish(), q -> q == Qualifier.EXACT ? "exact"
                                    : q.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))),
                    Field.of("asOf", Field.Input.DATE, "edit.field.as-of"),
                    Field.text("category", "edit.field.category", false),
                    Field.of("note", Field.Input.TEXTAREA, "edit.field.note"));
            case BODY -> List.of(
                    Field.text("name", "edit.field.name", true),
                    Field.text("nameEn", "edit.field.name-en", false),
                    Field.choice("kind", "edit.field.body-kind", true, choices(BodyKind.values(), BodyKind::swedish, BodyKind::english)),
                    Field.of("members", Field.Input.WHOLE, "edit.field.members"),
                    Field.of("substitutes", Field.Input.WHOLE, "edit.field.substitutes"),
                    Field.of("meetingsPerYear", Field.Input.WHOLE, "edit.field.meetings"),
                    Field.of("description", Field.Input.TEXTAREA, "edit.field.description"));
            case APPOINTMENT -> List.of(
                    Field.choice("role", "edit.field.role", true, choices(Role.values(), Role::swedish, Role::english)),
                    Field.choice("partyId", "edit.field.party", false, d.all(Party.class).stream()
                            .map(p -> new Field.Choice(p.id(), p.name(), p.name())).toList()),
                    Field.of("validity.from", Field.Input.DATE, "edit.field.from"),
                    Field.of("validity.until", Field.Input.DATE, "edit.field.until"),
                    Field.of("note", Field.Input.TEXTAREA, "edit.field.note"));
            case CHANNEL -> List.of(
                    Field.text("name", "edit.field.name", true),
                    Field.choice("kind", "edit.field.channel-kind", true,
                            choices(ChannelKind.values(), ChannelKind::swedish, ChannelKind::english)),
                    Field.text("platform", "edit.field.platform", false),
                    Field.text("address", "edit.field.address", false),
                    Field.text("audience", "edit.field.audience", false),
                    Field.of("description", Field.Input.TEXTAREA, "edit.field.description"));
            case SOURCE -> List.of(
                    Field.text("title", "edit.field.title", true),
                    Field.text("publisher", "edit.field.publisher", false),
                    Field.text("url", "edit.field.url", false),
                    Field.of("published", Field.Input.DATE, "edit.field.published"),
                    Field.choice("kind", "edit.field.source-kind", true, choices(SourceKind.values(),
                            k -> SWEDISH_SOURCE_KINDS.get(k), k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))));
            default -> List.of();
        };
    }

    private static final Map<SourceKind, String> SWEDISH_SOURCE_KINDS = Map.of(SourceKind.OWN_PUBLICATION, "egen publikation",
            SourceKind.OFFICIAL_STATISTICS, "officiell statistik", SourceKind.LAW, "lag eller förordning", SourceKind.NEWS,
            "nyhet", SourceKind.SECONDARY, "andrahandskälla");

    /** Returns the address of the page that shows a fact: where a form goes back to after saving. */
    static String pageOf(Identified fact) {
        if (fact instanceof Unit u) {
            return "/enhet/" + u.id();
        }
        if (fact instanceof KeyFigure f) {
            return "/enhet/" + f.unitId();
        }
        if (fact instanceof Channel c) {
            return "/enhet/" + c.unitId();
        }
        if (fact instanceof Body b) {
            return "/region/" + b.regionId() + "/politik#" + b.id();
        }
        if (fact instanceof Appointment a) {
            return "/region/" + a.regionId() + "/politik";
        }
        return "/kallor/" + fact.id();
    }

    static Optional<FactKind> named(String section) {
        return FactKind.named(section).filter(Editable::edits);
    }

    private static <E extends Enum<E>> List<Field.Choice> choices(E[] values, Function<E, String> swedish, Function<E, String> english) {
        return Arrays.stream(values).map(v -> new Field.Choice(v.name(), swedish.apply(v), english.apply(v))).toList();
    }
}
