package kz.gov.tsa.payment.adapter.in.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The paying side of a pain.001 register (the treasury account of the assistance budget), set per deployment. */
@ConfigMapping(prefix = "tsa.payment.register")
public interface RegisterDebtor {

    @WithDefault("Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan")
    String debtorName();

    /** A placeholder: each deployment sets the treasury account's IBAN ({@code TSA_PAYMENT_REGISTER_DEBTOR_IBAN}). */
    @WithDefault("KZ000000000000000000")
    String debtorIban();

    @WithDefault("KKMFKZ2A")
    String debtorBic();
}
