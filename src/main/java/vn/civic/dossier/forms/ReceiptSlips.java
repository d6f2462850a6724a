package vn.civic.dossier.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.DossierView.AttachmentView;
import vn.civic.identity.IdentityProperties;
import vn.civic.platform.i18n.I18nConfig;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ChannelTerms;
import vn.civic.procedure.FormField;
import vn.civic.procedure.ProcedureCatalog;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.RequiredDocument;
import vn.civic.procedure.RequiredDocument.CopyKind;

/**
 * Form 01 for a dossier: the receiving agency's heading dated the day of receipt, the applicant (the address from the
 * e-form's {@code applicant.address} field), the documents of the filing with how they were given (a paper copy as
 * its original or copy, a file as an electronic copy), the time limit of the channel and the appointment.
 */
@Component
public class ReceiptSlips {

    static final String APPLICANT_ADDRESS = "applicant.address";

    private final ProcedureCatalog catalog;
    private final OfficialHeaders headers;
    private final Addresses addresses;
    private final MessageSource messages;
    private final String trackingUrl;

    ReceiptSlips(
            ProcedureCatalog catalog,
            OfficialHeaders headers,
            Addresses addresses,
            MessageSource messages,
            IdentityProperties identity) {
        this.catalog = catalog;
        this.headers = headers;
        this.addresses = addresses;
        this.messages = messages;
        this.trackingUrl = identity.publicUrl().resolve("/track").toString();
    }

    public ReceiptSlip of(DossierView dossier) {
        ProcedureView procedure =
                catalog.findVersion(dossier.procedureVersionId()).orElseThrow();
        var receivedAt = dossier.acceptedAt() != null ? dossier.acceptedAt() : dossier.submittedAt();
        String address = procedure.form().fields().stream()
                .filter(f -> APPLICANT_ADDRESS.equals(f.profileKey()))
                .map(FormField::name)
                .map(name -> addresses.text(dossier.data().text(name)))
                .findFirst()
                .orElse(null);
        String clerk = dossier.history().stream()
                .filter(h -> "accepted".equals(h.action()))
                .map(DossierView.HistoryView::actorName)
                .findFirst()
                .orElse(null);
        String unit = vietnamese("dossierforms.receiving-unit", dossier.receivingAgencyName());
        return new ReceiptSlip(
                headers.of(dossier.receivingAgencyId(), receivedAt),
                dossier.code(),
                unit,
                new ReceiptSlip.Applicant(
                        dossier.applicantName(),
                        dossier.applicantIdNumber(),
                        address,
                        dossier.applicantPhone(),
                        dossier.applicantEmail()),
                dossier.procedureName(),
                documents(procedure, dossier.attachments()),
                1,
                procedure.terms(dossier.channel()).map(ChannelTerms::time).orElseThrow(),
                dossier.channel(),
                receivedAt,
                dossier.dueAt(),
                dossier.channel() == Channel.ONLINE ? vietnamese("dossierforms.collection.online") : unit,
                trackingUrl,
                clerk);
    }

    private static List<ReceiptSlip.ReceivedDocument> documents(ProcedureView procedure, List<AttachmentView> files) {
        Map<String, ReceiptSlip.ReceivedDocument> received = new LinkedHashMap<>();
        for (RequiredDocument document : procedure.documents()) {
            for (AttachmentView file : files) {
                if (file.round() != 0 || file.result() || !document.code().equals(file.documentCode())) {
                    continue;
                }
                CopyKind kind = file.paper()
                        ? document.accepted().contains(CopyKind.ORIGINAL) ? CopyKind.ORIGINAL : CopyKind.COPY
                        : CopyKind.E_COPY;
                received.merge(
                        document.code() + kind,
                        new ReceiptSlip.ReceivedDocument(document.name(), kind, 1),
                        (a, b) -> new ReceiptSlip.ReceivedDocument(a.name(), kind, a.quantity() + 1));
            }
        }
        return List.copyOf(received.values());
    }

    /** The slip is an official form: Vietnamese whatever the reader's language. */
    private String vietnamese(String key, Object... args) {
        return messages.getMessage(key, args, I18nConfig.VIETNAMESE);
    }
}
