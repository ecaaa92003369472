package kz.gov.tsa.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

/** Test-only resource that fails in every way a service can. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public enum Kind { FAMILY, SINGLE }

    public record Member(@NotBlank @Pattern(regexp = "\\d{12}") String iin, LocalDate birthDate) {
    }

    public record SubmitRequest(@NotBlank String name, Kind kind, Integer size, List<@Valid Member> members,
            @Pattern(regexp = "[A-Z]{3}", message = "{test.region.format}") String region) {
    }

    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> submit(@Valid @NotNull SubmitRequest request) {
        return Map.of("name", request.name());
    }

    @GET
    @Path("/rule")
    public String rule() {
        throw ProblemException.unprocessable("ELIG-10", "test.income-too-high", "250000", "100000")
                .with("threshold", 100000);
    }

    @GET
    @Path("/conflict")
    public String conflict() {
        throw ProblemException.conflict("ELIG-02", "test.already-submitted").withViolation("iin", "test.iin-taken");
    }

    @GET
    @Path("/applications/{id}")
    public String application(@PathParam("id") String id) {
        throw ProblemException.notFound("test.application-missing", id);
    }

    @GET
    @Path("/page")
    public String page(@QueryParam("size") @Min(1) int size) {
        return "page " + size;
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internals of IIN 900101300123");
    }

    /** What a JPA/JDBC call gives when the pool's connection was cut (PostgreSQL 08006 wrapped twice). */
    @GET
    @Path("/database-down")
    public String databaseDown() {
        throw new IllegalStateException("could not execute statement", new RuntimeException("JDBC",
                new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006")));
    }

    /** A SQL error that is a bug (undefined table), not an outage. */
    @GET
    @Path("/sql-bug")
    public String sqlBug() {
        throw new IllegalStateException("bad SQL", new java.sql.SQLException("relation \"nope\" does not exist", "42P01"));
    }

    @GET
    @Path("/unavailable")
    public String unavailable() {
        throw new ServiceUnavailableException("downstream registry is down");
    }

    @GET
    @Path("/teapot")
    public String teapot() {
        throw new WebApplicationException(418);
    }

    @GET
    @Path("/ok")
    public Map<String, String> ok() {
        return Map.of("ok", "yes");
    }
}
