package kz.gov.tsa.employment.application.port.in;

import java.time.Instant;
import java.util.List;

/** D-41: remembers which TSA family the members of a decision belong to, so employment events carry the family id. */
public interface RememberFamilyUseCase {
    void remember(String familyId, List<String> personKeys, Instant decidedAt);
}
