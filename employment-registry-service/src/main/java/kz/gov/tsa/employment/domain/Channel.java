package kz.gov.tsa.employment.domain;

/** EMP-02: where the job seeker applied — at the Centre (an operator) or through the e-government portal. */
public enum Channel { OPERATOR, PORTAL }
