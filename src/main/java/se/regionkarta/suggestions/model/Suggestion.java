package se.regionkarta.suggestions.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What a reader suggested about one fact of the registry, and what became of it.
 *
 * @param id the suggestion's number, shown to editors and cited by the change it becomes
 * @param factKind the kind of the fact, as a section name ({@code units}, {@code bodies})
 * @param factId the fact's id
 * @param regionId the region whose editors decide it; null for a national fact
 * @param wrong what the reader says is wrong
 * @param right what the reader says is right
 * @param statedAt where that is stated: a text, or a web address
 * @param contact how an editor may reach the reader with a question; optional, never shown publicly, erased when decided
 * @param state open, accepted or declined
 * @param decidedBy the editor who decided it, or null while open
 * @param reason why it was declined, or null
 * @param changeSeq the number of the change it became when accepted, or null
 */
public record Suggestion(long id, String factKind, String factId, String regionId, String wrong, String right, String statedAt,
        String contact, Instant receivedAt, State state, String decidedBy, Instant decidedAt, String reason, Long changeSeq) {

    /** The longest "what is wrong" and "what is right", in characters. */
    public static final int LONGEST_TEXT = 2000;
    /** The longest "where it is stated". */
    public static final int LONGEST_STATED = 1000;
    /** The longest contact. */
    public static final int LONGEST_CONTACT = 200;
    /** The longest reason for declining. */
    public static final int LONGEST_REASON = 2000;

    /** Where a suggestion is. */
    public enum State {
        OPEN, ACCEPTED, DECLINED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static State of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Suggestion {
        Objects.requireNonNull(factKind, "factKind");
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(wrong, "wrong");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(statedAt, "statedAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(state, "state");
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** Tells whether "where it is stated" is a web address, which can be linked and cited as a source's address. */
    public boolean statedAtAddress() {
        return statedAt.matches("https?://\\S+");
    }
}
