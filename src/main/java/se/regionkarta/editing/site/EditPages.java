package se.regionkarta.editing.site;

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
import java.util.Set;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.editing.FactWrites;
import se.regionkarta.editing.Writing;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.history.AuditEntry;
import se.regionkarta.input.Days;
import se.regionkarta.json.Json;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Person;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.Crumb;
import se.regionkarta.site.Shell;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.store.FactRegions;
import se.regionkarta.store.StaleWrite;
import se.regionkarta.store.Store;
import se.regionkarta.web.Authorization;
import se.regionkarta.web.ProblemType;
import se.regionkarta.web.WebServer;

/**
 * The site's forms that edit facts (docs/editing.md, "Redigering på webbplatsen"):
 * {@code /redigera/{kind}/{id}} changes a fact, {@code /ny/{kind}?enhet=ID} adds a key figure or a
 * channel to a unit, {@code /avsluta/{kind}/{id}} closes a fact with its last day. Each form is built
 * from the kind's editable fields ({@link Editable}), carries the version it was read at, asks for
 * the source and a comment, and writes through {@link Writing}, which checks the editor's rights on
 * the fact's region. A form that another person's save made stale is shown again (409) with their
 * values beside this person's, and the version it now holds.
 */
public final class EditPages implements WebServer.RouteGroup {

    static final String TEMPLATE = "editing/edit";
    static final String VERSION = "_version";
    static final String SOURCE = "kalla";
    static final String SOURCE_TITLE = "kalla-titel";
    static final String SOURCE_URL = "kalla-adress";
    static final String SOURCE_PUBLISHER = "kalla-utgivare";
    static final String SOURCE_DATE = "kalla-datum";
    static final String COMMENT = "kommentar";
    static final String LAST_DAY = "sista-dag";
    static final String METRIC = "metricId";
    /** The query parameter of the page a form goes back to after saving: it then says that the change is saved. */
    public static final String SAVED = "sparat";

    private final Site site;
    private final Writing writing;

    public EditPages(Site site, Writing writing) {
        this.site = site;
        this.writing = writing;
    }

    @Override
    public void register(RoutesConfig routes) {
        io.javalin.http.Handler limit = site.bounds().rates().before(se.regionkarta.web.RateLimits.Kind.WRITE);
        routes.before("/redigera/{kind}/<id>", limit);
        routes.before("/avsluta/{kind}/<id>", limit);
        routes.before("/ny/{kind}", limit);
        routes.get("/redigera/{kind}/<id>", ctx -> editForm(ctx, false));
        routes.post("/redigera/{kind}/<id>", ctx -> edit(ctx, false));
        routes.get("/avsluta/{kind}/<id>", ctx -> editForm(ctx, true));
        routes.post("/avsluta/{kind}/<id>", ctx -> edit(ctx, true));
        routes.get("/ny/{kind}", this::newForm);
        routes.post("/ny/{kind}", this::create);
    }

    /** What a form is about: the kind, the fact as served, the region whose editors may change it. */
    private record Target(FactKind kind, Identified fact, String region) {
    }

    private Target target(Context ctx, SiteRequest req, boolean closing) {
        FactKind kind = Editable.named(ctx.pathParam("kind")).filter(k -> !closing || Editable.closes(k))
                .orElseThrow(() -> req.notFound(ctx, "edit.what-kind", ctx.pathParam("kind")));
        String id = ctx.pathParam("id");
        Identified fact = writing.find(kind, id).orElseThrow(() -> req.notFound(ctx, "edit.what", id));
        requireStore(ctx, req);
        String region = FactRegions.isNational(kind) ? null : new FactRegions(writing.served().dataset()).of(fact);
        return new Target(kind, fact, region);
    }

    private void requireStore(Context ctx, SiteRequest req) {
        if (writing.store().isEmpty()) {
            throw SiteRequest.problem(ctx, ProblemType.METHOD_NOT_ALLOWED, req.t("edit.no-store"));
        }
    }

