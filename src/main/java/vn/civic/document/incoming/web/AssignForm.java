package vn.civic.document.incoming.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.civic.document.incoming.AssignCommand;

/** The assignment form (a leader's bút phê, or a handler's sub-assignment without a lead). */
public class AssignForm {

    private String instruction;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    private Long leadAccountId;
    private List<Long> coHandlers = new ArrayList<>();
    private List<Long> information = new ArrayList<>();
    private Long version;

    AssignCommand command() {
        return new AssignCommand(instruction, deadline, leadAccountId, coHandlers, information);
    }

    public String getInstruction() {
        return instruction;
    }

    public void setInstruction(String instruction) {
        this.instruction = instruction;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Long getLeadAccountId() {
        return leadAccountId;
    }

    public void setLeadAccountId(Long leadAccountId) {
        this.leadAccountId = leadAccountId;
    }

    public List<Long> getCoHandlers() {
        return coHandlers;
    }

    public void setCoHandlers(List<Long> coHandlers) {
        this.coHandlers = coHandlers;
    }

    public List<Long> getInformation() {
        return information;
    }

    public void setInformation(List<Long> information) {
        this.information = information;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
