package vn.civic.dossier.forms;

import java.time.Instant;
import java.util.List;
import vn.civic.platform.pdf.OfficialHeader;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcessingTime;
import vn.civic.procedure.RequiredDocument.CopyKind;

/**
 * The receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, form 01 of Circular 03/2025/TT-VPCP,
 * Appendix I), as data. The caller computes the appointment from the working-day calendar.
 *
 * @param header the receiving agency's heading; its date is the day of receipt
 * @param receivingUnit the one-stop unit that received the dossier (Bộ phận Một cửa)
 * @param processingTime the procedure's statutory time limit
 * @param dossierSets the number of dossier sets (bộ hồ sơ) received
 * @param resultCollectionPlace where the applicant collects the result (or "online", in words)
 * @param trackingUrl the public address where the dossier can be followed with its code
 * @param clerkName the clerk who received the dossier; null when it was received online without a clerk
 */
public record ReceiptSlip(
        OfficialHeader header,
        String dossierCode,
        String receivingUnit,
        Applicant applicant,
        String procedureName,
        List<ReceivedDocument> documents,
        int dossierSets,
        ProcessingTime processingTime,
        Channel channel,
        Instant receivedAt,
        Instant appointmentAt,
        String resultCollectionPlace,
        String trackingUrl,
        String clerkName)
        implements OfficialForm {

    public ReceiptSlip {
        documents = List.copyOf(documents);
    }

    @Override
    public String template() {
        return "dossierforms/receipt";
    }

    @Override
    public String fileName() {
        return "giay-tiep-nhan-" + dossierCode;
    }

    /**
     * The applicant (chủ hồ sơ).
     *
     * @param identifier the personal ID number or, for a business, the tax code; may be null
     */
    public record Applicant(String name, String identifier, String address, String phone, String email) {}

    /** A document received (thành phần hồ sơ): its name, in which form it was given, and how many. */
    public record ReceivedDocument(String name, CopyKind copyKind, int quantity) {}
}
