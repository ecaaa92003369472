package kz.gov.tsa.events;

import java.util.List;

/** Kafka topic names (ARCHITECTURE.md §4). Keyed by family id, except employment (person IIN hash). */
public final class Topics {
    public static final String ELIGIBILITY = "tsa.eligibility.v1";
    public static final String CONTRACTS = "tsa.contracts.v1";
    public static final String EMPLOYMENT = "tsa.employment.v1";
    public static final String PAYMENTS = "tsa.payments.v1";
    /** Dated reference values published by their owning service (D-40), keyed by parameter name. */
    public static final String REFERENCE = "tsa.reference.v1";

    /** Every topic of the suite; test brokers and the local run create them before consumers start. */
    public static final List<String> ALL = List.of(ELIGIBILITY, CONTRACTS, EMPLOYMENT, PAYMENTS, REFERENCE);

    private Topics() {
    }
}
