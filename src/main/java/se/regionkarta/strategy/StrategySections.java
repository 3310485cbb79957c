package se.regionkarta.strategy;

import java.util.ArrayList;
import java.util.List;
import se.regionkarta.dataset.Entry;
import se.regionkarta.dataset.SectionReader;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.strategy.model.Plan;
import se.regionkarta.strategy.model.PlanItem;
import se.regionkarta.strategy.model.PlanKind;

/** Reads the {@code plans} section of the data files: plans, goals and strategies with their items (docs/data-format.md). */
public final class StrategySections implements SectionReader {

    @Override
    public void read(FactKind section, Entry e, Facts out) {
        if (section != FactKind.PLAN) {
            throw new IllegalArgumentException(section + " is not read here");
        }
        List<PlanItem> items = new ArrayList<>();
        for (Entry item : e.list("items")) {
            items.add(item.isText() ? new PlanItem(item.asText(), null) : new PlanItem(item.text("text"), item.optText("text_en")));
        }
        out.add(new Plan(e.text("id"), e.text("unit"), e.enumField("kind", PlanKind.class), e.text("title"),
                e.optText("title_en"), e.validity(), items, e.optText("description"), e.optText("note"), e.sources()), e);
    }
}
