package kz.gov.tsa.contract.domain;

/** The two kinds of plan activity (CON-02): active employment measures (CON-10) and social adaptation (CON-11). */
public enum ActivityCategory { ACTIVE_EMPLOYMENT, SOCIAL_ADAPTATION }
