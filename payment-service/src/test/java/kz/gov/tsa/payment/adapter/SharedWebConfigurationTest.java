package kz.gov.tsa.payment.adapter;

import io.quarkus.test.junit.QuarkusTest;
import kz.gov.tsa.testing.web.SharedWebConfigurationContract;

/** The shared libs/web configuration (strict JSON, request checks, size limits as problem+json) is active here. */
@QuarkusTest
class SharedWebConfigurationTest extends SharedWebConfigurationContract {
}
