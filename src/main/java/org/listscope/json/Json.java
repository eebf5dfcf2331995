package org.listscope.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.SearchHit;
import org.listscope.model.SearchResult;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.ThreadHits;

/** Turns model records into the contract's JSON and back. */
public final class Json {

    /**
     * The mapper, made on first use: configuring it (modules, record introspection) takes a fresh
     * JVM about 80 ms, which a one-off search that only writes its result ({@link #searchResult})
     * does not pay.
     */
    private static final class Mapper {
        static final ObjectMapper MAPPER = create();
    }

    /** Streaming output only, which starts at once. */
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** The shared mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    /** One message as a single line of JSON. */
    public static String line(Message m) {
        try {
            return Mapper.MAPPER.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any value as a single line of JSON. */
    public static String write(Object value) {
        try {
            return Mapper.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A search result as the contract's JSON, on one line: the same text as {@link #write} gives,
     * without {@code threads} when the hits are not grouped and without {@code timeline} when none
     * was asked for, written field by field so that no
     * mapper is needed.
     */
    public static String searchResult(SearchResult r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("query", r.query());
            g.writeNumberField("total", r.total());
            g.writeNumberField("tookMs", r.tookMs());
            g.writeArrayFieldStart("hits");
            for (SearchHit h : r.hits()) hit(g, h);
            g.writeEndArray();
            g.writeObjectFieldStart("facets");
            for (Map.Entry<String, Map<String, Long>> f : r.facets().entrySet()) {
                g.writeObjectFieldStart(f.getKey());
                for (Map.Entry<String, Long> v : f.getValue().entrySet()) g.writeNumberField(v.getKey(), v.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
            if (r.threads() != null) {
                g.writeArrayFieldStart("threads");
                for (ThreadHits t : r.threads()) {
                    g.writeStartObject();
                    g.writeStringField("threadId", t.threadId());
                    g.writeStringField("subject", t.subject());
                    instant(g, "date", t.date());
                    g.writeNumberField("matching", t.matching());
                    g.writeArrayFieldStart("hits");
                    for (SearchHit h : t.hits()) hit(g, h);
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (r.timeline() != null) {
                g.writeObjectFieldStart("timeline");
                for (Map.Entry<String, Long> v : r.timeline().entrySet()) g.writeNumberField(v.getKey(), v.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void hit(JsonGenerator g, SearchHit h) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", h.id());
        g.writeStringField("subject", h.subject());
        g.writeObjectFieldStart("from");
        g.writeStringField("name", h.from().name());
        g.writeStringField("address", h.from().address());
        g.writeStringField("shown", h.from().shown());
        g.writeStringField("key", h.from().key());
        g.writeEndObject();
        instant(g, "date", h.date());
        g.writeStringField("url", h.url());
        g.writeStringField("threadId", h.threadId());
        g.writeFieldName("score");
        if (h.score() == null) g.writeNull();
        else g.writeNumber(h.score());
        g.writeStringField("snippet", h.snippet());
        g.writeEndObject();
    }

    private static void instant(JsonGenerator g, String field, Instant t) throws IOException {
        g.writeStringField(field, t == null ? null : t.toString());
    }

    /** Reads one message from its JSON. */
    public static Message readMessage(String json) {
        try {
            return Mapper.MAPPER.readValue(json, Message.class);
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
            if (s.forwarded()) g.writeBooleanField("forwarded", true);
            if (s.copied()) g.writeBooleanField("copied", true);
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
                    n.path("quotedStart").asInt(-1), n.path("quotedEnd").asInt(-1), n.path("forwarded").asBoolean(false),
                    n.path("copied").asBoolean(false));
        }

        private static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }
}
