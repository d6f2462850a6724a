package vn.civic.exchange.edxml;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.civic.signature.XmlSigningKeys;

/**
 * Writes edXML packages and status messages (QCVN 102:2016) as DOM, signs them with the sending agency's seal
 * ({@link EdXmlSignatures}) and serialises them as UTF-8. Stateless and thread-safe.
 */
public final class EdXmlWriter {

    private final EdXmlSignatures signatures;

    public EdXmlWriter(EdXmlSignatures signatures) {
        this.signatures = signatures;
    }

    /** The package, signed by {@code seal}. */
    public byte[] write(EdocPackage edoc, XmlSigningKeys.Key seal) {
        Document document = newDocument();
        Element envelope = envelope(document);
        Element header = add(envelope, EdXml.HEADER);
        messageHeader(add(header, EdXml.MESSAGE_HEADER), edoc.header());
        trace(add(header, EdXml.TRACE_HEADER_LIST), edoc.trace());
        Element body = add(envelope, EdXml.BODY);
        Element manifest = add(body, EdXml.MANIFEST);
        for (Attachment attachment : edoc.attachments()) {
            Element reference = add(manifest, EdXml.REFERENCE);
            reference.setAttribute(EdXml.DIGEST_ATTRIBUTE, attachment.digest());
            text(reference, "ContentId", attachment.contentId());
            text(reference, "ContentType", attachment.contentType());
            text(reference, "AttachmentName", attachment.attachmentName());
            text(reference, "Description", attachment.description());
        }
        for (Attachment attachment : edoc.attachments()) {
            Element encoded = add(body, EdXml.ATTACHMENT_ENCODED);
            encoded.setAttribute(EdXml.CONTENT_ID_ATTRIBUTE, attachment.contentId());
            encoded.setTextContent(Base64.getEncoder().encodeToString(attachment.content()));
        }
        signatures.sign(document, header, seal);
        return serialise(document);
    }

    /** The status message, signed by {@code seal}. */
    public byte[] write(StatusMessage status, XmlSigningKeys.Key seal) {
        Document document = newDocument();
        Element envelope = envelope(document);
        Element header = add(envelope, EdXml.HEADER);
        Element element = add(header, EdXml.STATUS);
        responseFor(add(element, "ResponseFor"), status.responseFor());
        organisation(add(element, "From"), status.from());
        text(element, "StatusCode", status.statusCode());
        text(element, "Description", status.description());
        text(element, "Timestamp", instant(status.timestamp()));
        staff(element, status.staffInfo());
        add(envelope, EdXml.BODY);
        signatures.sign(document, header, seal);
        return serialise(document);
    }

    private static void messageHeader(Element element, MessageHeader header) {
        organisation(add(element, "From"), header.from());
        header.to().forEach(to -> organisation(add(element, "To"), to));
        Element code = add(element, "Code");
        text(code, "CodeNumber", header.code().codeNumber());
        text(code, "CodeNotation", header.code().codeNotation());
        Element promulgation = add(element, "PromulgationInfo");
        text(promulgation, "Place", header.promulgationInfo().place());
        text(promulgation, "PromulgationDate", date(header.promulgationInfo().promulgationDate()));
        Element type = add(element, "DocumentType");
        text(type, "Type", String.valueOf(header.documentType().type()));
        text(type, "TypeName", header.documentType().typeName());
        text(element, "Subject", header.subject());
        text(element, "Content", header.content());
        MessageHeader.SignerInfo signer = header.signerInfo();
        Element signerInfo = add(element, "SignerInfo");
        text(signerInfo, "Competence", signer.competence());
        text(signerInfo, "Position", signer.position());
        text(signerInfo, "FullName", signer.fullName());
        text(element, "DueDate", date(header.dueDate()));
        Element places = add(element, "ToPlaces");
        header.toPlaces().forEach(place -> text(places, "Place", place));
        MessageHeader.OtherInfo other = header.otherInfo();
        Element otherInfo = add(element, "OtherInfo");
        text(otherInfo, "Priority", String.valueOf(other.priority()));
        text(otherInfo, "SphereOfPromulgation", other.sphereOfPromulgation());
        text(otherInfo, "TyperNotation", other.typerNotation());
        text(otherInfo, "PromulgationAmount", number(other.promulgationAmount()));
        text(otherInfo, "PageAmount", number(other.pageAmount()));
        Element appendixes = add(otherInfo, "Appendixes");
        other.appendixes().forEach(appendix -> text(appendixes, "Appendix", appendix));
        text(element, "SteeringType", String.valueOf(header.steeringType()));
        text(element, "DocumentId", header.documentId());
        if (header.responseFor() != null) {
            responseFor(add(element, "ResponseFor"), header.responseFor());
        }
    }

    private static void trace(Element element, TraceHeaderList trace) {
        for (TraceHeaderList.TraceHeader hop : trace.traceHeaders()) {
            Element header = add(element, "TraceHeader");
            text(header, "OrganId", hop.organId());
            text(header, "Timestamp", instant(hop.timestamp()));
        }
        TraceHeaderList.Business business = trace.business();
        Element block = add(element, "Business");
        text(block, "BusinessDocType", String.valueOf(business.action().code()));
        text(block, "BusinessDocReason", business.reason());
        staff(block, business.staffInfo());
        Element replacements = add(block, "ReplacementInfoList");
        business.replacementDocumentIds().forEach(id -> text(add(replacements, "ReplacementInfo"), "DocumentId", id));
        Element receivers = add(block, "ReceiverList");
        business.receivers().forEach(receiver -> organisation(add(receivers, "Receiver"), receiver));
    }

    private static void organisation(Element element, Organisation organisation) {
        text(element, "OrganId", organisation.organId());
        text(element, "OrganizationInCharge", organisation.organizationInCharge());
        text(element, "OrganName", organisation.organName());
        text(element, "OrganAdd", organisation.organAdd());
        text(element, "Email", organisation.email());
        text(element, "Telephone", organisation.telephone());
        text(element, "Fax", organisation.fax());
        text(element, "Website", organisation.website());
    }

    private static void responseFor(Element element, MessageHeader.ResponseFor responseFor) {
        text(element, "OrganId", responseFor.organId());
        text(element, "Code", responseFor.code());
        text(element, "PromulgationDate", date(responseFor.promulgationDate()));
        text(element, "DocumentId", responseFor.documentId());
    }

    private static void staff(Element parent, StaffInfo staff) {
        if (staff == null) {
            return;
        }
        Element element = add(parent, "StaffInfo");
        text(element, "Department", staff.department());
        text(element, "Staff", staff.staff());
        text(element, "Mobile", staff.mobile());
        text(element, "Email", staff.email());
    }

    private static Element envelope(Document document) {
        Element envelope = document.createElementNS(EdXml.NS, EdXml.PREFIX + ":" + EdXml.ENVELOPE);
        envelope.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + EdXml.PREFIX, EdXml.NS);
        document.appendChild(envelope);
        return envelope;
    }

    private static Element add(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(EdXml.NS, EdXml.PREFIX + ":" + name);
        parent.appendChild(child);
        return child;
    }

    /** An element with text; none when the value is null (an optional element left out). */
    private static void text(Element parent, String name, String value) {
        if (value != null) {
            add(parent, name).setTextContent(value);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String number(Integer value) {
        return value == null ? null : value.toString();
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] serialise(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot serialise an edXML package", e);
        }
    }
}
