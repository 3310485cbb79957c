package se.regionkarta.carechoice;

import java.util.ArrayList;
import java.util.List;
import se.regionkarta.carechoice.model.CareArea;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.Principle;
import se.regionkarta.carechoice.model.ProviderCount;
import se.regionkarta.carechoice.model.SchemeProvider;
import se.regionkarta.dataset.Entry;
import se.regionkarta.dataset.SectionReader;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.registry.model.Ownership;

/** Reads the care-choice sections of the data files: schemes and their provider units (docs/data-format.md). */
public final class CareChoiceSections implements SectionReader {

    @Override
    public void read(FactKind section, Entry e, Facts out) {
        switch (section) {
            case CARE_CHOICE_SCHEME -> out.add(scheme(e), e);
            case SCHEME_PROVIDER -> out.add(new SchemeProvider(e.text("id"), e.text("scheme"), e.text("unit"),
                    e.optText("operator"), !e.flag("unnamed"), e.validity(), e.optText("note"), e.sources()), e);
            default -> throw new IllegalArgumentException(section + " is not read here");
        }
    }

    private static CareChoiceScheme scheme(Entry e) {
        List<ProviderCount> providers = new ArrayList<>();
        for (Entry p : e.list("providers")) {
            providers.add(new ProviderCount(p.enumField("ownership", Ownership.class), p.optInt("count"), p.optText("noun")));
        }
        return new CareChoiceScheme(e.text("id"), e.text("region"), e.text("name"), e.optText("name_en"),
                e.enumField("area", CareArea.class), e.optInt("age_from"), e.optInt("age_to"), e.optText("legal_basis"),
                e.enums("principles", Principle.class), providers, e.validity(), e.optText("description"),
                e.optText("note"), e.sources());
    }
}
