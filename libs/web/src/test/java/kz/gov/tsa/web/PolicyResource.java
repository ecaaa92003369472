package kz.gov.tsa.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint protected by an HTTP permission policy (checked before Quarkus REST runs). */
@Path("/policy")
public class PolicyResource {

    @GET
    @Path("/report")
    public String report() {
        return "report";
    }
}
