package se.regionkarta.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.channels.model.Channel;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.MeasureUnit;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Party;
import se.regionkarta.politics.model.Person;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.strategy.model.Plan;
import se.regionkarta.strategy.model.PlanItem;

/**
 * Turns the facts of a snapshot into index entries, one kind at a time. Entries are handed to a
 * consumer as they are made, so that a million units never sit in memory twice.
 */
final class Entries {

    private final Snapshot snapshot;
    private final Dataset dataset;
    private final Regions regions;

    Entries(Snapshot snapshot, LocalDate today) {
        this.snapshot = snapshot;
        this.dataset = snapshot.dataset();
        this.regions = new Regions(snapshot, today);
    }

    /** Hands every searchable fact of the snapshot to {@code out}. */
    void forEach(Consumer<Entry> out) {
        // a unit that only stands in for one a source counts without naming has no name to find it by
        Set<String> standIns = dataset.all(SchemeProvider.class).stream().filter(p -> !p.named())
                .map(SchemeProvider::unitId).collect(Collectors.toSet());
        dataset.all(Unit.class).stream().filter(u -> !standIns.contains(u.id())).forEach(u -> out.accept(unit(u)));
        dataset.all(Body.class).forEach(b -> out.accept(body(b)));
        dataset.all(CooperationBody.class).forEach(b -> out.accept(cooperationBody(b)));
        dataset.all(HealthcareRegion.class).forEach(h -> out.accept(healthcareRegion(h)));
        dataset.all(CareChoiceScheme.class).forEach(s -> out.accept(scheme(s)));
        dataset.all(Plan.class).forEach(p -> out.accept(plan(p)));
        dataset.all(Channel.class).forEach(c -> out.accept(channel(c)));
        personsWithRoles().forEach(out);
        dataset.all(Source.class).forEach(s -> out.accept(source(s)));
        dataset.all(KeyFigure.class).forEach(f -> out.accept(figure(f)));
    }

    private Entry unit(Unit u) {
        String region = regions.nameFor(u.id());
        String town = u.location() == null ? null : u.location().town();
        return new Entry(FactKind.UNIT.section(), u.id(), u.name(), u.kind().swedish(), region.equals(u.name()) ? "" : region,
                List.of(u.name()), texts(u.nameEn(), u.description(), u.descriptionEn(), town, region));
    }

    private Entry body(Body b) {
        String region = regions.unitName(b.regionId());
        return new Entry(FactKind.BODY.section(), b.id(), b.name(), b.kind().swedish(), region,
                List.of(b.name()), texts(b.nameEn(), b.description(), b.alsoServesAs(), region));
    }

    private Entry cooperationBody(CooperationBody b) {
        String healthcareRegion = snapshot.get(HealthcareRegion.class, b.healthcareRegionId())
                .map(HealthcareRegion::name).orElse("");
        List<String> texts = texts(b.description(), healthcareRegion);
        texts.addAll(b.tasks());
        return new Entry(FactKind.COOPERATION_BODY.section(), b.id(), b.name(), b.kind().swedish(), healthcareRegion,
                List.of(b.name()), texts);
    }

    private Entry healthcareRegion(HealthcareRegion h) {
        List<String> texts = texts(h.nameEn(), h.description());
        texts.addAll(h.formerNames());
        texts.addAll(h.universityHospitals());
        h.members().forEach(m -> texts.add(regions.unitName(m.regionId())));
        return new Entry(FactKind.HEALTHCARE_REGION.section(), h.id(), h.name(), "sjukvårdsregion", "", List.of(h.name()), texts);
    }

    private Entry scheme(CareChoiceScheme s) {
        String region = regions.unitName(s.regionId());
        return new Entry(FactKind.CARE_CHOICE_SCHEME.section(), s.id(), s.name(), "vårdval", region,
                List.of(s.name()), texts(s.nameEn(), s.area().swedish(), s.legalBasis(), s.description(), region));
    }

    private Entry plan(Plan p) {
        String region = regions.nameFor(p.unitId());
        List<String> texts = texts(p.titleEn(), p.description(), region);
        for (PlanItem item : p.items()) {
            texts.add(item.text());
            texts.add(item.textEn());
        }
        return new Entry(FactKind.PLAN.section(), p.id(), p.title(), p.kind().swedish(), region, List.of(p.title()), texts);
    }

    private Entry channel(Channel c) {
        String region = regions.nameFor(c.unitId());
        return new Entry(FactKind.CHANNEL.section(), c.id(), c.name(), c.kind().swedish(), region, List.of(c.name()),
                texts(c.address(), c.platform(), c.audience(), c.description(), regions.unitName(c.unitId()), region));
    }

    /** Persons carry no region or party themselves: both come from their appointments. */
    private List<Entry> personsWithRoles() {
        Map<String, List<Appointment>> rolesOf = dataset.all(Appointment.class).stream()
                .collect(Collectors.groupingBy(Appointment::personId));
        List<Entry> out = new ArrayList<>();
        for (Person p : dataset.all(Person.class)) {
            Set<String> regionNames = new LinkedHashSet<>();
            List<String> texts = new ArrayList<>();
            for (Appointment a : rolesOf.getOrDefault(p.id(), List.of())) {
                regionNames.add(regions.unitName(a.regionId()));
                if (a.partyId() != null) {
                    texts.add(PoliticsQueries.of(snapshot).party(a.partyId()).map(Party::name).orElse(""));
                    texts.add(a.partyId());
                }
            }
            texts.addAll(regionNames);
            String region = String.join(", ", regionNames.stream().filter(Entry::present).toList());
            out.add(new Entry(FactKind.PERSON.section(), p.id(), p.name(), "förtroendevald", region, List.of(p.name()), texts));
        }
        return out;
    }

    private Entry source(Source s) {
        return new Entry(FactKind.SOURCE.section(), s.id(), s.title(), "källa", s.publisher(),
                List.of(s.title()), texts(s.publisher(), s.url()));
    }

    /** A figure is named by what it measures and shows its value: "Vårdplatser: 89". */
    private Entry figure(KeyFigure f) {
        String label = FigureQueries.of(snapshot).metric(f.metricId()).map(Metric::label).orElse(f.metricId());
        MeasureUnit measure = FigureQueries.of(snapshot).metric(f.metricId()).map(Metric::unit).orElse(MeasureUnit.COUNT);
        String what = f.category() == null ? label : label + " (" + f.category() + ")";
        String value = f.valueText() + (measure == MeasureUnit.COUNT ? "" : " " + measure.swedish());
        String unitName = regions.unitName(f.unitId());
        String region = regions.nameFor(f.unitId());
        String place = unitName.equals(region) || region.isEmpty() ? unitName : unitName + " · " + region;
        return new Entry(FactKind.FIGURE.section(), f.id(), what + ": " + value, "nyckeltal", place,
                List.of(label), texts(f.valueText(), f.category(), unitName, region));
    }

    /** Returns a growable list of the texts that are present. */
    private static List<String> texts(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (Entry.present(v)) {
                out.add(v);
            }
        }
        return out;
    }
}
