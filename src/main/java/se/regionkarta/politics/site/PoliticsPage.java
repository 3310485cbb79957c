package se.regionkarta.politics.site;

import gg.jte.Content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.BodyKind;
import se.regionkarta.politics.model.Role;
import se.regionkarta.politics.model.Term;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Cite;
import se.regionkarta.site.Crumb;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Link;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * A region's politics on a day: the assembly's seats as a hemicycle, majority and opposition, the
 * executive board and committees with what they govern, and the commissioners with their parties.
 *
 * @param term the term running on the day ("2022–2026"), or null when the registry knows none
 */
public record PoliticsPage(Shell shell, Txt regionName, String term, Seating seating, List<BodyView> assemblyBodies,
        List<BodyView> bodies, List<PersonRow> commissioners, List<PersonRow> oppositionCommissioners, List<Link> jointBodies,
        String regionHref, SeatEntryLink seatEntry, Content editing) implements SitePage {

    /**
     * For an editor of the region: where to enter the assembly's seats from the votes, and the term
     * whose seats were just saved (null unless the page follows a save).
     */
    public record SeatEntryLink(String href, String savedTerm) {
    }

    /** A political body with its size, what it governs, who chairs it, and its subcommittees. */
    public record BodyView(String id, Txt name, String kind, Integer members, Integer substitutes, Integer meetings,
            List<Link> governs, Txt alsoServesAs, List<PersonRow> roles, Txt description, Txt note, List<Cite> cites,
            List<BodyView> children) {
    }

    /** A politician in a role, with the party. */
    public record PersonRow(Txt name, String role, String partyId, Txt partyName, String colour) {
    }

    public static PoliticsPage build(Unit region, Snapshot s, SiteRequest req) {
        return build(region, s, req, se.regionkarta.site.Embed.NOTHING);
    }

    /** Builds the page with what editing adds to it: the forms of its bodies and appointments, and their latest changes. */
    public static PoliticsPage build(Unit region, Snapshot s, SiteRequest req, Content editing) {
        Optional<Term> term = PoliticsQueries.of(s).termOn(req.day());
        List<Body> all = PoliticsQueries.of(s).bodiesOf(region.id(), req.day());
        Optional<Body> assembly = all.stream().filter(b -> b.kind() == BodyKind.ASSEMBLY).findFirst();
        List<Appointment> roles = PoliticsQueries.of(s).appointments(region.id(), req.day());
        Seating seating = assembly.map(a -> Seating.of(a, term.orElse(null), s, req)).orElse(null);
        List<BodyView> assemblyBodies = assembly.map(a -> children(a, all, roles, s, req)).orElse(List.of());
        List<BodyView> bodies = all.stream().filter(b -> b.parentId() == null && b.kind() != BodyKind.ASSEMBLY)
                .map(b -> view(b, all, roles, s, req)).toList();
        Txt name = FactRef.unitName(region, req);
        Shell shell = Shell.of(req, new Txt(req.t("politics.title", name.text()), null), null,
                new Crumb(name, FactRef.unitHref(region, req)));
        return new PoliticsPage(shell, name, term.map(t -> t.id().replace('-', '–')).orElse(null), seating, assemblyBodies,
                bodies, people(roles, Role.COMMISSIONER, s, req), people(roles, Role.OPPOSITION_COMMISSIONER, s, req),
                JointBodies.of(region, s, req), FactRef.unitHref(region, req), seatEntry(region, assembly.isPresent(), s, req), editing);
    }

    /** The link to the form that enters the seats from the votes: only for an editor of the region, only when it has an assembly. */
    private static SeatEntryLink seatEntry(Unit region, boolean hasAssembly, Snapshot s, SiteRequest req) {
        if (!hasAssembly || !req.principal().mayEdit(region.id())) {
            return null;
        }
        String saved = req.query().getOrDefault("sparat", List.of()).stream().findFirst()
                .filter(t -> s.dataset().all(Term.class).stream().anyMatch(x -> x.id().equals(t))).map(t -> t.replace('-', '–'))
                .orElse(null);
        return new SeatEntryLink(req.href(SeatEntryPages.path(region.id())), saved);
    }

    private static List<BodyView> children(Body parent, List<Body> all, List<Appointment> roles, Snapshot s, SiteRequest req) {
        return all.stream().filter(b -> parent.id().equals(b.parentId())).map(b -> view(b, all, roles, s, req)).toList();
    }

    private static BodyView view(Body b, List<Body> all, List<Appointment> roles, Snapshot s, SiteRequest req) {
        List<Link> governs = b.governs().stream().map(id -> s.unit(id)
                .map(u -> new Link(FactRef.unitName(u, req), FactRef.unitHref(u, req), null))
                .orElse(new Link(req.swedish(id), null, null))).toList();
        List<PersonRow> chairs = roles.stream().filter(a -> b.id().equals(a.bodyId())).map(a -> person(a, s, req)).toList();
        return new BodyView(b.id(), req.data(b.name(), b.nameEn()), req.lang().pick(b.kind().swedish(), b.kind().english()),
                b.members(), b.substitutes(), b.meetingsPerYear(), governs, req.swedish(b.alsoServesAs()), chairs,
                req.data(b.description(), null), req.english(b.note()), Cite.of(b.sources(), s, req),
                children(b, all, roles, s, req));
    }

    private static List<PersonRow> people(List<Appointment> roles, Role role, Snapshot s, SiteRequest req) {
        return roles.stream().filter(a -> a.role() == role && a.bodyId() == null).map(a -> person(a, s, req)).toList();
    }

    static PersonRow person(Appointment a, Snapshot s, SiteRequest req) {
        var party = a.partyId() == null ? Optional.<se.regionkarta.politics.model.Party>empty() : PoliticsQueries.of(s).party(a.partyId());
        return new PersonRow(req.swedish(PoliticsQueries.of(s).person(a.personId()).map(p -> p.name()).orElse(a.personId())),
                req.lang().pick(a.role().swedish(), a.role().english()), a.partyId(),
                party.map(p -> req.swedish(p.name())).orElse(null), party.map(p -> p.colour()).orElse(null));
    }

    /** Returns the parties in seat-diagram order: governing parties, then the rest, then the opposition. */
    static List<String> order(List<String> byseats, List<List<String>> governing, List<List<String>> opposition) {
        Set<String> order = new LinkedHashSet<>();
        governing.forEach(order::addAll);
        List<String> oppositionParties = new ArrayList<>();
        opposition.forEach(oppositionParties::addAll);
        byseats.stream().filter(p -> !oppositionParties.contains(p)).forEach(order::add);
        order.addAll(oppositionParties);
        order.retainAll(byseats);
        return List.copyOf(order);
    }
}
