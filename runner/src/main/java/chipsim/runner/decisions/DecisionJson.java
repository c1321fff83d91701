package chipsim.runner.decisions;

import chipsim.market.Quarter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one JSON form of observations and decisions: what decisions.jsonl holds, what a replay reads
 * back and what programs and people are sent. Records are written by their components only (no
 * derived getters), maps in key order, quarters as "2025Q3"; reading refuses unknown fields.
 */
public final class DecisionJson {

    public static final ObjectMapper MAPPER = mapper();

    private DecisionJson() {}

    private static ObjectMapper mapper() {
        SimpleModule quarters = new SimpleModule("chipsim-quarters");
        quarters.addSerializer(Quarter.class, new JsonSerializer<>() {
            @Override
            public void serialize(Quarter value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        quarters.addDeserializer(Quarter.class, new JsonDeserializer<>() {
            @Override
            public Quarter deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                try {
                    return Quarter.parse(parser.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw context.weirdStringException(parser.getValueAsString(), Quarter.class,
                            "a quarter is written 2025Q3");
                }
            }
        });
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(quarters)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return mapper;
    }

    /** The JSON of a value, on one line. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getMessage(), e);
        }
    }

    /** The first 16 hex digits of the SHA-256 of a value's JSON: enough to tell two observations apart. */
    public static String digest(Object value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(write(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
