package se.regionkarta.suggestions.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.regionkarta.access.model.Principal;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.editing.FactWrites;
import se.regionkarta.editing.Writing;
import se.regionkarta.json.Json;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.FormGuard;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Lang;
import se.regionkarta.site.Crumb;
import se.regionkarta.site.Shell;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.store.FactRegions;
import se.regionkarta.store.StaleWrite;
import se.regionkarta.store.Written;
import se.regionkarta.suggestions.Suggestions;
import se.regionkarta.suggestions.model.Received;
import se.regionkarta.suggestions.model.Suggestion;
import se.regionkarta.web.Authentication;
import se.regionkarta.web.Authorization;
import se.regionkarta.web.ProblemType;
import se.regionkarta.web.WebServer;

/**
 * Suggestions from readers on the site (docs/editing.md, "Förslag från läsare"): the form every unit
 * and body page links to ({@code /forslag/enhet/ID}, {@code /forslag/organ/ID}), and the region's
 * queue where its editors accept a suggestion, writing the correction as a change that cites it, or
 * decline it with a reason ({@code /region/ID/forslag}).
 */
public final class SuggestionPages implements WebServer.RouteGroup {

    /** The kinds of fact readers make suggestions about, by the word in the address. */
    static final Map<String, FactKind> KINDS = Map.of("enhet", FactKind.UNIT, "organ", FactKind.BODY);
    /** The text fields an editor may correct, by kind, with the key of their label. */
    static final Map<FactKind, List<String>> FIELDS = Map.of(
            FactKind.UNIT, List.of("name", "nameEn", "description"),
            FactKind.BODY, List.of("name", "nameEn", "description"));
    private static final int LONGEST_VALUE = 2000;
    private static final int LONGEST_TITLE = 300;
    private static final int QUEUE_LENGTH = 200;

    private static final String FORM = "suggestions/suggest";
    private static final String DECIDE = "suggestions/decide";

    private final Site site;
    private final Authentication authentication;
    private final Optional<Suggestions> suggestions;
    private final Writing writing;
    private volatile FormToken tokens;

    public SuggestionPages(Site site, Authentication authentication, Optional<Suggestions> suggestions, Writing writing) {
        this.site = site;
        this.authentication = authentication;
        this.suggestions = suggestions;
        this.writing = writing;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/forslag/{kind}/{id}", this::form);
        routes.post("/forslag/{kind}/{id}", this::send);
        routes.get("/forslag/{kind}/{id}/tack", this::thanks);
        routes.get("/region/{id}/forslag", this::queue);
        routes.get("/region/{id}/forslag/{n}", this::decidePage);
        routes.post("/region/{id}/forslag/{n}/godta", this::accept);
        routes.post("/region/{id}/forslag/{n}/avboj", this::decline);
    }

    // ---- the reader's form

    private void form(Context ctx) {
        SiteRequest req = site.request(ctx);
        Identified fact = fact(ctx, req);
        String token = suggestions.isPresent() ? tokens().issue(ctx, factKey(fact)) : null;
        CalculatorForm form = CalculatorForm.of(req, Map.of("fel", "", "ratt", "", "kalla", "", "kontakt", ""));
        ctx.header("Cache-Control", "no-store");
        site.render(ctx, FORM, formPage(req, fact, token, form));
    }

