package kz.gov.tsa.payment.application.port.out;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.domain.register.Confirmation;
import kz.gov.tsa.payment.domain.register.Instruction;
import kz.gov.tsa.payment.domain.register.Reconciliation;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The month's instructions (its lines per member share), what is due and not issued, and the bank's confirmations. */
public interface RegisterPort {

    /** The lines issued by the month's runs, summed per family and member share, in key order (empty region: all). */
    List<Instruction> instructions(YearMonth month, Optional<RegionCode> region);

    /** Schedule lines due by the month (above zero) without a line yet. */
    List<Reconciliation.DueShare> dueNotIssued(YearMonth month, Optional<RegionCode> region);

    /** Stores one imported confirmation file; audited. */
    void saveConfirmations(UUID importId, YearMonth month, List<Confirmation> confirmations, String actor);

    /** The month's re-issued transfers (empty region: all). */
    List<Instruction> reissues(YearMonth month, Optional<RegionCode> region);

    /** The re-issue of a returned transfer, if any. */
    Optional<Instruction> reissueOf(String originalEndToEndId);

    /** Stores a re-issue; false when that transfer was re-issued already (nothing written). Audited. */
    boolean saveReissue(String originalEndToEndId, Instruction reissue, String actor);

    /** Every confirmation imported for the month. */
    List<Confirmation> confirmations(YearMonth month);
}
