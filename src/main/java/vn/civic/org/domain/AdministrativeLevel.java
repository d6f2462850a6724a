package vn.civic.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.civic.org.AdministrativeLevelView;
import vn.civic.platform.cache.ReferenceDataChanges;

/** A level of the administrative hierarchy (province, commune, the former district), kept as data. */
@Entity
@EntityListeners(ReferenceDataChanges.class)
@Table(name = "admin_level")
public class AdministrativeLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 100)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    /** 1 for the top level; larger is lower. */
    @Column(nullable = false)
    private int depth;

    @Version
    private long version;

    protected AdministrativeLevel() {}

    public AdministrativeLevel(String code, String nameVi, String nameEn, int depth) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.depth = depth;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public int depth() {
        return depth;
    }

    public long version() {
        return version;
    }

    public AdministrativeLevelView view() {
        return new AdministrativeLevelView(id, code, nameVi, nameEn, depth);
    }
}
