package vn.civic.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.civic.feedback.open311.Open311Document.Fields;
import vn.civic.feedback.open311.Open311Document.Items;

/** One tree, two formats: the specification's XML and its Spark-convention JSON. */
class Open311WriterTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Open311Document services() {
        Fields lighting = Fields.builder()
                .add("service_code", "street-lighting")
                .add("service_name", "Chiếu sáng công cộng")
                .add("description", null)
                .add("metadata", true)
                .add("type", "realtime")
                .add("keywords", "đèn, chiếu sáng")
                .add("group", "Hiện trường")
                .build();
        return Open311Document.list("services", "service", List.of(lighting));
    }

    @Test
    void xmlHasTheDeclarationTheRootAndOneElementPerField() {
        String xml = Open311Writer.text(Open311Writer.write(services(), Open311Format.XML));

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        assertThat(xml)
                .contains("<services><service><service_code>street-lighting</service_code>")
                .contains("<service_name>Chiếu sáng công cộng</service_name>")
                .contains("<description></description>")
                .contains("<metadata>true</metadata>")
                .contains("<keywords>đèn, chiếu sáng</keywords>")
                .endsWith("</service></services>");
    }

    @Test
    void jsonDropsTheRootAndMakesTheRepeatedElementAnArrayEvenOfOne() {
        JsonNode json = JSON.readTree(Open311Writer.write(services(), Open311Format.JSON));

        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(1);
        JsonNode service = json.get(0);
        assertThat(service.get("service_code").asString()).isEqualTo("street-lighting");
        assertThat(service.get("metadata").isBoolean()).isTrue();
        assertThat(service.get("description").isNull()).isTrue();
        assertThat(service.propertyNames())
                .containsExactly(
                        "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    }

    @Test
    void anEmptyListIsAnEmptyArrayAndAnEmptyRoot() {
        Open311Document none = Open311Document.list("service_requests", "request", List.of());

        assertThat(Open311Writer.text(Open311Writer.write(none, Open311Format.JSON)))
                .isEqualTo("[]");
        assertThat(Open311Writer.text(Open311Writer.write(none, Open311Format.XML)))
                .endsWith("<service_requests></service_requests>");
    }

    @Test
    void nestedContainersFollowTheSparkConvention() {
        Fields definition = Fields.builder()
                .add("service_code", "street-lighting")
                .add(
                        "attributes",
                        new Items(
                                "attribute",
                                List.of(Fields.builder()
                                        .add("code", "pole-number")
                                        .add("order", 1)
                                        .add(
                                                "values",
                                                new Items(
                                                        "value",
                                                        List.of(Fields.builder()
                                                                .add("key", "on")
                                                                .add("name", "Sáng")
                                                                .build())))
                                        .build())))
                .build();
        Open311Document document = new Open311Document("service_definition", definition);

        JsonNode json = JSON.readTree(Open311Writer.write(document, Open311Format.JSON));
        assertThat(json.get("service_code").asString()).isEqualTo("street-lighting");
        assertThat(json.get("attributes").get(0).get("order").isInt()).isTrue();
        assertThat(json.get("attributes").get(0).get("values").get(0).get("key").asString())
                .isEqualTo("on");
        assertThat(Open311Writer.text(Open311Writer.write(document, Open311Format.XML)))
                .contains("<service_definition><service_code>street-lighting</service_code><attributes><attribute>"
                        + "<code>pole-number</code><order>1</order><values><value><key>on</key><name>Sáng</name>"
                        + "</value></values></attribute></attributes></service_definition>");
    }

    @Test
    void decimalsAreWrittenInPlainNotation() {
        Fields point = Fields.builder()
                .decimal("lat", 21.028511)
                .decimal("long", 0.00001)
                .build();
        Open311Document document = new Open311Document("point", point);

        assertThat(Open311Writer.text(Open311Writer.write(document, Open311Format.XML)))
                .contains("<lat>21.028511</lat><long>0.000010</long>");
        JsonNode json = JSON.readTree(Open311Writer.write(document, Open311Format.JSON));
        assertThat(json.get("lat").decimalValue()).isEqualByComparingTo(new BigDecimal("21.028511"));
        assertThat(json.get("long").isNumber()).isTrue();
    }

    @Test
    void textIsEscapedAndCharactersXmlCannotCarryAreDropped() {
        Fields text = Fields.builder()
                .add("description", "<b>đèn</b> & \"cột\"\u0001\u0007 hỏng\n😀")
                .build();
        Open311Document document = new Open311Document("request", text);

        String xml = Open311Writer.text(Open311Writer.write(document, Open311Format.XML));
        assertThat(xml).contains("&lt;b&gt;đèn&lt;/b&gt; &amp; \"cột\" hỏng\n😀");
        assertThat(xml).doesNotContain("\u0001").doesNotContain("\u0007");
        assertThat(JSON.readTree(Open311Writer.write(document, Open311Format.JSON))
                        .get("description")
                        .asString())
                .isEqualTo("<b>đèn</b> & \"cột\"\u0001\u0007 hỏng\n😀");
    }

    @Test
    void aFieldAcceptsOnlyTheValueTypesBothFormatsCanWrite() {
        assertThatThrownBy(() -> Fields.builder().add("when", java.time.Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
