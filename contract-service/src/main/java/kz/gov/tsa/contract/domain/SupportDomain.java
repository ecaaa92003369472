package kz.gov.tsa.contract.domain;

/** CON-13: the social support domain a plan activity is tagged with. */
public enum SupportDomain { SOCIAL, EDUCATION, HEALTH, PSYCHOLOGICAL, LEGAL }
