package kz.gov.tsa.events.contract;

import java.util.Objects;

/**
 * A family member named by a contract event: the person key (HMAC-SHA256 of the IIN, D-13, the same in every
 * service) and the masked IIN for people to read; never the IIN itself.
 */
public record ContractMemberRef(String personKey, String maskedIin) {
    public ContractMemberRef {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(maskedIin, "maskedIin");
    }
}
