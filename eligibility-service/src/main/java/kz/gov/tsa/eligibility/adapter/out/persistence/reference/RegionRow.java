package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code region}: one of the 20 regions by KATO code. */
@Entity
@Table(name = "region")
public class RegionRow extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "name_kk", nullable = false)
    public String nameKk;
    @Column(name = "name_ru", nullable = false)
    public String nameRu;
    @Column(name = "name_en", nullable = false)
    public String nameEn;
    @Column(nullable = false)
    public String kind;
    public String note;
    @Column(nullable = false)
    public String source;
}
