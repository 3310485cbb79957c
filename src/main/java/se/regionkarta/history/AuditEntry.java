package se.regionkarta.history;
// STUB-FOR-COMPILE
public record AuditEntry(Change change, String before, String after) { }
