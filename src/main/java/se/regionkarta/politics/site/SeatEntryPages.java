package se.regionkarta.politics.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.editing.Writing;
import se.regionkarta.elections.ElectionReport;
import se.regionkarta.elections.Elections;
import se.regionkarta.elections.VotesFile;
import se.regionkarta.json.Json;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.BodyKind;
import se.regionkarta.politics.model.Party;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.Crumb;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.RegionPath;
import se.regionkarta.site.Shell;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.store.StaleWrite;
import se.regionkarta.web.Authentication;
import se.regionkarta.web.Authorization;
import se.regionkarta.web.ProblemType;
import se.regionkarta.web.WebServer;

/**
 * Entering an assembly's seats for a term from the votes (issue 12; docs/editing.md, "Mandat från
 * röster"). An editor of the region opens the form, types the votes per party (per constituency
 * where there are several), and gets the seats as the election engine computes them
 * ({@link Elections#allocateSeats}: the same arithmetic as the calculator at {@code /val}); saving
 * writes one seat count per party in one write citing the source the editor names. The form
 * carries the versions of the seats it showed, so that seats someone else saved meanwhile are
 * shown as a collision, never overwritten.
 */
public final class SeatEntryPages implements WebServer.RouteGroup {

    static final String PATH = "/region/{id}/politik/mandat";
    private static final String TEMPLATE = "politics/seat-entry";
    /** The lot that decides ties, as the calculator's default. */
    private static final long SEED = 1;
    /** The id of the computed seats on the page, which a problem with them points at. */
    static final String RESULT = "resultat";

    private final Site site;
    private final Writing writing;

    public SeatEntryPages(Site site, Writing writing) {
        this.site = site;
        this.writing = writing;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(PATH, site.bounds().rates().before(se.regionkarta.web.RateLimits.Kind.WRITE));
        routes.get(PATH, this::show);
        routes.post(PATH, this::send);
    }

    /** Returns the address of the form for a region. */
    static String path(String regionId) {
        return PATH.replace("{id}", regionId);
    }

    private void show(Context ctx) {
        SiteRequest req = site.request(ctx);
        Snapshot s = site.snapshot();
        Unit region = RegionPath.region(ctx, req, s);
        if (Authentication.principal(ctx).isAnonymous()) {
            ctx.redirect(req.loginHref(), HttpStatus.SEE_OTHER);
            return;
        }
        Authorization.requireEditor(ctx, region.id());
        Body assembly = assembly(ctx, req, s, region);
        List<String> parties = parties(s, assembly);
        Term term = defaultTerm(s, assembly, req);
        Map<String, String> start = new LinkedHashMap<>();
        start.put(SeatEntryForm.SEATS, assembly.members() == null ? "" : String.valueOf(assembly.members()));
        start.put(SeatEntryForm.TERM, term == null ? "" : term.id());
        start.put(SeatEntryForm.COUNT, String.valueOf(SeatEntryForm.count(ctx.queryParam(SeatEntryForm.COUNT))));
        start.put(SeatEntryForm.READ, read(s, assembly, start.get(SeatEntryForm.TERM)));
        CalculatorForm form = CalculatorForm.of(req, start);
        site.render(ctx, TEMPLATE, page(req, s, region, assembly, parties, form, null, null));
    }

