package se.regionkarta.dataset.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.channels.model.Channel;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.cooperation.model.ProgrammeArea;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.Party;
import se.regionkarta.politics.model.Person;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.registry.model.CoordinationGroup;
import se.regionkarta.registry.model.Post;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.strategy.model.Plan;

/**
 * Every kind of fact the registry keeps, in one list: its section name (in data files, the store's
 * kind column and the exports) and its record type. The order is the order facts are read, stored
 * and exported: kinds that others refer to come first.
 *
 * <p>Code that treats kinds differently does so in a {@code switch} expression over this enum, so
 * that a new kind is a compile error in every place that must decide what to do with it (the
 * sections that read it, the rule for "as of a day", the region it belongs to…). Java 17 cannot
 * switch exhaustively over a sealed hierarchy of records (that is Java 21), and a sealed interface
 * outside a named module must keep all its records in one package; the enum gives the same check
 * and lets each feature keep its records (docs/decisions/0016-fact-kinds-in-one-place.md).
 */
public enum FactKind {
    SOURCE("sources", Source.class),
    METRIC("metrics", Metric.class),
    PARTY("parties", Party.class),
    TERM("terms", Term.class),
    UNIT("units", Unit.class),
    POST("posts", Post.class),
    COORDINATION_GROUP("coordination_groups", CoordinationGroup.class),
    BODY("bodies", Body.class),
    SEAT("seats", SeatCount.class),
    COALITION("coalitions", Coalition.class),
    PERSON("persons", Person.class),
    APPOINTMENT("appointments", Appointment.class),
    HEALTHCARE_REGION("healthcare_regions", HealthcareRegion.class),
    COOPERATION_BODY("cooperation_bodies", CooperationBody.class),
    PROGRAMME_AREA("programme_areas", ProgrammeArea.class),
    /** Decisions of the healthcare regions' joint bodies (issue 6). */
    DECISION("decisions", JointDecision.class),
    CARE_CHOICE_SCHEME("care_choice_schemes", CareChoiceScheme.class),
    /** The units residents can choose in a care-choice scheme (issue 7). */
    SCHEME_PROVIDER("care_choice_providers", SchemeProvider.class),
    FIGURE("figures", KeyFigure.class),
    PLAN("plans", Plan.class),
    CHANNEL("channels", Channel.class),
    CLAIM("claims", Claim.class),
    EVENT("events", ChangeEvent.class);

    private static final Map<String, FactKind> BY_SECTION =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(k -> k.section, Function.identity()));
    private static final Map<Class<?>, FactKind> BY_TYPE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(k -> k.type, Function.identity()));

    private final String section;
    private final Class<? extends Identified> type;

    FactKind(String section, Class<? extends Identified> type) {
        this.section = section;
        this.type = type;
    }

    /** Returns the section name, for example {@code units}: the word data files, the store and exports use. */
    public String section() {
        return section;
    }

    /** Returns the record type of the facts of this kind. */
    public Class<? extends Identified> type() {
        return type;
    }

    /** Returns the kind with the given section name. */
    public static Optional<FactKind> named(String section) {
        return Optional.ofNullable(BY_SECTION.get(section));
    }

    /** Returns the kind whose facts are of the given record type. */
    public static FactKind of(Class<? extends Identified> type) {
        FactKind kind = BY_TYPE.get(type);
        if (kind == null) {
            throw new IllegalArgumentException(type.getName() + " is not a kind of fact");
        }
        return kind;
    }

    /** Returns the kind of a fact. */
    public static FactKind of(Identified fact) {
        return of(fact.getClass());
    }

    @Override
    public String toString() {
        return section;
    }
}
