package se.regionkarta.web;

import java.util.ArrayList;
import java.util.List;
import se.regionkarta.cooperation.model.DecisionKind;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A made-up decision for tests of how decisions are shown per unit: the bundled data record no
 * decision that names a unit (the sources found name none), so tests add this one. It is test data,
 * not a fact.
 */
public final class TestDecisions {

    public static final String ID = "sydostra.test-regiongemensam";

    private TestDecisions() {
    }

    /** Returns the dataset with a shared-care decision of Sydöstra's joint committee concerning kalmar.hsf. */
    public static Dataset withDecision(Dataset d) {
        JointDecision x = new JointDecision(ID, "sydostra.samverkansnamnden", DecisionKind.SHARED_CARE, null,
                PartialDate.parse("2024-03-15"), new Validity(PartialDate.parse("2024-07-01"), null), List.of("kalmar.hsf"),
                "Testvård", "Ett påhittat beslut för testerna.", null, List.of(new SourceRef("sydostra-samverkansnamnden", null, null)));
        List<JointDecision> decisions = new ArrayList<>(d.all(JointDecision.class));
        decisions.add(x);
        return d.with(JointDecision.class, decisions);
    }
}
