package kz.gov.tsa.eligibility.domain;

/** Care a member gives (ELIG-07; CON-09 (4)). */
public enum CareDuty { CHILD_UNDER_7, DISABLED_CHILD, DISABLED_PERSON_GROUP_1_2, ELDERLY_NEEDING_CARE }
