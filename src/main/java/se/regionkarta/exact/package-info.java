/**
 * Exact decimals as text, for the domain models of both money engines (the settlement of care sold
 * between regions and the care-choice compensation): reading {@code digits[.decimals]} into whole
 * units of the last decimal, and writing öre as SEK. Plain Java, like the model packages that use it.
 */
package se.regionkarta.exact;
