package kz.gov.tsa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class JsonErrorsTest {

    record Child(LocalDate birthDate, int age) {
    }

    record Family(String name, List<Child> children) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Violation violationFor(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> mapper.readValue(json, Family.class));
        return JsonErrors.toViolation(e, ProblemMessages.ENGLISH);
    }

    @Test
    void namesTheNestedFieldOfAWrongType() {
        assertThat(violationFor("{\"children\": [{}, {\"birthDate\": \"soon\"}]}"))
                .isEqualTo(new Violation("children[1].birthDate", "Invalid value; expected date (YYYY-MM-DD)."));
        assertThat(violationFor("{\"children\": [{\"age\": \"old\"}]}"))
                .isEqualTo(new Violation("children[0].age", "Invalid value; expected number."));
        assertThat(violationFor("{\"children\": {\"age\": 1}}").field()).isEqualTo("children");
    }

    @Test
    void unknownFieldsAndSyntaxErrors() {
        assertThat(violationFor("{\"nickname\": \"x\"}")).isEqualTo(new Violation("nickname", "Unknown field."));
        assertThat(violationFor("{\n  \"name\": x}"))
                .isEqualTo(new Violation(null, "Malformed JSON at line 2, column 11."));
    }

    @Test
    void findsJacksonCauseInChain() {
        var json = new com.fasterxml.jackson.core.JsonParseException(null, "bad");
        assertThat(JsonErrors.find(new RuntimeException(new IllegalStateException(json)))).isSameAs(json);
        assertThat(JsonErrors.find(new RuntimeException())).isNull();
    }

    @Test
    void neverNamesJavaTypes() {
        assertThat(JsonErrors.jsonType(Integer.class)).isEqualTo("number");
        assertThat(JsonErrors.jsonType(String.class)).isEqualTo("string");
        assertThat(JsonErrors.jsonType(List.class)).isEqualTo("array");
        assertThat(JsonErrors.jsonType(Family.class)).isEqualTo("object");
    }
}
