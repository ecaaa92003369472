package kz.gov.tsa.contract;

import io.quarkus.test.common.QuarkusTestResource;
import kz.gov.tsa.testing.SuiteTestResources;

/** Starts the suite's test resources (libs/testing, D-92) for every {@code @QuarkusTest} of this service. */
@QuarkusTestResource(SuiteTestResources.class)
final class TestResources {
}
