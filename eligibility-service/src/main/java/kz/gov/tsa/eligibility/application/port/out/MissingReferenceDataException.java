package kz.gov.tsa.eligibility.application.port.out;

import java.time.LocalDate;
import java.util.Arrays;

import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RefusedException;

/**
 * A [param] needed for a computation has no value for the asked date (e.g. no poverty line for a region and
 * quarter): a refusal (422) citing the parameter's rule and naming the parameter, key and date — never a default.
 * Thrown where the lookup finds the gap; {@code libs/web} renders it like any refusal.
 */
public class MissingReferenceDataException extends RefusedException {

    private final String parameter;
    private final String key;
    private final LocalDate date;

    public MissingReferenceDataException(String parameter, String key, LocalDate date) {
        super(Refusal.unprocessable(ruleOf(parameter), "reference.missing", parameter, key, date.toString())
                .with("parameter", parameter).with("key", key).with("date", date.toString()));
        this.parameter = parameter;
        this.key = key;
        this.date = date;
    }

    public String parameter() {
        return parameter;
    }

    public String key() {
        return key;
    }

    public LocalDate date() {
        return date;
    }

    private static String ruleOf(String parameter) {
        return Arrays.stream(ReferenceParameter.values()).filter(p -> p.name().equals(parameter)).findFirst()
                .map(ReferenceParameter::ruleId).orElse(null);
    }
}
