package se.regionkarta.dataset.model;

import java.util.List;
import java.util.function.Function;
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
 * One kind of fact in a {@link Dataset}: its name (used as the section name in data files, as the
 * kind column in the store and in exports), its Java type and where a dataset keeps it.
 *
 * @param name the section name, for example {@code units}
 */
public record FactKind<T extends Identified>(String name, Class<T> type, Function<Dataset, List<T>> part) {

    public static final FactKind<Source> SOURCE = new FactKind<>("sources", Source.class, Dataset::sources);
    public static final FactKind<Metric> METRIC = new FactKind<>("metrics", Metric.class, Dataset::metrics);
    public static final FactKind<Party> PARTY = new FactKind<>("parties", Party.class, Dataset::parties);
    public static final FactKind<Term> TERM = new FactKind<>("terms", Term.class, Dataset::terms);
    public static final FactKind<Unit> UNIT = new FactKind<>("units", Unit.class, Dataset::units);
    public static final FactKind<Post> POST = new FactKind<>("posts", Post.class, Dataset::posts);
    public static final FactKind<CoordinationGroup> COORDINATION_GROUP =
            new FactKind<>("coordination_groups", CoordinationGroup.class, Dataset::coordinationGroups);
    public static final FactKind<Body> BODY = new FactKind<>("bodies", Body.class, Dataset::bodies);
    public static final FactKind<SeatCount> SEAT = new FactKind<>("seats", SeatCount.class, Dataset::seats);
    public static final FactKind<Coalition> COALITION = new FactKind<>("coalitions", Coalition.class, Dataset::coalitions);
    public static final FactKind<Person> PERSON = new FactKind<>("persons", Person.class, Dataset::persons);
    public static final FactKind<Appointment> APPOINTMENT =
            new FactKind<>("appointments", Appointment.class, Dataset::appointments);
    public static final FactKind<HealthcareRegion> HEALTHCARE_REGION =
            new FactKind<>("healthcare_regions", HealthcareRegion.class, Dataset::healthcareRegions);
    public static final FactKind<CooperationBody> COOPERATION_BODY =
            new FactKind<>("cooperation_bodies", CooperationBody.class, Dataset::cooperationBodies);
    public static final FactKind<ProgrammeArea> PROGRAMME_AREA =
            new FactKind<>("programme_areas", ProgrammeArea.class, Dataset::programmeAreas);
    /** Decisions of the healthcare regions' joint bodies (issue 6). */
    public static final FactKind<JointDecision> DECISION =
            new FactKind<>("decisions", JointDecision.class, Dataset::decisions);
    public static final FactKind<CareChoiceScheme> CARE_CHOICE_SCHEME =
            new FactKind<>("care_choice_schemes", CareChoiceScheme.class, Dataset::careChoiceSchemes);
    /** The units residents can choose in a care-choice scheme (issue 7). */
    public static final FactKind<SchemeProvider> SCHEME_PROVIDER =
            new FactKind<>("care_choice_providers", SchemeProvider.class, Dataset::schemeProviders);
    public static final FactKind<KeyFigure> FIGURE = new FactKind<>("figures", KeyFigure.class, Dataset::figures);
    public static final FactKind<Plan> PLAN = new FactKind<>("plans", Plan.class, Dataset::plans);
    public static final FactKind<Channel> CHANNEL = new FactKind<>("channels", Channel.class, Dataset::channels);
    public static final FactKind<Claim> CLAIM = new FactKind<>("claims", Claim.class, Dataset::claims);
    public static final FactKind<ChangeEvent> EVENT = new FactKind<>("events", ChangeEvent.class, Dataset::events);

    /** Every kind, in the order facts are loaded, stored and exported (referenced kinds first). */
    public static final List<FactKind<?>> ALL = List.of(SOURCE, METRIC, PARTY, TERM, UNIT, POST, COORDINATION_GROUP,
            BODY, SEAT, COALITION, PERSON, APPOINTMENT, HEALTHCARE_REGION, COOPERATION_BODY, PROGRAMME_AREA, DECISION,
            CARE_CHOICE_SCHEME, SCHEME_PROVIDER, FIGURE, PLAN, CHANNEL, CLAIM, EVENT);

    /** Returns the facts of this kind in the dataset. */
    public List<T> of(Dataset dataset) {
        return part.apply(dataset);
    }

    /** Returns the id of a fact of this kind. */
    public String idOf(T fact) {
        return fact.id();
    }

    /** Returns the kind with the given section name. */
    public static java.util.Optional<FactKind<?>> named(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
