package vn.civic.exchange.edxml;

import java.security.cert.X509Certificate;

/** What {@link EdXmlReader} read and checked: a document package or a status message, with its signer. */
public sealed interface ReadPackage {

    /** The agency that sent and signed it (From/OrganId). */
    String fromCode();

    X509Certificate signer();

    record Edoc(EdocPackage edoc, X509Certificate signer) implements ReadPackage {
        @Override
        public String fromCode() {
            return edoc.header().from().organId();
        }
    }

    record Status(StatusMessage status, X509Certificate signer) implements ReadPackage {
        @Override
        public String fromCode() {
            return status.from().organId();
        }
    }
}
