package se.regionkarta.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Every string of the site's user interface, read once from {@code i18n/messages_sv.properties}
 * and {@code i18n/messages_en.properties} (UTF-8). Arguments are written {@code {0}}, {@code {1}}.
 */
public final class Texts {

    private static final Map<Lang, Properties> BUNDLES = load();

    private final Lang lang;

    private Texts(Lang lang) {
        this.lang = lang;
    }

    public static Texts of(Lang lang) {
        return new Texts(lang);
    }

    /** Returns the text for a key with its arguments filled in; an unknown key shows as itself. */
    public String get(String key, Object... args) {
        String text = BUNDLES.get(lang).getProperty(key, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Returns the keys of a language's bundle (the tests compare the two). */
    static Set<String> keys(Lang lang) {
        return BUNDLES.get(lang).stringPropertyNames();
    }

    private static Map<Lang, Properties> load() {
        Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            String name = "/i18n/messages_" + l.code() + ".properties";
            try (InputStream in = Texts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + name);
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                bundles.put(l, p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundles;
    }
}
