package se.regionkarta.carechoice.cli;

import se.regionkarta.carechoice.compensation.Compensation;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.WhatIfResult;

/** What the {@code compensate} command prints, as text or JSON. */
record CompensateReport(String modelFile, String residentsFile, String listingsFile, CompensationModel model,
        Compensation compensation, WhatIfResult whatIf) {
}
