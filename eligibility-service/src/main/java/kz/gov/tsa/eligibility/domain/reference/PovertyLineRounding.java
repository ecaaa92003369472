package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Tenge;

import java.math.RoundingMode;

/**
 * REF-04 / REF-08: how a poverty line computed by a method is rounded — a dated part of the method. The lines
 * published under MTSZN order No. 160 (from 2023-07-01) and its amendment No. 473 are whole tenge: 70 % × 40 567 =
 * 28 396.90 is published as 28 397 (REFERENCE-DATA §3b), so the method rounds HALF_UP to the tenge. Earlier methods
 * keep the tiyn (every term is already rounded HALF_UP to the tiyn).
 */
public enum PovertyLineRounding {
    /** Kept to the tiyn, as computed. */
    TIYN,
    /** Rounded HALF_UP to the whole tenge, as published. */
    WHOLE_TENGE;

    public Tenge apply(Tenge computed) {
        return this == TIYN ? computed : new Tenge(computed.value().setScale(0, RoundingMode.HALF_UP));
    }
}
