package kz.gov.tsa.contract.domain;

/** Progress of one plan activity (CON-02). */
public enum ActivityStatus { PLANNED, IN_PROGRESS, DONE, NOT_DONE }
