package se.regionkarta.access.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of accounts: names, passwords, roles given together, and the lock after wrong passwords. */
class RulesTest {

    @Test
    @DisplayName("a short, repetitive, common or name-bearing password is refused with a sentence; a long phrase is not")
    void passwords() {
        assertThat(PasswordRule.weakness("anna", "kort")).hasValueSatisfying(s -> assertThat(s).contains("at least 12"));
        assertThat(PasswordRule.weakness("anna", "aaaaaaaaaaaaaaaa")).hasValueSatisfying(s -> assertThat(s).contains("too few"));
        assertThat(PasswordRule.weakness("anna", "Password1234")).hasValueSatisfying(s -> assertThat(s).contains("common"));
        assertThat(PasswordRule.weakness("anna.svensson", "xxANNA.SVENSSONyy")).hasValueSatisfying(s -> assertThat(s).contains("name"));
        assertThat(PasswordRule.weakness("anna", "lagom långt lösenord")).isEmpty();
        assertThat(PasswordRule.weakness("anna", "é".repeat(3) + "ñøåäö😀😀😀😀😀")).isEmpty();
    }

    @Test
    @DisplayName("names are kept in lower case; spaces and odd characters are refused")
    void names() {
        assertThat(AccountName.normal(" Anna.S@Region.se ")).isEqualTo("anna.s@region.se");
        assertThat(AccountName.problem("anna.s@region.se")).isEmpty();
        assertThat(AccountName.problem("anna svensson")).isPresent();
        assertThat(AccountName.problem("")).isPresent();
        assertThat(AccountName.problem("-anna")).isPresent();
        assertThat(AccountName.problem("a".repeat(101))).isPresent();
    }

    @Test
    @DisplayName("an editor needs regions, only an editor has them, and reader stands alone")
    void grants() {
        assertThat(Grant.problem(Set.of(Role.EDITOR), Set.of())).hasValueSatisfying(s -> assertThat(s).contains("--region"));
        assertThat(Grant.problem(Set.of(Role.ADMIN), Set.of("kalmar"))).hasValueSatisfying(s -> assertThat(s).contains("only an editor"));
        assertThat(Grant.problem(Set.of(Role.READER, Role.ADMIN), Set.of())).isPresent();
        assertThat(Grant.problem(Set.of(), Set.of())).isPresent();
        assertThat(Grant.problem(Set.of(Role.EDITOR, Role.ADMIN), Set.of("kalmar", "halland"))).isEmpty();
        assertThat(new Grant(Set.of(Role.ADMIN, Role.EDITOR), Set.of("kalmar", "halland")).describe())
                .isEqualTo("editor of halland, kalmar; admin");
    }

    @Test
    @DisplayName("the fifth wrong password in a row locks for 15 minutes; counting starts afresh after the lock")
    void lockout() {
        Instant t = Instant.parse("2026-12-01T09:00:00Z");
        Lockout state = Lockout.CLEAR;
        for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
            state = state.afterFailure(t);
            assertThat(state.lockedAt(t)).isFalse();
        }
        state = state.afterFailure(t);
        assertThat(state.lockedAt(t)).isTrue();
        assertThat(state.lockedAt(t.plus(Lockout.PERIOD).minusMillis(1))).isTrue();
        assertThat(state.lockedAt(t.plus(Lockout.PERIOD))).isFalse();
        assertThat(state.afterFailure(t.plus(Lockout.PERIOD))).isEqualTo(new Lockout(1, null));
    }
}
