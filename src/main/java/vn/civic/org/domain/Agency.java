package vn.civic.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.civic.org.AgencyCommand;
import vn.civic.org.AgencyDetails;
import vn.civic.org.AgencyKind;
import vn.civic.org.AgencyView;
import vn.civic.org.FieldChecks;
import vn.civic.org.OrgError;
import vn.civic.platform.cache.ReferenceDataChanges;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.InvalidInputException;

/** An agency with its organisation code; agencies form a tree through {@code parentId}. */
@Entity
@EntityListeners(ReferenceDataChanges.class)
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 35)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @Column(length = 30)
    private String abbreviation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private AgencyKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "admin_unit_id")
    private Long administrativeUnitId;

    @Column(length = 300)
    private String address;

    @Column(length = 200)
    private String email;

    @Column(length = 30)
    private String phone;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Agency() {}

    public Agency(String code, String name, AgencyKind kind, Long parentId, Long administrativeUnitId) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.administrativeUnitId = administrativeUnitId;
    }

    /** A new active agency; the agency editor has checked the command against the stored agencies. */
    public Agency(AgencyCommand command) {
        change(command);
    }

    /**
     * Replaces every field but the active flag. The editor checks what needs other agencies (code unique, parent in
     * scope, no cycle); the agency itself refuses to become its own parent.
     */
    public void change(AgencyCommand command) {
        if (id != null && Objects.equals(id, command.parentId())) {
            throw new InvalidInputException(List.of(FieldChecks.violation("parentId", "parent_cycle")));
        }
        this.code = command.code();
        this.name = command.name();
        this.kind = command.kind();
        this.parentId = command.parentId();
        this.administrativeUnitId = command.administrativeUnitId();
        details(command.nameEn(), command.abbreviation(), command.address(), command.email(), command.phone());
    }

    /** Stops offering the agency in pickers; its history and codes stay. */
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

    /** Sets the optional details: English name, abbreviation for document symbols and contacts. */
    public Agency details(String nameEn, String abbreviation, String address, String email, String phone) {
        this.nameEn = nameEn;
        this.abbreviation = abbreviation;
        this.address = address;
        this.email = email;
        this.phone = phone;
        return this;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Long parentId() {
        return parentId;
    }

    public Long administrativeUnitId() {
        return administrativeUnitId;
    }

    public boolean isActive() {
        return active;
    }

    public String address() {
        return address;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public long version() {
        return version;
    }

    public AgencyView view() {
        return new AgencyView(id, code, name, nameEn, abbreviation, kind, parentId, administrativeUnitId, active);
    }

    public AgencyDetails toDetails() {
        return new AgencyDetails(view(), address, email, phone, version);
    }
}
