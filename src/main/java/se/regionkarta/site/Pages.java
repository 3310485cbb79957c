package se.regionkarta.site;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the precompiled JTE templates of {@code src/main/jte/}: a feature's pages live in its own
 * folder ({@code registry/unit.jte}), the layout and the parts every page shares in {@code site/}.
 */
public final class Pages {

    private final TemplateEngine jte = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders a page's template, named without {@code .jte} ({@code registry/unit}), to the answer. */
    public void render(Context ctx, String template, SitePage page) {
        ctx.contentType("text/html; charset=utf-8").result(html(template, page));
    }

    /** Returns a page's HTML. */
    public String html(String template, SitePage page) {
        StringOutput out = new StringOutput();
        jte.render(template + ".jte", page, out);
        return out.toString();
    }

    /** Returns a part of a page, drawn by a template with the given parameters when the page is written. */
    public Content content(String template, Map<String, Object> params) {
        return output -> jte.render(template + ".jte", params, output);
    }
}
