package se.regionkarta.cli;

import java.util.List;
import se.regionkarta.cooperation.settlement.model.BudgetShares;
import se.regionkarta.figures.model.KeyFigure;

/** A budget shared by a key, with the population figures used (empty for an equal key). */
record SettleBudget(long budgetOre, String key, List<BudgetShares.Share> shares, List<KeyFigure> figures) {
}
