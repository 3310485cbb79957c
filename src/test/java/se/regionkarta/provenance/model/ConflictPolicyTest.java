package se.regionkarta.provenance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.provenance.model.ConflictPolicy.Rule;

/** The first rule that separates the claims decides: editors, newest source, source rank, data order. */
class ConflictPolicyTest {

    private static final ConflictPolicy POLICY = new ConflictPolicy(sources(
            source("own-2020", SourceKind.OWN_PUBLICATION, "2020"),
            source("own-2025", SourceKind.OWN_PUBLICATION, "2025"),
            source("law-2025", SourceKind.LAW, "2025"),
            source("news-2025", SourceKind.NEWS, "2025"),
            source("secondary-2026-03", SourceKind.SECONDARY, "2026-03"),
            source("own-undated", SourceKind.OWN_PUBLICATION, null),
            source("news-undated", SourceKind.NEWS, null)));

    @Test
    @DisplayName("a claim the editors preferred is shown, with their reason, even against a newer source")
    void editorialDecision() {
        // given
        Claim older = claim("8", "own-2020").preferredBecause("The staff office is not an administration");
        Claim newer = claim("9", "secondary-2026-03").build();

        // when
        Conflict c = POLICY.decide(List.of(newer, older));

        // then
        assertThat(c.shown()).isEqualTo("8");
        assertThat(c.rule()).isEqualTo(Rule.EDITORIAL_DECISION);
        assertThat(c.explanation()).isEqualTo("The staff office is not an administration");
    }

    @Test
    @DisplayName("without an editorial decision, the claim with the most recently published source is shown")
    void newestSource() {
        // given
        Claim older = claim("8", "own-2020").build();
        Claim newer = claim("9", "secondary-2026-03").build();

        // when
        Conflict c = POLICY.decide(List.of(older, newer));

        // then
        assertThat(c.shown()).isEqualTo("9");
        assertThat(c.rule()).isEqualTo(Rule.NEWEST_SOURCE);
        assertThat(c.explanation()).contains("(published 2026-03)");
    }

    @Test
    @DisplayName("the explanation gives the publication date as written: a year stays a year")
    void publicationDateAsWritten() {
        // when
        Conflict c = POLICY.decide(List.of(claim("8", "own-2020").build(), claim("9", "news-2025").build()));

        // then
        assertThat(c.rule()).isEqualTo(Rule.NEWEST_SOURCE);
        assertThat(c.explanation()).contains("(published 2025)").doesNotContain("2025-12-31");
    }

    @Test
    @DisplayName("a claim counts as new as the newest of its sources")
    void newestOfSeveralSources() {
        // given: the first claim cites an old and a very new source
        Claim a = claim("8", "own-2020", "secondary-2026-03").build();
        Claim b = claim("9", "news-2025").build();

        // when
        Conflict c = POLICY.decide(List.of(b, a));

        // then
        assertThat(c.shown()).isEqualTo("8");
        assertThat(c.rule()).isEqualTo(Rule.NEWEST_SOURCE);
    }

    @Test
    @DisplayName("when the sources are equally recent, the higher-ranked kind of source is shown")
    void sourceRankWhenDatesTie() {
        // given
        Claim news = claim("8", "news-2025").build();
        Claim own = claim("9", "own-2025").build();

        // when
        Conflict c = POLICY.decide(List.of(news, own));

        // then
        assertThat(c.shown()).isEqualTo("9");
        assertThat(c.rule()).isEqualTo(Rule.SOURCE_RANK);
        assertThat(c.explanation()).contains("authoritative");
    }

    @Test
    @DisplayName("when no source has a publication date, the source rank decides")
    void sourceRankWhenUndated() {
        // when
        Conflict c = POLICY.decide(List.of(claim("8", "news-undated").build(), claim("9", "own-undated").build()));

        // then
        assertThat(c.shown()).isEqualTo("9");
        assertThat(c.rule()).isEqualTo(Rule.SOURCE_RANK);
    }

    @Test
    @DisplayName("when date and rank tie, the claim listed first is shown")
    void dataOrder() {
        // given: an own publication and a law, both of 2025, rank alike
        Claim own = claim("8", "own-2025").build();
        Claim law = claim("9", "law-2025").build();

        // when
        Conflict ownFirst = POLICY.decide(List.of(own, law));
        Conflict lawFirst = POLICY.decide(List.of(law, own));

        // then
        assertThat(ownFirst.rule()).isEqualTo(Rule.DATA_ORDER);
        assertThat(ownFirst.shown()).isEqualTo("8");
        assertThat(lawFirst.rule()).isEqualTo(Rule.DATA_ORDER);
        assertThat(lawFirst.shown()).isEqualTo("9");
        assertThat(ownFirst.explanation()).contains("listed first");
    }

    @Test
    @DisplayName("claims that agree on a value do not tie with each other")
    void agreeingClaimsDoNotTie() {
        // given: two claims of 2025 say 8, an older one says 9
        List<Claim> claims = List.of(claim("8", "own-2025").build(), claim("8", "news-2025").build(),
                claim("9", "own-2020").build());

        // when
        Conflict c = POLICY.decide(claims);

        // then
        assertThat(c.shown()).isEqualTo("8");
        assertThat(c.rule()).isEqualTo(Rule.NEWEST_SOURCE);
        assertThat(c.claims()).hasSize(3);
        assertThat(c.values()).containsExactly("8", "9");
    }

    @Test
    @DisplayName("a source the policy does not know neither wins nor breaks the decision")
    void unknownSource() {
        // when
        Conflict c = POLICY.decide(List.of(claim("8", "nowhere").build(), claim("9", "nowhere").build()));

        // then
        assertThat(c.rule()).isEqualTo(Rule.DATA_ORDER);
        assertThat(c.shown()).isEqualTo("8");
    }

    @Test
    @DisplayName("the conflict is labelled with the first label a claim gives, or else the property")
    void label() {
        // given
        Claim unlabelled = new Claim("k.1", "kalmar", "administration-count", null, "8", false, null, null,
                List.of(SourceRef.of("own-2020")));
        Claim labelled = new Claim("k.2", "kalmar", "administration-count", "Antal förvaltningar", "9", false, null,
                null, List.of(SourceRef.of("own-2025")));

        // then
        assertThat(POLICY.decide(List.of(unlabelled, labelled)).label()).isEqualTo("Antal förvaltningar");
        assertThat(POLICY.decide(List.of(unlabelled, unlabelled)).label()).isEqualTo("administration-count");
        assertThat(POLICY.decide(List.of(unlabelled, labelled)).subjectId()).isEqualTo("kalmar");
    }

    // --- building claims and sources

    private static Source source(String id, SourceKind kind, String published) {
        return new Source(id, "Källa " + id, "Region Kalmar län", null, kind,
                published == null ? null : PartialDate.parse(published), null, null);
    }

    private static Map<String, Source> sources(Source... sources) {
        return Stream.of(sources).collect(Collectors.toMap(Source::id, Function.identity()));
    }

    private static ClaimBuilder claim(String value, String... sourceIds) {
        return new ClaimBuilder(value, Arrays.stream(sourceIds).map(SourceRef::of).toList());
    }

    private record ClaimBuilder(String value, List<SourceRef> refs) {
        Claim build() {
            return make(false, null);
        }

        Claim preferredBecause(String reason) {
            return make(true, reason);
        }

        private Claim make(boolean preferred, String reason) {
            return new Claim("kalmar.administration-count." + value, "kalmar", "administration-count",
                    "Antal förvaltningar", value, preferred, reason, null, refs);
        }
    }
}
