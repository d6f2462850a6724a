package vn.civic.feedback.open311;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.feedback.open311.Open311Document.Field;
import vn.civic.feedback.open311.Open311Document.Fields;
import vn.civic.feedback.open311.Open311Document.Items;

/**
 * Writes an {@link Open311Document} as the specification's XML (UTF-8, the XML declaration with {@code encoding},
 * no namespace, text only) or as its JSON (Spark convention: booleans and numbers as JSON types, empty values as
 * {@code null}). Both come from the same tree, so the two formats cannot drift apart.
 */
public final class Open311Writer {

    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newDefaultFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Open311Writer() {}

    public static byte[] write(Open311Document document, Open311Format format) {
        return format == Open311Format.XML ? xml(document) : json(document);
    }

    static byte[] xml(Open311Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try {
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(document.root());
            writeXml(xml, document.body());
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Open311 XML could not be written", e);
        }
        return out.toByteArray();
    }

    private static void writeXml(XMLStreamWriter xml, Object value) throws XMLStreamException {
        switch (value) {
            case null -> {
                // an empty element
            }
            case Fields fields -> {
                for (Field field : fields.fields()) {
                    xml.writeStartElement(field.name());
                    writeXml(xml, field.value());
                    xml.writeEndElement();
                }
            }
            case Items items -> {
                for (Object item : items.items()) {
                    xml.writeStartElement(items.itemName());
                    writeXml(xml, item);
                    xml.writeEndElement();
                }
            }
            case BigDecimal number -> xml.writeCharacters(number.toPlainString());
            default -> xml.writeCharacters(xmlText(value.toString()));
        }
    }

    /**
     * Text without the characters XML 1.0 cannot carry at all (control characters other than tab, line feed and
     * carriage return, unpaired surrogates, U+FFFE/U+FFFF): a report's text must never make the whole answer
     * ill-formed.
     */
    static String xmlText(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (allowed) {
                    if (clean != null) {
                        clean.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                allowed = c == '\t'
                        || c == '\n'
                        || c == '\r'
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && clean != null) {
                clean.append(c);
            }
        }
        return clean == null ? text : clean.toString();
    }

    static byte[] json(Open311Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            writeJson(json, document.body());
        }
        return out.toByteArray();
    }

    private static void writeJson(JsonGenerator json, Object value) {
        switch (value) {
            case null -> json.writeNull();
            case Fields fields -> {
                json.writeStartObject();
                for (Field field : fields.fields()) {
                    json.writeName(field.name());
                    writeJson(json, field.value());
                }
                json.writeEndObject();
            }
            case Items items -> {
                json.writeStartArray();
                for (Object item : items.items()) {
                    writeJson(json, item);
                }
                json.writeEndArray();
            }
            case Boolean b -> json.writeBoolean(b);
            case BigDecimal number -> json.writeNumber(number.toPlainString());
            case Long number -> json.writeNumber(number);
            case Integer number -> json.writeNumber(number);
            default -> json.writeString(value.toString());
        }
    }

    /** The bytes as text, for logs and tests. */
    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
