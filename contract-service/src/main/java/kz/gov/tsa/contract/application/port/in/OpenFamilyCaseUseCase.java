package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.FamilyCase;

/** Opens a family's case; opening it again for the same application returns the existing case. */
public interface OpenFamilyCaseUseCase {
    FamilyCase open(OpenFamilyCaseCommand command);
}
