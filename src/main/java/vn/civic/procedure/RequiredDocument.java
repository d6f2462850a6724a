package vn.civic.procedure;

import java.util.Set;

/**
 * A dossier component (thành phần hồ sơ).
 *
 * @param code stable within the procedure; attachments refer to it
 * @param accepted which forms of the paper are accepted
 * @param mandatory false for documents needed only in some cases
 * @param formTemplate name of the form template (mẫu đơn, tờ khai) when there is one, may be null
 */
public record RequiredDocument(
        String code, String name, Set<CopyKind> accepted, boolean mandatory, String formTemplate) {

    public enum CopyKind {
        /** Bản chính. */
        ORIGINAL,
        /** Bản sao (certified or compared with the original). */
        COPY,
        /** Bản điện tử: a scan or an electronic copy. */
        E_COPY
    }
}
