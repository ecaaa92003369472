package kz.gov.tsa.eligibility.domain.reference;

/** CON-04: the term of a social contract for conditional assistance, in months (6 since 2018). */
public record ContractTerm(int months) implements ReferenceValue {

    public ContractTerm {
        if (months < 1 || months > 24) {
            throw new IllegalArgumentException("a contract term lies between 1 and 24 months");
        }
    }

    @Override
    public ReferenceParameter parameter() {
        return ReferenceParameter.CONTRACT_TERM;
    }

    @Override
    public String key() {
        return ReferenceParameter.NATIONAL_KEY;
    }

    @Override
    public String text() {
        return Integer.toString(months);
    }
}
