package se.regionkarta.cooperation;

import java.util.List;
import se.regionkarta.cooperation.settlement.model.BudgetShares;
import se.regionkarta.figures.model.KeyFigure;

/** A budget shared by a key, with the population figures used (empty for an equal key). */
public record SharedBudget(long budgetOre, String key, List<BudgetShares.Share> shares, List<KeyFigure> figures) {
}
