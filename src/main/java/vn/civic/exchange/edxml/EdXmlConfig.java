package vn.civic.exchange.edxml;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.signature.XmlSigningKeys;

/** The codec's parts as beans: the signatures trust the signature module's anchors. */
@Configuration(proxyBeanMethods = false)
class EdXmlConfig {

    @Bean
    EdXmlSignatures edXmlSignatures(XmlSigningKeys keys, Clock clock) {
        return new EdXmlSignatures(keys::anchors, keys::revoked, clock);
    }

    @Bean
    EdXmlWriter edXmlWriter(EdXmlSignatures signatures) {
        return new EdXmlWriter(signatures);
    }

    @Bean
    EdXmlReader edXmlReader(EdXmlProperties properties, EdXmlSignatures signatures) {
        return new EdXmlReader(properties, signatures);
    }
}
