package se.regionkarta.site;

/** A page's view model: everything its template shows, built before rendering starts. */
public interface SitePage {

    Shell shell();
}
