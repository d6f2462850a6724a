package vn.civic.exchange.edxml;

import java.time.Instant;

/**
 * An edXML status message (message type {@code status}): a recipient tells the sender what became of a document.
 *
 * @param responseFor the document, as its sender named it
 * @param from the agency reporting
 * @param statusCode 01 arrived, 02 rejected, 03 accepted, 04, 05, 06, 13, 15, 16 (STANDARDS.md)
 */
public record StatusMessage(
        MessageHeader.ResponseFor responseFor,
        Organisation from,
        String statusCode,
        String description,
        Instant timestamp,
        StaffInfo staffInfo) {}
