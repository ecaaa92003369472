package kz.gov.tsa.archfixture.good.domain;

public record Family(String id) {
}
