package kz.gov.tsa.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Test-only write endpoint with every kind of input a hostile client can abuse. */
@Path("/strict")
@Produces(MediaType.APPLICATION_JSON)
public class StrictResource {

    public enum Relation { SPOUSE, CHILD }

    /** A quarter of a served year (2001–2100), written {@code 2024-Q3}; anything else is refused. */
    public record Quarter(int year, int quarter) {
        private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q(\\d)");

        public Quarter {
            if (year < 2001 || year > 2100 || quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("quarter " + year + "-Q" + quarter + " is not served");
            }
        }

        @JsonCreator
        public static Quarter valueOf(String text) {
            Matcher m = TEXT.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a quarter: " + text);
            }
            return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }

        @JsonValue
        @Override
        public String toString() {
            return year + "-Q" + quarter;
        }
    }

    /** A share in (0, 100] with at most two decimals, sent as a JSON number. */
    public record Percentage(BigDecimal value) {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Percentage {
            if (value == null || value.signum() <= 0 || value.compareTo(HUNDRED) > 0
                    || value.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("not a percentage: " + value);
            }
        }

        @JsonValue
        public BigDecimal value() {
            return value;
        }
    }

    public record Member(String iin, Relation relation, Percentage share) {
    }

    /** A record whose compact constructor refuses months outside 2000–2100. */
    public record WriteRequest(String name, Relation relation, boolean disabled, int size, BigDecimal amount,
            YearMonth month, List<Member> members, Quarter quarter, Percentage share) {
        public WriteRequest {
            if (month != null && (month.getYear() < 2000 || month.getYear() > 2100)) {
                throw new IllegalArgumentException("month " + month + " is not served");
            }
        }
    }

    @POST
    @Path("/write")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> write(WriteRequest request, @QueryParam("month") YearMonth month,
            @QueryParam("quarter") Quarter quarter, @QueryParam("count") Integer count,
            @QueryParam("note") String note) {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("name", request == null ? null : request.name());
        echo.put("amount", request == null ? null : request.amount());
        echo.put("members", request == null || request.members() == null ? 0 : request.members().size());
        echo.put("month", month == null ? null : month.toString());
        echo.put("note", note);
        return echo;
    }

    @GET
    @Path("/months/{month}")
    public Map<String, String> month(@PathParam("month") YearMonth month) {
        return Map.of("month", month.toString());
    }

    @GET
    @Path("/regions/{code}")
    public Map<String, String> region(@PathParam("code") String code) {
        return Map.of("code", code);
    }

    @GET
    @Path("/idempotent")
    public Map<String, String> idempotent(@HeaderParam("Idempotency-Key") String key) {
        return Map.of("key", String.valueOf(key));
    }
}
