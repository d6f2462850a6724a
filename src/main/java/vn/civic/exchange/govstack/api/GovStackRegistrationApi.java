package vn.civic.exchange.govstack.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.civic.dossier.DossierQueries.AttachmentContent;
import vn.civic.exchange.govstack.GovStackModel.AdditionalData;
import vn.civic.exchange.govstack.GovStackModel.ApplicationFileResponse;
import vn.civic.exchange.govstack.GovStackModel.ApplicationFileSubmit;
import vn.civic.exchange.govstack.GovStackModel.ApplicationListItem;
import vn.civic.exchange.govstack.GovStackModel.CompletedTask;
import vn.civic.exchange.govstack.GovStackModel.DataUserTask;
import vn.civic.exchange.govstack.GovStackModel.EForm;
import vn.civic.exchange.govstack.GovStackModel.EFormListItem;
import vn.civic.exchange.govstack.GovStackModel.Service;
import vn.civic.exchange.govstack.GovStackModel.Statistics;
import vn.civic.exchange.govstack.GovStackModel.UploadResponse;
import vn.civic.exchange.govstack.GovStackModel.UserTask;
import vn.civic.exchange.govstack.GovStackRegistration;
import vn.civic.exchange.govstack.GovStackStatistics;

/**
 * The GovStack Registration Building Block API 0.1.1 under {@code /api/govstack} (docs/decisions/0023). Services and
 * e-forms are public like the catalogue; filing and following applications needs the scope {@code dossier.file}; tasks
 * are completed by an operator of the step's agency with the step's privilege (scopes {@code dossier.receive},
 * {@code dossier.process}, {@code dossier.approve}). The {@code Information-Mediator-Client} header of the spec is
 * accepted and not needed: the caller is known by its token or API key.
 */
@RestController
@RequestMapping(path = GovStackRegistration.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "GovStack Registration",
        description = "The GovStack Registration building block (services = procedures, application files = dossiers,"
                + " tasks = the dossiers' steps). Ids are strings: service ids are procedure codes such as 1.001193,"
                + " file ids dossier codes; an unknown id answers 404.")
class GovStackRegistrationApi {

    static final String READ =
            "hasAnyAuthority('DOSSIER_FILE_ON_BEHALF', 'DOSSIER_RECEIVE', 'DOSSIER_PROCESS'," + " 'DOSSIER_APPROVE')";
    static final String OPERATE = "hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS', 'DOSSIER_APPROVE')";

    private final GovStackRegistration registration;
    private final GovStackStatistics statistics;

    GovStackRegistrationApi(GovStackRegistration registration, GovStackStatistics statistics) {
        this.registration = registration;
        this.statistics = statistics;
    }

    @GetMapping("/services")
    @PreAuthorize("permitAll()")
    @Operation(summary = "List services", description = "Active procedures whose name or code holds every word given.")
    List<Service> services(@Parameter(example = "Đăng ký khai sinh") @RequestParam(required = false) String name) {
        return registration.services(name);
    }

