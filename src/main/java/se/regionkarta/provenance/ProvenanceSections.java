package se.regionkarta.provenance;

import se.regionkarta.dataset.Entry;
import se.regionkarta.dataset.SectionReader;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceKind;

/** Reads the {@code sources} and {@code claims} sections of the data files (docs/data-format.md). */
public final class ProvenanceSections implements SectionReader {

    @Override
    public void read(FactKind section, Entry e, Facts out) {
        switch (section) {
            case SOURCE -> out.add(new Source(e.text("id"), e.text("title"), e.optText("publisher"), e.optText("url"),
                    e.enumField("kind", SourceKind.class), e.optDate("published"),
                    e.has("accessed") ? e.date("accessed") : null, e.optText("note")), e);
            case CLAIM -> claims(e, out);
            default -> throw new IllegalArgumentException(section + " is not read here");
        }
    }

    /** Reads the claims about one subject and property; each gets its {@code id}, else {@code subject.property.n}. */
    private static void claims(Entry e, Facts out) {
        int n = 0;
        for (Entry c : e.list("claims")) {
            String id = c.has("id") ? c.text("id") : e.text("subject") + "." + e.text("property") + "." + (n + 1);
            n++;
            out.nested(FactKind.CLAIM, c, () -> out.add(new Claim(id, e.text("subject"), e.text("property"),
                    e.optText("label"), c.text("value"), c.flag("preferred"), c.optText("reason"), c.optText("note"),
                    c.sources()), c));
        }
    }
}
