package se.regionkarta.site;

/**
 * A link to another page with a short line about the target.
 *
 * @param href the address, or null where the target has no page
 * @param meta a short description (a kind, a period), or null
 */
public record Link(Txt name, String href, String meta) {
}
