package kz.gov.tsa.archfixture.good.adapter.out.persistence;

import kz.gov.tsa.archfixture.good.application.LoadFamilyPort;
import kz.gov.tsa.archfixture.good.domain.Family;

class FamilyStore implements LoadFamilyPort {
    @Override
    public Family load(String id) {
        return new Family(id);
    }
}
