package se.regionkarta.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.input.BadInput;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.store.Edit;
import se.regionkarta.web.TestServer;

/** Preparing writes against the bundled registry: what is written, whose it is, and what is refused. */
class FactWritesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final FactWrites WRITES = new FactWrites(CLOCK);
    private static final FactWrites.Registry REGISTRY = new FactWrites.Registry() {
        @Override
        public Dataset dataset() {
            return TestServer.BUNDLED;
        }

        @Override
        public int version(FactKind kind, String id) {
            return 1;
        }
    };

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aPatchChangesTheNameCitesANewSourceAndBelongsToTheRegion() throws Exception {
        FactWrites.Draft draft = WRITES.patch(REGISTRY, FactKind.UNIT, "kalmar.hsf", 1, json("""
                {"name": "Nytt namn", "_source": {"title": "Beslut om namnbyte", "url": "https://example.org/b",
                 "publisher": "Region Kalmar län", "date": "2026-12-01"}, "_comment": "enligt beslut"}"""));
        assertThat(draft.regions()).containsExactly("kalmar");
        assertThat(draft.national()).isFalse();
        assertThat(draft.comment()).isEqualTo("enligt beslut");
        assertThat(draft.sourceId()).isEqualTo("edit-2026-12-07-beslut-om-namnbyte");
        Source source = (Source) draft.edits().get(0).fact();
        assertThat(source.title()).isEqualTo("Beslut om namnbyte");
        assertThat(source.accessed()).isEqualTo(LocalDate.of(2026, 12, 7));
        Edit unit = draft.edits().get(1);
        assertThat(unit.expectedVersion()).isEqualTo(1);
        Unit after = (Unit) unit.fact();
        Unit before = TestServer.BUNDLED.all(Unit.class).stream().filter(u -> u.id().equals("kalmar.hsf")).findFirst().orElseThrow();
        assertThat(after.name()).isEqualTo("Nytt namn");
        assertThat(after.parents()).isEqualTo(before.parents());
        assertThat(after.sources()).hasSize(before.sources().size() + 1);
        assertThat(after.sources().get(after.sources().size() - 1).sourceId()).isEqualTo(draft.sourceId());
    }

    @Test
    void aPatchCitingAnExistingSourceAddsNoSource() throws Exception {
        FactWrites.Draft draft = WRITES.patch(REGISTRY, FactKind.UNIT, "kalmar.hsf", 1,
                json("{\"nameEn\": \"Health and Medical Care\", \"_source\": \"kalmar-deck\"}"));
        assertThat(draft.edits()).hasSize(1);
        assertThat(((Unit) draft.edits().get(0).fact()).nameEn()).isEqualTo("Health and Medical Care");
    }

    @Test
    void everyRefusalNamesItsField() throws Exception {
        assertThat(field("{\"name\": \"X\"}")).isEqualTo("_source");
        assertThat(field("{\"name\": \"X\", \"_source\": \"no-such-source\"}")).isEqualTo("_source");
        assertThat(field("{\"children\": [], \"_source\": \"kalmar-deck\"}")).isEqualTo("children");
        assertThat(field("{\"id\": \"other\", \"_source\": \"kalmar-deck\"}")).isEqualTo("id");
        assertThat(field("{\"name\": \"\", \"_source\": \"kalmar-deck\"}")).isEqualTo("name");
        assertThat(field("{\"kind\": \"CASTLE\", \"_source\": \"kalmar-deck\"}")).isEqualTo("kind");
        assertThat(field("{\"_sauce\": \"kalmar-deck\", \"_source\": \"kalmar-deck\"}")).isEqualTo("_sauce");
        assertThat(field("{\"_source\": {\"url\": \"ftp://x\"}}")).isEqualTo("_source.title");
    }

    @Test
    void aRenameEventBringsTheUnitAlong() throws Exception {
        FactWrites.Draft draft = WRITES.create(REGISTRY, FactKind.EVENT, json("""
                {"id": "kalmar.hsf.namnbyte-2026", "kind": "RENAME", "date": "2026-12-01", "originals": ["kalmar.hsf"],
                 "results": ["kalmar.hsf"], "newName": "Hälso- och sjukvården", "sources": [], "_source": "kalmar-deck"}"""));
        assertThat(draft.edits()).extracting(Edit::kind).containsExactly(FactKind.EVENT, FactKind.UNIT);
        Unit unit = (Unit) draft.edits().get(1).fact();
        assertThat(unit.nameOn(LocalDate.of(2026, 12, 1))).isEqualTo("Hälso- och sjukvården");
        assertThat(draft.regions()).containsExactly("kalmar");
        assertThat(draft.national()).isFalse();
    }

    @Test
    void closingNamesTheLastDay() throws Exception {
        FactWrites.Draft draft = WRITES.close(REGISTRY, FactKind.UNIT, "kalmar.hsf", 1,
                json("{\"_source\": \"kalmar-deck\", \"until\": \"2026-12-31\"}"));
        assertThat(draft.edits()).singleElement().satisfies(e -> {
            assertThat(e.closeOn()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(e.fact()).isNull();
        });
    }

    @Test
    void aSourceIsNational() throws Exception {
        FactWrites.Draft draft = WRITES.patch(REGISTRY, FactKind.SOURCE, "kalmar-deck", 1,
                json("{\"note\": \"läst igen\", \"_source\": \"kalmar-deck\"}"));
        assertThat(draft.national()).isTrue();
        assertThat(draft.regions()).isEmpty();
    }

    private static String field(String body) throws Exception {
        try {
            WRITES.patch(REGISTRY, FactKind.UNIT, "kalmar.hsf", 1, json(body));
        } catch (BadInput bad) {
            assertThat(bad.problems()).isNotEmpty();
            return bad.problems().get(0).field();
        }
        throw new AssertionError("not refused: " + body);
    }

    @Test
    void aMissingFactIsNotFound() {
        assertThatThrownBy(() -> WRITES.patch(REGISTRY, FactKind.UNIT, "no.such", 1, json("{\"_source\": \"kalmar-deck\"}")))
                .isInstanceOf(FactWrites.NoSuchFact.class);
    }

    @Test
    void putAllWritesSeveralSeatCountsInOneDraftCitingOneNewSourceAndEndsAPartyNoLongerSeated() throws Exception {
        FactWrites.Draft draft = WRITES.putAll(REGISTRY, FactKind.SEAT, java.util.List.of(
                        json("{\"bodyId\": \"kalmar.rf\", \"termId\": \"2022-2026\", \"partyId\": \"S\", \"seats\": 30, \"sources\": []}"),
                        json("{\"bodyId\": \"kalmar.rf\", \"termId\": \"2026-2030\", \"partyId\": \"M\", \"seats\": 37, \"sources\": []}")),
                java.util.Map.of("kalmar.rf/2022-2026/S", 4, "kalmar.rf/2022-2026/V", 2),
                java.util.List.of("kalmar.rf/2022-2026/V"),
                json("{\"_source\": {\"title\": \"Slutligt valresultat\", \"date\": \"2026-09-20\"}, \"_comment\": \"från rösterna\"}"),
                se.regionkarta.provenance.model.SourceRef.Basis.DERIVED);

        assertThat(draft.regions()).containsExactly("kalmar");
        assertThat(draft.national()).isFalse();
        assertThat(draft.comment()).isEqualTo("från rösterna");
        assertThat(draft.edits()).extracting(Edit::id).containsExactly("edit-2026-12-07-slutligt-valresultat",
                "kalmar.rf/2022-2026/S", "kalmar.rf/2026-2030/M", "kalmar.rf/2022-2026/V");
        assertThat(draft.edits()).extracting(Edit::expectedVersion).containsExactly(0, 4, 0, 2);
        assertThat(draft.edits().get(3).closeOn()).isEqualTo(LocalDate.of(2026, 12, 7));
        se.regionkarta.politics.model.SeatCount m = (se.regionkarta.politics.model.SeatCount) draft.edits().get(2).fact();
        assertThat(m.seats()).isEqualTo(37);
        assertThat(m.sources()).containsExactly(new se.regionkarta.provenance.model.SourceRef(draft.sourceId(), null,
                se.regionkarta.provenance.model.SourceRef.Basis.DERIVED));
    }

    @Test
    void putAllRefusesAFactTwiceAMemberBesideTheSourceAndABadFact() throws Exception {
        JsonNode s = json("{\"bodyId\": \"kalmar.rf\", \"termId\": \"2026-2030\", \"partyId\": \"S\", \"seats\": 3, \"sources\": []}");
        assertThatThrownBy(() -> WRITES.putAll(REGISTRY, FactKind.SEAT, java.util.List.of(s, s), java.util.Map.of(), java.util.List.of(),
                json("{\"_source\": \"kalmar-deck\"}"), null)).isInstanceOf(BadInput.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> WRITES.putAll(REGISTRY, FactKind.SEAT, java.util.List.of(s), java.util.Map.of(), java.util.List.of(),
                json("{\"_source\": \"kalmar-deck\", \"seats\": 4}"), null)).isInstanceOf(BadInput.class);
        JsonNode negative = json("{\"bodyId\": \"kalmar.rf\", \"termId\": \"2026-2030\", \"partyId\": \"S\", \"seats\": -1, \"sources\": []}");
        assertThatThrownBy(() -> WRITES.putAll(REGISTRY, FactKind.SEAT, java.util.List.of(negative), java.util.Map.of(),
                java.util.List.of(), json("{\"_source\": \"kalmar-deck\"}"), null)).isInstanceOf(BadInput.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> WRITES.putAll(REGISTRY, FactKind.SEAT, java.util.List.of(s), java.util.Map.of(), java.util.List.of(),
                json("{\"_comment\": \"x\"}"), null)).isInstanceOf(BadInput.class);
    }
}
