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
import se.regionkarta.elections.BadInput;
import se.regionkarta.elections.InputProblem;

/**
 * What a reader sent in one of the calculators' forms (elections, committees, settlement): the fields as typed (to show them again), an
 * uploaded file, and the problems found while reading them, each tied to its field. Nothing here
 * ends the request: bad input is shown beside the form.
 */
public final class CalculatorForm {

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

    private CalculatorForm(SiteRequest req) {
        this.req = req;
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
            se.regionkarta.web.Bodies.discard(ctx);
            return f;
        }
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
        return f;
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

    /** Adds the problems of a file (their messages are English, and marked so on Swedish pages). */
    public void add(BadInput bad, String field) {
        for (InputProblem p : bad.problems()) {
            problems.add(new Problem(field, p.line() > 0 ? req.t("form.line", p.line()) : null, req.english(p.message())));
        }
    }
}
