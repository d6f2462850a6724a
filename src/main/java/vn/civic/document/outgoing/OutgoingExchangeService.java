package vn.civic.document.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.document.DocumentFile;
import vn.civic.document.DocumentTypes;
import vn.civic.document.ExchangeStatus;
import vn.civic.document.IssuedDocument;
import vn.civic.document.OutgoingExchange;
import vn.civic.document.outgoing.OutgoingView.FileView;
import vn.civic.org.AgencyView;
import vn.civic.platform.error.NotFoundException;

/** What the exchange reads of issued documents and records of their recipients' answers (decision 0025). */
@Service
class OutgoingExchangeService implements OutgoingExchange {

    private final OutgoingSupport s;
    private final DocumentTypes types;
    private final OutgoingIssuing issuing;

    OutgoingExchangeService(OutgoingSupport support, DocumentTypes types, OutgoingIssuing issuing) {
        this.s = support;
        this.types = types;
        this.issuing = issuing;
    }

    @Override
    @Transactional(readOnly = true)
    public IssuedDocument issued(long outgoingId) {
        OutgoingDocument d = s.documents
                .findById(outgoingId)
                .filter(x -> x.status().issued())
                .orElseThrow(() -> NotFoundException.of(OutgoingSupport.OBJECT_TYPE, outgoingId));
        AgencyView agency = s.org.findAgency(d.agencyId()).orElseThrow();
        List<FileView> files = s.records.files(d.id());
        List<DocumentFile> content = new ArrayList<>();
        files.stream().filter(f -> f.current() && f.role() == FileRole.SIGNED).forEach(f -> content.add(file(d, f)));
        files.stream().filter(f -> f.role() == FileRole.APPENDIX).forEach(f -> content.add(file(d, f)));
        String symbol = d.numberSymbol();
        return new IssuedDocument(
                d.id(),
                d.agencyId(),
                agency.code(),
                agency.name(),
                d.outgoingNumber(),
                symbol.substring(symbol.indexOf('/') + 1),
                symbol,
                issuing.place(agency),
                d.issuedDate(),
                d.issuedAt(),
                types.find(d.typeCode()).orElseThrow(),
                d.summary(),
                d.signerName(),
                d.signerPosition(),
                d.urgency(),
                d.steeringType(),
                d.dueDate(),
                d.copies(),
                null,
                d.confidential(),
                d.replacesDocumentId(),
                s.records.recipients(d.id()).stream()
                        .map(r -> new IssuedDocument.Recipient(r.id(), r.agencyId(), r.organisationCode(), r.name()))
                        .toList(),
                content);
    }

    private DocumentFile file(OutgoingDocument d, FileView f) {
        return new DocumentFile(
                f.fileName(),
                f.contentType(),
                s.read(s.records.storageKey(d.id(), f).orElseThrow()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> findIssued(long agencyId, String numberSymbol, LocalDate issuedDate) {
        return s.documents
                .findFirstByAgencyIdAndNumberSymbolAndIssuedDate(agencyId, numberSymbol, issuedDate)
                .filter(d -> d.status().issued())
                .map(OutgoingDocument::id);
    }

    @Override
    @Transactional
    public void recordStatus(
            long outgoingId,
            String recipientOrganisationCode,
            ExchangeStatus status,
            String description,
            String staffName,
            Instant at) {
        OutgoingDocument d = s.documents
                .findById(outgoingId)
                .filter(x -> x.status().issued())
                .orElseThrow(() -> NotFoundException.of(OutgoingSupport.OBJECT_TYPE, outgoingId));
        String text =
                description == null ? null : description.length() > 1000 ? description.substring(0, 1000) : description;
        if (s.records.recordStatus(d.id(), recipientOrganisationCode, status.code(), text, at) == 0) {
            throw NotFoundException.of("outgoing_recipient", recipientOrganisationCode);
        }
        s.audit(
                "outgoing.recipient_status",
                d,
                null,
                recipientOrganisationCode + " " + status.code() + (staffName == null ? "" : " by " + staffName));
    }
}
