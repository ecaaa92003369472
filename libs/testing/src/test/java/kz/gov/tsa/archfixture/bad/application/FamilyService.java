package kz.gov.tsa.archfixture.bad.application;

import kz.gov.tsa.archfixture.bad.adapter.out.persistence.FamilyRow;

/** Breaks the rules on purpose: the application layer uses an adapter class. */
public class FamilyService {
    public FamilyRow row() {
        return new FamilyRow();
    }
}
