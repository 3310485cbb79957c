package se.regionkarta.cooperation.model;

import java.util.List;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * How duties rotate between the member regions of a joint body, for example chair and secretary
 * passing to the next region every two years.
 *
 * @param duties what rotates
 * @param periodYears the length of one period in years
 * @param order the regions in turn, when the sources give it; may be empty
 * @param firstPeriodStart when the first period of {@code order} began, when known; may be null
 * @param observed holders of a duty that sources name for a given period
 */
public record RotationRule(
        List<Duty> duties, int periodYears, List<String> order, PartialDate firstPeriodStart, List<Holding> observed) {

    public RotationRule {
        if (duties == null || duties.isEmpty()) {
            throw new IllegalArgumentException("a rotation needs at least one duty that rotates");
        }
        if (periodYears < 1) {
            throw new IllegalArgumentException("a rotation period is at least one year");
        }
        duties = List.copyOf(duties);
        order = List.copyOf(order);
        observed = List.copyOf(observed);
    }

    /** A duty that passes between regions. */
    public enum Duty {
        CHAIR("ordförandeskap", "chair"),
        SECRETARY("sekreterare", "secretary");

        private final String swedish;
        private final String english;

        Duty(String swedish, String english) {
            this.swedish = swedish;
            this.english = english;
        }

        public String swedish() {
            return swedish;
        }

        public String english() {
            return english;
        }
    }

    /**
     * A region that a source says held a duty during a period.
     *
     * @param sources the sources that name this holder; empty when the body's own sources do
     */
    public record Holding(Duty duty, String regionId, Validity validity, List<SourceRef> sources) {

        public Holding {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }

        public Holding(Duty duty, String regionId, Validity validity) {
            this(duty, regionId, validity, List.of());
        }
    }
}
