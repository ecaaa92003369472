package kz.gov.tsa.archfixture.good.application;

import kz.gov.tsa.archfixture.good.domain.Family;

public interface LoadFamilyPort {
    Family load(String id);
}
