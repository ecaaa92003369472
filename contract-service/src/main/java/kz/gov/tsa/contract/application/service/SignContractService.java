package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.SignContractUseCase;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.ContractTermPort;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;
import java.time.LocalDate;

/** CON-03, CON-04: the recipient's signature within the deadline, the term from the dated CON-04 parameter. */
@ApplicationScoped
public class SignContractService implements SignContractUseCase {

    private final ContractTermPort terms;
    private final OperatorEdits edits;
    private final Clock clock;

    @Inject
    public SignContractService(ContractStorePort store, ContractTermPort terms, PersonKeyPort personKeys,
                               PublishEventPort events, Clock clock) {
        this.terms = terms;
        this.edits = new OperatorEdits(store, personKeys, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Contract> sign(Command c) {
        String actor = c.caller().subject();
        LocalDate today = LocalDate.now(clock);
        return edits.apply(c.caller(), c.contractId(),
                contract -> {
                    if (c.signedOn().isAfter(today)) {
                        return Outcome.refused(Refusal.invalid("CON-03", "contract.signed-in-the-future")
                                .withField("signedOn", "contract.signed-in-the-future"));
                    }
                    var signatory = contract.member(c.signatory());
                    if (signatory.isEmpty()) {
                        return Outcome.refused(Refusal.unprocessable("CON-03", "contract.signatory-unknown")
                                .withField("signatory", "contract.signatory-unknown"));
                    }
                    var months = terms.termMonthsOn(c.signedOn());
                    if (months.isEmpty()) {
                        return Outcome.refused(Refusal.unprocessable("CON-04", "reference.missing", "CON-04",
                                "contract term", c.signedOn().toString()));
                    }
                    return contract.sign(c.signedOn(), signatory.get().maskedIin(), c.assistant(), c.consultant(),
                            months.get(), actor, clock.instant());
                });
    }
}
