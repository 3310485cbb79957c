package se.regionkarta.suggestions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import se.regionkarta.suggestions.model.Limits;
import se.regionkarta.suggestions.model.Received;
import se.regionkarta.suggestions.model.Suggestion;

/**
 * The suggestions readers send, kept in the store beside the facts so that every instance shares
 * them and their limits: taking one (within the {@link Limits}, counted under a row lock so that
 * instances count in turn), a region's queue, and an editor's decision. A sender's address is
 * kept only as a salted hash, for the limit's window; the salt itself is gone two days later.
 */
public final class Suggestions {

    private static final String FORM = "form";
    private static final String SALT = "salt-";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Limits limits;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] formKey;

    private Suggestions(Jdbi jdbi, Clock clock, Limits limits) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.limits = limits;
    }

    /** Returns the suggestions kept in a store whose schema is migrated. */
    public static Suggestions in(Jdbi jdbi, Clock clock, Limits limits) {
        return new Suggestions(jdbi, clock, limits);
    }

    public Limits limits() {
        return limits;
    }

    /** How taking a suggestion went. */
    public sealed interface Taking permits Taken, Limited {
    }

    /** Taken: it waits in its region's queue under this number. */
    public record Taken(long id) implements Taking {
    }

    /** Not taken, because a limit is reached; nothing was kept. The sender may try again at {@code retryAt}. */
    public record Limited(Instant retryAt) implements Taking {
    }

    /**
     * Takes a suggestion unless the address or the region has reached its limit.
     *
     * @param address the sender's address as the server sees it; only its salted hash is kept, for the window
     */
    public Taking take(Received received, String address) {
        formKey(); // the row whose lock serialises the counting
        return jdbi.inTransaction(h -> {
            JdbiSuggestionStore store = new JdbiSuggestionStore(h);
            store.lockSecret(FORM).orElseThrow();
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            store.deleteSendersBefore(now.minus(limits.addressWindow()));
            store.deleteSaltsBefore(SALT + today.minusDays(1));
            String todaySalt = store.secret(SALT + today).orElseGet(() -> {
                String salt = randomHex();
                store.insertSecret(SALT + today, salt, now);
                return salt;
            });
            List<String> hashes = new ArrayList<>();
            hashes.add(hash(todaySalt, address));
            // the window may reach into yesterday, whose salt made the hashes sent then
            store.secret(SALT + today.minusDays(1)).ifPresent(salt -> hashes.add(hash(salt, address)));
            List<Instant> sent = store.sentSince(hashes, now.minus(limits.addressWindow()));
            if (sent.size() >= limits.perAddress()) {
                return new Limited(sent.get(sent.size() - limits.perAddress()).plus(limits.addressWindow()));
            }
            List<Instant> received0 = store.receivedSince(received.regionId(), now.minus(limits.regionWindow()));
            if (received0.size() >= limits.perRegion()) {
                return new Limited(received0.get(received0.size() - limits.perRegion()).plus(limits.regionWindow()));
            }
            long id = store.insert(received, now);
            store.insertSender(hashes.get(0), now);
            return new Taken(id);
        });
    }

    /** Returns a region's open suggestions (null: the national facts'), newest first. */
    public List<Suggestion> open(String regionId, int limit) {
        return jdbi.withHandle(h -> new JdbiSuggestionStore(h).ofRegion(regionId, Suggestion.State.OPEN, limit));
    }

    /** Returns a region's decided suggestions, accepted and declined, newest first. */
    public List<Suggestion> decided(String regionId, int limit) {
        return jdbi.withHandle(h -> {
            JdbiSuggestionStore store = new JdbiSuggestionStore(h);
            List<Suggestion> all = new ArrayList<>(store.ofRegion(regionId, Suggestion.State.ACCEPTED, limit));
            all.addAll(store.ofRegion(regionId, Suggestion.State.DECLINED, limit));
            all.sort(java.util.Comparator.comparing(Suggestion::receivedAt).thenComparing(Suggestion::id).reversed());
            return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
        });
    }

    public Optional<Suggestion> find(long id) {
        return jdbi.withHandle(h -> new JdbiSuggestionStore(h).find(id, false));
    }

    /**
     * Accepts an open suggestion: runs the write it becomes, and only when that succeeded marks the
     * suggestion accepted with the write's change number. The suggestion's row is locked meanwhile,
     * so two editors cannot both accept it; a write that fails leaves it open.
     *
     * @param write the change, returning its number in the change log
     * @throws AlreadyDecided when it is not open (nothing is written)
     */
    public long accept(long id, String editor, LongSupplier write) {
        return jdbi.inTransaction(h -> {
            JdbiSuggestionStore store = new JdbiSuggestionStore(h);
            requireOpen(store, id);
            long seq = write.getAsLong();
            store.decide(id, Suggestion.State.ACCEPTED, editor, clock.instant(), null, seq);
            return seq;
        });
    }

    /** Declines an open suggestion with a reason. @throws AlreadyDecided when it is not open */
    public void decline(long id, String editor, String reason) {
        jdbi.useTransaction(h -> {
            JdbiSuggestionStore store = new JdbiSuggestionStore(h);
            requireOpen(store, id);
            store.decide(id, Suggestion.State.DECLINED, editor, clock.instant(), reason, null);
        });
    }

    private static void requireOpen(JdbiSuggestionStore store, long id) {
        Suggestion s = store.find(id, true).orElseThrow(() -> new AlreadyDecided(id, null));
        if (!s.isOpen()) {
            throw new AlreadyDecided(id, s);
        }
    }

    /** Returns the key that signs the suggestion form's tokens, the same on every instance. */
    public byte[] formKey() {
        byte[] key = formKey;
        if (key == null) {
            String hex = jdbi.withHandle(h -> new JdbiSuggestionStore(h).secret(FORM)).orElseGet(() -> {
                try {
                    jdbi.useHandle(h -> new JdbiSuggestionStore(h).insertSecret(FORM, randomHex(), clock.instant()));
                } catch (RuntimeException e) {
                    // another instance made it first: read theirs
                }
                return jdbi.withHandle(h -> new JdbiSuggestionStore(h).secret(FORM)).orElseThrow();
            });
            key = HexFormat.of().parseHex(hex);
            formKey = key;
        }
        return key.clone();
    }

    private String randomHex() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String hash(String salt, String address) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((salt + "|" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The suggestion does not exist, or was decided already (by someone else, in between). */
    public static final class AlreadyDecided extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Suggestion suggestion;

        AlreadyDecided(long id, Suggestion suggestion) {
            super(suggestion == null ? "there is no suggestion " + id : "suggestion " + id + " is " + suggestion.state().code());
            this.suggestion = suggestion;
        }

        /** Returns the suggestion as decided, or null when there is none with that number. */
        public Suggestion suggestion() {
            return suggestion;
        }
    }
}
