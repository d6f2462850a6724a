package vn.civic.exchange.edxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an edXML package or status message received from another agency, refusing anything doubtful with a reason
 * ({@link EdXmlException}): the size before any parsing; then a streaming pass that refuses a DOCTYPE (so no
 * external entity is ever fetched and no entity expands), nesting deeper than the limit and too many elements; then
 * the DOM of a parser hardened the same way (secure processing, no DTD, no external access, entity limits); the
 * required elements and the limits of STANDARDS.md; each attachment against its manifest digest; and the XML
 * signature, its certificate chain and that the signer is the sending agency's seal.
 */
public final class EdXmlReader {

    private static final Pattern ORGANISATION_CODE = Pattern.compile("[0-9A-Z.]{1,35}");
    private static final Pattern STATUS_CODE = Pattern.compile("0[1-6]|1[3-6]");

    private final EdXmlProperties properties;
    private final EdXmlSignatures signatures;
    private final XMLInputFactory streams;
    private final DocumentBuilderFactory documents;

    public EdXmlReader(EdXmlProperties properties, EdXmlSignatures signatures) {
        this.properties = properties;
        this.signatures = signatures;
        this.streams = streamFactory();
        this.documents = documentFactory(properties);
    }

    /** Reads and checks a package; throws {@link EdXmlException} with the reason it is refused. */
    public ReadPackage read(byte[] bytes) {
        if (bytes.length > properties.maxSize().toBytes()) {
            throw new EdXmlException(
                    ExchangeError.PACKAGE_TOO_LARGE,
                    bytes.length + " bytes, more than " + properties.maxSize().toBytes());
        }
        scan(bytes);
        Document document = parse(bytes);
        Element envelope = document.getDocumentElement();
        if (!is(envelope, EdXml.ENVELOPE)) {
            throw new EdXmlException(ExchangeError.PACKAGE_MALFORMED, "not an edXMLEnvelope");
        }
        Element header = required(envelope, EdXml.HEADER);
        Element status = child(header, EdXml.STATUS);
        if (status != null) {
            StatusMessage message = status(status);
            return new ReadPackage.Status(
                    message, signatures.verify(document, message.from().organId()));
        }
        MessageHeader messageHeader = messageHeader(required(header, EdXml.MESSAGE_HEADER));
        TraceHeaderList trace = trace(required(header, EdXml.TRACE_HEADER_LIST));
        List<Attachment> attachments =
                attachments(required(envelope, EdXml.BODY), trace.business().action());
        EdocPackage edoc = new EdocPackage(messageHeader, trace, attachments);
        return new ReadPackage.Edoc(
                edoc, signatures.verify(document, messageHeader.from().organId()));
    }

