package se.regionkarta.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.regionkarta.provenance.model.SourceRef;

/** The fields of one record, whether it comes from a YAML mapping or a CSV row. */
interface FieldSource {

    /** Returns the field's text, or null when it is absent or empty. */
    String get(String field);

    List<SourceRef> sources();

    /** A YAML mapping. */
    record OfEntry(Entry entry) implements FieldSource {
        @Override
        public String get(String field) {
            return entry.optText(field);
        }

        @Override
        public List<SourceRef> sources() {
            return entry.sources();
        }
    }

    /** A CSV row: sources are separated by semicolons and share the row's {@code basis}. */
    record OfRow(Map<String, String> row) implements FieldSource {
        @Override
        public String get(String field) {
            String value = row.get(field);
            return value == null || value.isBlank() ? null : value.strip();
        }

        @Override
        public List<SourceRef> sources() {
            String basisText = get("basis");
            SourceRef.Basis basis = basisText == null ? null : Entry.enumOf(basisText, SourceRef.Basis.class);
            List<SourceRef> refs = new ArrayList<>();
            String all = get("sources");
            if (all != null) {
                for (String part : all.split(";")) {
                    if (!part.isBlank()) {
                        refs.add(Entry.parseRef(part, basis));
                    }
                }
            }
            return refs;
        }
    }
}
