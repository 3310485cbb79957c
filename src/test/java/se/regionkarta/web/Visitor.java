package se.regionkarta.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person at the site over plain HTTP, keeping cookies as a browser would: opens pages, logs in, sends forms. */
public final class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final TestServer server;
    final Map<String, String> cookies = new LinkedHashMap<>();
    /** Headers sent with every request besides the cookies (a proxy's X-Forwarded-For). */
    final Map<String, String> headers = new LinkedHashMap<>();

    public Visitor(TestServer server) {
        this.server = server;
    }

    /** A visitor at another server that has this one's cookies (another instance behind the same load balancer). */
    public Visitor at(TestServer other) {
        Visitor v = new Visitor(other);
        v.cookies.putAll(cookies);
        return v;
    }

    public HttpResponse<String> get(String path) {
        return keep(server.get(path, headers()));
    }

    /** Sends a form, url-encoded, with the cookies held. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String[] base = headers();
        String[] all = new String[base.length + 2];
        System.arraycopy(base, 0, all, 0, base.length);
        all[base.length] = "Content-Type";
        all[base.length + 1] = "application/x-www-form-urlencoded";
        return keep(server.send("POST", path, body, all));
    }

    /** Opens the login page and sends its form with the given name and password; returns the answer to the form. */
    public HttpResponse<String> logIn(String name, String password) {
        String token = csrfOf(get("/logga-in").body());
        return post("/logga-in", Map.of("name", name, "password", password, "_csrf", token, "tillbaka", "/"));
    }

    /** Sends the logout button's form from the start page. */
    public HttpResponse<String> logOut() {
        return post("/logga-ut", Map.of("_csrf", csrfOf(get("/").body())));
    }

    public static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no _csrf field in the page");
        }
        return m.group(1);
    }

    /** Returns the Set-Cookie header that sets the named cookie, if any. */
    public static Optional<String> setCookie(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }

    private HttpResponse<String> keep(HttpResponse<String> r) {
        List<String> set = r.headers().allValues("Set-Cookie");
        for (String c : set) {
            String pair = c.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty() || c.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return r;
    }

    private String[] headers() {
        List<String> all = new java.util.ArrayList<>();
        headers.forEach((name, value) -> {
            all.add(name);
            all.add(value);
        });
        if (!cookies.isEmpty()) {
            all.add("Cookie");
            all.add(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return all.toArray(new String[0]);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
