package vn.civic.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.org.AdministrativeUnitView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.procedure.FormField.FieldType;
import vn.civic.test.CivicTest;

/** An address names a current commune or ward of the demo city's unit tree, and a street in it. */
@CivicTest
class FormAddressTest {

    static final FormDefinition FORM =
            new FormDefinition(List.of(TestFields.labelled("address", FieldType.ADDRESS, "Nơi cư trú", true)));

    @Autowired
    FormValidator validator;

    @Autowired
    OrgDirectory directory;

    List<String> codes(String address) {
        return validator.validate(FORM, new FormData(Map.of("address", address))).stream()
                .map(v -> v.field() + "=" + v.code())
                .toList();
    }

    long unitOf(String agencyCode) {
        return directory.findAgencyByCode(agencyCode).orElseThrow().administrativeUnitId();
    }

    @Test
    void aCurrentWardWithAStreetIsAnAddress() {
        assertThat(codes(unitOf(DemoAgencies.HOAN_KIEM) + "|Số 12, phố Hàng Bạc"))
                .isEmpty();
        assertThat(codes(unitOf(DemoAgencies.HONG_BANG) + "| 18 Hoàng Diệu ")).isEmpty();
    }

    @Test
    void aWardWithoutAStreetMarksTheStreet() {
        assertThat(codes(unitOf(DemoAgencies.HOAN_KIEM) + "|  ")).containsExactly("f.address.street=required");
    }

    @Test
    void aProvinceIsNotAnAddress() {
        assertThat(codes(unitOf(DemoAgencies.HANOI) + "|Số 12")).containsExactly("f.address.unit=address_unit_level");
    }

    @Test
    void aFormerUnitIsNotAnAddress() {
        AdministrativeUnitView former = LongStream.rangeClosed(1, 500)
                .mapToObj(directory::findUnit)
                .flatMap(Optional::stream)
                .filter(u -> !u.current())
                .findFirst()
                .orElseThrow();
        assertThat(codes(former.id() + "|Số 12")).containsExactly("f.address.unit=address_unit_former");
    }

    @Test
    void anUnknownUnitIsNotAnAddress() {
        assertThat(codes("987654321|Số 12")).containsExactly("f.address.unit=address_unit");
        assertThat(codes("Hoàn Kiếm|Số 12")).containsExactly("f.address.unit=address_unit");
    }
}