    /** Sends an anonymous reader of a form to the login page, which comes back here; ends the request for one without rights. */
    private boolean mayOpen(Context ctx, SiteRequest req, String region) {
        if (req.principal().isAnonymous()) {
            ctx.redirect(req.loginHref(), HttpStatus.SEE_OTHER);
            return false;
        }
        Authorization.requireEditor(ctx, region);
        return true;
    }

    private void editForm(Context ctx, boolean closing) {
        SiteRequest req = site.request(ctx);
        Target t = target(ctx, req, closing);
        if (!mayOpen(ctx, req, t.region())) {
            return;
        }
        JsonNode record = Json.mapper().valueToTree(t.fact());
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : Editable.fields(t.kind(), writing.served().dataset())) {
            values.put(f.name(), Values.text(record, f.path()));
        }
        values.put(SOURCE, "");
        values.put(LAST_DAY, closing ? site.today().toString() : "");
        CalculatorForm form = CalculatorForm.of(req, values);
        site.render(ctx, TEMPLATE, page(req, t, form, writing.version(t.kind(), t.fact().id()), null, closing));
    }

    private void edit(Context ctx, boolean closing) {
        SiteRequest req = site.request(ctx);
        Target t = target(ctx, req, closing);
        Authorization.requireEditor(ctx, t.region());
        Dataset d = writing.served().dataset();
        List<Field> fields = closing ? List.of() : Editable.fields(t.kind(), d);
        CalculatorForm form = CalculatorForm.read(ctx, req, names(fields, closing, false));
        int read = readVersion(form, writing.version(t.kind(), t.fact().id()));
        if (read > writing.version(t.kind(), t.fact().id())) {
            writing.catchUp(); // another instance saved it and this one has not seen that yet
        }
        int current = writing.version(t.kind(), t.fact().id());
        form.showAgainWhenRefused(ctx, TEMPLATE, () -> page(req, t, form, read, null, closing));
        check(req, form, fields);
        ObjectNode why = Json.mapper().createObjectNode();
        source(req, form, why);
        if (closing && Days.readDay(form.get(LAST_DAY).strip()).isEmpty()) {
            form.add(LAST_DAY, null, new Txt(req.t("edit.problem.day"), null));
        }
        form.requireOk(); // every problem of the fields and the source at once, before any is turned into JSON
        ObjectNode body;
        if (closing) {
            body = Json.mapper().createObjectNode().put("until", Days.readDay(form.get(LAST_DAY).strip()).get().toString());
        } else {
            JsonNode before = Json.mapper().valueToTree(t.fact());
            body = Values.diff(before, Values.with(before, fields, form.fields()));
            if (body.isEmpty() && read == current) {
                form.add(fields.get(0).name(), null, new Txt(req.t("edit.problem.unchanged"), null));
                form.requireOk();
            }
        }
        body.setAll(why);
        if (read != current) {
            collision(ctx, req, t, form, read, current, closing);
            return;
        }
        try {
            FactWrites.Draft draft = closing ? writing.writes().close(writing.served(), t.kind(), t.fact().id(), read, body)
                    : writing.writes().patch(writing.served(), t.kind(), t.fact().id(), read, body);
            writing.commit(ctx, draft);
        } catch (StaleWrite stale) {
            writing.catchUp();
            collision(ctx, req, t, form, read, stale.currentVersion(), closing);
            return;
        }
        Identified saved = writing.find(t.kind(), t.fact().id()).orElse(t.fact());
        ctx.redirect(savedHref(req, Editable.pageOf(saved)), HttpStatus.SEE_OTHER);
    }

    private void newForm(Context ctx) {
        SiteRequest req = site.request(ctx);
        FactKind kind = newKind(ctx, req);
        Unit unit = unitOf(ctx, req);
        requireStore(ctx, req);
        if (!mayOpen(ctx, req, new FactRegions(writing.served().dataset()).of(unit))) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        names(newFields(kind, writing.served().dataset()), false, true).forEach(n -> values.put(n, ""));
        values.put("enhet", unit.id());
        site.render(ctx, TEMPLATE, newPage(req, kind, unit, CalculatorForm.of(req, values)));
    }

    private void create(Context ctx) {
        SiteRequest req = site.request(ctx);
        FactKind kind = newKind(ctx, req);
        Unit unit = unitOf(ctx, req);
        requireStore(ctx, req);
        Authorization.requireEditor(ctx, new FactRegions(writing.served().dataset()).of(unit));
        Dataset d = writing.served().dataset();
        List<Field> fields = newFields(kind, d);
        CalculatorForm form = CalculatorForm.read(ctx, req, names(fields, false, true));
        form.showAgainWhenRefused(ctx, TEMPLATE, () -> newPage(req, kind, unit, form));
        check(req, form, fields);
        ObjectNode why = Json.mapper().createObjectNode();
        source(req, form, why);
        form.requireOk();
        ObjectNode body = Values.with(Json.mapper().createObjectNode(), fields, form.fields());
        String id = newId(kind, unit, body, d);
        body.put("id", id).put("unitId", unit.id()).putArray("sources");
        body.setAll(why);
        writing.commit(ctx, writing.writes().create(writing.served(), kind, body));
        ctx.redirect(savedHref(req, "/enhet/" + unit.id()), HttpStatus.SEE_OTHER);
    }

    private static FactKind newKind(Context ctx, SiteRequest req) {
        return FactKind.named(ctx.pathParam("kind")).filter(Editable.NEW_ON_UNIT::contains)
                .orElseThrow(() -> req.notFound(ctx, "edit.what-kind", ctx.pathParam("kind")));
    }

    private Unit unitOf(Context ctx, SiteRequest req) {
        String id = ctx.method().name().equals("POST") ? ctx.formParam("enhet") : ctx.queryParam("enhet");
        return writing.find(FactKind.UNIT, id == null ? "" : id).map(Unit.class::cast)
                .orElseThrow(() -> req.notFound(ctx, "what.unit", id == null ? "" : id));
    }

    /** The fields of a new fact: a key figure also says what it measures. */
    private static List<Field> newFields(FactKind kind, Dataset d) {
        List<Field> fields = new ArrayList<>();
        if (kind == FactKind.FIGURE) {
            fields.add(Field.choice(METRIC, "edit.field.metric", true, d.all(Metric.class).stream()
                    .sorted(Comparator.comparing(Metric::label)).map(m -> new Field.Choice(m.id(), m.label(),
                            m.labelEn() == null ? m.label() : m.labelEn())).toList()));
        }
        fields.addAll(Editable.fields(kind, d));
        return fields;
    }

    /** Returns an id no fact of the kind has: the unit's id, what the fact is, and a number if needed. */
    private static String newId(FactKind kind, Unit unit, ObjectNode body, Dataset d) {
        String what = kind == FactKind.FIGURE ? body.path(METRIC).asText("figure") : "kanal-" + body.path("name").asText("");
        String slug = java.text.Normalizer.normalize(what, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^-+|-+$)", "");
        String base = unit.id() + "." + (slug.isEmpty() ? kind.section() : slug);
        base = base.length() > 180 ? base.substring(0, 180) : base;
        Set<String> taken = new java.util.HashSet<>();
        d.all(kind).forEach(f -> taken.add(f.id()));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Returns the names of a form's fields: the fact's, then the version, the source and the comment. */
    private static List<String> names(List<Field> fields, boolean closing, boolean creating) {
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.name()));
        if (closing) {
            names.add(LAST_DAY);
        }
        if (creating) {
            names.add("enhet");
        }
        names.addAll(List.of(SOURCE, SOURCE_TITLE, SOURCE_URL, SOURCE_PUBLISHER, SOURCE_DATE, COMMENT, VERSION));
        return names;
    }

    private static int readVersion(CalculatorForm form, int current) {
        String v = form.get(VERSION).strip();
        return v.matches("[0-9]{1,9}") ? Integer.parseInt(v) : current;
    }

    /** Checks each field as typed: what a fact needs, numbers, days and choices; in the page's language. */
    private static void check(SiteRequest req, CalculatorForm form, List<Field> fields) {
        for (Field f : fields) {
            String text = form.get(f.name()).strip();
            String label = req.t(f.label());
            if (text.isEmpty()) {
                if (f.required()) {
                    form.add(f.name(), null, new Txt(req.t("edit.problem.required", label), null));
                }
                continue;
            }
            boolean ok = switch (f.input()) {
                case NUMBER -> text.replace(',', '.').replace(" ", "").matches("-?[0-9]{1,15}(\\.[0-9]{1,6})?");
                case WHOLE -> text.matches("[0-9]{1,6}");
                case DATE -> isDate(text);
                case CHOICE -> f.choices().stream().anyMatch(c -> c.value().equals(text));
                case TEXT, TEXTAREA -> text.length() <= 4000;
            };
            if (!ok) {
                String key = switch (f.input()) {
                    case NUMBER -> "edit.problem.number";
                    case WHOLE -> "edit.problem.whole";
                    case DATE -> "edit.problem.date";
                    case CHOICE -> "edit.problem.choice";
                    case TEXT, TEXTAREA -> "edit.problem.long";
                };
                form.add(f.name(), null, new Txt(req.t(key, label), null));
            }
        }
    }

    private static boolean isDate(String text) {
        try {
            PartialDate.parse(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Adds the write's source and comment to the body: an existing source chosen, or a new one described. */
    private void source(SiteRequest req, CalculatorForm form, ObjectNode body) {
        String chosen = form.get(SOURCE).strip();
        if (!chosen.isEmpty()) {
            if (writing.find(FactKind.SOURCE, chosen).isEmpty()) {
                form.add(SOURCE, null, new Txt(req.t("edit.problem.source"), null));
            }
            body.put("_source", chosen);
        } else {
            String title = form.get(SOURCE_TITLE).strip();
            String url = form.get(SOURCE_URL).strip();
            String date = form.get(SOURCE_DATE).strip();
            if (title.isEmpty()) {
                form.add(SOURCE_TITLE, null, new Txt(req.t("edit.problem.source-title"), null));
            }
            if (!url.isEmpty() && !url.matches("https?://\\S+")) {
                form.add(SOURCE_URL, null, new Txt(req.t("edit.problem.url"), null));
            }
            if (!date.isEmpty() && !isDate(date)) {
                form.add(SOURCE_DATE, null, new Txt(req.t("edit.problem.date", req.t("edit.source.date")), null));
            }
            ObjectNode s = body.putObject("_source").put("title", title);
            if (!url.isEmpty()) {
                s.put("url", url);
            }
            if (!form.get(SOURCE_PUBLISHER).isBlank()) {
                s.put("publisher", form.get(SOURCE_PUBLISHER).strip());
            }
            if (!date.isEmpty()) {
                s.put("date", date);
            }
        }
        if (!form.get(COMMENT).isBlank()) {
            body.put("_comment", form.get(COMMENT).strip());
        }
    }

    /**
     * Shows the form again, 409, when someone else saved the fact after this person read it: their
     * values (with who and when) beside this person's, and the version it holds now, so that saving
     * again is a deliberate choice. Nothing was written.
     */
    private void collision(Context ctx, SiteRequest req, Target t, CalculatorForm form, int read, int current, boolean closing) {
        Store store = writing.store().orElseThrow();
        List<AuditEntry> since = store.audit(t.kind(), t.fact().id(), 50).stream()
                .filter(e -> e.change().version() == null || e.change().version() > read)
                .sorted(Comparator.comparingLong(e -> e.change().seq())).toList();
        Identified now = writing.find(t.kind(), t.fact().id()).orElse(t.fact());
        Snapshot s = site.snapshot();
        List<ChangeView> changes = new ArrayList<>();
        for (int i = since.size() - 1; i >= 0; i--) {
            changes.add(ChangeView.of(since.get(i), s, req, false));
        }
        EditPage.Collision collision = new EditPage.Collision(req.t("edit.collision"), changes);
        Target fresh = new Target(t.kind(), now, t.region());
        ctx.status(409);
        site.render(ctx, TEMPLATE, page(req, fresh, form, current, new Others(since, Json.mapper().valueToTree(now), collision),
                closing));
    }

    /** The other person's saves since this person read the fact, and the record as it is now. */
    private record Others(List<AuditEntry> since, JsonNode now, EditPage.Collision collision) {

        /** Returns what the other person saved in a field, with who and when; null when they did not change it. */
        EditPage.Theirs in(Field f, SiteRequest req, Snapshot s) {
            JsonNode first = since.isEmpty() ? null : ChangeView.tree(since.get(0).before());
            String stored = Values.text(now, f.path());
            AuditEntry by = null;
            for (AuditEntry e : since) {
                JsonNode b = ChangeView.tree(e.before());
                JsonNode a = ChangeView.tree(e.after());
                if (b == null || a == null || !Values.text(b, f.path()).equals(Values.text(a, f.path()))) {
                    by = e;
                }
            }
            if (by == null && (first == null || Values.text(first, f.path()).equals(stored))) {
                return null;
            }
            ChangeView who = by == null ? null : ChangeView.of(by, s, req, false);
            return new EditPage.Theirs(stored, who == null ? null : who.who(), who == null ? null : who.when());
        }
    }

    private EditPage page(SiteRequest req, Target t, CalculatorForm form, int version, Others others, boolean closing) {
        Dataset d = site.snapshot().dataset();
        String name = nameOf(t.fact(), d);
        List<EditPage.FieldView> fields = new ArrayList<>();
        if (!closing) {
            for (Field f : Editable.fields(t.kind(), d)) {
                EditPage.Theirs theirs = others == null ? null : others.in(f, req, site.snapshot());
                if (theirs != null) {
                    theirs = new EditPage.Theirs(shown(f, theirs.value(), req), theirs.by(), theirs.when());
                }
                fields.add(view(f, form.get(f.name()), req, theirs));
            }
        }
        String title = req.t((closing ? "edit.close-title." : "edit.title.") + t.kind().section(), name);
        String back = Editable.pageOf(t.fact());
        Shell shell = Shell.of(req, new Txt(title, null), null, new Crumb(req.swedish(name), req.href(back)));
        String base = (closing ? "/avsluta/" : "/redigera/") + t.kind().section() + "/" + t.fact().id();
        String closeHref = !closing && Editable.closes(t.kind()) ? req.href("/avsluta/" + t.kind().section() + "/" + t.fact().id()) : null;
        return new EditPage(shell, req.t(closing ? "edit.close-lead" : "edit.lead"), req.href(base), req.csrfToken(), version, fields,
                sources(t.fact(), t.region(), form.get(SOURCE), d), form, others == null ? null : others.collision(), req.href(back),
                closeHref, closing);
    }

    private EditPage newPage(SiteRequest req, FactKind kind, Unit unit, CalculatorForm form) {
        Dataset d = site.snapshot().dataset();
        List<EditPage.FieldView> fields = newFields(kind, d).stream().map(f -> view(f, form.get(f.name()), req, null)).toList();
        String title = req.t("edit.new-title." + kind.section(), unit.name());
        Shell shell = Shell.of(req, new Txt(title, null), null, new Crumb(req.swedish(unit.name()), req.href("/enhet/" + unit.id())));
        String region = new FactRegions(d).of(unit);
        return new EditPage(shell, req.t("edit.new-lead"), req.href("/ny/" + kind.section()), req.csrfToken(), 0, fields,
                sources(unit, region, form.get(SOURCE), d), form, null, req.href("/enhet/" + unit.id()), null, false);
    }

    private static EditPage.FieldView view(Field f, String value, SiteRequest req, EditPage.Theirs theirs) {
        List<EditPage.Option> options = new ArrayList<>();
        if (f.input() == Field.Input.CHOICE) {
            if (!f.required() || value.isEmpty()) {
                options.add(new EditPage.Option("", req.t("edit.choice.none"), value.isEmpty()));
            }
            f.choices().forEach(c -> options.add(new EditPage.Option(c.value(), req.lang().pick(c.swedish(), c.english()),
                    c.value().equals(value))));
        }
        String hint = switch (f.input()) {
            case DATE -> req.t("edit.hint.date");
            case NUMBER -> req.t("edit.hint.number");
            default -> null;
        };
        return new EditPage.FieldView(f.name(), req.t(f.label()), f.input(), f.required(), value, options, hint, theirs);
    }

    /** Returns a stored value as the form shows it to people: a choice by its label, nothing as "(tomt)". */
    private static String shown(Field f, String value, SiteRequest req) {
        if (value.isEmpty()) {
            return req.t("edit.empty");
        }
        return f.choices().stream().filter(c -> c.value().equals(value)).map(c -> req.lang().pick(c.swedish(), c.english()))
                .findFirst().orElse(value);
    }

    /**
     * Returns the sources to choose from: first a new one (described in the form), then those the fact
     * cites, then those the region's facts cite (every source for a national fact), by title.
     */
    private static List<EditPage.Option> sources(Identified fact, String region, String chosen, Dataset d) {
        Set<String> ids = new LinkedHashSet<>();
        if (fact instanceof Fact f) {
            f.sources().forEach(r -> ids.add(r.sourceId()));
        }
        Map<String, Source> all = new LinkedHashMap<>();
        d.all(Source.class).stream().sorted(Comparator.comparing(Source::title)).forEach(s -> all.put(s.id(), s));
        if (region == null) {
            ids.addAll(all.keySet());
        } else {
            FactRegions regions = new FactRegions(d);
            Set<String> cited = new java.util.TreeSet<>(Comparator.comparing(id -> all.containsKey(id) ? all.get(id).title() : id));
            d.facts().filter(x -> x instanceof Fact).map(x -> (Fact) x).filter(x -> region.equals(regions.of(x)))
                    .forEach(x -> x.sources().stream().map(SourceRef::sourceId).forEach(cited::add));
            ids.addAll(cited);
        }
        List<EditPage.Option> options = new ArrayList<>();
        options.add(new EditPage.Option("", "", chosen.isEmpty()));
        for (String id : ids) {
            Source s = all.get(id);
            if (s != null) {
                String label = s.title() + (s.publisher() != null ? " (" + s.publisher() + (s.published() != null ? ", "
                        + s.published() : "") + ")" : s.published() != null ? " (" + s.published() + ")" : "");
                options.add(new EditPage.Option(id, label, id.equals(chosen)));
            }
        }
        return options;
    }

    /** Returns the name a person knows a fact by. */
    static String nameOf(Identified fact, Dataset d) {
        JsonNode record = Json.mapper().valueToTree(fact);
        if (record.hasNonNull("name")) {
            return record.get("name").asText();
        }
        if (record.hasNonNull("title")) {
            return record.get("title").asText();
        }
        if (fact instanceof KeyFigure f) {
            return d.all(Metric.class).stream().filter(m -> m.id().equals(f.metricId())).map(Metric::label).findFirst()
                    .orElse(f.metricId()) + ": " + f.valueText();
        }
        if (fact instanceof Appointment a) {
            return d.all(Person.class).stream().filter(p -> p.id().equals(a.personId())).map(Person::name).findFirst()
                    .orElse(a.personId()) + ", " + a.role().swedish();
        }
        return fact.id();
    }

    private static String savedHref(SiteRequest req, String page) {
        int hash = page.indexOf('#');
        String path = hash < 0 ? page : page.substring(0, hash);
        String fragment = hash < 0 ? "#andrat" : page.substring(hash);
        return req.href(path + "?" + SAVED + "=1") + fragment;
    }
}
