package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import se.regionkarta.App;

/** The election calculations and the composition of committees over real HTTP. */
class ElectionApiTest {

    static final String ALLOCATE = "/api/v1/elections/allocate";
    static final String COMMITTEE = "/api/v1/elections/committee";
    static final Path OSTERGOTLAND = Path.of("src/test/resources/elections/2022-ostergotland-votes.csv");
    static final String HEADER = "valkrets,rostberattigade,fasta_mandat,party,votes\n";

    static ApiClient api;

    @BeforeAll
    static void start() {
        api = new ApiClient();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        return ApiClient.parse(r.body());
    }

    static String problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return ApiClient.parse(r.body()).get("detail").asText();
    }

    @Test
    @DisplayName("the Östergötland votes as CSV give the official seats, exactly as seats --format json prints them")
    void csvSameAsCommandLine() throws Exception {
        JsonNode answer = ok(api.post(ALLOCATE + "?seats=101", Files.readString(OSTERGOTLAND), "text/csv; charset=utf-8"));

        StringWriter out = new StringWriter();
        CommandLine cli = App.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.execute("seats", "--votes", OSTERGOTLAND.toString(), "--seats", "101", "--format", "json");
        assertThat(answer).isEqualTo(ApiClient.parse(out.toString()));
        assertThat(answer.get("parties").get(0).get("party").asText() + " " + answer.get("parties").get(0).get("total"))
                .isEqualTo("S 32");
    }

    @Test
    @DisplayName("the same election as JSON gives the same answer as CSV with the parameters in the query")
    void jsonSameAsCsv() {
        String csv = HEADER + "Norra,60000,,A,30000\nNorra,60000,,B,20000\nSödra,40000,,A,10000\nSödra,40000,,B,22000\n";
        String json = "{\"seats\":10,\"threshold\":3,\"seed\":7,\"constituencies\":["
                + "{\"name\":\"Norra\",\"eligibleVoters\":60000,\"votes\":{\"A\":30000,\"B\":20000}},"
                + "{\"name\":\"Södra\",\"eligibleVoters\":40000,\"votes\":{\"A\":10000,\"B\":22000}}]}";

        assertThat(ok(api.post(ALLOCATE, json, "application/json")))
                .isEqualTo(ok(api.post(ALLOCATE + "?seats=10&threshold=3&seed=7", csv, "text/csv")));
    }

    @Test
    @DisplayName("a body of another media type, or none, or not in UTF-8, is a 415 problem")
    void unsupportedMediaType() {
        assertThat(problem(api.post(ALLOCATE + "?seats=5", "a", "text/plain"), 415)).contains("text/csv or application/json");
        assertThat(problem(api.send("POST", ALLOCATE + "?seats=5"), 415)).contains("Content-Type is missing");
        assertThat(problem(api.post(ALLOCATE + "?seats=5", "a", "text/csv; charset=iso-8859-1"), 415)).contains("UTF-8");
        assertThat(problem(api.post(COMMITTEE + "?seats=5", "a", "application/xml"), 415)).contains("application/xml");
    }

    @Test
    @DisplayName("a bad CSV body is a 400 problem naming every bad line")
    void badCsv() {
        String detail = problem(api.post(ALLOCATE + "?seats=10", HEADER + "K,1,,S,5\nK,1,,M,-3\nK,1,,S,2\n", "text/csv"), 400);

        assertThat(detail).isEqualTo("Request body: line 3: votes cannot be negative, got -3; "
                + "line 4: party 'S' appears twice in constituency K (first on line 2)");
        assertThat(problem(api.post(ALLOCATE + "?seats=10", "", "text/csv"), 400)).contains("the file is empty");
        assertThat(problem(api.post(ALLOCATE + "?seats=10", HEADER + "Norra,600,7,S,10\nSödra,400,2,S,10\n", "text/csv"), 400))
                .isEqualTo("Request body: line 2: constituency Norra is given 7 fixed seats, but its eligible voters give it 5");
    }

    @Test
    @DisplayName("a bad JSON body is a 400 problem naming each field, or the line and column of a syntax error")
    void badJson() {
        String detail = problem(api.post(ALLOCATE, "{\"seats\":0,\"colour\":1,\"constituencies\":[{\"name\":\"K\","
                + "\"votes\":{\"S\":-1,\"M\":1.5}}]}", "application/json"), 400);

        assertThat(detail).startsWith("Request body: ").contains("colour: not a field here", "seats: must be a whole number from 1 to 1000",
                "constituencies[0].votes.S: must be a whole number from 0 to 1000000000, got -1", "constituencies[0].votes.M");
        assertThat(problem(api.post(ALLOCATE, "{\"seats\":3,\n\"constituencies\":[", "application/json"), 400))
                .startsWith("Request body: line 2: not valid JSON at column");
        assertThat(problem(api.post(ALLOCATE, "{\"seats\":3,\"seats\":4}", "application/json"), 400)).contains("seats");
        assertThat(problem(api.post(ALLOCATE, "[]", "application/json"), 400)).contains("must be a JSON object");
        assertThat(problem(api.post(ALLOCATE + "?seats=3", "{\"seats\":3}", "application/json"), 400))
                .startsWith("Parameter 'seats': with a JSON body the parameters go in the body");
        assertThat(problem(api.post(ALLOCATE, "{\"seats\":3,\"constituencies\":[{\"name\":\"A\",\"votes\":{\"S\":1}},"
                + "{\"name\":\"B\",\"fixedSeats\":2,\"votes\":{\"S\":1}}]}", "application/json"), 400)).contains("constituencies[0]");
    }

    @Test
    @DisplayName("a CSV body needs seats in the query, and the query parameters are strict")
    void csvParameters() {
        String csv = HEADER + "K,,,S,5\n";
        assertThat(problem(api.post(ALLOCATE, csv, "text/csv"), 400)).startsWith("Parameter 'seats': is required");
        assertThat(problem(api.post(ALLOCATE + "?seats=1001", csv, "text/csv"), 400)).startsWith("Parameter 'seats': ");
        assertThat(problem(api.post(ALLOCATE + "?seats=5&threshold=101", csv, "text/csv"), 400)).startsWith("Parameter 'threshold': ");
        assertThat(problem(api.post(ALLOCATE + "?seats=5&seed=x", csv, "text/csv"), 400)).startsWith("Parameter 'seed': ");
        assertThat(problem(api.post(ALLOCATE + "?seats=5&fixedSeats=6", csv, "text/csv"), 400)).startsWith("Parameter 'fixedSeats': ");
        assertThat(problem(api.post(ALLOCATE + "?seats=5&colour=red", csv, "text/csv"), 400)).startsWith("Parameter 'colour': ");
    }

    @Test
    @DisplayName("a body over 5 MB is refused with a 400 problem, and GET on a calculation is a 405")
    void limits() {
        String huge = HEADER + "K,,,S,5\n".repeat(700_000);
        assertThat(problem(api.post(ALLOCATE + "?seats=5", huge, "text/csv"), 413)).contains("larger than the 5 MB");
        assertThat(api.get(ALLOCATE).statusCode()).isEqualTo(405);
    }

    @Test
    @DisplayName("a committee is filled from CSV or JSON, with joint lists and the members needed to ask for it")
    void committee() {
        JsonNode csv = ok(api.post(COMMITTEE + "?seats=4&present=17", "group,ballots,cartel\nA,9,\nB,5,BC\nC,3,BC\n", "text/csv"));
        JsonNode json = ok(api.post(COMMITTEE, "{\"seats\":4,\"present\":17,\"groups\":[{\"group\":\"A\",\"ballots\":9},"
                + "{\"group\":\"B\",\"ballots\":5,\"cartel\":\"BC\"},{\"group\":\"C\",\"ballots\":3,\"cartel\":\"BC\"}]}",
                "application/json"));

        assertThat(json).isEqualTo(csv);
        assertThat(ApiClient.field(csv.get("groups"), "seats")).containsExactly("2", "1", "1");
        assertThat(csv.get("membersNeededToRequest").asInt()).isEqualTo(4);
        assertThat(problem(api.post(COMMITTEE + "?seats=2", "group,ballots\nA,1\nA,2\n", "text/csv"), 400))
                .isEqualTo("Request body: line 3: group 'A' appears twice (first on line 2)");
    }

    @Test
    @DisplayName("an assembly's groups give a committee of the executive board's size; the governing coalition may stand jointly")
    void composition() {
        JsonNode alone = api.ok("/api/v1/bodies/kalmar.rf/composition?asOf=2025-06-01");
        JsonNode joint = api.ok("/api/v1/bodies/kalmar.rf/composition?asOf=2025-06-01&jointLists=coalitions&seats=11");

        assertThat(alone.get("term").asText()).isEqualTo("2022-2026");
        assertThat(alone.get("committee").get("totalSeats").asInt()).isEqualTo(15);
        assertThat(alone.get("sources").get(0).get("sourceId").asText()).isEqualTo("kalmar-deck");
        assertThat(joint.get("committee").get("cartels").get(0).get("cartel").asText()).isEqualTo("S+C+V");
        assertThat(joint.get("committee").get("totalSeats").asInt()).isEqualTo(11);
        assertThat(api.ok("/api/v1/bodies/kalmar.rf/composition?asOf=2018-06-01").has("committee")).isFalse();
        assertThat(api.problem("/api/v1/bodies/kalmar.rs/composition", 404).get("detail").asText()).contains("assembly");
        assertThat(api.problem("/api/v1/bodies/stockholm.rf/composition?asOf=2025-06-01", 400).get("detail").asText())
                .startsWith("Parameter 'seats': is required");
    }

    @Test
    @DisplayName("when the running term's seats are not recorded, the latest recorded term is used and named")
    void compositionFallsBack() {
        JsonNode later = api.ok("/api/v1/bodies/kalmar.rf/composition?asOf=2027-01-01");

        assertThat(later.get("term").asText()).isEqualTo("2022-2026");
        assertThat(later.get("runningTerm").asText()).isEqualTo("2026-2030");
    }
}
