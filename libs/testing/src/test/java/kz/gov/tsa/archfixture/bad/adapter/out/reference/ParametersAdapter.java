package kz.gov.tsa.archfixture.bad.adapter.out.reference;

import kz.gov.tsa.archfixture.bad.application.port.in.RegionalMoneyQuery;

/** Bad: an outbound adapter that drives the core through an inbound port. */
public class ParametersAdapter {
    private final RegionalMoneyQuery money;

    public ParametersAdapter(RegionalMoneyQuery money) {
        this.money = money;
    }

    public String load(String region) {
        return money.povertyLine(region);
    }
}
