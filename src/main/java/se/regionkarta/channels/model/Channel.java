package se.regionkarta.channels.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A web site, social-media account or phone service through which a unit meets the public.
 *
 * @param platform for social media: the service (Facebook, Instagram, LinkedIn, YouTube); else null
 * @param address a URL, an account handle or a phone number; null where the source names none
 * @param audience who the channel is for, in the registry's own words
 * @param note an editor's remark on how the fact was read from its sources, or null
 */
public record Channel(
        String id,
        String unitId,
        ChannelKind kind,
        String platform,
        String name,
        String address,
        String audience,
        Validity validity,
        String description,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public Channel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unit");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a channel needs a name");
        }
        validity = validity == null ? Validity.ALWAYS : validity;
        sources = List.copyOf(sources);
    }
}
