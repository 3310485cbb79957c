package se.regionkarta.history;

import se.regionkarta.dataset.Entry;
import se.regionkarta.dataset.SectionReader;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.ChangeKind;

/** Reads the {@code events} section of the data files: reorganisations as change events (docs/history.md). */
public final class HistorySections implements SectionReader {

    @Override
    public void read(FactKind section, Entry e, Facts out) {
        if (section != FactKind.EVENT) {
            throw new IllegalArgumentException(section + " is not read here");
        }
        out.add(new ChangeEvent(e.text("id"), e.enumField("kind", ChangeKind.class), e.optDate("date"),
                e.optText("decided_by"), e.optDate("decided_on"), e.texts("originals"), e.texts("results"),
                e.optText("new_parent"), e.optText("new_name"), e.optText("description"), e.optText("note"),
                e.sources()), e);
    }
}
