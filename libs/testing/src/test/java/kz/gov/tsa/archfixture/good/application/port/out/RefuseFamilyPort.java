package kz.gov.tsa.archfixture.good.application.port.out;

import kz.gov.tsa.kernel.Refusal;

/** Good: a port may speak in the kernel's plain-Java types. */
public interface RefuseFamilyPort {
    Refusal refusalFor(String familyId);
}
