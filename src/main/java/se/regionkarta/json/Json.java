package se.regionkarta.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import se.regionkarta.provenance.model.PartialDate;

/**
 * The one JSON mapping of the registry's records, shared by the store, the exports and the API so
 * that a fact looks the same everywhere. The model stays free of annotations: records map by
 * their components, and the few value types with a textual form get a serializer here.
 */
public final class Json {

    private Json() {
    }

    public static ObjectMapper mapper() {
        SimpleModule values = new SimpleModule("regionkarta-values");
        values.addSerializer(PartialDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(PartialDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        values.addDeserializer(PartialDate.class, new JsonDeserializer<>() {
            @Override
            public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return PartialDate.parse(p.getValueAsString());
            }
        });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(values)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
