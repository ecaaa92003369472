package kz.gov.tsa.eligibility.adapter.in.rest.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.BasketPricesRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.DatedRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.FigureRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.WithdrawalRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.ChangeView;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.RegionView;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.VersionView;
import kz.gov.tsa.eligibility.application.port.in.reference.ChangeReferenceDataUseCase;
import kz.gov.tsa.eligibility.application.port.in.reference.Editor;
import kz.gov.tsa.eligibility.application.port.in.reference.ReferenceDataQuery;
import kz.gov.tsa.eligibility.application.port.in.reference.RegionalMoneyQuery;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.ReferenceValue;
import kz.gov.tsa.eligibility.domain.reference.RegionalFigure;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.web.Callers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRest.date;
import static kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRest.invalid;
import static kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRest.quarter;
import static kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRest.region;
import static kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRest.value;

/**
 * The one implementation of the reference-data operations over {@link ReferenceParameter} (issue 8 §6,
 * D-90): read the versions of a parameter or the one in force on a date, record a new version, withdraw
 * a timeline, read and publish a region's figure for a quarter. Each reference resource is a thin JAX-RS
 * class that keeps its own paths, roles and OpenAPI documentation and calls one method here: SmallRye
 * OpenAPI reads the annotations of the class that declares the operation, so the documentation cannot
 * move into a shared base class (that attempt was reverted), but the code behind it is written once.
 */
@ApplicationScoped
public class ReferenceEndpoints {

    /** How a resource reads a region's money figure for a quarter once both are parsed and checked. */
    @FunctionalInterface
    public interface RegionalRead<T> {
        T read(RegionalMoneyQuery money, RegionCode region, Quarter quarter);
    }

    private final ReferenceDataQuery data;
    private final RegionalMoneyQuery money;
    private final ChangeReferenceDataUseCase change;
    private final Callers callers;

    @Inject
    ReferenceEndpoints(ReferenceDataQuery data, RegionalMoneyQuery money, ChangeReferenceDataUseCase change,
                       Callers callers) {
        this.data = data;
        this.money = money;
        this.change = change;
        this.callers = callers;
    }

    /** The 20 regions. */
    List<RegionView> regions() {
        return data.regions().stream().map(RegionView::of).toList();
    }

    /** One region by its code given as text: 400 when malformed, 404 when not one of the 20. */
    RegionView regionView(String regionCode) {
        return RegionView.of(data.region(ReferenceRest.region(regionCode)));
    }

    /** The versions of a parameter, of one key or all. */
    List<VersionView> versions(ReferenceParameter parameter, Optional<String> key, boolean includeSuperseded) {
        return VersionView.of(data.versions(parameter, key, includeSuperseded));
    }

    /** The version of {@code key} in force on the date given as text; 422 naming it when there is none. */
    VersionView inForce(ReferenceParameter parameter, String key, String date) {
        return VersionView.of(data.inForce(parameter, key, date("date", date)));
    }

    /** Every version of a parameter in force on the date given as text in the query parameter {@code field}. */
    List<VersionView> allInForce(ReferenceParameter parameter, String field, String date) {
        return VersionView.of(data.inForce(parameter, date(field, date)));
    }

    /**
     * Records a new version of a national value built from the request (a 400 naming {@code field} when the
     * value refuses what Bean Validation let through), valid from the request's dates, as the caller: 201.
     */
    Response record(String field, Supplier<? extends ReferenceValue> build, DatedRequest request) {
        ReferenceValue value = value(field, build);
        ReferenceRest.checkValidity(request.validFrom(), request.validTo());
        var command = new ChangeReferenceDataUseCase.RecordVersionCommand(value, request.validFrom(),
                request.validTo(), request.source(), request.reason(), editor());
        return created(change.record(command));
    }

    /** Ends the timeline of {@code key} from the request's day on, as the caller: 201. */
    Response withdraw(ReferenceParameter parameter, String key, WithdrawalRequest request) {
        var command = new ChangeReferenceDataUseCase.WithdrawCommand(parameter, key, request.from(), request.reason(),
                editor());
        return created(change.withdraw(command));
    }

    /** Reads a region's figure for a quarter, both given as text (400 / 404 before anything is read). */
    <T> T regional(String regionCode, String quarter, RegionalRead<T> read) {
        RegionCode region = region(regionCode);
        Quarter q = quarter(quarter);
        return read.read(money, region, q);
    }

    /** Records a region's figure (published PL, SM or entered median income) for a quarter, as the caller. */
    ChangeView publish(ReferenceParameter kind, String regionCode, String quarter, FigureRequest request) {
        RegionalFigure figure = new RegionalFigure(kind, region(regionCode), new Tenge(request.amount()));
        var command = ChangeReferenceDataUseCase.RecordVersionCommand.forQuarter(figure, quarter(quarter),
                request.source(), request.reason(), editor());
        return ChangeView.of(change.record(command));
    }

    /** REF-03: a region's basket prices for a quarter, one change per item; an item listed twice is a 400. */
    List<ChangeView> putBasketPrices(String regionCode, String quarter, BasketPricesRequest request) {
        RegionCode region = region(regionCode);
        Quarter q = quarter(quarter);
        Map<String, Tenge> prices = new LinkedHashMap<>();
        for (int i = 0; i < request.prices().size(); i++) {
            var line = request.prices().get(i);
            if (prices.put(line.itemCode(), new Tenge(line.price())) != null) {
                throw invalid("prices[" + i + "].itemCode", "reference.prices.duplicate", line.itemCode());
            }
        }
        var command = new ChangeReferenceDataUseCase.PutBasketPricesCommand(region, q, prices, request.source(),
                request.reason(), editor());
        return change.putBasketPrices(command).stream().map(ChangeView::of).toList();
    }

    /** The caller as an editor (the token is read once, by {@link Callers}). */
    private Editor editor() {
        return Editor.of(callers.current());
    }

    private static Response created(ChangeReferenceDataUseCase.Change change) {
        return Response.status(Response.Status.CREATED).entity(ChangeView.of(change)).build();
    }
}
