package se.regionkarta.store;
// STUB-FOR-COMPILE
public record Why(String actor, String sourceId, String comment, Long reverts) { }
