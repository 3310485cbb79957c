package se.regionkarta.strategy.model;

/**
 * One goal, focus area, priority or point of a plan.
 *
 * @param text the item as the plan names it (a name, not a copied sentence) or in the registry's own words
 * @param textEn the same in English, or null
 */
public record PlanItem(String text, String textEn) {

    public PlanItem {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a plan item needs a text");
        }
    }
}
