package vn.civic.exchange.govstack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the GovStack Registration Building Block API 0.1.1 (GovStackWorkingGroup/bb-registration,
 * api/GovStack_Registration_BB_API.json and its statistics API), with the spec's names. Ids are strings: a service id
 * is a procedure code, a file id a dossier code.
 */
public final class GovStackModel {

    private GovStackModel() {}

    /** A registration service: a procedure of the catalogue. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Service(
            @Schema(description = "The procedure's national code", example = "1.001193")
            String id,

            String name,

            @Schema(description = "The procedure's version number", example = "1")
            String version,

            @Schema(allowableValues = {"None", "Private", "Public"})
            String type,

            @Schema(description = "False while the procedure is suspended")
            Boolean isExecutable,

            Boolean isClosed,
            String description,
            List<Property> serviceBody) {}

    public record Property(String code, String value) {}

    public record EFormListItem(
            @Schema(example = "1.001193-v1") String eFormId,
            String name,
            String description,
            String version,
            boolean latest) {}

    public record EForm(
            @Schema(example = "1.001193-v1") String eFormId,
            String name,
            String description,
            String version,
            boolean latest,

            @Schema(description = "JSON Schema (2020-12) of the form data")
            Map<String, Object> schema) {}

    /** An application as a client files it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicationFileSubmit(
            @Schema(example = "Amya Yuko") String applicationName,

            @Schema(
                    description = "The client's id of the applicant, kept as given; the applicant's personal ID"
                            + " number or tax code comes from the form data",
                    example = "42962de0-bdb2-11ed-9397-0242ac120004")
            String applicantId,

            @Schema(example = "2000-10-23T00:00:00.000Z") Instant created,
            FormData formData,

            @Schema(description = "URLs (or ids) of documents uploaded with POST /documents")
            List<String> documentUrls) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FormData(Map<String, Object> data, String eFormId) {}

    public record StatusModel(
            @Schema(allowableValues = {"PENDING", "APPROVED", "SENDBACK", "REJECTED"})
            String code,

            String title,

            @Schema(description = "Civic extension: the national status code 1–10")
            int nationalCode) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicationFileResponse(
            @Schema(description = "The dossier code", example = "000.01.31.H26-261201-0001")
            String fileId,

            Instant registered,
            String serviceId,
            String serviceName,
            StatusModel status,
            boolean ended,
            Instant dueDate,
            ApplicationFileSubmit applicationData) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicationListItem(
            String fileId,
            String mainTaskId,
            String taskTitle,
            String roleId,
            String roleName,
            String assigneeId,
            String operatorName,
            StatusModel status,
            String applicantId,
            Instant created,
            Instant registered,
            String description,
            String serviceName,
            String serviceId,
            String eformId,
            List<String> documentUrls) {}

    public record UploadResponse(int code, String type, String message, String url) {}

    /** A task: one step of a dossier that started. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserTask(
            @Schema(description = "<dossier code>.<step order>", example = "000.01.31.H26-261201-0001.2")
            String taskId,

            String mainTaskId,
            String name,
            String assigneeId,

            @Schema(
                    description = "The step's kind",
                    allowableValues = {"RECEIVE", "PROCESS", "APPROVE", "RETURN"})
            String roleId,

            Instant created,
            String description,
            String serviceId,
            String serviceName,
            String fileId,
            String eFormId,
            StatusModel status) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataUserTask(
            String taskId,
            String taskName,
            String assigneeId,
            String roleId,
            Instant created,
            String description,
            String fileId,
            String serviceId,
            String serviceName,
            String eFormId,
            Map<String, Object> formVariables,
            StatusModel status,
            Map<String, Object> data) {}

    /**
     * What completes a task: {@code data.decision} (by the step's kind: RECEIVE accept | refuse | supplement;
     * PROCESS forward | supplement | sendBack; APPROVE approve | reject | sendBack; RETURN return; the first is the
     * default), {@code data.note}, {@code data.reason}, {@code data.documents} (codes wanted by a supplement),
     * {@code data.stepOrder} (where a sendBack goes).
     */
    public record AdditionalData(Map<String, Object> data) {}

    public record CompletedTask(
            String taskId, String fileId, String serviceId, StatusModel status, Map<String, Object> variables) {}

    public record Statistics(int processed, int approved, int sentBack, int rejected, References references) {}

    public record References(
            LocalDate startDate,
            LocalDate endDate,
            String registrationName,
            String operator,
            String role,
            @JsonProperty("timeframeDay") boolean timeframeDay,
            @JsonProperty("timeframeWeek") boolean timeframeWeek,
            @JsonProperty("timeframeMonth") boolean timeframeMonth,
            @JsonProperty("timeframeYear") boolean timeframeYear) {}
}
