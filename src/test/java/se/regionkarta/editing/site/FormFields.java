package se.regionkarta.editing.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the fields of the edit form in a page as a browser would send them: inputs, text areas and the selected options. */
final class FormFields {

    private static final Pattern FORM = Pattern.compile("<form class=\"edit\".*?</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option([^>]*)>", Pattern.DOTALL);

    private FormFields() {
    }

    static Map<String, String> of(String html) {
        Matcher form = FORM.matcher(html);
        if (!form.find()) {
            throw new AssertionError("no edit form in the page:\n" + html);
        }
        String f = form.group();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Matcher m = INPUT.matcher(f); m.find(); ) {
            fields.put(attr(m.group(1), "name"), attr(m.group(1), "value"));
        }
        for (Matcher m = TEXTAREA.matcher(f); m.find(); ) {
            fields.put(attr(m.group(1), "name"), unescape(m.group(2)));
        }
        for (Matcher m = SELECT.matcher(f); m.find(); ) {
            String value = "";
            for (Matcher o = OPTION.matcher(m.group(2)); o.find(); ) {
                if (o.group(1).matches("(?s).*\\sselected(\\s|=|$).*")) {
                    value = attr(o.group(1), "value");
                }
            }
            fields.put(attr(m.group(1), "name"), value);
        }
        return fields;
    }

    private static String attr(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? unescape(m.group(1)) : "";
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&amp;", "&");
    }
}
