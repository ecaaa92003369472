package kz.gov.tsa.eligibility.domain;

/** A member's social status (ELIG-14). */
public enum EmploymentStatus { EMPLOYED, SELF_EMPLOYED, UNEMPLOYED, PENSIONER, STUDENT, NOT_WORKING }
