package kz.gov.tsa.employment.domain;

/** Where a person stands in the registry: job seeker (EMP-02) or unemployed (EMP-05), or deregistered (EMP-08). */
public enum RegistrationStatus { JOB_SEEKER, UNEMPLOYED, DEREGISTERED }
