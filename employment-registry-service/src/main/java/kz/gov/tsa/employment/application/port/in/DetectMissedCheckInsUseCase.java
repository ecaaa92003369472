package kz.gov.tsa.employment.application.port.in;

/** EMP-04/07: the daily job announcing each missed check-in once ({@code CheckInMissed}); safe to run twice and on two instances. */
public interface DetectMissedCheckInsUseCase {
    /** Returns how many missed check-ins were announced. */
    int detectMissed();
}
