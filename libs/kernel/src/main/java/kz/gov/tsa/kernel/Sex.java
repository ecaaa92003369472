package kz.gov.tsa.kernel;

/** As encoded in the seventh digit of the {@link Iin}; the retirement age differs by sex (ELIG-06, REFERENCE-DATA §5). */
public enum Sex { MALE, FEMALE }
