package kz.gov.tsa.contract.domain;

/** A breach is proposed, then confirmed or dismissed; an operator's own record is confirmed at once. */
public enum BreachStatus { PROPOSED, CONFIRMED, DISMISSED }