    /**
     * What a refused package says of itself, read with the same hardened parser but trusting nothing, so that its
     * sender can be answered "02 rejected". Empty for a status message (never answered) or when it cannot be read.
     */
    public Optional<Summary> peek(byte[] bytes) {
        if (bytes.length > properties.maxSize().toBytes()) {
            return Optional.empty();
        }
        try {
            scan(bytes);
            Element envelope = parse(bytes).getDocumentElement();
            Element header = is(envelope, EdXml.ENVELOPE) ? child(envelope, EdXml.HEADER) : null;
            Element message = header == null ? null : child(header, EdXml.MESSAGE_HEADER);
            if (message == null) {
                return Optional.empty();
            }
            Element from = child(message, "From");
            Element code = child(message, "Code");
            Element promulgation = child(message, "PromulgationInfo");
            List<String> to = new ArrayList<>();
            children(message, "To").forEach(t -> to.add(text(t, "OrganId")));
            String fromCode = from == null ? null : text(from, "OrganId");
            String documentId = text(message, "DocumentId");
            Optional<DocumentIds.Parts> parts = DocumentIds.parse(documentId);
            if (fromCode == null || parts.isEmpty()) {
                return Optional.empty();
            }
            String numberSymbol = code == null
                    ? parts.get().numberSymbol()
                    : text(code, "CodeNumber") + "/" + text(code, "CodeNotation");
            LocalDate date = parts.get().date();
            if (promulgation != null && text(promulgation, "PromulgationDate") != null) {
                date = LocalDate.parse(text(promulgation, "PromulgationDate"));
            }
            return Optional.of(new Summary(fromCode, to, documentId, numberSymbol, date));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A package's sender, recipients and document as it claims them. */
    public record Summary(
            String fromCode, List<String> toCodes, String documentId, String numberSymbol, LocalDate date) {}

    /** The streaming pass: no DOCTYPE, depth and element count within the limits. */
    private void scan(byte[] bytes) {
        XMLStreamReader reader = null;
        try {
            synchronized (streams) {
                reader = streams.createXMLStreamReader(new ByteArrayInputStream(bytes));
            }
            int depth = 0;
            int elements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new EdXmlException(ExchangeError.DOCTYPE_FORBIDDEN, null);
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    elements++;
                    if (depth > properties.maxDepth()) {
                        throw new EdXmlException(
                                ExchangeError.NESTING_TOO_DEEP, "deeper than " + properties.maxDepth());
                    }
                    if (elements > properties.maxElements()) {
                        throw new EdXmlException(
                                ExchangeError.PACKAGE_MALFORMED, "more than " + properties.maxElements() + " elements");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw new EdXmlException(ExchangeError.PACKAGE_MALFORMED, shorten(e.getMessage()));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held open: the input is an array
                }
            }
        }
    }

    private Document parse(byte[] bytes) {
        try {
            DocumentBuilder builder;
            synchronized (documents) { // a factory is not promised to be thread-safe; its builders are used alone
                builder = documents.newDocumentBuilder();
            }
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId);
            });
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new EdXmlException(ExchangeError.DOCTYPE_FORBIDDEN, null);
            }
            throw new EdXmlException(ExchangeError.PACKAGE_MALFORMED, shorten(message));
        } catch (IOException | ParserConfigurationException e) {
            throw new EdXmlException(ExchangeError.PACKAGE_MALFORMED, shorten(e.getMessage()));
        }
    }

    private MessageHeader messageHeader(Element element) {
        Organisation from = organisation(required(element, "From"), "From");
        List<Organisation> to = new ArrayList<>();
        for (Element recipient : children(element, "To")) {
            to.add(organisation(recipient, "To"));
        }
        if (to.isEmpty()) {
            throw invalid("To is missing");
        }
        Element codeElement = required(element, "Code");
        var code = new MessageHeader.Code(
                requiredText(codeElement, "CodeNumber"), requiredText(codeElement, "CodeNotation"));
        Element promulgation = required(element, "PromulgationInfo");
        var promulgationInfo = new MessageHeader.PromulgationInfo(
                limited(text(promulgation, "Place"), properties.maxPlaceLength(), "Place"),
                date(requiredText(promulgation, "PromulgationDate"), "PromulgationDate"));
        Element typeElement = required(element, "DocumentType");
        int type = integer(requiredText(typeElement, "Type"), "Type");
        if (type != 1 && type != 2) {
            throw invalid("DocumentType/Type must be 1 or 2");
        }
        var documentType = new MessageHeader.DocumentType(type, text(typeElement, "TypeName"));
        String subject = limited(requiredText(element, "Subject"), properties.maxSubjectLength(), "Subject");
        Element signerElement = required(element, "SignerInfo");
        var signer = new MessageHeader.SignerInfo(
                text(signerElement, "Competence"),
                text(signerElement, "Position"),
                requiredText(signerElement, "FullName"));
        String due = text(element, "DueDate");
        List<String> places = new ArrayList<>();
        Element toPlaces = child(element, "ToPlaces");
        if (toPlaces != null) {
            for (Element place : children(toPlaces, "Place")) {
                places.add(limited(place.getTextContent(), properties.maxPlaceLength(), "ToPlaces/Place"));
            }
        }
        MessageHeader.OtherInfo other = otherInfo(child(element, "OtherInfo"));
        String steering = text(element, "SteeringType");
        int steeringType = steering == null ? 1 : integer(steering, "SteeringType");
        if (steeringType < 0 || steeringType > 3) {
            throw invalid("SteeringType must be 1, 2 or 3");
        }
        String documentId = requiredText(element, "DocumentId");
        DocumentIds.Parts parts =
                DocumentIds.parse(documentId).orElseThrow(() -> invalid("DocumentId is not OrganId,yyyy/MM/dd,Code"));
        if (!parts.organId().equals(from.organId())) {
            throw invalid("DocumentId names another agency than From");
        }
        Element responseElement = child(element, "ResponseFor");
        return new MessageHeader(
                from,
                to,
                code,
                promulgationInfo,
                documentType,
                subject,
                text(element, "Content"),
                signer,
                due == null ? null : date(due, "DueDate"),
                places,
                other,
                steeringType,
                documentId,
                responseElement == null ? null : responseFor(responseElement));
    }

    private MessageHeader.OtherInfo otherInfo(Element element) {
        if (element == null) {
            return new MessageHeader.OtherInfo(0, null, null, null, null, List.of());
        }
        String priorityText = text(element, "Priority");
        int priority = priorityText == null ? 0 : integer(priorityText, "Priority");
        if (priority < 0 || priority > 4) {
            throw invalid("Priority must be 0 to 4");
        }
        List<String> appendixes = new ArrayList<>();
        Element list = child(element, "Appendixes");
        if (list != null) {
            children(list, "Appendix").forEach(a -> appendixes.add(a.getTextContent()));
        }
        return new MessageHeader.OtherInfo(
                priority,
                text(element, "SphereOfPromulgation"),
                text(element, "TyperNotation"),
                optionalInteger(text(element, "PromulgationAmount"), "PromulgationAmount"),
                optionalInteger(text(element, "PageAmount"), "PageAmount"),
                appendixes);
    }

    private TraceHeaderList trace(Element element) {
        List<TraceHeaderList.TraceHeader> hops = new ArrayList<>();
        for (Element hop : children(element, "TraceHeader")) {
            hops.add(new TraceHeaderList.TraceHeader(
                    organisationCode(requiredText(hop, "OrganId"), "TraceHeader/OrganId"),
                    instant(requiredText(hop, "Timestamp"), "TraceHeader/Timestamp")));
        }
        Element block = required(element, "Business");
        TraceAction action = TraceAction.ofCode(integer(requiredText(block, "BusinessDocType"), "BusinessDocType"));
        if (action == null) {
            throw invalid("BusinessDocType must be 0, 1, 2 or 3");
        }
        String reason = text(block, "BusinessDocReason");
        if ((action == TraceAction.REVOKE || action == TraceAction.UPDATE) && (reason == null || reason.isBlank())) {
            throw invalid("BusinessDocReason is required to revoke or update");
        }
        List<String> replacements = new ArrayList<>();
        Element replacementList = child(block, "ReplacementInfoList");
        if (replacementList != null) {
            for (Element info : children(replacementList, "ReplacementInfo")) {
                replacements.add(requiredText(info, "DocumentId"));
            }
        }
        if (action == TraceAction.REPLACE && replacements.isEmpty()) {
            throw invalid("a replacement names the documents it replaces");
        }
        List<Organisation> receivers = new ArrayList<>();
        Element receiverList = child(block, "ReceiverList");
        if (receiverList != null) {
            for (Element receiver : children(receiverList, "Receiver")) {
                receivers.add(organisation(receiver, "Receiver"));
            }
        }
        return new TraceHeaderList(
                hops,
                new TraceHeaderList.Business(
                        action, reason, staff(child(block, "StaffInfo")), replacements, receivers));
    }

    private List<Attachment> attachments(Element body, TraceAction action) {
        Element manifest = child(body, EdXml.MANIFEST);
        Map<String, byte[]> encoded = new HashMap<>();
        for (Element element : children(body, EdXml.ATTACHMENT_ENCODED)) {
            String contentId = element.getAttribute(EdXml.CONTENT_ID_ATTRIBUTE);
            if (contentId.isBlank() || encoded.containsKey(contentId)) {
                throw integrity("AttachmentEncoded without a ContentId of its own");
            }
            try {
                encoded.put(contentId, Base64.getMimeDecoder().decode(element.getTextContent()));
            } catch (IllegalArgumentException e) {
                throw integrity("AttachmentEncoded " + contentId + " is not base64");
            }
        }
        List<Attachment> attachments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (manifest != null) {
            for (Element reference : children(manifest, EdXml.REFERENCE)) {
                String contentId = requiredText(reference, "ContentId");
                String name = limited(
                        requiredText(reference, "AttachmentName"),
                        properties.maxAttachmentNameLength(),
                        "AttachmentName");
                byte[] content = encoded.get(contentId);
                if (content == null || !seen.add(contentId)) {
                    throw integrity("no AttachmentEncoded for " + contentId);
                }
                String digest = reference.getAttribute(EdXml.DIGEST_ATTRIBUTE);
                if (digest.isBlank()) {
                    throw integrity("Reference " + contentId + " has no digest");
                }
                if (!digest.equals(Attachment.digestOf(content))) {
                    throw integrity("attachment " + name + " does not match its digest");
                }
                attachments.add(new Attachment(
                        contentId, text(reference, "ContentType"), name, text(reference, "Description"), content));
            }
        }
        if (seen.size() != encoded.size()) {
            throw integrity("an AttachmentEncoded is not in the manifest");
        }
        if (attachments.isEmpty() && action != TraceAction.REVOKE) {
            throw invalid("the package has no attachment");
        }
        return attachments;
    }

    private StatusMessage status(Element element) {
        Organisation from = organisation(required(element, "From"), "From");
        String code = requiredText(element, "StatusCode");
        if (!STATUS_CODE.matcher(code).matches()) {
            throw invalid("StatusCode " + code + " is not a status of QCVN 102:2016");
        }
        return new StatusMessage(
                responseFor(required(element, "ResponseFor")),
                from,
                code,
                text(element, "Description"),
                instant(requiredText(element, "Timestamp"), "Timestamp"),
                staff(child(element, "StaffInfo")));
    }

    private MessageHeader.ResponseFor responseFor(Element element) {
        return new MessageHeader.ResponseFor(
                organisationCode(requiredText(element, "OrganId"), "ResponseFor/OrganId"),
                requiredText(element, "Code"),
                date(requiredText(element, "PromulgationDate"), "ResponseFor/PromulgationDate"),
                requiredText(element, "DocumentId"));
    }

    private Organisation organisation(Element element, String where) {
        return new Organisation(
                organisationCode(requiredText(element, "OrganId"), where + "/OrganId"),
                text(element, "OrganizationInCharge"),
                text(element, "OrganName"),
                text(element, "OrganAdd"),
                text(element, "Email"),
                text(element, "Telephone"),
                text(element, "Fax"),
                text(element, "Website"));
    }

    private static StaffInfo staff(Element element) {
        if (element == null) {
            return null;
        }
        return new StaffInfo(
                text(element, "Department"), text(element, "Staff"), text(element, "Mobile"), text(element, "Email"));
    }

    // --- element access: only edXML elements, direct children, in document order

    private static boolean is(Node node, String name) {
        return node instanceof Element element
                && EdXml.NS.equals(element.getNamespaceURI())
                && name.equals(element.getLocalName());
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (is(node, name)) {
                return (Element) node;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (is(node, name)) {
                found.add((Element) node);
            }
        }
        return found;
    }

    private static Element required(Element parent, String name) {
        Element element = child(parent, name);
        if (element == null) {
            throw invalid(name + " is missing");
        }
        return element;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().strip();
    }

    private static String requiredText(Element parent, String name) {
        String value = text(parent, name);
        if (value == null || value.isEmpty()) {
            throw invalid(name + " is missing");
        }
        return value;
    }

    private static String limited(String value, int limit, String name) {
        if (value != null && value.codePointCount(0, value.length()) > limit) {
            throw invalid(name + " is longer than " + limit + " characters");
        }
        return value;
    }

    private static String organisationCode(String value, String name) {
        if (!ORGANISATION_CODE.matcher(value).matches()) {
            throw invalid(name + " is not an organisation code");
        }
        return value;
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name + " is not a date (yyyy-MM-dd)");
        }
    }

    private static Instant instant(String value, String name) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name + " is not a timestamp");
        }
    }

    private static int integer(String value, String name) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(name + " is not a number");
        }
    }

    private static Integer optionalInteger(String value, String name) {
        return value == null ? null : integer(value, name);
    }

    private static EdXmlException invalid(String detail) {
        return new EdXmlException(ExchangeError.HEADER_INVALID, detail);
    }

    private static EdXmlException integrity(String detail) {
        return new EdXmlException(ExchangeError.ATTACHMENT_INTEGRITY, detail);
    }

    private static String shorten(String message) {
        if (message == null) {
            return null;
        }
        return message.length() > 300 ? message.substring(0, 300) : message;
    }

    private static XMLInputFactory streamFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity " + systemId);
        });
        return factory;
    }

    private static DocumentBuilderFactory documentFactory(EdXmlProperties properties) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute("jdk.xml.entityExpansionLimit", String.valueOf(properties.entityExpansionLimit()));
            factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(properties.maxDepth()));
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be hardened", e);
        }
    }
}
