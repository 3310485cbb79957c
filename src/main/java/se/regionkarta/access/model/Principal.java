package se.regionkarta.access.model;
// STUB-FOR-COMPILE
public record Principal(String name) { }
