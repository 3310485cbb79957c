package se.regionkarta.editing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test cases of RFC 7396, Appendix A, one by one. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a":"b"}            | {"a":"c"}             | {"a":"c"}
            {"a":"b"}            | {"b":"c"}             | {"a":"b","b":"c"}
            {"a":"b"}            | {"a":null}            | {}
            {"a":"b","b":"c"}    | {"a":null}            | {"b":"c"}
            {"a":["b"]}          | {"a":"c"}             | {"a":"c"}
            {"a":"c"}            | {"a":["b"]}           | {"a":["b"]}
            {"a":{"b":"c"}}      | {"a":{"b":"d","c":null}} | {"a":{"b":"d"}}
            {"a":[{"b":"c"}]}    | {"a":[1]}             | {"a":[1]}
            ["a","b"]            | ["c","d"]             | ["c","d"]
            {"a":"b"}            | ["c"]                 | ["c"]
            {"a":"foo"}          | null                  | null
            {"a":"foo"}          | "bar"                 | "bar"
            {"e":null}           | {"a":1}               | {"e":null,"a":1}
            [1,2]                | {"a":"b","c":null}    | {"a":"b"}
            {}                   | {"a":{"bb":{"ccc":null}}} | {"a":{"bb":{}}}
            """)
    void rfc7396(String target, String patch, String expected) throws Exception {
        JsonNode before = JSON.readTree(target);
        JsonNode result = MergePatch.apply(before, JSON.readTree(patch));
        assertThat(result).isEqualTo(JSON.readTree(expected));
        assertThat(before).as("the target is not changed").isEqualTo(JSON.readTree(target));
    }
}
