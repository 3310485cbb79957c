/**
 * Reading large CSV files fast, straight from bytes, as the settlement of care sold between regions
 * and the care-choice compensation both do: splitting a file into line-aligned parts, splitting rows
 * eight bytes at a time, a dictionary of byte words, and whole numbers and dates read from their
 * digits. Depends on nothing but the JDK; the domain checks and messages stay with each engine.
 */
package se.regionkarta.fastcsv;
