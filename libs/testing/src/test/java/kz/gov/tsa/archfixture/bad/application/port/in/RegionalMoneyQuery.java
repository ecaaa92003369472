package kz.gov.tsa.archfixture.bad.application.port.in;

/** An inbound port (a use case the REST adapter drives). */
public interface RegionalMoneyQuery {
    String povertyLine(String region);
}
