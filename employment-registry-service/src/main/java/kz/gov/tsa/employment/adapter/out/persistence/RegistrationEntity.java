package kz.gov.tsa.employment.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** Row of {@code registration}. */
@Entity
@Table(name = "registration")
public class RegistrationEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String iin;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(nullable = false)
    public String status;
    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;
    @Column(name = "deregistered_on")
    public LocalDate deregisteredOn;
}
