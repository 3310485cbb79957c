package se.regionkarta.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders the precompiled JTE templates of {@code src/main/jte/site/} into HTML answers. */
final class Pages {

    private final TemplateEngine jte = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders a page's template (named after the page, e.g. {@code site/start.jte}) to the answer. */
    void render(Context ctx, String template, SitePage page) {
        ctx.contentType("text/html; charset=utf-8").result(html(template, page));
    }

    String html(String template, SitePage page) {
        StringOutput out = new StringOutput();
        jte.render("site/" + template + ".jte", page, out);
        return out.toString();
    }
}
