package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.application.port.in.BuildRegisterQuery;
import kz.gov.tsa.payment.application.port.out.RegisterPort;
import kz.gov.tsa.payment.domain.register.Register;

import java.time.YearMonth;
import java.util.Optional;

/** The register of the caller's reach (D-11): a regional caller gets its region's. */
@ApplicationScoped
public class BuildRegisterService implements BuildRegisterQuery {

    private final RegisterPort registers;

    @Inject
    public BuildRegisterService(RegisterPort registers) {
        this.registers = registers;
    }

    @Override
    public Outcome<Register> register(Caller caller, YearMonth month, Optional<RegionCode> region, Kind kind) {
        return caller.scope(region).map(scope -> Register.of(month, scope.map(RegionCode::value).orElse(null),
                kind == Kind.MONTH ? registers.instructions(month, scope) : registers.reissues(month, scope)));
    }
}
