package kz.gov.tsa.payment.application.port.out;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.domain.RecoveryRecord;

import java.util.List;
import java.util.Optional;

/** Overpayment recovery records (CON-06 (2)); saving is audited. */
public interface RecoveryPort {

    /** Saves it unless the decision already has one; true when saved. */
    boolean save(RecoveryRecord record, String actor);

    /** Recoveries of one region (empty: every region), optionally of one family, newest first. */
    List<RecoveryRecord> find(Optional<RegionCode> region, Optional<String> familyId);
}