    private void send(Context ctx) {
        SiteRequest req = site.request(ctx);
        Snapshot s = site.snapshot();
        Unit region = RegionPath.region(ctx, req, s);
        Authorization.requireEditor(ctx, region.id());
        Body assembly = assembly(ctx, req, s, region);
        List<String> parties = parties(s, assembly);
        int count = SeatEntryForm.count(ctx.formParam(SeatEntryForm.COUNT));
        CalculatorForm form = CalculatorForm.read(ctx, req, SeatEntryForm.fields(parties, count));
        form.fields().put(SeatEntryForm.COUNT, String.valueOf(count));
        String step = String.valueOf(ctx.formParam("steg"));
        form.showAgainWhenRefused(ctx, TEMPLATE, () -> page(req, s, region, assembly, parties, form, null, null));
        SeatEntryForm.Entry entry = SeatEntryForm.read(form, req, s, parties, FactRef.unitName(region, req).text());
        if (!form.get(SeatEntryForm.READ).startsWith(entry.term().id() + "|")) {
            // the editor now sees the seats stored for this term: those are what a save replaces
            form.fields().put(SeatEntryForm.READ, read(s, assembly, entry.term().id()));
        }
        ElectionReport report = Elections.allocateSeats(VotesFile.ofFile(entry.constituencies(), entry.lines(), null), entry.seats(),
                entry.fixedSeats(), null, SEED);
        String computed = checked(report);
        if (!step.equals("spara")) {
            form.fields().put(SeatEntryForm.CHECKED, computed);
            site.render(ctx, TEMPLATE, page(req, s, region, assembly, parties, form, report, null));
            return;
        }
        if (!computed.equals(form.get(SeatEntryForm.CHECKED))) {
            // the votes changed after the seats were shown: show the seats they give now, to be checked before saving
            form.fields().put(SeatEntryForm.CHECKED, computed);
            form.add(RESULT, null, new Txt(req.t("seat-entry.problem.unchecked"), null));
            ctx.status(HttpStatus.BAD_REQUEST);
            site.render(ctx, TEMPLATE, page(req, s, region, assembly, parties, form, report, null));
            return;
        }
        SeatEntryForm.checkSource(form, req, sources(s, assembly).stream().map(SeatEntryPage.Option::value).toList());
        if (assembly.members() != null && assembly.members() != entry.seats()) {
            form.add(SeatEntryForm.SEATS, null, new Txt(req.t("seat-entry.problem.members", assembly.members()), null));
        }
        form.requireOk();
        try {
            save(ctx, assembly, entry.term(), report, form, s);
        } catch (StaleWrite stale) {
            writing.catchUp();
            Snapshot now = site.snapshot();
            String stored = stored(now, assembly, entry.term().id());
            form.fields().put(SeatEntryForm.READ, read(now, assembly, entry.term().id()));
            ctx.status(HttpStatus.CONFLICT);
            site.render(ctx, TEMPLATE, page(req, now, region, assembly, parties, form, report,
                    req.t("seat-entry.collision", entry.term().id().replace('-', '–'), stored == null ? req.t("seat-entry.none") : stored)));
            return;
        }
        ctx.redirect(req.href("/region/" + region.id() + "/politik?sparat=" + entry.term().id()), HttpStatus.SEE_OTHER);
    }

    /** Writes one seat count per party with seats, and ends the stored counts of parties that no longer have any, in one write. */
    private void save(Context ctx, Body assembly, Term term, ElectionReport report, CalculatorForm form, Snapshot s) {
        List<JsonNode> facts = new ArrayList<>();
        Set<String> seated = new LinkedHashSet<>();
        for (ElectionReport.PartyLine p : report.seated()) {
            seated.add(p.party());
            ObjectNode fact = Json.mapper().createObjectNode().put("bodyId", assembly.id()).put("termId", term.id())
                    .put("partyId", p.party()).put("seats", p.total());
            fact.putArray("sources");
            facts.add(fact);
        }
        Map<String, Integer> versions = new LinkedHashMap<>();
        versionsRead(form.get(SeatEntryForm.READ), term.id()).forEach((party, v) -> versions.put(assembly.id() + "/" + term.id() + "/" + party, v));
        Set<String> served = PoliticsQueries.of(site.snapshot()).seats(assembly.id(), term.id()).stream().map(SeatCount::id)
                .collect(Collectors.toSet());
        for (String party : seated) {
            String id = assembly.id() + "/" + term.id() + "/" + party;
            if (!versions.containsKey(id) && !served.contains(id)) {
                withdrawnVersion(id).ifPresent(v -> versions.put(id, v));
            }
        }
        List<String> ending = PoliticsQueries.of(s).seats(assembly.id(), term.id()).stream().filter(c -> !seated.contains(c.partyId()))
                .map(SeatCount::id).toList();
        ObjectNode write = Json.mapper().createObjectNode();
        String chosen = form.get(SeatEntryForm.SOURCE).strip();
        if (!chosen.isEmpty()) {
            write.put("_source", chosen);
        } else {
            ObjectNode source = write.putObject("_source").put("title", form.get(SeatEntryForm.SOURCE_TITLE).strip());
            putIfGiven(source, "url", form.get(SeatEntryForm.SOURCE_URL));
            putIfGiven(source, "publisher", form.get(SeatEntryForm.SOURCE_PUBLISHER));
            putIfGiven(source, "date", form.get(SeatEntryForm.SOURCE_DATE));
        }
        putIfGiven(write, "_comment", form.get(SeatEntryForm.COMMENT));
        writing.commit(ctx, writing.writes().putAll(writing.served(), FactKind.SEAT, facts, versions, ending, write,
                SourceRef.Basis.DERIVED));
    }

