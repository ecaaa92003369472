package kz.gov.tsa.payment;

import kz.gov.tsa.testing.arch.HexagonRules;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE.md §3: the dependency rule of the hexagon holds in payment-service. */
class HexagonArchitectureTest {
    @Test
    void theHexagonHolds() {
        HexagonRules.check("kz.gov.tsa.payment");
    }
}
