package vn.civic.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.civic.org.DepartmentView;

/** A department inside an agency (phòng ban). */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Department() {}

    public Department(long agencyId, String code, String name) {
        this.agencyId = agencyId;
        this.code = code;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public DepartmentView view() {
        return new DepartmentView(id, agencyId, code, name, active);
    }
}