    @GetMapping("/services/{serviceId}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "One service", description = "A procedure by its code, also when suspended.")
    @ApiResponse(responseCode = "404", description = "No procedure with this code")
    Service service(@Parameter(example = "1.001193") @PathVariable String serviceId) {
        return registration.service(serviceId);
    }

    @GetMapping("/services/{serviceId}/eForms")
    @PreAuthorize("permitAll()")
    @Operation(summary = "The service's e-forms", description = "The current version's e-form.")
    @ApiResponse(responseCode = "404", description = "No procedure with this code")
    List<EFormListItem> eForms(@Parameter(example = "1.001193") @PathVariable String serviceId) {
        return registration.eForms(serviceId);
    }

    @GetMapping("/eForms/{eFormId}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "One e-form with its JSON Schema")
    @ApiResponse(responseCode = "404", description = "No such e-form")
    EForm eForm(@PathVariable String eFormId) {
        return registration.eForm(eFormId);
    }

    @PostMapping(path = "/services/{serviceId}/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('DOSSIER_FILE_ON_BEHALF')")
    @Operation(
            summary = "File an application",
            description = "Files a dossier online for the applicant (status 1, at the receiving agency's counter)."
                    + " formData.data is the e-form's data; documentUrls name files uploaded with POST /documents."
                    + " The receiving agency is `agency` (an organisation code) or the client's own. A repeated"
                    + " Idempotency-Key returns the first application.")
    @ApiResponse(responseCode = "200", description = "The application file")
    @ApiResponse(responseCode = "400", description = "Invalid body: every rejected field in errors[]")
    @ApiResponse(responseCode = "404", description = "No procedure with this code")
    ApplicationFileResponse submit(
            @Parameter(example = "1.001193") @PathVariable String serviceId,
            @Parameter(description = "Organisation code of the receiving agency", example = "000.01.31.H26")
                    @RequestParam(required = false)
                    String agency,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody ApplicationFileSubmit body) {
        return registration.submit(serviceId, agency, body, idempotencyKey);
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('DOSSIER_FILE_ON_BEHALF')")
    @Operation(
            summary = "Upload a document",
            description = "A PDF, JPEG or PNG for one required document, whose code is `additionalMetadata`"
                    + " (e.g. GCS); its url goes into documentUrls of the application.")
    @ApiResponse(responseCode = "400", description = "No file, no document code, or a file of another type")
    UploadResponse upload(
            @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(description = "The required document's code", example = "GCS") @RequestParam(required = false)
                    String additionalMetadata) {
        return registration.upload(file, additionalMetadata);
    }

    @GetMapping(path = "/documents/{documentId}", produces = MediaType.ALL_VALUE)
    @PreAuthorize("hasAuthority('DOSSIER_FILE_ON_BEHALF')")
    @Operation(summary = "Download a document the caller uploaded")
    @ApiResponse(responseCode = "404", description = "No such document of the caller")
    ResponseEntity<InputStreamResource> uploaded(@PathVariable String documentId) {
        return download(registration.uploaded(documentId));
    }

    @GetMapping("/applications")
    @PreAuthorize(READ)
    @Operation(
            summary = "List application files",
            description = "A filing client's own applications, newest first; an operator's waiting dossiers at its"
                    + " agency, nearest due date first.")
    List<ApplicationListItem> applications(
            @Parameter(example = "1.001193") @RequestParam(required = false) String serviceId,
            @RequestParam(required = false) String applicantId,
            @RequestParam(required = false) Integer firstResult,
            @RequestParam(required = false) Integer maxResult) {
        return registration.applications(serviceId, applicantId, firstResult, maxResult);
    }

    @GetMapping("/applications/{fileId}")
    @PreAuthorize(READ)
    @Operation(
            summary = "One application file",
            description = "By dossier code; only the client that filed it or"
                    + " an operator of an agency it passed reaches it.")
    @ApiResponse(responseCode = "404", description = "No such application in the caller's reach")
    ApplicationFileResponse application(@PathVariable String fileId) {
        return registration.application(fileId);
    }

    @GetMapping(path = "/applications/{fileId}/documents/{documentId}", produces = MediaType.ALL_VALUE)
    @PreAuthorize(READ)
    @Operation(summary = "Download a file of an application", description = "A submitted or result file.")
    @ApiResponse(responseCode = "404", description = "No such file in the caller's reach")
    ResponseEntity<InputStreamResource> applicationDocument(
            @PathVariable String fileId, @PathVariable String documentId) {
        return download(registration.applicationDocument(fileId, documentId));
    }

    @GetMapping("/tasks")
    @PreAuthorize(READ)
    @Operation(
            summary = "List tasks",
            description = "With fileId: the application's steps that started. Without: an operator's current tasks"
                    + " at its agency.")
    List<UserTask> tasks(
            @RequestParam(required = false) String fileId,
            @RequestParam(required = false) String assigneeId,
            @RequestParam(required = false) Integer firstResult,
            @RequestParam(required = false) Integer maxResult) {
        return registration.tasks(fileId, assigneeId, firstResult, maxResult);
    }

    @GetMapping("/tasks/{taskId}")
    @PreAuthorize(READ)
    @Operation(summary = "One task", description = "taskId is <dossier code>.<step order>.")
    @ApiResponse(responseCode = "404", description = "No such task in the caller's reach")
    DataUserTask task(@PathVariable String taskId) {
        return registration.task(taskId);
    }

    @PostMapping(path = "/tasks/{taskId}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(OPERATE)
    @Operation(
            summary = "Complete a task",
            description = "The dossier's current step, with data.decision (RECEIVE: accept, refuse, supplement;"
                    + " PROCESS: forward, supplement, sendBack; APPROVE: approve, reject, sendBack; RETURN: return;"
                    + " the first is the default), data.note, data.reason, data.documents, data.stepOrder. Needs the"
                    + " step's privilege at the step's agency, as on the staff pages.")
    @ApiResponse(responseCode = "400", description = "Unknown decision or missing reason")
    @ApiResponse(responseCode = "404", description = "No such task in the caller's reach")
    @ApiResponse(responseCode = "409", description = "Not the current step, or the step is at another agency")
    CompletedTask complete(@PathVariable String taskId, @RequestBody(required = false) AdditionalData body) {
        return registration.complete(taskId, body);
    }

    @GetMapping({"/data/statistics", "/data/statistics/1.0"})
    @PreAuthorize(READ)
    @Operation(
            summary = "Statistics",
            description = "Per period (timeframe day, week, month or year; one entry without), dossiers in the"
                    + " caller's reach approved (9, 10), rejected (3, 8), processed (both) and sent back for a"
                    + " supplement. registrationName is a procedure code or name, operator a name in the progress"
                    + " entries; role is echoed.")
    @ApiResponse(responseCode = "400", description = "A bad date or timeframe")
    List<Statistics> statistics(
            @Parameter(example = "2026-01-01") @RequestParam(required = false) String startDate,
            @Parameter(example = "2026-12-31") @RequestParam(required = false) String endDate,
            @RequestParam(required = false) String registrationName,
            @RequestParam(required = false) String operator,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String timeframe) {
        return statistics.statistics(startDate, endDate, registrationName, operator, role, timeframe);
    }

    private static ResponseEntity<InputStreamResource> download(AttachmentContent file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.contentType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(file.content()));
    }
}
