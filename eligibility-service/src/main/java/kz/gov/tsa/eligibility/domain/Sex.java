package kz.gov.tsa.eligibility.domain;

/** As encoded in the IIN; the retirement age differs by sex (ELIG-06, REFERENCE-DATA §5). */
public enum Sex { MALE, FEMALE }
