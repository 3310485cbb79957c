package se.regionkarta.store;
// STUB-FOR-COMPILE
import se.regionkarta.dataset.model.FactKind;
public final class StaleWrite extends RuntimeException { public FactKind kind() { return null; } public String id() { return null; } public int currentVersion() { return 0; } }
