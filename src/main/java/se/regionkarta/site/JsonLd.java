package se.regionkarta.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.json.Json;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/**
 * schema.org structured data for the pages, as JSON-LD that is safe inside a {@code <script>}
 * element: {@code <}, {@code >} and {@code &} are written as JSON escapes, so no text from the data
 * can close the element.
 */
public final class JsonLd {

    private static final ObjectMapper JSON = Json.mapper();

    private JsonLd() {
    }

    /** Describes a region or unit as a {@code GovernmentOrganization}, with its parent and its children. */
    public static String organisation(Unit u, Snapshot s, LocalDate day, String baseUrl) {
        Map<String, Object> org = node(u, baseUrl);
        org.put("@context", "https://schema.org");
        if (u.description() != null) {
            org.put("description", u.description());
        }
        u.parentOn(day).flatMap(s::unit).ifPresent(p -> org.put("parentOrganization", node(p, baseUrl)));
        if (u.location() != null && u.location().town() != null) {
            org.put("address", Map.of("@type", "PostalAddress", "addressLocality", u.location().town(), "addressCountry", "SE"));
        }
        u.identifier(Identifier.Scheme.ORGANISATION_NUMBER).ifPresent(n -> org.put("taxID", n));
        List<Unit> children = s.children(u.id(), day);
        if (!children.isEmpty()) {
            org.put("subOrganization", children.stream().map(c -> node(c, baseUrl)).toList());
        }
        return write(org);
    }

    /** Describes a healthcare region as an organisation whose members are regions. */
    public static String healthcareRegion(se.regionkarta.cooperation.model.HealthcareRegion h, Snapshot s, String baseUrl) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@context", "https://schema.org");
        org.put("@type", "GovernmentOrganization");
        org.put("@id", baseUrl + "/sjukvardsregion/" + h.id());
        org.put("url", baseUrl + "/sjukvardsregion/" + h.id());
        org.put("name", h.name());
        if (h.nameEn() != null) {
            org.put("alternateName", h.nameEn());
        }
        org.put("member", h.members().stream().map(m -> s.unit(m.regionId())).flatMap(java.util.Optional::stream)
                .map(u -> node(u, baseUrl)).toList());
        return write(org);
    }

    /** Describes the site with its search, for the start page. */
    public static String website(String baseUrl, String name) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("@context", "https://schema.org");
        site.put("@type", "WebSite");
        site.put("name", name);
        site.put("url", baseUrl + "/");
        site.put("potentialAction", Map.of("@type", "SearchAction",
                "target", baseUrl + "/sok?q={search_term_string}", "query-input", "required name=search_term_string"));
        return write(site);
    }

    private static Map<String, Object> node(Unit u, String baseUrl) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("@type", "GovernmentOrganization");
        n.put("@id", baseUrl + (u.kind().isTopLevel() ? "/region/" : "/enhet/") + u.id());
        n.put("url", baseUrl + (u.kind().isTopLevel() ? "/region/" : "/enhet/") + u.id());
        n.put("name", u.name());
        if (u.nameEn() != null) {
            n.put("alternateName", u.nameEn());
        }
        return n;
    }

    /** Writes JSON that cannot end the script element it sits in. */
    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
