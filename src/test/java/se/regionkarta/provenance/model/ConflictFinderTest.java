package se.regionkarta.provenance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConflictFinderTest {

    private static final ConflictPolicy POLICY = new ConflictPolicy(Map.of(
            "old", new Source("old", "Gammal källa", null, null, SourceKind.OWN_PUBLICATION, PartialDate.parse("2020"), null, null),
            "new", new Source("new", "Ny källa", null, null, SourceKind.OWN_PUBLICATION, PartialDate.parse("2025"), null, null)));

    @Test
    @DisplayName("claims that agree are not a conflict")
    void agreeingClaims() {
        // given
        List<Claim> claims = List.of(claim("kalmar", "administration-count", "8", "old"),
                claim("kalmar", "administration-count", "8", "new"));

        // when / then
        assertThat(ConflictFinder.find(claims, POLICY)).isEmpty();
    }

    @Test
    @DisplayName("a single claim is not a conflict")
    void singleClaim() {
        assertThat(ConflictFinder.find(List.of(claim("kalmar", "administration-count", "8", "old")), POLICY)).isEmpty();
    }

    @Test
    @DisplayName("claims about different properties or subjects never conflict with each other")
    void differentTopics() {
        // given
        List<Claim> claims = List.of(claim("kalmar", "administration-count", "8", "old"),
                claim("kalmar", "hospital-count", "3", "old"),
                claim("halland", "administration-count", "9", "old"));

        // when / then
        assertThat(ConflictFinder.find(claims, POLICY)).isEmpty();
    }

    @Test
    @DisplayName("a disagreement is one conflict holding every claim on the topic, decided by the policy")
    void disagreement() {
        // given
        List<Claim> claims = List.of(claim("kalmar", "administration-count", "8", "old"),
                claim("kalmar", "administration-count", "9", "new"),
                claim("kalmar", "administration-count", "8", "old"));

        // when
        List<Conflict> conflicts = ConflictFinder.find(claims, POLICY);

        // then
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.subjectId()).isEqualTo("kalmar");
            assertThat(c.property()).isEqualTo("administration-count");
            assertThat(c.claims()).hasSize(3);
            assertThat(c.values()).containsExactly("8", "9");
            assertThat(c.shown()).isEqualTo("9");
            assertThat(c.rule()).isEqualTo(ConflictPolicy.Rule.NEWEST_SOURCE);
        });
    }

    @Test
    @DisplayName("conflicts come in the order their topics first appear, even when claims interleave")
    void topicOrderKept() {
        // given
        List<Claim> claims = List.of(
                claim("zeta", "p", "1", "old"),
                claim("alpha", "p", "1", "old"),
                claim("mid", "agreeing", "1", "old"),
                claim("kappa", "p", "1", "old"),
                claim("alpha", "p", "2", "new"),
                claim("mid", "agreeing", "1", "new"),
                claim("kappa", "p", "2", "new"),
                claim("zeta", "p", "2", "new"),
                claim("beta", "p", "1", "old"),
                claim("beta", "p", "2", "new"));

        // when
        List<Conflict> conflicts = ConflictFinder.find(claims, POLICY);

        // then
        assertThat(conflicts).extracting(Conflict::subjectId).containsExactly("zeta", "alpha", "kappa", "beta");
    }

    private static Claim claim(String subject, String property, String value, String source) {
        return new Claim(subject + "." + property + "." + value + "." + source, subject, property, null, value, false,
                null, null, List.of(SourceRef.of(source)));
    }
}
