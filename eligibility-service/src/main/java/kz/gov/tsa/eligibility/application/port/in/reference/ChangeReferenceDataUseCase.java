package kz.gov.tsa.eligibility.application.port.in.reference;

import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.ReferenceValue;
import kz.gov.tsa.eligibility.domain.reference.Timeline;
import kz.gov.tsa.eligibility.domain.reference.Validity;
import kz.gov.tsa.eligibility.domain.reference.Version;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes reference data without rewriting history ({@link Timeline}): the version in force is closed,
 * a corrected one superseded, and a new version added; every change is audited with its editor and
 * reason in the same transaction. Refusals: {@link ChangeNotAllowedException} (403),
 * {@link UnknownRegionException} (404), {@link InvalidReferenceChangeException} (422).
 */
public interface ChangeReferenceDataUseCase {

    /** Adds a version of any parameter (a quarterly one for exactly one quarter). */
    Change record(RecordVersionCommand command);

    /** REF-03: sets the region's prices for a quarter; items of the basket not listed lose their price for it. */
    List<Change> putBasketPrices(PutBasketPricesCommand command);

    /** Ends a timeline: from {@code from} on there is no value (e.g. a basket item leaves the basket). */
    Change withdraw(WithdrawCommand command);

    /**
     * A new version of {@code value}.
     *
     * @param validTo null: until the version in force on {@code validFrom} ended, or until the next stored one
     */
    record RecordVersionCommand(ReferenceValue value, LocalDate validFrom, LocalDate validTo, String source,
                                String reason, Editor editor) {
        public RecordVersionCommand {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(editor, "editor");
            source = required(source, "source");
            reason = required(reason, "reason");
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw new IllegalArgumentException("validTo is not before validFrom");
            }
            if (value.parameter().quarterly() && (validTo == null || !new Validity(validFrom, validTo).isOneQuarter())) {
                throw new IllegalArgumentException(value.parameter() + " is set for exactly one quarter");
            }
        }

        /** A quarterly value (regional figure, price) for {@code quarter}. */
        public static RecordVersionCommand forQuarter(ReferenceValue value, Quarter quarter, String source, String reason,
                                                      Editor editor) {
            return new RecordVersionCommand(value, quarter.firstDay(), quarter.lastDay(), source, reason, editor);
        }
    }

    /** The prices per item code of the region for the quarter. */
    record PutBasketPricesCommand(RegionCode region, Quarter quarter, Map<String, Tenge> prices, String source,
                                  String reason, Editor editor) {
        public PutBasketPricesCommand {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(quarter, "quarter");
            Objects.requireNonNull(editor, "editor");
            prices = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(prices, "prices")));
            source = required(source, "source");
            reason = required(reason, "reason");
        }
    }

    /** Ends the timeline {@code parameter}/{@code key} on the day before {@code from}. */
    record WithdrawCommand(ReferenceParameter parameter, String key, LocalDate from, String reason, Editor editor) {
        public WithdrawCommand {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(editor, "editor");
            reason = required(reason, "reason");
        }
    }

    /**
     * What one change stored.
     *
     * @param created    the new version; empty for a withdrawal
     * @param closed     versions whose validity now ends earlier
     * @param superseded versions replaced by the change (kept, marked)
     * @param remainders new versions carrying an old value past the changed range
     */
    record Change(ReferenceParameter parameter, String key, Optional<Version<?>> created,
                  List<Timeline.Closure> closed, List<Long> superseded, List<Version<?>> remainders) {
        public Change {
            closed = List.copyOf(closed);
            superseded = List.copyOf(superseded);
            remainders = List.copyOf(remainders);
        }
    }

    private static String required(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return text.strip();
    }
}
