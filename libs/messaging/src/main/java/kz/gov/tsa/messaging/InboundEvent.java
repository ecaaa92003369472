package kz.gov.tsa.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An event as a consumer receives it: the envelope's fields (ARCHITECTURE.md §4), the payload as a JSON
 * tree, and where the record came from.
 */
public record InboundEvent(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        String familyId,
        UUID correlationId,
        UUID causationId,
        List<String> ruleIds,
        JsonNode payload,
        String topic,
        int partition,
        long offset) {

    private static final ObjectMapper PAYLOAD_MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(new ParameterNamesModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    public InboundEvent {
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }

    /**
     * The payload as the given record or class; unknown fields are ignored (a newer producer may add some).
     *
     * @throws IllegalArgumentException if the payload does not fit the class
     */
    public <T> T payloadAs(Class<T> payloadClass) {
        try {
            return PAYLOAD_MAPPER.treeToValue(payload, payloadClass);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the cause's message may quote payload values (personal data): keep it out of this message
            throw new IllegalArgumentException("payload of event " + eventId + " (" + type + ") is not a "
                    + payloadClass.getSimpleName(), e);
        }
    }

    /**
     * Reads a Kafka record holding a JSON envelope.
     *
     * @throws IllegalArgumentException if the value is not a JSON envelope with the required fields
     */
    public static InboundEvent parse(ObjectMapper mapper, ConsumerRecord<String, String> record) {
        if (record.value() == null || record.value().isBlank()) {
            throw new IllegalArgumentException("empty record value");
        }
        JsonNode root;
        try {
            root = mapper.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record value is not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("record value is not a JSON object");
        }
        JsonNode payload = root.get("payload");
        if (payload == null || !payload.isObject()) {
            throw new IllegalArgumentException("envelope has no payload object");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber() || version.intValue() < 1) {
            throw new IllegalArgumentException("envelope has no valid version");
        }
        return new InboundEvent(
                uuid(root, "eventId", true),
                text(root, "type", true),
                version.intValue(),
                instant(root, "occurredAt"),
                text(root, "familyId", true),
                uuid(root, "correlationId", true),
                uuid(root, "causationId", false),
                ruleIds(root),
                payload,
                record.topic(),
                record.partition(),
                record.offset());
    }

    private static String text(JsonNode root, String field, boolean required) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new IllegalArgumentException("envelope has no " + field);
            }
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw new IllegalArgumentException("envelope field " + field + " is not a non-blank string");
        }
        return node.textValue();
    }

    private static UUID uuid(JsonNode root, String field, boolean required) {
        String text = text(root, field, required);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("envelope field " + field + " is not a UUID", e);
        }
    }

    private static Instant instant(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node != null && node.isNumber()) { // epoch seconds, as Jackson writes timestamps
            BigDecimal seconds = node.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
        }
        String text = text(root, field, true);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("envelope field " + field + " is not an ISO instant", e);
        }
    }

    private static List<String> ruleIds(JsonNode root) {
        JsonNode node = root.get("ruleIds");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("envelope field ruleIds is not an array");
        }
        List<String> ids = new ArrayList<>(node.size());
        node.forEach(id -> {
            if (!id.isTextual()) {
                throw new IllegalArgumentException("envelope field ruleIds holds a non-string");
            }
            ids.add(id.textValue());
        });
        return ids;
    }
}
