package kz.gov.tsa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The strict mapper on its own (no Quarkus): what a refused body becomes. */
class StrictJsonTest {

    private final ObjectMapper strict = StrictJson.strictCopy(new ObjectMapper().registerModule(new JavaTimeModule()));

    private Violation violationFor(String json) {
        Exception e = catchThrowableOfType(Exception.class,
                () -> strict.readValue(json, StrictResource.WriteRequest.class));
        assertThat(e).isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
        return JsonErrors.toViolation((com.fasterxml.jackson.core.JsonProcessingException) e, ProblemMessages.ENGLISH);
    }

    @Test
    void aRecordRefusingOneOfItsComponentsNamesIt() {
        assertThat(violationFor("{\"month\": \"0000-01\"}").field()).isEqualTo("month");
        assertThat(violationFor("{\"size\": 2, \"month\": \"0000-01\"}").field()).isEqualTo("month");
    }

    @Test
    void aValueTypeBuiltFromOneJsonValueIsNamedByItsPath() {
        assertThat(violationFor("{\"quarter\": \"2000-Q1\"}").field()).isEqualTo("quarter");
        assertThat(violationFor("{\"share\": 0}").field()).isEqualTo("share");
    }

    @Test
    void strictRefusalsNameTheirPath() {
        assertThat(violationFor("{\"members\": [{\"iin\": \"1\"}, {\"iin\": \"1\", \"iin\": \"2\"}]}"))
                .isEqualTo(new Violation("members[1].iin",
                        "Duplicate key: each key may appear only once in an object."));
        assertThat(violationFor("{\"members\": [{\"iin\": \"\\u0000\"}]}").field()).isEqualTo("members[0].iin");
        assertThat(violationFor("{} []").field()).isNull();
    }

    @Test
    void theApplicationMapperIsNotChanged() {
        ObjectMapper application = new ObjectMapper();
        StrictJson.strictCopy(application);
        assertThat(application.getFactory()).isNotInstanceOf(StrictJsonFactory.class);
        assertThat(application.isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS))
                .isFalse();
        assertThat(application.getFactory().isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)).isFalse();
    }
}
