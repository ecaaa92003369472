package kz.gov.tsa.archfixture.bad.domain;

import kz.gov.tsa.archfixture.bad.adapter.out.persistence.FamilyRow;

/** Breaks the rules on purpose: the domain reaches into an adapter and a framework. */
public record Family(String id, FamilyRow row, org.postgresql.util.PGobject leak) {
}
