package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Documents;
import kz.gov.tsa.employment.domain.LegalRepresentative;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;

import java.util.Objects;

/**
 * EMP-01/02/03/09: registers a person as a job seeker at the Centre of their residence ({@code operator} of that
 * region) or through the portal (the citizen themself, {@code portal}).
 */
public interface RegisterJobSeekerUseCase {

    Outcome<Registration> register(Command command);

    /** @param familyId the person's TSA family when the caller knows it (else looked up from the decisions) */
    record Command(Caller caller, Iin iin, RegionCode region, boolean rural, Documents documents,
                   LegalRepresentative legalRepresentative, String familyId) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(iin, "iin");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(documents, "documents");
        }
    }
}
