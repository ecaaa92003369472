package kz.gov.tsa.eligibility.application.port.out;

import java.time.LocalDate;

/**
 * A [param] needed for a computation has no value for the asked date (e.g. no poverty line for a
 * region and quarter). The REST adapter answers 422 naming the parameter, key and date.
 */
public class MissingReferenceDataException extends RuntimeException {

    private final String parameter;
    private final String key;
    private final LocalDate date;

    public MissingReferenceDataException(String parameter, String key, LocalDate date) {
        super("no " + parameter + " for " + key + " on " + date);
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
}
