package kz.gov.tsa.archfixture.bad.adapter.out.persistence;

public class FamilyRow {
}
