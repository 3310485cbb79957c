package se.regionkarta.site;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.regionkarta.input.BadInput;

/**
 * What a reader sent in one of the calculators' forms (elections, committees, settlement): the fields as typed (to show them again), an
 * uploaded file, and the problems found while reading them, each tied to its field.
 *
 * <p>Refused input is shown beside the form without the handler catching anything: the handler puts
 * the form on the request ({@link #showAgainWhenRefused}), reads the fields (whose problems are
 * collected here, so that a bad number and a bad file are shown together), and lets the readers
 * throw {@link BadInput}; {@link SiteErrors}, the site's one answer to refused input, then shows the
 * form again with the problems collected and the refusal's, each beside its field, status 400.
 */
public final class CalculatorForm {

    /** The request attribute that holds the form to show again when the request's input is refused. */
    static final String SHOWN = "regionkarta.site.calculator-form";

    /** The largest input read, as in the API. */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Javalin reads a url-encoded form itself, and refuses (with an exception) more than this. */
    private static final long MAX_URLENCODED = 1_000_000;

    /** Returns a text resource bundled with the application: an example the form starts with. */
    public static String resource(String path) {
        try (InputStream in = CalculatorForm.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One problem with the input: the field it concerns (an element id), the line, and what is wrong. */
    public record Problem(String field, String line, Txt message) {
    }

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final SiteRequest req;
    private byte[] upload;
    /** Files sent in named file fields, by the text field they stand in for (the settlement form has two). */
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    /** The refusal this form made of the problems it collected itself, already shown as they are. */
    private BadInput own;
    /** The status the form is shown again with: 400, 413 when the input was too large, 422 when over a limit. */
    private int status = 400;

    /** A form to show again when its input is refused: the template and how to build its page (with no result). */
    record Shown(CalculatorForm form, String template, Supplier<SitePage> page) {
    }

    private CalculatorForm(SiteRequest req) {
        this.req = req;
    }

    /**
     * Puts this form on the request, so that when the input is refused the site shows the page again
     * (built by {@code page}, with no result) with every problem beside its field.
     */
    public void showAgainWhenRefused(Context ctx, String template, Supplier<SitePage> page) {
        ctx.attribute(SHOWN, new Shown(this, template, page));
    }

    /** Ends the request when a field was refused, so that the form is shown again with its problems. */
    public void requireOk() {
        if (!problems.isEmpty()) {
            own = new BadInput(problems.stream().map(p -> se.regionkarta.input.Problem.inField(p.field(), p.message().text()))
                    .toList());
            throw own;
        }
    }

    /**
     * Adds the problems of a refusal beside the fields they are in: the file or field a problem names
     * when the form has it, else the form's first field. Their messages are English, and marked so
     * on Swedish pages.
     */
    void refusedBy(BadInput bad) {
        if (bad == own) {
            return;
        }
        for (se.regionkarta.input.Problem p : bad.problems()) {
            String field = fields.containsKey(p.file()) ? p.file() : fields.containsKey(p.field()) ? p.field()
                    : fields.keySet().iterator().next();
            boolean named = p.field() != null && !p.field().equals(field) && !p.message().startsWith(p.field());
            problems.add(new Problem(field, p.line() > 0 ? req.t("form.line", p.line()) : null,
                    req.english(named ? p.field() + ": " + p.message() : p.message())));
        }
    }

    /** Returns the status to show the form again with when its input is refused (400, 413 or 422). */
    public int status() {
        return status;
    }

    /**
     * Ends the request when the input is over a limit of one request (docs/security.md): the form
     * is shown again with the message beside the field the excess names, status 422.
     */
    public void refuseOverLimit(java.util.Optional<se.regionkarta.input.Excess> excess) {
        excess.ifPresent(e -> {
            problems.add(new Problem(e.input(), null, new Txt(req.t("form.over-limit", req.t("limit.what." + e.what()),
                    Fmt.number(e.got(), req.lang()), Fmt.number(e.limit(), req.lang())), null)));
            status = Math.max(status, 422);
            requireOk();
        });
    }

    /** Returns a form holding the given values, as shown before anything is sent. */
    public static CalculatorForm of(SiteRequest req, Map<String, String> values) {
        CalculatorForm f = new CalculatorForm(req);
        f.fields.putAll(values);
        return f;
    }

    /** Reads the named fields and the file field {@code file}; too large an input is a problem, not a failure. */
    public static CalculatorForm read(Context ctx, SiteRequest req, List<String> names) {
        return read(ctx, req, names, Map.of());
    }

    /**
     * Reads the named fields, the file field {@code file}, and the named file fields, each of which
     * stands in for a text field ({@code eventsFile} for {@code events}); too large an input is a
     * problem (tied to the first field), not a failure.
     */
    public static CalculatorForm read(Context ctx, SiteRequest req, List<String> names, Map<String, String> fileFields) {
        CalculatorForm f = new CalculatorForm(req);
        long length = ctx.req().getContentLengthLong();
        boolean multipart = String.valueOf(ctx.contentType()).startsWith("multipart/form-data");
        if (length < 0 || length > MAX_BYTES + 65_536 || (!multipart && length > MAX_URLENCODED)) {
            names.forEach(n -> f.fields.put(n, ""));
            f.problems.add(new Problem(names.get(0), null, new Txt(req.t("form.too-large"), null)));
            f.status = 413;
            se.regionkarta.web.Bodies.discard(ctx);
            return f;
        }
        try {
            names.forEach(n -> f.fields.put(n, ctx.formParam(n) == null ? "" : ctx.formParam(n)));
            if (multipart) {
                f.upload = content(ctx.uploadedFile("file"));
                fileFields.forEach((fileField, textField) -> {
                    byte[] bytes = content(ctx.uploadedFile(fileField));
                    if (bytes != null) {
                        f.files.put(textField, bytes);
                    }
                });
            }
        } catch (Exception e) { // Javalin passes the servlet's checked exceptions on without declaring them
            // a multipart body that cannot be parsed (no boundary, a part cut short, no closing boundary) is the
            // sender's mistake, not the server's (issue 13): the form again, empty, with a problem
            if (!unreadableBody(e)) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            names.forEach(n -> f.fields.put(n, ""));
            f.upload = null;
            f.files.clear();
            f.problems.add(new Problem(names.get(0), null, new Txt(req.t("form.malformed"), null)));
            try {
                se.regionkarta.web.Bodies.discard(ctx);
            } catch (RuntimeException alreadyRead) {
                // nothing more to read
            }
        }
        return f;
    }

    /** Tells whether a failure came from a body the container could not parse, not from the server itself. */
    private static boolean unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException || t instanceof java.io.IOException
                    || t instanceof jakarta.servlet.ServletException) {
                return true;
            }
        }
        return false;
    }

    /** Returns a sent file's bytes (at most one more than the limit, to tell that it is too large), or null when none was sent. */
    private static byte[] content(UploadedFile file) {
        if (file == null || file.size() == 0) {
            return null;
        }
        try (InputStream in = file.content()) {
            return in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String name) {
        return fields.getOrDefault(name, "");
    }

    public Map<String, String> fields() {
        return fields;
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Returns the file sent for the text field (or the form's one file) if one was sent, else the text field's content as UTF-8. */
    public byte[] csv(String textField) {
        byte[] sent = files.containsKey(textField) ? files.get(textField) : upload;
        if (sent != null && sent.length > MAX_BYTES) {
            problems.add(new Problem(textField, null, new Txt(req.t("form.too-large"), null)));
            status = 413;
            return new byte[0];
        }
        return sent != null ? sent : get(textField).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Shows an uploaded file in the text field, so that the reader sees what was computed (and can fix it). */
    public void showUpload(String textField, String text) {
        if (upload != null || files.containsKey(textField)) {
            fields.put(textField, text);
        }
    }

    /** Adds a problem with a field, on a line where one is given. */
    public void add(String field, String line, Txt message) {
        problems.add(new Problem(field, line, message));
    }

    /** Returns a whole number from min to max; a problem when it is missing or not one (empty allowed if optional). */
    public Integer number(String name, String label, int min, int max, boolean optional) {
        String t = get(name).strip();
        if (t.isEmpty() && optional) {
            return null;
        }
        if (t.matches("[0-9]{1,9}") && Integer.parseInt(t) >= min && Integer.parseInt(t) <= max) {
            return Integer.parseInt(t);
        }
        problems.add(new Problem(name, null, new Txt(req.t("form.whole-number", req.t(label), min, max), null)));
        return null;
    }

    /** Returns a percentage (3, 2.5 or 2,5) from 0 to 100, or null when empty. */
    public BigDecimal percent(String name, String label) {
        String t = get(name).strip().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("[0-9]{1,3}(\\.[0-9]{1,6})?") && new BigDecimal(t).compareTo(BigDecimal.valueOf(100)) <= 0) {
            return new BigDecimal(t);
        }
        problems.add(new Problem(name, null, new Txt(req.t("form.percent", req.t(label)), null)));
        return null;
    }

    /** Returns the seed, 1 when empty. */
    public long seed(String name) {
        String t = get(name).strip();
        if (t.isEmpty()) {
            return 1;
        }
        if (t.matches("-?[0-9]{1,18}")) {
            return Long.parseLong(t);
        }
        problems.add(new Problem(name, null, new Txt(req.t("form.seed"), null)));
        return 1;
    }
}
