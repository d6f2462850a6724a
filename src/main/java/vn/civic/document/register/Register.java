package vn.civic.document.register;

import java.util.List;

/**
 * A whole register to print or export, at most {@link DocumentRegisters#MAX_ENTRIES} lines.
 *
 * @param governingBody the agency's parent body (cơ quan chủ quản), or empty
 * @param agencyName the agency keeping the register
 * @param truncated more entries matched than the register holds
 */
public record Register(
        RegisterQuery query, String governingBody, String agencyName, List<RegisterEntry> entries, boolean truncated) {

    public Register {
        entries = List.copyOf(entries);
    }

    /** The file name of its PDF or workbook, without extension: {@code so-van-ban-den-2026}. */
    public String fileName() {
        return "so-van-ban-" + (query.kind() == vn.civic.document.DocumentKind.INCOMING ? "den" : "di")
                + (query.confidential() ? "-mat" : "") + "-" + query.year();
    }
}