    /**
     * Returns the version of a seat count that was withdrawn (a party that lost its seats in an earlier
     * correction): giving it seats again reopens that row, which the store checks against its version.
     */
    private Optional<Integer> withdrawnVersion(String id) {
        return writing.store().flatMap(st -> st.audit(FactKind.SEAT, id, 1).stream().findFirst())
                .map(e -> e.change().version()).filter(v -> v != null);
    }

    private static void putIfGiven(ObjectNode node, String member, String value) {
        if (value != null && !value.isBlank()) {
            node.put(member, value.strip());
        }
    }

    private static Body assembly(Context ctx, SiteRequest req, Snapshot s, Unit region) {
        return PoliticsQueries.of(s).bodiesOf(region.id(), req.day()).stream().filter(b -> b.kind() == BodyKind.ASSEMBLY).findFirst()
                .orElseThrow(() -> SiteRequest.problem(ctx, ProblemType.NOT_FOUND, req.t("seat-entry.no-assembly")));
    }

    /** The parties with a field of their own: those with seats in the assembly in any term, the most recent seats first. */
    static List<String> parties(Snapshot s, Body assembly) {
        PoliticsQueries q = PoliticsQueries.of(s);
        List<String> parties = new ArrayList<>();
        s.dataset().all(Term.class).stream().sorted(Comparator.comparing(Term::from).reversed())
                .forEach(t -> q.seats(assembly.id(), t.id()).forEach(c -> {
                    if (!parties.contains(c.partyId())) {
                        parties.add(c.partyId());
                    }
                }));
        return parties;
    }

    /** The term the form starts with: the first after the latest with seats recorded; else the one running today. */
    static Term defaultTerm(Snapshot s, Body assembly, SiteRequest req) {
        PoliticsQueries q = PoliticsQueries.of(s);
        List<Term> terms = s.dataset().all(Term.class).stream().sorted(Comparator.comparing(Term::from)).toList();
        Optional<Term> latest = terms.stream().filter(t -> !q.seats(assembly.id(), t.id()).isEmpty()).reduce((a, b) -> b);
        Optional<Term> next = latest.flatMap(l -> terms.stream().filter(t -> t.from().isAfter(l.from())).findFirst());
        return next.or(() -> q.termOn(req.today())).orElse(terms.isEmpty() ? null : terms.get(terms.size() - 1));
    }

    /** Returns "TERM|S:3,M:3": the versions of the seats stored for the term, which a save expects to replace. */
    private String read(Snapshot s, Body assembly, String termId) {
        return termId + "|" + PoliticsQueries.of(s).seats(assembly.id(), termId).stream()
                .map(c -> c.partyId() + ":" + writing.version(FactKind.SEAT, c.id())).collect(Collectors.joining(","));
    }

