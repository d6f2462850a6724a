package vn.civic.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.civic.org.OrgError;
import vn.civic.org.PositionCommand;
import vn.civic.org.PositionDetails;
import vn.civic.org.PositionView;
import vn.civic.platform.cache.ReferenceDataChanges;
import vn.civic.platform.error.ConflictException;

/** A position (chức vụ), city-wide. */
@Entity
@EntityListeners(ReferenceDataChanges.class)
@Table(name = "job_position")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    /** Lower is listed first (higher in rank). */
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean leader;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Position() {}

    public Position(String code, String nameVi, String nameEn, int sortOrder, boolean leader) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.leader = leader;
    }

    /** A new active position; the editor has checked that the code is free. */
    public Position(PositionCommand command) {
        change(command);
    }

    public void change(PositionCommand command) {
        this.code = command.code();
        this.nameVi = command.nameVi();
        this.nameEn = command.nameEn();
        this.sortOrder = command.sortOrder();
        this.leader = command.leader();
    }

    /** Stops offering the position in pickers; staff who hold it keep it. */
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

    public Long id() {
        return id;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public long version() {
        return version;
    }

    public PositionView view() {
        return new PositionView(id, code, nameVi, nameEn, leader);
    }

    public PositionDetails toDetails() {
        return new PositionDetails(view(), sortOrder, active, version);
    }
}
