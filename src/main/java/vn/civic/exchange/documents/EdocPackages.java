package vn.civic.exchange.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.civic.document.DocumentFile;
import vn.civic.document.DocumentTypeView;
import vn.civic.document.DocumentTypes;
import vn.civic.document.IssuedDocument;
import vn.civic.document.OutgoingExchange;
import vn.civic.document.ReceivedDocument;
import vn.civic.document.Urgency;
import vn.civic.exchange.edxml.Attachment;
import vn.civic.exchange.edxml.DocumentIds;
import vn.civic.exchange.edxml.EdocPackage;
import vn.civic.exchange.edxml.MessageHeader;
import vn.civic.exchange.edxml.Organisation;
import vn.civic.exchange.edxml.TraceAction;
import vn.civic.exchange.edxml.TraceHeaderList;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;

/** Between the documents' records and edXML: an issued document as a package, a package as a received document. */
@Component
class EdocPackages {

    /** Letters (công văn) and anything whose type cannot be told ({@link ReceivedDocument#typeCode}). */
    static final String LETTER = "CV";

    private final OrgDirectory org;
    private final DocumentTypes types;
    private final OutgoingExchange outgoing;

    EdocPackages(OrgDirectory org, DocumentTypes types, OutgoingExchange outgoing) {
        this.org = org;
        this.types = types;
        this.outgoing = outgoing;
    }

    /** The DocumentId of an issued document. */
    static String documentId(IssuedDocument document) {
        return DocumentIds.of(document.agencyCode(), document.issuedDate(), document.numberSymbol());
    }

    /** The package for one recipient. */
    EdocPackage build(IssuedDocument document, IssuedDocument.Recipient recipient, TraceAction action, String reason) {
        String inCharge = org.findAgency(document.agencyId())
                .map(AgencyView::parentId)
                .flatMap(parent -> parent == null ? Optional.empty() : org.findAgency(parent))
                .map(AgencyView::name)
                .orElse(null);
        Organisation from =
                new Organisation(document.agencyCode(), inCharge, document.agencyName(), null, null, null, null, null);
        List<Organisation> receivers = document.recipients().stream()
                .filter(r -> r.organisationCode() != null)
                .map(r -> Organisation.of(r.organisationCode(), r.name()))
                .toList();
        List<DocumentFile> files = document.files();
        List<String> appendixes =
                files.stream().skip(1).map(DocumentFile::fileName).toList();
        var header = new MessageHeader(
                from,
                List.of(Organisation.of(recipient.organisationCode(), recipient.name())),
                code(document),
                new MessageHeader.PromulgationInfo(document.place(), document.issuedDate()),
                new MessageHeader.DocumentType(
                        document.type().edxmlType(), document.type().nameVi()),
                document.summary(),
                null,
                new MessageHeader.SignerInfo(null, document.signerPosition(), document.signerName()),
                document.dueDate(),
                document.recipients().stream()
                        .map(IssuedDocument.Recipient::name)
                        .toList(),
                new MessageHeader.OtherInfo(
                        document.urgency().code(), null, null, document.copies(), document.pageCount(), appendixes),
                document.steeringType() >= 1 && document.steeringType() <= 3 ? document.steeringType() : 1,
                documentId(document),
                null);
        List<String> replaced = List.of();
        if (action == TraceAction.REPLACE && document.replacesDocumentId() != null) {
            IssuedDocument old = outgoing.issued(document.replacesDocumentId());
            replaced = List.of(documentId(old));
            if (reason == null) {
                reason = "Thay thế văn bản số " + old.numberSymbol();
            }
        }
        var trace = new TraceHeaderList(
                List.of(new TraceHeaderList.TraceHeader(document.agencyCode(), document.issuedAt())),
                new TraceHeaderList.Business(action, reason, null, replaced, receivers));
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            DocumentFile file = files.get(i);
            attachments.add(new Attachment(
                    "cid:" + (i + 1),
                    file.contentType(),
                    file.fileName(),
                    i == 0 ? "Văn bản" : "Phụ lục",
                    file.content()));
        }
        return new EdocPackage(header, trace, action == TraceAction.REVOKE ? List.of() : attachments);
    }

    /** The received document as the documents module stores it, for an agency here. */
    ReceivedDocument received(EdocPackage edoc, long agencyId) {
        MessageHeader header = edoc.header();
        return new ReceivedDocument(
                agencyId,
                header.documentId(),
                header.from().organId(),
                header.from().organName(),
                header.code().numberSymbol(),
                header.promulgationInfo().promulgationDate(),
                typeCode(header),
                header.subject(),
                header.signerInfo().fullName(),
                Urgency.ofCode(header.otherInfo().priority()),
                header.dueDate(),
                header.otherInfo().pageAmount(),
                edoc.trace().business().action() == TraceAction.REPLACE
                        ? edoc.trace().business().replacementDocumentIds()
                        : List.of(),
                edoc.attachments().stream()
                        .map(a -> new DocumentFile(a.attachmentName(), a.contentType(), a.content()))
                        .toList());
    }

    /** The Decree 30 type: the abbreviation before the issuer's in the symbol ({@code QĐ-UBND}), else by name. */
    private String typeCode(MessageHeader header) {
        String notation = header.code().codeNotation();
        int dash = notation.indexOf('-');
        if (dash > 0) {
            Optional<DocumentTypeView> type = types.findByAbbreviation(notation.substring(0, dash));
            if (type.isPresent()) {
                return type.get().code();
            }
        }
        String name = header.documentType().typeName();
        return types.all().stream()
                .filter(t -> name != null && t.nameVi().equalsIgnoreCase(name.strip()))
                .map(DocumentTypeView::code)
                .findFirst()
                .orElse(LETTER);
    }

    private static MessageHeader.Code code(IssuedDocument document) {
        String symbol = document.numberSymbol();
        int slash = symbol.indexOf('/');
        if (slash > 0) {
            return new MessageHeader.Code(symbol.substring(0, slash), symbol.substring(slash + 1));
        }
        return new MessageHeader.Code(String.valueOf(document.number()), document.notation());
    }
}
