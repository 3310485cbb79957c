package se.regionkarta.registry.site;

import java.util.List;
import java.util.Set;
import se.regionkarta.channels.model.Channel;
import se.regionkarta.site.Cite;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Link;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * A web site, account or phone service as a page shows it.
 *
 * @param addressHref the address as a link when it is a web address, else null
 */
public record ChannelView(Txt name, String kind, String address, String addressHref, Txt audience, Link unit,
        List<Cite> cites) {

    /** Returns the channels of the given units that are open on the page's day. */
    static List<ChannelView> of(Set<String> unitIds, Snapshot s, SiteRequest req) {
        return s.dataset().all(Channel.class).stream()
                .filter(c -> unitIds.contains(c.unitId()) && c.validity().contains(req.day()))
                .map(c -> view(c, s, req)).toList();
    }

    private static ChannelView view(Channel c, Snapshot s, SiteRequest req) {
        String kind = req.lang().pick(c.kind().swedish(), c.kind().english()) + (c.platform() == null ? "" : ", " + c.platform());
        String href = c.address() != null && c.address().matches("https?://\\S+") ? c.address() : null;
        Link unit = s.unit(c.unitId()).map(u -> new Link(FactRef.unitName(u, req), FactRef.unitHref(u, req), null)).orElse(null);
        return new ChannelView(req.swedish(c.name()), kind, c.address(), href, req.swedish(c.audience()), unit,
                Cite.of(c.sources(), s, req));
    }
}
