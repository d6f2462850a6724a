package vn.civic.exchange.documents.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.civic.exchange.edxml.Attachment;
import vn.civic.exchange.edxml.DocumentIds;
import vn.civic.exchange.edxml.EdXmlReader;
import vn.civic.exchange.edxml.EdXmlWriter;
import vn.civic.exchange.edxml.EdocPackage;
import vn.civic.exchange.edxml.MessageHeader;
import vn.civic.exchange.edxml.Organisation;
import vn.civic.exchange.edxml.ReadPackage;
import vn.civic.exchange.edxml.TraceAction;
import vn.civic.exchange.edxml.TraceHeaderList;
import vn.civic.platform.security.PublicEndpoints;
import vn.civic.signature.SignerKeys;
import vn.civic.signature.XmlSigningKeys;

/**
 * The cost of the edXML codec for the benchmark (scenarios {@code edxml-sign-100k}, {@code edxml-sign-1m},
 * {@code edxml-verify-100k}, {@code edxml-verify-1m}), served only under the {@code bench} profile: {@code sign}
 * builds and signs a package of Phường Hoàn Kiếm to Phường Hồng Bàng carrying one PDF of 100 KB or 1 MB with the
 * ward's demo seal; {@code verify} parses and checks (hardened parse, header, attachment digest, XML signature,
 * certificate chain, signer) a package signed once beforehand. Nothing is stored or sent.
 */
@Controller
@Profile("bench")
@RequestMapping(BenchEdXmlController.PATH)
class BenchEdXmlController {

    static final String PATH = "/bench/edxml";
    static final String FROM = "000.01.31.H26";
    static final String TO = "000.01.31.H31";
    static final Map<String, Integer> SIZES = Map.of("100k", 100 * 1024, "1m", 1024 * 1024);

    private final EdXmlWriter writer;
    private final EdXmlReader reader;
    private final XmlSigningKeys keys;
    private final Map<String, EdocPackage> packages = new ConcurrentHashMap<>();
    private final Map<String, byte[]> signed = new ConcurrentHashMap<>();

    BenchEdXmlController(EdXmlWriter writer, EdXmlReader reader, XmlSigningKeys keys) {
        this.writer = writer;
        this.reader = reader;
        this.keys = keys;
    }

    @GetMapping("/sign/{size}")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> sign(@PathVariable String size) {
        EdocPackage edoc = edoc(size);
        if (edoc == null) {
            return ResponseEntity.notFound().build();
        }
        byte[] xml = writer.write(edoc, seal());
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("signed " + xml.length);
    }

    @GetMapping("/verify/{size}")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> verify(@PathVariable String size) {
        EdocPackage edoc = edoc(size);
        if (edoc == null) {
            return ResponseEntity.notFound().build();
        }
        byte[] xml = signed.computeIfAbsent(size, s -> writer.write(edoc, seal()));
        ReadPackage read = reader.read(xml);
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("verified " + read.fromCode());
    }

    private XmlSigningKeys.Key seal() {
        return keys.find(SignerKeys.seal(FROM)).orElseThrow();
    }

    private EdocPackage edoc(String size) {
        Integer bytes = SIZES.get(size);
        return bytes == null ? null : packages.computeIfAbsent(size, s -> build(bytes));
    }

    private static EdocPackage build(int size) {
        byte[] pdf = new byte[size];
        new Random(size).nextBytes(pdf);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, pdf, 0, header.length);
        var date = LocalDate.of(2026, 12, 1);
        var messageHeader = new MessageHeader(
                Organisation.of(FROM, "Ủy ban nhân dân phường Hoàn Kiếm"),
                List.of(Organisation.of(TO, "Ủy ban nhân dân phường Hồng Bàng")),
                new MessageHeader.Code("12", "QĐ-UBND"),
                new MessageHeader.PromulgationInfo("Hà Nội", date),
                new MessageHeader.DocumentType(2, "Quyết định"),
                "Về việc phối hợp tổ chức ngày hội đọc sách năm 2026",
                null,
                new MessageHeader.SignerInfo("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "Nguyễn Văn An"),
                null,
                List.of("Như trên", "Lưu: VT"),
                new MessageHeader.OtherInfo(0, null, null, 2, 3, List.of()),
                1,
                DocumentIds.of(FROM, date, "12/QĐ-UBND"),
                null);
        var trace = new TraceHeaderList(
                List.of(new TraceHeaderList.TraceHeader(FROM, Instant.parse("2026-12-01T03:00:00Z"))),
                new TraceHeaderList.Business(
                        TraceAction.NEW,
                        null,
                        null,
                        List.of(),
                        List.of(Organisation.of(TO, "Ủy ban nhân dân phường Hồng Bàng"))));
        return new EdocPackage(
                messageHeader,
                trace,
                List.of(new Attachment("cid:1", "application/pdf", "12-QD-UBND.pdf", "Văn bản", pdf)));
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("bench")
    static class BenchEdXmlConfig {

        /** Under the bench profile the codec's cost is public, as the other bench stand-ins; it changes nothing. */
        @Bean
        PublicEndpoints benchEdXmlPublicEndpoints() {
            return PublicEndpoints.of(PATH + "/**");
        }
    }
}
