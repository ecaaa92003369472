package kz.gov.tsa.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint secured by {@code @RolesAllowed} (checked inside Quarkus REST). */
@Path("/secure")
public class SecureResource {

    @GET
    @Path("/officer")
    @RolesAllowed("officer")
    public String officer() {
        return "hello officer";
    }
}
