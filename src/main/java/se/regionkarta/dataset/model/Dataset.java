package se.regionkarta.dataset.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.channels.model.Channel;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.cooperation.model.ProgrammeArea;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.figures.model.Metric;
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
 * Every fact of the registry at one moment, as plain values: what a data directory holds, what the
 * store holds, and what a snapshot is built from. {@link FactKind#ALL} lists the parts in a fixed order.
 */
public record Dataset(
        List<Source> sources,
        List<Metric> metrics,
        List<Party> parties,
        List<Term> terms,
        List<Unit> units,
        List<Post> posts,
        List<CoordinationGroup> coordinationGroups,
        List<Body> bodies,
        List<SeatCount> seats,
        List<Coalition> coalitions,
        List<Person> persons,
        List<Appointment> appointments,
        List<HealthcareRegion> healthcareRegions,
        List<CooperationBody> cooperationBodies,
        List<ProgrammeArea> programmeAreas,
        List<JointDecision> decisions,
        List<CareChoiceScheme> careChoiceSchemes,
        List<SchemeProvider> schemeProviders,
        List<KeyFigure> figures,
        List<Plan> plans,
        List<Channel> channels,
        List<Claim> claims,
        List<ChangeEvent> events) {

    public Dataset {
        sources = List.copyOf(sources);
        metrics = List.copyOf(metrics);
        parties = List.copyOf(parties);
        terms = List.copyOf(terms);
        units = List.copyOf(units);
        posts = List.copyOf(posts);
        coordinationGroups = List.copyOf(coordinationGroups);
        bodies = List.copyOf(bodies);
        seats = List.copyOf(seats);
        coalitions = List.copyOf(coalitions);
        persons = List.copyOf(persons);
        appointments = List.copyOf(appointments);
        healthcareRegions = List.copyOf(healthcareRegions);
        cooperationBodies = List.copyOf(cooperationBodies);
        programmeAreas = List.copyOf(programmeAreas);
        decisions = List.copyOf(decisions);
        careChoiceSchemes = List.copyOf(careChoiceSchemes);
        schemeProviders = List.copyOf(schemeProviders);
        figures = List.copyOf(figures);
        plans = List.copyOf(plans);
        channels = List.copyOf(channels);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
    }

    public static Dataset empty() {
        return new Builder().build();
    }

    /** Returns the same dataset with other units. */
    public Dataset withUnits(List<Unit> newUnits) {
        return new Dataset(sources, metrics, parties, terms, newUnits, posts, coordinationGroups, bodies, seats, coalitions,
                persons, appointments, healthcareRegions, cooperationBodies, programmeAreas, decisions, careChoiceSchemes, schemeProviders, figures, plans,
                channels, claims, events);
    }

    /** Returns the number of facts of every kind together. */
    public int size() {
        return FactKind.ALL.stream().mapToInt(k -> k.of(this).size()).sum();
    }

    /** Collects the parts of a dataset kind by kind. */
    public static final class Builder {
        private final Map<FactKind<?>, List<?>> parts = new LinkedHashMap<>();

        /** Adds facts of one kind; the kind's type guards what may be added. */
        public <T extends Identified> Builder add(FactKind<T> kind, Collection<? extends T> facts) {
            list(kind).addAll(facts);
            return this;
        }

        public <T extends Identified> Builder add(FactKind<T> kind, T fact) {
            list(kind).add(fact);
            return this;
        }

        @SuppressWarnings("unchecked") // the map is only filled through list(kind), keyed by the kind itself
        private <T extends Identified> List<T> list(FactKind<T> kind) {
            return (List<T>) parts.computeIfAbsent(kind, k -> new ArrayList<T>());
        }

        public Dataset build() {
            return new Dataset(list(FactKind.SOURCE), list(FactKind.METRIC), list(FactKind.PARTY), list(FactKind.TERM),
                    list(FactKind.UNIT), list(FactKind.POST), list(FactKind.COORDINATION_GROUP), list(FactKind.BODY),
                    list(FactKind.SEAT), list(FactKind.COALITION), list(FactKind.PERSON), list(FactKind.APPOINTMENT),
                    list(FactKind.HEALTHCARE_REGION), list(FactKind.COOPERATION_BODY), list(FactKind.PROGRAMME_AREA),
                    list(FactKind.DECISION), list(FactKind.CARE_CHOICE_SCHEME), list(FactKind.SCHEME_PROVIDER), list(FactKind.FIGURE), list(FactKind.PLAN), list(FactKind.CHANNEL),
                    list(FactKind.CLAIM), list(FactKind.EVENT));
        }
    }
}
