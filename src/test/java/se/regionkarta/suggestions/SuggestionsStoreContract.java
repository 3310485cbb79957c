package se.regionkarta.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.access.AdjustableClock;
import se.regionkarta.suggestions.model.Limits;
import se.regionkarta.suggestions.model.Received;
import se.regionkarta.suggestions.model.Suggestion;

/**
 * The suggestions kept in a real store, H2 ({@link H2SuggestionsStoreTest}) and PostgreSQL
 * ({@link PostgresSuggestionsStoreTest}): taking within the limits, the queue by region, deciding
 * once, and that a sender's address is never kept in clear. Each test has a fresh store.
 */
abstract class SuggestionsStoreContract {

    final AdjustableClock clock = AdjustableClock.atTestStart();

    /** Returns a fresh, migrated store's database. */
    abstract Jdbi freshStore();

    private Suggestions suggestions(Limits limits) {
        return Suggestions.in(freshStore(), clock, limits);
    }

    private static Received about(String region, String unit) {
        return new Received("units", unit, region, "Fel namn", "Rätt namn", "https://example.se/beslut", "anna@example.se");
    }

    @Test
    @DisplayName("a suggestion taken waits in its own region's queue only, newest first, with every text kept")
    void queueByRegion() {
        Suggestions s = suggestions(Limits.DEFAULT);
        long first = ((Suggestions.Taken) s.take(about("kalmar", "kalmar.hsf"), "192.0.2.1")).id();
        clock.advance(Duration.ofMinutes(1));
        long second = ((Suggestions.Taken) s.take(about("kalmar", "kalmar.rk"), "192.0.2.2")).id();
        s.take(about("halland", "halland.hs"), "192.0.2.3");

        List<Suggestion> kalmar = s.open("kalmar", 10);
        assertThat(kalmar).extracting(Suggestion::id).containsExactly(second, first);
        Suggestion one = s.find(first).orElseThrow();
        assertThat(one.factKind()).isEqualTo("units");
        assertThat(one.factId()).isEqualTo("kalmar.hsf");
        assertThat(one.wrong()).isEqualTo("Fel namn");
        assertThat(one.right()).isEqualTo("Rätt namn");
        assertThat(one.statedAt()).isEqualTo("https://example.se/beslut");
        assertThat(one.contact()).isEqualTo("anna@example.se");
        assertThat(one.state()).isEqualTo(Suggestion.State.OPEN);
        assertThat(s.open("halland", 10)).extracting(Suggestion::factId).containsExactly("halland.hs");
        assertThat(s.open("skane", 10)).isEmpty();
    }

    @Test
    @DisplayName("an address over its limit is refused until its oldest suggestion leaves the window, and nothing is kept")
    void limitPerAddress() {
        Suggestions s = suggestions(new Limits(2, Duration.ofHours(1), 100, Duration.ofDays(1)));
        assertThat(s.take(about("kalmar", "kalmar.hsf"), "192.0.2.9")).isInstanceOf(Suggestions.Taken.class);
        java.time.Instant firstAt = clock.instant();
        clock.advance(Duration.ofMinutes(10));
        assertThat(s.take(about("kalmar", "kalmar.hsf"), "192.0.2.9")).isInstanceOf(Suggestions.Taken.class);
        clock.advance(Duration.ofMinutes(10));

        Suggestions.Taking third = s.take(about("halland", "halland.hs"), "192.0.2.9");
        assertThat(third).isEqualTo(new Suggestions.Limited(firstAt.plus(Duration.ofHours(1))));
        assertThat(s.open("halland", 10)).isEmpty();
        assertThat(s.take(about("kalmar", "kalmar.hsf"), "192.0.2.10")).as("another address").isInstanceOf(Suggestions.Taken.class);

        clock.advance(Duration.ofMinutes(41));
        assertThat(s.take(about("halland", "halland.hs"), "192.0.2.9")).isInstanceOf(Suggestions.Taken.class);
    }

    @Test
    @DisplayName("a region over its limit for the day is refused whatever the address; other regions are not")
    void limitPerRegion() {
        Suggestions s = suggestions(new Limits(5, Duration.ofHours(1), 3, Duration.ofDays(1)));
        for (int i = 0; i < 3; i++) {
            assertThat(s.take(about("kalmar", "kalmar.hsf"), "198.51.100." + i)).isInstanceOf(Suggestions.Taken.class);
        }
        assertThat(s.take(about("kalmar", "kalmar.hsf"), "198.51.100.77")).isInstanceOf(Suggestions.Limited.class);
        assertThat(s.open("kalmar", 10)).hasSize(3);
        assertThat(s.take(about("halland", "halland.hs"), "198.51.100.77")).isInstanceOf(Suggestions.Taken.class);
    }

