package vn.civic.dossier.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.DossierView.AttachmentView;
import vn.civic.identity.IdentityProperties;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.i18n.I18nConfig;
import vn.civic.platform.pdf.OfficialHeader;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.ProcessingTime;
import vn.civic.procedure.RequiredDocument;
import vn.civic.procedure.RequiredDocument.CopyKind;

/**
 * Form 01 for a filed dossier, online or at the counter: the receiving agency's heading, the documents received
 * (files of the filing as electronic copies, papers as originals), the statutory time limit of the procedure version
 * the dossier was filed against, and the appointment the dossier core computed from the working-day calendar.
 */
@Component
public class ReceiptSlips {

    private static final String[] PROVINCE_PREFIXES = {"Thành phố ", "Tỉnh "};

    private final ProcedureCatalog catalog;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final String trackingUrl;

    ReceiptSlips(ProcedureCatalog catalog, OrgDirectory org, MessageSource messages, IdentityProperties identity) {
        this.catalog = catalog;
        this.org = org;
        this.messages = messages;
        this.trackingUrl = identity.publicUrl().resolve("/track").toString();
    }

    /** The receipt and appointment slip of a dossier the caller may read. */
    public ReceiptSlip of(DossierView dossier) {
        ProcedureView procedure =
                catalog.findVersion(dossier.procedureVersionId()).orElseThrow();
        AgencyView agency = org.findAgency(dossier.receivingAgencyId()).orElseThrow();
        ProcessingTime time = procedure
                .terms(dossier.channel())
                .map(t -> t.time())
                .orElseGet(() -> procedure.channels().getFirst().time());
        String unit = vietnamese("dossier.receipt-slip.receiving-unit", agency.name());
        return new ReceiptSlip(
                header(agency, dossier),
                dossier.code(),
                unit,
                new ReceiptSlip.Applicant(
                        dossier.applicantName(),
                        dossier.applicantIdNumber(),
                        null,
                        dossier.applicantPhone(),
                        dossier.applicantEmail()),
                dossier.procedureName(),
                documents(procedure, dossier.attachments()),
                1,
                time,
                dossier.channel(),
                dossier.submittedAt(),
                dossier.dueAt(),
                dossier.channel() == Channel.ONLINE ? vietnamese("dossier.receipt-slip.collection.online") : unit,
                trackingUrl,
                dossier.channel() == Channel.ONLINE || dossier.history().isEmpty()
                        ? null
                        : dossier.history().getFirst().actorName());
    }

    private OfficialHeader header(AgencyView agency, DossierView dossier) {
        String governing = agency.parentId() == null
                ? null
                : org.findAgency(agency.parentId()).map(AgencyView::name).orElse(null);
        String place = agency.administrativeUnitId() == null
                ? ""
                : org.unitPath(agency.administrativeUnitId()).stream()
                        .findFirst()
                        .map(AdministrativeUnitView::name)
                        .map(ReceiptSlips::placeName)
                        .orElse("");
        return new OfficialHeader(
                governing,
                agency.name(),
                place,
                dossier.submittedAt().atZone(CivicTime.ZONE).toLocalDate());
    }

    /** The documents of the filing (round 0), in the procedure's order, each with how many files or papers. */
    private static List<ReceiptSlip.ReceivedDocument> documents(
            ProcedureView procedure, List<AttachmentView> attachments) {
        Map<String, ReceiptSlip.ReceivedDocument> received = new LinkedHashMap<>();
        for (RequiredDocument document : procedure.documents()) {
            List<AttachmentView> given = attachments.stream()
                    .filter(a ->
                            a.round() == 0 && !a.result() && document.code().equals(a.documentCode()))
                    .toList();
            if (!given.isEmpty()) {
                boolean paper = given.stream().allMatch(AttachmentView::paper);
                CopyKind kind = !paper
                        ? CopyKind.E_COPY
                        : document.accepted().contains(CopyKind.ORIGINAL) ? CopyKind.ORIGINAL : CopyKind.COPY;
                received.put(document.code(), new ReceiptSlip.ReceivedDocument(document.name(), kind, given.size()));
            }
        }
        return List.copyOf(received.values());
    }

    /** "Thành phố Hà Nội" → "Hà Nội": the place name a heading writes before the date. */
    private static String placeName(String unitName) {
        for (String prefix : PROVINCE_PREFIXES) {
            if (unitName.startsWith(prefix)) {
                return unitName.substring(prefix.length());
            }
        }
        return unitName;
    }

    private String vietnamese(String key, Object... args) {
        return messages.getMessage(key, args, I18nConfig.VIETNAMESE);
    }
}
