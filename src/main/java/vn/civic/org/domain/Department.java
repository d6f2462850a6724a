package vn.civic.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.civic.org.DepartmentCommand;
import vn.civic.org.DepartmentDetails;
import vn.civic.org.DepartmentView;
import vn.civic.org.OrgError;
import vn.civic.platform.cache.ReferenceDataChanges;
import vn.civic.platform.error.ConflictException;

/** A department inside an agency (phòng ban). */
@Entity
@EntityListeners(ReferenceDataChanges.class)
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

    /** A new active department of the agency; the editor has checked that the code is free in it. */
    public Department(long agencyId, DepartmentCommand command) {
        this.agencyId = agencyId;
        change(command);
    }

    /** Replaces code and name; a department stays in its agency. */
    public void change(DepartmentCommand command) {
        this.code = command.code();
        this.name = command.name();
    }

    public void deactivate() {
        if (!active) {
            throw new ConflictException(OrgError.ALREADY_INACTIVE);
        }
        active = false;
    }

    public void reactivate() {
        if (active) {
            throw new ConflictException(OrgError.ALREADY_ACTIVE);
        }
        active = true;
    }

    public long agencyId() {
        return agencyId;
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

    public DepartmentDetails toDetails() {
        return new DepartmentDetails(view(), version);
    }
}
