package se.regionkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.input.Problem;

/** How the API words refused input: the detail as it always read, and the errors member beside it. */
class ApiRefusalTest {

    @Test
    @DisplayName("a problem with a field and no file is a parameter")
    void parameter() {
        List<Problem> problems = List.of(Problem.inField("asOf", "a date is written YYYY-MM-DD, got 'x'"));

        assertThat(ApiRefusal.detail(problems)).isEqualTo("Parameter 'asOf': a date is written YYYY-MM-DD, got 'x'");
        assertThat(ApiRefusal.errors(problems)).containsExactly(Map.of("parameter", "asOf", "message",
                "a date is written YYYY-MM-DD, got 'x'"));
    }

    @Test
    @DisplayName("a capitalised field is a header; a parameter without a name (?=x) is still a parameter")
    void headerAndNamelessParameter() {
        assertThat(ApiRefusal.detail(List.of(Problem.inField("Content-Type", "is empty"))))
                .isEqualTo("Header 'Content-Type': is empty");
        assertThat(ApiRefusal.detail(List.of(Problem.inField("", "is not a parameter of this address"))))
                .isEqualTo("Parameter '': is not a parameter of this address");
    }

    @Test
    @DisplayName("the body's lines follow 'Request body:', its JSON fields lead their messages")
    void body() {
        List<Problem> lines = List.of(Problem.at(ErrorMapper.BODY, 3, "votes cannot be negative"), Problem.at(ErrorMapper.BODY, 4, "twice"));
        List<Problem> fields = List.of(new Problem(ErrorMapper.BODY, 0, "seats", "is required"),
                new Problem(ErrorMapper.BODY, 0, null, "and 3 more"));

        assertThat(ApiRefusal.detail(lines)).isEqualTo("Request body: line 3: votes cannot be negative; line 4: twice");
        assertThat(ApiRefusal.detail(fields)).isEqualTo("Request body: seats: is required; and 3 more");
        assertThat(ApiRefusal.errors(fields)).containsExactly(Map.of("field", "seats", "message", "is required"),
                Map.of("message", "and 3 more"));
    }

    @Test
    @DisplayName("a file in a field of the body is named once when all problems are in it, and each time when not")
    void fieldsOfTheBody() {
        assertThat(ApiRefusal.detail(List.of(Problem.at("prices", 2, "bad price")))).isEqualTo("Request body, field 'prices', line 2: bad price");
        assertThat(ApiRefusal.detail(List.of(Problem.at("residents", 2, "a"), Problem.at("residents", 4, "b"))))
                .isEqualTo("Request body, field 'residents': line 2: a; line 4: b");
        assertThat(ApiRefusal.detail(List.of(Problem.at("month", 0, "is required"), Problem.at("colour", 0, "not a field"))))
                .isEqualTo("Request body: field 'month': is required; field 'colour': not a field");
        assertThat(ApiRefusal.errors(List.of(Problem.at("prices", 2, "bad price"))))
                .containsExactly(Map.of("field", "prices", "line", 2, "message", "bad price"));
    }

    @Test
    @DisplayName("a problem that names nothing concerns the request as a whole")
    void whole() {
        assertThat(ApiRefusal.detail(List.of(Problem.inField("seats", "is required"), new Problem(null, 0, null,
                "The address is not validly percent-encoded (RFC 3986).")))).isEqualTo(
                "Parameter 'seats': is required; The address is not validly percent-encoded (RFC 3986).");
    }
}
