package se.regionkarta.registry.site;

import java.util.List;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Crumb;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.JsonLd;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * A region's whole organisation on a day as a tree of links. Levels below the administrations
 * start folded unless the reader asks for everything ({@code ?visa=alla}); printing unfolds all.
 *
 * @param count the number of units in the tree, the region included
 */
public record OrgChart(Shell shell, Node root, int count, boolean all, String allHref, String foldedHref)
        implements SitePage {

    /** Levels whose children start unfolded: the region's and its administrations'. */
    static final int OPEN_LEVELS = 2;

    /**
     * One unit in the tree.
     *
     * @param descendants how many units are below it, at any depth
     * @param open whether its children start unfolded
     */
    public record Node(String id, Txt name, String href, String kind, String town, List<Node> children, int descendants,
            boolean open) {
    }

    public static OrgChart build(Unit region, Snapshot s, SiteRequest req, boolean all) {
        Node root = node(region, s, req, 0, all);
        Txt title = new Txt(req.t("org.title", FactRef.unitName(region, req).text()), null);
        Shell shell = Shell.of(req, title, JsonLd.organisation(region, s, req.day(), req.origin()),
                new Crumb(FactRef.unitName(region, req), FactRef.unitHref(region, req)));
        String base = "/region/" + region.id() + "/organisation";
        return new OrgChart(shell, root, root.descendants() + 1, all, req.dated(base + "?visa=alla"), req.dated(base));
    }

    private static Node node(Unit u, Snapshot s, SiteRequest req, int depth, boolean all) {
        List<Node> children = depth > 50 ? List.of()
                : s.children(u.id(), req.day()).stream().map(c -> node(c, s, req, depth + 1, all)).toList();
        int descendants = children.stream().mapToInt(c -> c.descendants() + 1).sum();
        String town = u.location() == null ? null : u.location().town();
        return new Node(u.id(), FactRef.unitName(u, req), FactRef.unitHref(u, req),
                req.lang().pick(u.kind().swedish(), u.kind().english()), town, children, descendants,
                all || depth < OPEN_LEVELS);
    }
}
