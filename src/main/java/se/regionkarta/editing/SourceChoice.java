package se.regionkarta.editing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import se.regionkarta.input.BadInput;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceKind;

/**
 * The source a write cites: one the registry already holds, or a new one described by the writer
 * (it is stored in the same write, so the fact never points at nothing).
 *
 * @param existingId the id of a source already in the registry, or null for a new one
 * @param draft the new source without its id, or null when citing an existing one
 */
public record SourceChoice(String existingId, Source draft) {

    /** The member of a write's body that names its source. */
    public static final String MEMBER = "_source";

    public static SourceChoice existing(String id) {
        return new SourceChoice(id, null);
    }

    /**
     * A new source from what a writer tells about it.
     *
     * @param date when the document was published, as a day, month or year ({@code 2026-12-01}, {@code 2026-12}, {@code 2026})
     * @param kind the kind of document, lower case ({@code own_publication} …); null for a region's own publication
     */
    public static SourceChoice described(String title, String url, String publisher, String date, String kind, LocalDate today) {
        if (title == null || title.isBlank()) {
            throw BadInput.field(MEMBER + ".title", "a new source needs a title");
        }
        if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
            throw BadInput.field(MEMBER + ".url", "must be a web address starting with https:// or http://");
        }
        PartialDate published;
        try {
            published = date == null || date.isBlank() ? null : PartialDate.parse(date.strip());
        } catch (RuntimeException e) {
            throw BadInput.field(MEMBER + ".date", "'" + date + "' is not a date like 2026-12-01, 2026-12 or 2026");
        }
        SourceKind sourceKind;
        try {
            sourceKind = kind == null ? SourceKind.OWN_PUBLICATION : SourceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BadInput.field(MEMBER + ".kind", "'" + kind + "' is not a kind of source; use own_publication, "
                    + "official_statistics, law, news or secondary");
        }
        return new SourceChoice(null, new Source("new", title.strip(), blankToNull(publisher), blankToNull(url), sourceKind,
                published, today, null));
    }

    /** Returns the new source with an id no other source has: {@code edit-<day>-<words of the title>}. */
    public Source newSource(LocalDate today, Set<String> taken) {
        String base = "edit-" + today + "-" + slug(draft.title());
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return new Source(id, draft.title(), draft.publisher(), draft.url(), draft.kind(), draft.published(), draft.accessed(),
                draft.note());
    }

    private static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "source" : slug;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