    /** Reads the versions the form carries for the term; none when they were read for another term or cannot be read. */
    static Map<String, Integer> versionsRead(String text, String termId) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        if (text == null || !text.startsWith(termId + "|")) {
            return versions;
        }
        for (String pair : text.substring(termId.length() + 1).split(",")) {
            String[] kv = pair.split(":");
            if (kv.length == 2 && kv[1].matches("[0-9]{1,9}")) {
                versions.put(kv[0], Integer.parseInt(kv[1]));
            }
        }
        return versions;
    }

    private static String checked(ElectionReport report) {
        return report.seated().stream().map(p -> p.party() + ":" + p.total()).collect(Collectors.joining(","));
    }

    /** Returns the stored seats of the term in one line, "S 24, M 12 (67)", or null when there are none. */
    static String stored(Snapshot s, Body assembly, String termId) {
        List<SeatCount> seats = PoliticsQueries.of(s).seats(assembly.id(), termId);
        if (seats.isEmpty()) {
            return null;
        }
        return seats.stream().map(c -> c.partyId() + " " + c.seats()).collect(Collectors.joining(", ")) + " ("
                + seats.stream().mapToInt(SeatCount::seats).sum() + ")";
    }

    /** The sources offered: those the assembly and its seats cite, newest first; a new one can be described instead. */
    private static List<SeatEntryPage.Option> sources(Snapshot s, Body assembly) {
        Set<String> ids = new LinkedHashSet<>();
        s.dataset().all(SeatCount.class).stream().filter(c -> c.bodyId().equals(assembly.id()))
                .sorted(Comparator.comparing(SeatCount::termId).reversed()).forEach(c -> c.sources().forEach(r -> ids.add(r.sourceId())));
        assembly.sources().forEach(r -> ids.add(r.sourceId()));
        Map<String, Source> byId = s.dataset().all(Source.class).stream().collect(Collectors.toMap(Source::id, x -> x, (a, b) -> a));
        return ids.stream().filter(byId::containsKey).map(id -> new SeatEntryPage.Option(id, byId.get(id).title())).toList();
    }

    private SeatEntryPage page(SiteRequest req, Snapshot s, Unit region, Body assembly, List<String> parties, CalculatorForm form,
            ElectionReport report, String collision) {
        Txt regionName = FactRef.unitName(region, req);
        String politics = req.href("/region/" + region.id() + "/politik");
        Shell shell = Shell.of(req, new Txt(req.t("seat-entry.title", regionName.text()), null), null,
                new Crumb(regionName, FactRef.unitHref(region, req)), new Crumb(new Txt(req.t("seat-entry.crumb"), null), politics));
        PoliticsQueries q = PoliticsQueries.of(s);
        List<SeatEntryPage.Option> terms = s.dataset().all(Term.class).stream().sorted(Comparator.comparing(Term::from))
                .map(t -> new SeatEntryPage.Option(t.id(), t.id().replace('-', '–') + " (" + Fmt.day(t.from(), req.lang()) + " – "
                        + Fmt.day(t.until(), req.lang()) + ")")).toList();
        List<SeatEntryPage.PartyField> fields = parties.stream().map(p -> new SeatEntryPage.PartyField(p,
                req.swedish(q.party(p).map(Party::name).orElse(p)))).toList();
        int count = SeatEntryForm.count(form.get(SeatEntryForm.COUNT));
        String termId = form.get(SeatEntryForm.TERM);
        return new SeatEntryPage(shell, req.href(path(region.id())), req.csrfToken(), req.data(assembly.name(), assembly.nameEn()),
                politics, terms, fields, java.util.stream.IntStream.rangeClosed(1, count).boxed().toList(), SeatEntryForm.EXTRA_PARTIES,
                sources(s, assembly), form.fields(), form.problems(), stored(s, assembly, termId), termId.replace('-', '–'),
                report == null ? null : result(report, s, req), collision);
    }

    private static SeatEntryPage.Result result(ElectionReport r, Snapshot s, SiteRequest req) {
        PoliticsQueries q = PoliticsQueries.of(s);
        List<SeatEntryPage.Row> rows = r.parties().stream().filter(ElectionReport.PartyLine::qualified)
                .map(p -> new SeatEntryPage.Row(p.party(), req.swedish(q.party(p.party()).map(Party::name).orElse(p.party())),
                        Fmt.number(p.votes(), req.lang()), Fmt.number(p.sharePercent(), req.lang()) + "\u00a0%", p.fixed(), p.adjustment(),
                        p.total()))
                .toList();
        String summary = req.t("seat-entry.summary", r.totalSeats(), r.fixedSeats(), r.adjustmentSeats(),
                Fmt.number(r.validVotes(), req.lang()));
        return new SeatEntryPage.Result(summary, rows, r.totalSeats(), r.ties().stream().anyMatch(ElectionReport.TieLine::decisive),
                checked(r));
    }
}
