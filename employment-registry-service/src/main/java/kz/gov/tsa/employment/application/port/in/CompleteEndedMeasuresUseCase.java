package kz.gov.tsa.employment.application.port.in;

/** D-72: the job completing active measures whose end date has passed ({@code MeasureCompleted}, once each). */
public interface CompleteEndedMeasuresUseCase {
    /** Returns how many measures were completed. */
    int completeEnded();
}
