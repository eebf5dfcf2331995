package org.listscope.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/** Turns model records into the contract's JSON and back. */
public final class Json {

    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    /** The shared mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One message as a single line of JSON. */
    public static String line(Message m) {
        try {
            return MAPPER.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any value as a single line of JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one message from its JSON. */
    public static Message readMessage(String json) {
        try {
            return MAPPER.readValue(json, Message.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a listscope message: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectMapper create() {
        SimpleModule module = new SimpleModule("listscope");
        module.addSerializer(SegmentKind.class, new LabelSerializer<>(SegmentKind::label));
        module.addDeserializer(SegmentKind.class, new LabelDeserializer<>(SegmentKind::fromLabel));
        module.addSerializer(LinkMethod.class, new LabelSerializer<>(LinkMethod::label));
        module.addDeserializer(LinkMethod.class, new LabelDeserializer<>(LinkMethod::fromLabel));
        module.addSerializer(Segment.class, new SegmentSerializer());
        module.addDeserializer(Segment.class, new SegmentDeserializer());
        module.setMixInAnnotation(Annotation.class, AnnotationMixin.class);
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(module);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.setSerializationInclusion(JsonInclude.Include.ALWAYS);
        return mapper;
    }

    /** Writes the {@code type} discriminator the contract names. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Citation.class, name = "citation"),
            @JsonSubTypes.Type(value = Claim.class, name = "claim")})
    private interface AnnotationMixin {
    }

    private static final class LabelSerializer<E> extends JsonSerializer<E> {
        private final java.util.function.Function<E, String> label;

        LabelSerializer(java.util.function.Function<E, String> label) {
            this.label = label;
        }

        @Override
        public void serialize(E value, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeString(label.apply(value));
        }
    }

    private static final class LabelDeserializer<E> extends JsonDeserializer<E> {
        private final java.util.function.Function<String, E> parse;

        LabelDeserializer(java.util.function.Function<String, E> parse) {
            this.parse = parse;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            return parse.apply(p.getValueAsString());
        }
    }

    /** Segments leave out the quote fields they do not have, as the contract's {@code ?} marks. */
    private static final class SegmentSerializer extends JsonSerializer<Segment> {
        @Override
        public void serialize(Segment s, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("kind", s.kind().label());
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeNumberField("depth", s.depth());
            if (s.quotedAuthor() != null) g.writeStringField("quotedAuthor", s.quotedAuthor());
            if (s.quotedDate() != null) g.writeStringField("quotedDate", s.quotedDate().toString());
            if (s.quotedId() != null) {
                g.writeStringField("quotedId", s.quotedId());
                if (s.quotedStart() >= 0) {
                    g.writeNumberField("quotedStart", s.quotedStart());
                    g.writeNumberField("quotedEnd", s.quotedEnd());
                }
            }
            g.writeEndObject();
        }
    }

    private static final class SegmentDeserializer extends JsonDeserializer<Segment> {
        @Override
        public Segment deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonNode n = p.getCodec().readTree(p);
            String qd = text(n, "quotedDate");
            return new Segment(SegmentKind.fromLabel(n.get("kind").asText()), n.get("start").asInt(),
                    n.get("end").asInt(), n.path("depth").asInt(0), text(n, "quotedAuthor"),
                    qd == null ? null : Instant.parse(qd), text(n, "quotedId"),
                    n.path("quotedStart").asInt(-1), n.path("quotedEnd").asInt(-1));
        }

        private static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }
}
