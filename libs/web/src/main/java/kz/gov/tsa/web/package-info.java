/**
 * RFC 9457 {@code application/problem+json} for every error of a Quarkus REST service, in Kazakh (default),
 * Russian or English according to {@code Accept-Language}.
 * <ul>
 * <li>Throw {@link kz.gov.tsa.web.ProblemException} (e.g. {@code ProblemException.unprocessable("ELIG-10",
 * "elig.income-above-threshold", income)}) from application code and adapters.</li>
 * <li>Put the service's texts in {@code problems_kk.properties}, {@code problems_ru.properties} and
 * {@code problems_en.properties} (UTF-8) at the classpath root; they may also override the library's keys
 * ({@code title.<type>}, {@code detail.<type>}) and hold Bean Validation message keys such as
 * {@code {elig.iin.invalid}}.</li>
 * <li>{@link kz.gov.tsa.web.ProblemMappers} turn everything else (validation, malformed JSON, JAX-RS and security
 * errors, unexpected exceptions) into problems; nothing needs to be registered.</li>
 * <li>Secure endpoints with {@code @RolesAllowed}/{@code @Authenticated}. HTTP permission policies
 * ({@code quarkus.http.auth.permission.*}) need {@code applies-to=JAXRS}: otherwise Quarkus answers an anonymous
 * request denied by the policy with an empty 401 before any mapper runs.</li>
 * <li>A {@code WebApplicationException} that already carries an entity is sent as-is by Quarkus REST (mappers are
 * not consulted): throw {@code ProblemException} instead.</li>
 * </ul>
 * {@link kz.gov.tsa.web.LogMasking} masks IINs for logs.
 */
package kz.gov.tsa.web;
