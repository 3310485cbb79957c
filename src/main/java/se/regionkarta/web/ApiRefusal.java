package se.regionkarta.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.regionkarta.input.Problem;

/**
 * Says what was wrong with a request's input the way the API always has (docs: the BadBody and
 * BadParameter answers of the OpenAPI document): a problem that names a field and no file is a
 * query or path parameter ({@code Parameter 'asOf': …}), or a header when its name is capitalised
 * as headers are ({@code Header 'Content-Type': …}); one that names a file is in the body,
 * whose readers name it {@link ErrorMapper#BODY}, or name a JSON field holding a file by that
 * field ({@code Request body, field 'prices', line 2: …}); one that names neither concerns the
 * request as a whole.
 */
final class ApiRefusal {

    private ApiRefusal() {
    }

    /** Returns the problem detail: every problem, parameters first in the order found, then the body's. */
    static String detail(List<Problem> problems) {
        List<String> parts = new ArrayList<>();
        List<Problem> body = new ArrayList<>();
        for (Problem p : problems) {
            if (p.file() != null) {
                body.add(p);
            } else if (p.field() != null) {
                String what = !p.field().isEmpty() && Character.isUpperCase(p.field().charAt(0)) ? "Header '" : "Parameter '";
                parts.add(what + p.field() + "': " + p.message());
            } else {
                parts.add(p.message());
            }
        }
        if (!body.isEmpty()) {
            parts.add(body(body));
        }
        return String.join("; ", parts);
    }

    /**
     * Returns the body's problems: all in one field of the body gives {@code Request body, field 'f'}
     * once, with its line when there is one problem; otherwise each problem names its field.
     */
    private static String body(List<Problem> problems) {
        Set<String> files = problems.stream().map(Problem::file).collect(Collectors.toCollection(LinkedHashSet::new));
        String field = files.size() == 1 && !files.contains(ErrorMapper.BODY) ? files.iterator().next() : null;
        String where = "Request body" + (field == null ? "" : ", field '" + field + "'");
        Problem first = problems.get(0);
        if (field != null && problems.size() == 1 && first.line() > 0) {
            return where + ", line " + first.line() + ": " + what(first);
        }
        return where + ": " + problems.stream()
                .map(p -> (field == null && !p.file().equals(ErrorMapper.BODY) ? "field '" + p.file() + "': " : "")
                        + (p.line() > 0 ? "line " + p.line() + ": " : "") + what(p))
                .collect(Collectors.joining("; "));
    }

    /** Returns the message, led by the field inside the body it concerns (a JSON path, a column) where it names one. */
    private static String what(Problem p) {
        return p.field() == null || p.message().startsWith(p.field()) ? p.message() : p.field() + ": " + p.message();
    }

    /**
     * Returns the problems as the {@code errors} member: each {@code {parameter|field, line, message}},
     * where {@code field} is the body's field (a JSON path, or the field holding a file) and
     * {@code line} the line in the body or in that file.
     */
    static List<Map<String, Object>> errors(List<Problem> problems) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> e = new LinkedHashMap<>();
            if (p.file() == null && p.field() != null) {
                e.put("parameter", p.field());
            } else if (p.file() != null && (!p.file().equals(ErrorMapper.BODY) || p.field() != null)) {
                String part = p.file().equals(ErrorMapper.BODY) ? null : p.file();
                e.put("field", part == null ? p.field() : p.field() == null ? part : part + "." + p.field());
            }
            if (p.line() > 0) {
                e.put("line", p.line());
            }
            e.put("message", p.message());
            errors.add(e);
        }
        return errors;
    }
}
