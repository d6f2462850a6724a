package vn.civic.org;

import org.springframework.http.HttpStatus;
import vn.civic.platform.error.ErrorCode;

/** Errors of the organisation module beyond the common ones; messages are {@code error.<code>} in its bundle. */
public enum OrgError implements ErrorCode {
    /** An agency with active agencies under it cannot be deactivated: they would hang under an inactive one. */
    AGENCY_HAS_ACTIVE_CHILDREN("org_agency_has_active_children", HttpStatus.CONFLICT),
    /** An agency cannot be reactivated under an inactive parent. */
    AGENCY_PARENT_INACTIVE("org_agency_parent_inactive", HttpStatus.CONFLICT),
    /** A unit with current units under it cannot be dissolved: dissolve or move them first. */
    UNIT_HAS_CURRENT_CHILDREN("org_unit_has_current_children", HttpStatus.CONFLICT),
    /** The unit already has a last day. */
    UNIT_ALREADY_DISSOLVED("org_unit_already_dissolved", HttpStatus.CONFLICT),
    /** Deactivating what is already inactive (a form submitted twice). */
    ALREADY_INACTIVE("org_already_inactive", HttpStatus.CONFLICT),
    /** Reactivating what is already active. */
    ALREADY_ACTIVE("org_already_active", HttpStatus.CONFLICT);

    private final String code;
    private final HttpStatus status;

    OrgError(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
