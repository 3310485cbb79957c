package se.regionkarta.channels;

import se.regionkarta.channels.model.Channel;
import se.regionkarta.channels.model.ChannelKind;
import se.regionkarta.dataset.Entry;
import se.regionkarta.dataset.SectionReader;
import se.regionkarta.dataset.model.FactKind;

/** Reads the {@code channels} section of the data files: a unit's contact channels (docs/data-format.md). */
public final class ChannelSections implements SectionReader {

    @Override
    public void read(FactKind section, Entry e, Facts out) {
        if (section != FactKind.CHANNEL) {
            throw new IllegalArgumentException(section + " is not read here");
        }
        out.add(new Channel(e.text("id"), e.text("unit"), e.enumField("kind", ChannelKind.class), e.optText("platform"),
                e.text("name"), e.optText("address"), e.optText("audience"), e.validity(), e.optText("description"),
                e.optText("note"), e.sources()), e);
    }
}