    @Test
    @DisplayName("the address is kept only as a salted hash, deleted when it leaves the window; old salts are deleted too")
    void noAddressInClear() {
        Jdbi jdbi = freshStore();
        Suggestions s = Suggestions.in(jdbi, clock, Limits.DEFAULT);
        s.take(about("kalmar", "kalmar.hsf"), "203.0.113.7");
        String everything = jdbi.withHandle(h -> String.join("|",
                h.createQuery("select address_hash from suggestion_sender").mapTo(String.class).list())
                + h.createQuery("select count(*) from suggestion where wrong_text like '%203.0.113%' or contact like '%203.0.113%'")
                .mapTo(Long.class).one());
        assertThat(everything).doesNotContain("203.0.113.7").matches("[0-9a-f]{64}0");

        clock.advance(Duration.ofDays(3));
        s.take(about("kalmar", "kalmar.hsf"), "192.0.2.1");
        long senders = jdbi.withHandle(h -> h.createQuery("select count(*) from suggestion_sender").mapTo(Long.class).one());
        assertThat(senders).as("the old sender is gone").isEqualTo(1);
        List<String> salts = jdbi.withHandle(h -> h.createQuery("select purpose from suggestion_secret where purpose like 'salt-%'")
                .mapTo(String.class).list());
        assertThat(salts).as("only today's salt is left").hasSize(1);
    }

    @Test
    @DisplayName("accepting runs the write once, then marks the suggestion accepted with its change and erases the contact")
    void acceptOnce() {
        Suggestions s = suggestions(Limits.DEFAULT);
        long id = ((Suggestions.Taken) s.take(about("kalmar", "kalmar.hsf"), "192.0.2.1")).id();
        AtomicInteger writes = new AtomicInteger();

        assertThatThrownBy(() -> s.accept(id, "sara", () -> {
            writes.incrementAndGet();
            throw new IllegalStateException("the write failed");
        })).hasMessageContaining("the write failed");
        assertThat(s.find(id).orElseThrow().isOpen()).as("a failed write leaves it open").isTrue();

        assertThat(s.accept(id, "sara", () -> {
            writes.incrementAndGet();
            return 4711;
        })).isEqualTo(4711);
        Suggestion accepted = s.find(id).orElseThrow();
        assertThat(accepted.state()).isEqualTo(Suggestion.State.ACCEPTED);
        assertThat(accepted.changeSeq()).isEqualTo(4711L);
        assertThat(accepted.decidedBy()).isEqualTo("sara");
        assertThat(accepted.decidedAt()).isEqualTo(clock.instant());
        assertThat(accepted.contact()).isNull();
        assertThat(s.open("kalmar", 10)).isEmpty();
        assertThat(s.decided("kalmar", 10)).extracting(Suggestion::id).containsExactly(id);

        assertThatThrownBy(() -> s.accept(id, "olle", () -> writes.incrementAndGet()))
                .isInstanceOf(Suggestions.AlreadyDecided.class);
        assertThatThrownBy(() -> s.decline(id, "olle", "nej")).isInstanceOf(Suggestions.AlreadyDecided.class);
        assertThat(writes).hasValue(2);
    }

    @Test
    @DisplayName("declining keeps the reason and who declined")
    void decline() {
        Suggestions s = suggestions(Limits.DEFAULT);
        long id = ((Suggestions.Taken) s.take(about("kalmar", "kalmar.hsf"), "192.0.2.1")).id();
        s.decline(id, "sara", "Namnet stämmer enligt beslutet.");
        Suggestion declined = s.find(id).orElseThrow();
        assertThat(declined.state()).isEqualTo(Suggestion.State.DECLINED);
        assertThat(declined.reason()).isEqualTo("Namnet stämmer enligt beslutet.");
        assertThat(declined.changeSeq()).isNull();
        assertThat(declined.contact()).isNull();
    }

    @Test
    @DisplayName("every instance signs forms with the same key, kept in the store")
    void sharedFormKey() {
        Jdbi jdbi = freshStore();
        byte[] one = Suggestions.in(jdbi, clock, Limits.DEFAULT).formKey();
        byte[] two = Suggestions.in(jdbi, clock, Limits.DEFAULT).formKey();
        assertThat(one).hasSize(32).isEqualTo(two);
    }
}
