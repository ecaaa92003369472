package kz.gov.tsa.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** D-91: a detail without a value is kept as an explicit null; the details are an unmodifiable copy. */
class AuditEntryTest {

    static AuditEntry entry(Map<String, Object> details) {
        return new AuditEntry(1, Instant.parse("2026-12-03T10:00:00Z"), "operator1", "APPLICATION_RECEIVED",
                "Application", "a-1", null, details);
    }

    @Test
    void aNullDetailValueIsKeptExplicitlyInItsOrder() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("region", "750000000");
        details.put("previousRegion", null);
        details.put("amount", "32000.00");

        AuditEntry entry = entry(details);

        assertThat(entry.details()).containsEntry("previousRegion", null).hasSize(3);
        assertThat(entry.details().keySet()).containsExactly("region", "previousRegion", "amount");
    }

    @Test
    void theDetailsAreAnUnmodifiableCopy() {
        Map<String, Object> details = new HashMap<>();
        details.put("reason", null);
        AuditEntry entry = entry(details);
        details.put("later", "x");

        assertThat(entry.details()).containsOnlyKeys("reason");
        assertThatThrownBy(() -> entry.details().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noDetailsAreAnEmptyMapAndANullKeyIsRefused() {
        assertThat(entry(null).details()).isEmpty();
        Map<String, Object> details = new HashMap<>();
        details.put(null, "x");
        assertThatThrownBy(() -> entry(details)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("a key of details");
    }
}
