package vn.civic.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.civic.org.AdministrativeUnitView;

/**
 * A node of the administrative tree. A unit that was dissolved or merged keeps its row, with the last day it existed
 * and the unit that took it over, so old addresses and dossiers still name it.
 */
@Entity
@Table(name = "admin_unit")
public class AdministrativeUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "level_id")
    private AdministrativeLevel level;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "successor_id")
    private Long successorId;

    @Version
    private long version;

    protected AdministrativeUnit() {}

    public AdministrativeUnit(String code, String name, AdministrativeLevel level, Long parentId, LocalDate validFrom) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentId = parentId;
        this.validFrom = validFrom;
    }

    /** Ends the unit on {@code lastDay}; {@code successor} took it over (may be null). */
    public void dissolve(LocalDate lastDay, Long successor) {
        this.validTo = lastDay;
        this.successorId = successor;
    }

    public Long id() {
        return id;
    }

    public AdministrativeLevel level() {
        return level;
    }

    public long version() {
        return version;
    }

    public AdministrativeUnitView view() {
        return new AdministrativeUnitView(id, code, name, level.code(), parentId, validFrom, validTo, successorId);
    }
}
