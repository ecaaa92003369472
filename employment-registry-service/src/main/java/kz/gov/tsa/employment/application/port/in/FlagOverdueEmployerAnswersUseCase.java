package kz.gov.tsa.employment.application.port.in;

/** PRG-05: the job flagging social jobs whose employer let its 3 working days pass without an answer (D-71). */
public interface FlagOverdueEmployerAnswersUseCase {
    /** Returns how many referrals were flagged. */
    int flagOverdue();
}
