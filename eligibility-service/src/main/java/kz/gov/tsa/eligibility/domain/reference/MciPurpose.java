package kz.gov.tsa.eligibility.domain.reference;

/**
 * What an MCI value is used for (REFERENCE-DATA §2): in 2022 benefits and social payments used 3 180 ₸
 * from 1 April while fines and taxes kept 3 063 ₸; in every other period both are the same figure.
 * Only {@link #SOCIAL_PAYMENTS} matters for TSA.
 */
public enum MciPurpose { SOCIAL_PAYMENTS, FINES_TAXES }
