package vn.civic.feedback.routing.web;

import vn.civic.feedback.routing.RoutingRuleCommand;
import vn.civic.feedback.routing.RoutingTarget;

/** The form of a new routing rule; blank choices mean "any". */
public class RoutingRuleForm {

    private String categoryCode;
    private Long adminUnitId;
    private RoutingTarget target = RoutingTarget.WARD_OF_POINT;
    private Long agencyId;
    private Integer priority = 100;
    private String note;

    RoutingRuleCommand command() {
        return new RoutingRuleCommand(categoryCode, adminUnitId, target, agencyId, priority, note);
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public Long getAdminUnitId() {
        return adminUnitId;
    }

    public void setAdminUnitId(Long adminUnitId) {
        this.adminUnitId = adminUnitId;
    }

    public RoutingTarget getTarget() {
        return target;
    }

    public void setTarget(RoutingTarget target) {
        this.target = target;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
