package se.regionkarta.politics.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.CoalitionRole;
import se.regionkarta.politics.model.Party;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.site.Cite;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Hemicycle;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * An assembly's seats in one term, its majority and opposition, drawn as a hemicycle. When the
 * seats of the running term are not recorded yet, the latest recorded term is shown and the page
 * says so plainly (as {@code bodies} does on the command line).
 *
 * @param seatsTerm the term whose seats are shown ("2022–2026"), or null when none are recorded
 * @param missing the running term whose seats are not recorded yet, or null
 * @param latestHref the politics page as of the last day of the shown term, when it is not the running one
 */
public record Seating(String id, Txt name, Integer members, Txt description, List<Cite> cites, String seatsTerm,
        String missing, String latestHref, Hemicycle diagram, List<PartyRow> parties, int total,
        List<CoalitionView> coalitions, List<Cite> seatCites) {

    /** A party's seats in the assembly. */
    public record PartyRow(String id, Txt name, String colour, int seats, String share, String side) {
    }

    /** A governing coalition or the opposition, with the seats its parties hold. */
    public record CoalitionView(String role, boolean governs, List<String> parties, int seats, Integer statedSeats,
            String period, Txt note, List<Cite> cites) {
    }

    static final String NO_COLOUR = "#767676";

    /** Returns the seats in one line, "S 24, M 12, … (67)", for the diagram's text alternative. */
    public String summary() {
        return String.join(", ", parties.stream().map(p -> p.id() + " " + p.seats()).toList()) + " (" + total + ")";
    }

    static Seating of(Body assembly, Term running, Snapshot s, SiteRequest req) {
        Term shown = running;
        List<SeatCount> seats = running == null ? List.of() : PoliticsQueries.of(s).seats(assembly.id(), running.id());
        if (seats.isEmpty()) {
            shown = latestRecorded(assembly, running == null ? req.day() : running.from(), s).orElse(null);
            seats = shown == null ? List.of() : PoliticsQueries.of(s).seats(assembly.id(), shown.id());
        }
        LocalDate asOf = shown == null ? req.day() : shown == running ? req.day() : shown.until();
        List<Coalition> coalitions = shown == null ? List.of() : PoliticsQueries.of(s).coalitions(assembly.id(), asOf);
        int total = seats.stream().mapToInt(SeatCount::seats).sum();
        Map<String, Integer> byParty = seats.stream().collect(Collectors.toMap(SeatCount::partyId, SeatCount::seats));
        List<String> order = PoliticsPage.order(seats.stream().map(SeatCount::partyId).toList(),
                ids(coalitions, true), ids(coalitions, false));
        Function<String, String> colour = p -> PoliticsQueries.of(s).party(p).map(Party::colour).filter(c -> c != null).orElse(NO_COLOUR);
        Hemicycle diagram = Hemicycle.of(order.stream().map(p -> new Hemicycle.Group(p, byParty.get(p), colour.apply(p))).toList());
        List<PartyRow> parties = order.stream().map(p -> new PartyRow(p, req.swedish(PoliticsQueries.of(s).party(p).map(Party::name).orElse(p)),
                colour.apply(p), byParty.get(p), Fmt.percent(byParty.get(p), total, req.lang()), side(p, coalitions, req))).toList();
        List<CoalitionView> views = coalitions.stream().map(c -> coalition(c, byParty, s, req)).toList();
        String missing = running != null && shown != running ? running.id().replace('-', '–') : null;
        return new Seating(assembly.id(), req.data(assembly.name(), assembly.nameEn()), assembly.members(),
                req.swedish(assembly.description()), Cite.of(assembly.sources(), s, req),
                shown == null ? null : shown.id().replace('-', '–'), missing,
                shown != null && shown != running ? req.href(req.path() + "?asOf=" + shown.until()) : null,
                diagram, parties, total, views,
                Cite.ofAll(seats.stream().map(SeatCount::sources).toList(), s, req));
    }

    /** Returns the last term that ended before the given day and has seats recorded for the body. */
    private static Optional<Term> latestRecorded(Body body, LocalDate before, Snapshot s) {
        return s.dataset().all(Term.class).stream()
                .filter(t -> t.until().isBefore(before) && !PoliticsQueries.of(s).seats(body.id(), t.id()).isEmpty())
                .reduce((first, second) -> second.until().isAfter(first.until()) ? second : first);
    }

    private static List<List<String>> ids(List<Coalition> coalitions, boolean governing) {
        List<List<String>> ids = new ArrayList<>();
        coalitions.stream().filter(c -> c.role().governs() == governing).forEach(c -> ids.add(c.partyIds()));
        return ids;
    }

    private static String side(String party, List<Coalition> coalitions, SiteRequest req) {
        return coalitions.stream().filter(c -> c.partyIds().contains(party)).findFirst()
                .map(c -> req.lang().pick(c.role().swedish(), c.role().english())).orElse("–");
    }

    private static CoalitionView coalition(Coalition c, Map<String, Integer> byParty, Snapshot s, SiteRequest req) {
        int held = c.partyIds().stream().mapToInt(p -> byParty.getOrDefault(p, 0)).sum();
        return new CoalitionView(req.lang().pick(c.role().swedish(), c.role().english()), c.role() != CoalitionRole.OPPOSITION,
                c.partyIds(), held, c.statedSeats(), Fmt.validity(c.validity(), req.texts(), req.lang()),
                req.english(c.note()), Cite.of(c.sources(), s, req));
    }
}
