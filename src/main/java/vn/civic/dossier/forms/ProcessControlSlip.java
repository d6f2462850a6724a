package vn.civic.dossier.forms;

import java.time.Instant;
import java.util.List;
import vn.civic.dossier.Timeliness;
import vn.civic.platform.pdf.OfficialHeader;

/**
 * The process-control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ, form 06 of Circular 03/2025/TT-VPCP,
 * Appendix I), as data: one row per hand-over of the dossier between units or people.
 *
 * @param header the heading of the agency that received the dossier
 * @param coordinatingAgencies the other agencies taking part (một cửa liên thông); may be empty
 */
public record ProcessControlSlip(
        OfficialHeader header,
        String dossierCode,
        String procedureName,
        String applicantName,
        Instant receivedAt,
        Instant appointmentAt,
        List<String> coordinatingAgencies,
        List<Handover> handovers)
        implements OfficialForm {

    public ProcessControlSlip {
        coordinatingAgencies = List.copyOf(coordinatingAgencies);
        handovers = List.copyOf(handovers);
    }

    @Override
    public String template() {
        return "dossierforms/process-control";
    }

    @Override
    public String fileName() {
        return "phieu-kiem-soat-" + dossierCode;
    }

    /**
     * A hand-over: the unit (and person) handing the dossier on at the end of a step, the one receiving it, when,
     * and the step's statutory end.
     *
     * @param statutoryEnd when the step handed over had to end by law; null for a step without its own time limit
     * @param notes the step's result or remarks; may be null
     */
    public record Handover(
            String fromUnit,
            String fromPerson,
            String toUnit,
            String toPerson,
            Instant handedOverAt,
            Instant statutoryEnd,
            String notes) {

        /** Computed, never typed ({@link Timeliness#of}); null without a statutory end. */
        public Timeliness timeliness() {
            return statutoryEnd == null ? null : Timeliness.of(handedOverAt, statutoryEnd);
        }
    }
}
