package se.regionkarta.site;

/** One step of the breadcrumbs; the last step (the page itself) has no link. */
public record Crumb(Txt label, String href) {
}
