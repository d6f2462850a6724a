package vn.civic.document.incoming;

import java.time.LocalDate;
import java.util.List;
import vn.civic.document.Urgency;

/**
 * The incoming register's fields (Decree 30/2020 Appendix IV) as a clerk enters them.
 *
 * @param receivedDate ngày đến
 * @param author tác giả: the sending agency or person
 * @param numberSymbol the sender's number and symbol, {@code 12/QĐ-UBND}
 * @param documentDate the date of the document
 * @param typeCode the Decree 30 type ({@code CV}, {@code QD})
 * @param recipient đơn vị hoặc người nhận, as text
 * @param recipientDepartmentId the receiving department of the agency, or null
 * @param named on a confidential document, the accounts of the agency who may read it (the clerk always may)
 */
public record RegisterCommand(
        boolean confidential,
        Urgency urgency,
        LocalDate receivedDate,
        String author,
        String numberSymbol,
        LocalDate documentDate,
        String typeCode,
        String summary,
        String recipient,
        Long recipientDepartmentId,
        String notes,
        String signerName,
        Integer pageCount,
        LocalDate dueDate,
        List<Long> named) {

    public RegisterCommand {
        named = named == null ? List.of() : List.copyOf(named);
    }
}
