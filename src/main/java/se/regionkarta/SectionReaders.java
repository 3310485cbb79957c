package se.regionkarta;

import se.regionkarta.carechoice.CareChoiceSections;
import se.regionkarta.channels.ChannelSections;
import se.regionkarta.cooperation.CooperationSections;
import se.regionkarta.dataset.DatasetLoader;
import se.regionkarta.dataset.SectionReader;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.FigureSections;
import se.regionkarta.history.HistorySections;
import se.regionkarta.politics.PoliticsSections;
import se.regionkarta.provenance.ProvenanceSections;
import se.regionkarta.registry.RegistrySections;
import se.regionkarta.strategy.StrategySections;

/**
 * The one list of section readers: which feature reads which kind of fact from the data files. A
 * new kind of fact does not compile until it is named here.
 */
public final class SectionReaders {

    private static final SectionReader PROVENANCE = new ProvenanceSections();
    private static final SectionReader FIGURES = new FigureSections();
    private static final SectionReader POLITICS = new PoliticsSections();
    private static final SectionReader REGISTRY = new RegistrySections();
    private static final SectionReader COOPERATION = new CooperationSections();
    private static final SectionReader CARE_CHOICE = new CareChoiceSections();
    private static final SectionReader STRATEGY = new StrategySections();
    private static final SectionReader CHANNELS = new ChannelSections();
    private static final SectionReader HISTORY = new HistorySections();

    private SectionReaders() {
    }

    /** Returns the reader of a kind's section. */
    public static SectionReader of(FactKind kind) {
        return switch (kind) {
            case SOURCE, CLAIM -> PROVENANCE;
            case METRIC, FIGURE -> FIGURES;
            // appointments are read with the persons who hold them
            case PARTY, TERM, BODY, SEAT, COALITION, PERSON, APPOINTMENT -> POLITICS;
            case UNIT, POST, COORDINATION_GROUP -> REGISTRY;
            case HEALTHCARE_REGION, COOPERATION_BODY, PROGRAMME_AREA, DECISION -> COOPERATION;
            case CARE_CHOICE_SCHEME, SCHEME_PROVIDER -> CARE_CHOICE;
            case PLAN -> STRATEGY;
            case CHANNEL -> CHANNELS;
            case EVENT -> HISTORY;
        };
    }

    /** Returns a loader of data directories that reads every section. */
    public static DatasetLoader loader() {
        return new DatasetLoader(SectionReaders::of);
    }
}