    private void send(Context ctx) {
        SiteRequest req = site.request(ctx);
        Identified fact = fact(ctx, req);
        Suggestions store = suggestions.orElseThrow(() -> SiteRequest.problem(ctx, ProblemType.METHOD_NOT_ALLOWED,
                req.t("suggest.unavailable")));
        String token = ctx.formParam(FormToken.FIELD);
        if (!tokens().valid(ctx, token, factKey(fact))) {
            throw FormGuard.refusal(ctx);
        }
        CalculatorForm form = CalculatorForm.read(ctx, req, List.of("fel", "ratt", "kalla", "kontakt"));
        ctx.header("Cache-Control", "no-store");
        form.showAgainWhenRefused(ctx, FORM, () -> formPage(req, fact, token, form));
        required(req, form, "fel", "suggest.wrong", Suggestion.LONGEST_TEXT);
        required(req, form, "ratt", "suggest.right", Suggestion.LONGEST_TEXT);
        required(req, form, "kalla", "suggest.stated", Suggestion.LONGEST_STATED);
        if (form.get("kontakt").strip().length() > Suggestion.LONGEST_CONTACT) {
            form.add("kontakt", null, new Txt(req.t("suggest.too-long", req.t("suggest.contact"), Suggestion.LONGEST_CONTACT), null));
        }
        form.requireOk();
        FactKind kind = FactKind.of(fact);
        String contact = form.get("kontakt").strip();
        Received received = new Received(kind.section(), fact.id(), regionOf(fact), form.get("fel").strip(),
                form.get("ratt").strip(), form.get("kalla").strip(), contact.isEmpty() ? null : contact);
        Suggestions.Taking taking = store.take(received, authentication.clientAddress(ctx));
        if (taking instanceof Suggestions.Limited limited) {
            long seconds = Math.max(1, Duration.between(site.clock().instant(), limited.retryAt()).toSeconds());
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(seconds));
            site.render(ctx, "suggestions/limited", new SuggestionViews.Limited(Shell.of(req, req.t("suggest.limited.title"), null),
                    FactRef.of(fact, site.snapshot(), req), when(limited.retryAt(), req)));
            return;
        }
        ctx.redirect(req.href("/forslag/" + ctx.pathParam("kind") + "/" + fact.id() + "/tack"), HttpStatus.SEE_OTHER);
    }

    private void thanks(Context ctx) {
        SiteRequest req = site.request(ctx);
        Identified fact = fact(ctx, req);
        site.render(ctx, "suggestions/thanks", new SuggestionViews.Thanks(Shell.of(req, req.t("suggest.thanks.title"), null),
                FactRef.of(fact, site.snapshot(), req)));
    }

    private SuggestionViews.Form formPage(SiteRequest req, Identified fact, String token, CalculatorForm form) {
        FactRef ref = FactRef.of(fact, site.snapshot(), req);
        Shell shell = Shell.of(req, new Txt(req.t("suggest.title"), null), null, new Crumb(ref.title(), ref.href()));
        return new SuggestionViews.Form(shell, ref, req.href(req.path()), req.csrfToken(), token, FormView.of(form),
                suggestions.isPresent(), Suggestion.LONGEST_TEXT, Suggestion.LONGEST_STATED, Suggestion.LONGEST_CONTACT);
    }

    private static void required(SiteRequest req, CalculatorForm form, String field, String label, int longest) {
        String value = form.get(field).strip();
        if (value.isEmpty()) {
            form.add(field, null, new Txt(req.t("suggest.missing", req.t(label)), null));
        } else if (value.length() > longest) {
            form.add(field, null, new Txt(req.t("suggest.too-long", req.t(label), longest), null));
        }
    }

    /** Returns the fact the address names (a unit or a body as served now); 404 otherwise. */
    private Identified fact(Context ctx, SiteRequest req) {
        FactKind kind = KINDS.get(ctx.pathParam("kind"));
        String id = ctx.pathParam("id");
        if (kind == null) {
            throw req.notFound(ctx, "fact.fact", id);
        }
        return writing.find(kind, id).orElseThrow(() -> req.notFound(ctx, "fact." + kind.section(), id));
    }

    private String regionOf(Identified fact) {
        return new FactRegions(site.snapshot().dataset()).of(fact);
    }

    private static String factKey(Identified fact) {
        return FactKind.of(fact).section() + "/" + fact.id();
    }

    private FormToken tokens() {
        FormToken t = tokens;
        if (t == null) {
            t = new FormToken(suggestions.orElseThrow().formKey(), site.clock(), authentication);
            tokens = t;
        }
        return t;
    }

    // ---- the editors' queue

    private void queue(Context ctx) {
        SiteRequest req = site.request(ctx);
        Unit region = region(ctx, req);
        Suggestions store = store(ctx, req);
        Snapshot s = site.snapshot();
        Txt name = FactRef.unitName(region, req);
        Shell shell = Shell.of(req, new Txt(req.t("queue.title", name.text()), null), null,
                new Crumb(name, FactRef.unitHref(region, req)));
        String notice = null;
        String accepted = ctx.queryParam("godtaget");
        String declined = ctx.queryParam("avbojt");
        String change = ctx.queryParam("andring");
        if (accepted != null && accepted.matches("[0-9]{1,12}") && change != null && change.matches("[0-9]{1,12}")) {
            notice = req.t("queue.accepted", accepted, change);
        } else if (declined != null && declined.matches("[0-9]{1,12}")) {
            notice = req.t("queue.declined", declined);
        }
        List<SuggestionViews.Item> open = store.open(region.id(), QUEUE_LENGTH).stream().map(x -> item(x, s, req)).toList();
        List<SuggestionViews.Item> decided = store.decided(region.id(), 50).stream().map(x -> item(x, s, req)).toList();
        site.render(ctx, "suggestions/queue", new SuggestionViews.Queue(shell, name, open, decided, notice));
    }

    private void decidePage(Context ctx) {
        SiteRequest req = site.request(ctx);
        Unit region = region(ctx, req);
        Suggestion suggestion = suggestion(ctx, req, region);
        CalculatorForm form = CalculatorForm.of(req, acceptDefaults(suggestion, req));
        site.render(ctx, DECIDE, decide(req, region, suggestion, form, currentVersion(suggestion), null, null));
    }

    private void accept(Context ctx) {
        SiteRequest req = site.request(ctx);
        Unit region = region(ctx, req);
        Principal who = Authentication.principal(ctx);
        Suggestions store = store(ctx, req);
        Suggestion suggestion = suggestion(ctx, req, region);
        CalculatorForm form = CalculatorForm.read(ctx, req, List.of("varde", "falt", "kalla-titel", "kalla-url", "version"));
        String version = form.get("version").strip();
        form.showAgainWhenRefused(ctx, DECIDE, () -> decide(req, region, suggestion, form, version, null, null));
        if (!suggestion.isOpen()) {
            ctx.status(HttpStatus.CONFLICT);
            site.render(ctx, DECIDE, decide(req, region, suggestion, form, version, null, req.t("decide.already")));
            return;
        }
        FactKind kind = FactKind.named(suggestion.factKind()).orElseThrow();
        Optional<Identified> fact = writing.find(kind, suggestion.factId());
        List<String> fields = FIELDS.getOrDefault(kind, List.of());
        String field = form.get("falt");
        if (!fields.contains(field)) {
            form.add("falt", null, new Txt(req.t("decide.field-missing"), null));
        }
        String value = form.get("varde").strip();
        if (value.isEmpty()) {
            form.add("varde", null, new Txt(req.t("suggest.missing", req.t("decide.value")), null));
        } else if (value.length() > LONGEST_VALUE) {
            form.add("varde", null, new Txt(req.t("suggest.too-long", req.t("decide.value"), LONGEST_VALUE), null));
        } else if (fact.isPresent() && fields.contains(field) && value.equals(current(fact.get(), field))) {
            form.add("varde", null, new Txt(req.t("decide.same"), null));
        }
        String title = form.get("kalla-titel").strip();
        if (title.isEmpty()) {
            form.add("kalla-titel", null, new Txt(req.t("suggest.missing", req.t("decide.source-title")), null));
        } else if (title.length() > LONGEST_TITLE) {
            form.add("kalla-titel", null, new Txt(req.t("suggest.too-long", req.t("decide.source-title"), LONGEST_TITLE), null));
        }
        String url = form.get("kalla-url").strip();
        if (!url.isEmpty() && !url.matches("https?://\\S{1,2000}")) {
            form.add("kalla-url", null, new Txt(req.t("decide.url"), null));
        }
        if (!version.matches("[0-9]{1,9}") || fact.isEmpty()) {
            form.add("varde", null, new Txt(req.t("decide.fact-gone"), null));
        }
        form.requireOk();
        ObjectNode body = Json.mapper().createObjectNode();
        body.put(field, value);
        ObjectNode source = body.putObject("_source");
        source.put("title", title);
        if (!url.isEmpty()) {
            source.put("url", url);
        }
        source.put("publisher", "Läsare via regionkarta");
        body.put("_comment", comment(suggestion));
        FactWrites.Draft draft = writing.writes().patch(writing.served(), kind, suggestion.factId(), Integer.parseInt(version), body);
        long seq;
        try {
            seq = store.accept(suggestion.id(), who.name(), () -> lastSeq(writing.commit(ctx, draft)));
        } catch (StaleWrite stale) {
            writing.catchUp();
            ctx.status(HttpStatus.CONFLICT);
            String now = writing.find(kind, suggestion.factId()).map(f -> current(f, field)).orElse(null);
            String collision = now == null ? req.t("decide.collision-gone")
                    : req.t("decide.collision", req.t("decide.field." + field), now);
            site.render(ctx, DECIDE, decide(req, region, suggestion, form, String.valueOf(writing.version(kind, suggestion.factId())),
                    collision, null));
            return;
        } catch (Suggestions.AlreadyDecided already) {
            ctx.status(HttpStatus.CONFLICT);
            Suggestion now = store.find(suggestion.id()).orElse(suggestion);
            site.render(ctx, DECIDE, decide(req, region, now, form, version, null, req.t("decide.already")));
            return;
        }
        ctx.redirect(req.href("/region/" + region.id() + "/forslag?godtaget=" + suggestion.id() + "&andring=" + seq + "#klart"),
                HttpStatus.SEE_OTHER);
    }

    private void decline(Context ctx) {
        SiteRequest req = site.request(ctx);
        Unit region = region(ctx, req);
        Principal who = Authentication.principal(ctx);
        Suggestions store = store(ctx, req);
        Suggestion suggestion = suggestion(ctx, req, region);
        CalculatorForm form = CalculatorForm.read(ctx, req, List.of("skal"));
        CalculatorForm shown = CalculatorForm.of(req, acceptDefaults(suggestion, req));
        form.showAgainWhenRefused(ctx, DECIDE, () -> decide(req, region, suggestion, merged(req, shown, form),
                currentVersion(suggestion), null, null));
        required(req, form, "skal", "decide.reason", Suggestion.LONGEST_REASON);
        form.requireOk();
        try {
            store.decline(suggestion.id(), who.name(), form.get("skal").strip());
        } catch (Suggestions.AlreadyDecided already) {
            ctx.status(HttpStatus.CONFLICT);
            Suggestion now = store.find(suggestion.id()).orElse(suggestion);
            site.render(ctx, DECIDE, decide(req, region, now, shown, currentVersion(now), null, req.t("decide.already")));
            return;
        }
        ctx.redirect(req.href("/region/" + region.id() + "/forslag?avbojt=" + suggestion.id() + "#klart"), HttpStatus.SEE_OTHER);
    }

    /** Returns the accept form's defaults and the decline form's fields with what was typed and its problems. */
    private static CalculatorForm merged(SiteRequest req, CalculatorForm defaults, CalculatorForm sent) {
        Map<String, String> values = new LinkedHashMap<>(sent.fields());
        defaults.fields().forEach(values::putIfAbsent);
        CalculatorForm out = CalculatorForm.of(req, values);
        sent.problems().forEach(p -> out.add(p.field(), p.line(), p.message()));
        return out;
    }

    private static long lastSeq(Written written) {
        if (written.seqs().isEmpty()) {
            throw new IllegalStateException("an accepted suggestion changed nothing");
        }
        return written.seqs().get(written.seqs().size() - 1);
    }

    /** The comment of the change a suggestion becomes: its number and what the reader said is right. */
    static String comment(Suggestion s) {
        String text = "Förslag nr " + s.id() + " från en läsare: " + s.right();
        return text.length() > 3900 ? text.substring(0, 3900) + "…" : text;
    }

    private Map<String, String> acceptDefaults(Suggestion s, SiteRequest req) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("varde", "");
        values.put("falt", "name");
        String title = req.t("decide.source-default", s.id()) + (s.statedAtAddress() ? "" : ": " + s.statedAt());
        values.put("kalla-titel", title.length() > LONGEST_TITLE ? title.substring(0, LONGEST_TITLE - 1) + "…" : title);
        values.put("kalla-url", s.statedAtAddress() ? s.statedAt() : "");
        values.put("skal", "");
        return values;
    }

    private SuggestionViews.Decide decide(SiteRequest req, Unit region, Suggestion s, CalculatorForm form, String version,
            String collision, String notice) {
        SuggestionViews.Item item = item(s, site.snapshot(), req);
        Txt name = FactRef.unitName(region, req);
        String queueHref = req.href("/region/" + region.id() + "/forslag");
        Shell shell = Shell.of(req, new Txt(req.t("decide.title", s.id()), null), null,
                new Crumb(name, FactRef.unitHref(region, req)), new Crumb(new Txt(req.t("queue.short"), null), queueHref));
        List<SuggestionViews.Choice> choices = new ArrayList<>();
        FactKind kind = FactKind.named(s.factKind()).orElse(null);
        Optional<Identified> fact = kind == null ? Optional.empty() : writing.find(kind, s.factId());
        for (String f : kind == null ? List.<String>of() : FIELDS.getOrDefault(kind, List.of())) {
            choices.add(new SuggestionViews.Choice(f, req.t("decide.field." + f), fact.map(x -> current(x, f)).orElse(null),
                    f.equals(form.get("falt"))));
        }
        String base = "/region/" + region.id() + "/forslag/" + s.id();
        return new SuggestionViews.Decide(shell, item, choices, version, req.csrfToken(), req.href(base + "/godta"),
                req.href(base + "/avboj"), queueHref, FormView.of(form), collision, notice);
    }

    private SuggestionViews.Item item(Suggestion s, Snapshot snapshot, SiteRequest req) {
        FactRef fact = FactRef.of(s.factKind(), s.factId(), snapshot, req)
                .orElse(new FactRef(req.t("fact.fact"), req.swedish(s.factId()), null));
        String decision = null;
        if (!s.isOpen()) {
            decision = req.t(s.state() == Suggestion.State.ACCEPTED ? "queue.was-accepted" : "queue.was-declined",
                    s.decidedBy(), when(s.decidedAt(), req));
        }
        return new SuggestionViews.Item(s.id(), when(s.receivedAt(), req), fact, s.wrong(), s.right(), s.statedAt(),
                s.statedAtAddress(), s.contact(), s.isOpen(), decision, s.reason(), s.changeSeq(),
                s.regionId() == null ? null : req.href("/region/" + s.regionId() + "/forslag/" + s.id()));
    }

    private String currentVersion(Suggestion s) {
        return FactKind.named(s.factKind()).map(k -> String.valueOf(writing.version(k, s.factId()))).orElse("0");
    }

    /** Returns a field of a fact as the store keeps it, as text; null when it has none. */
    private static String current(Identified fact, String field) {
        JsonNode value = Json.mapper().valueToTree(fact).get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Returns the region the address names, after checking that the request may edit it (401/403 before anything else). */
    private Unit region(Context ctx, SiteRequest req) {
        String id = ctx.pathParam("id");
        Authorization.requireEditor(ctx, id);
        return site.snapshot().unit(id).filter(u -> u.kind().isTopLevel())
                .orElseThrow(() -> req.notFound(ctx, "fact.units", id));
    }

    private Suggestions store(Context ctx, SiteRequest req) {
        return suggestions.orElseThrow(() -> SiteRequest.problem(ctx, ProblemType.NOT_FOUND, req.t("suggest.unavailable")));
    }

    private Suggestion suggestion(Context ctx, SiteRequest req, Unit region) {
        String n = ctx.pathParam("n");
        Optional<Suggestion> found = n.matches("[0-9]{1,12}") ? store(ctx, req).find(Long.parseLong(n)) : Optional.empty();
        return found.filter(s -> region.id().equals(s.regionId()))
                .orElseThrow(() -> req.notFound(ctx, "queue.suggestion", n));
    }

    /** Returns a moment for people: "1 december 2026 kl. 14.05". */
    private static String when(Instant at, SiteRequest req) {
        if (at == null) {
            return null;
        }
        ZonedDateTime t = at.atZone(req.zone());
        return req.t("suggest.at", Fmt.day(t.toLocalDate(), req.lang()), t.format(DateTimeFormatter.ofPattern(req.lang() == Lang.SV ? "HH.mm" : "HH:mm")));
    }
}
