package vn.civic.exchange.edxml;

import java.util.List;

/** An edXML document package (message type {@code edoc}): header, trace and the files. */
public record EdocPackage(MessageHeader header, TraceHeaderList trace, List<Attachment> attachments) {

    public EdocPackage {
        attachments = List.copyOf(attachments);
    }
}
