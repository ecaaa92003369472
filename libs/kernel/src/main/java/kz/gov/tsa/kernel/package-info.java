/**
 * Value types every service's domain may use, plain Java (JDK only): {@link kz.gov.tsa.kernel.Tenge} (REF-08, the
 * one rounding rule), {@link kz.gov.tsa.kernel.Iin} with {@link kz.gov.tsa.kernel.IinHasher} (the pseudonymous
 * person key), {@link kz.gov.tsa.kernel.RegionCode} (KATO), {@link kz.gov.tsa.kernel.Quarter}, and in
 * {@link kz.gov.tsa.kernel.calendar} the dated working-day calendar (EMP-10).
 */
package kz.gov.tsa.kernel;
