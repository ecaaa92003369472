package kz.gov.tsa.events;

/**
 * One registered event type: its name, payload version, topic, payload record class (null while the
 * payload is not defined yet) and JSON Schema resource.
 */
public record EventType(String name, int version, String topic, Class<?> payloadClass) {

    /** Class-path resource of the payload's JSON Schema, e.g. {@code /schemas/ApplicationReceived.v1.json}. */
    public String schemaResource() {
        return "/schemas/" + name + ".v" + version + ".json";
    }
}
