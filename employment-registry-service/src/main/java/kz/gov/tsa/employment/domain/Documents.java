package kz.gov.tsa.employment.domain;

/**
 * EMP-02: the documents presented — the identity document (required), proof of work experience and the
 * education / qualification document (each "if any").
 */
public record Documents(boolean identity, boolean workRecord, boolean education) {
}
