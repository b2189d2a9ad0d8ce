package vn.motcua.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.ProcedureDefinition;

/** Issue 12: a person block was copied fifty lines per spouse; fieldSets declare it once. */
class FieldSetsTest {
    private final DescriptorReader reader = new DescriptorReader();

    static final String MARRIAGE = """
            schemaVersion: 1
            code: "1.000894"
            name: Đăng ký kết hôn
            version: "1"
            applicability:
              level: commune
            fieldSets:
              nguoi:
                - {id: hoTen, label: Họ và tên, type: text, required: true}
                - {id: ngaySinh, label: Ngày sinh, type: date, required: true}
            disclosure:
              timeLimit: {unit: working_days, amount: 3}
            form:
              fields:
                - id: benNu
                  label: Thông tin bên nữ
                  type: group
                  maxItems: 1
                  fields:
                    - use: nguoi
                - id: benNam
                  label: Thông tin bên nam
                  type: group
                  maxItems: 1
                  fields:
                    - use: nguoi
                    - {id: ngheNghiep, label: Nghề nghiệp, type: text}
                - {id: soDienThoai, label: Số điện thoại, type: phone}
            steps:
              - id: ky
                name: Ký
                role: leader
                budget: {unit: working_hours, amount: 8}
                actions:
                  - {action: approve}
            """;

    private DescriptorResult read(String yaml) {
        return reader.read("procedures/ket-hon.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String replaced(String from, String to) {
        assertTrue(MARRIAGE.contains(from), from);
        return MARRIAGE.replace(from, to);
    }

    private static String dump(List<DescriptorProblem> problems) {
        return problems.stream().map(DescriptorProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aSetIsUsedInPlaceOfItsUseItem() {
        DescriptorResult r = read(MARRIAGE);
        assertTrue(r.isValid(), dump(r.problems()));
        ProcedureDefinition p = r.orElseThrow();
        assertEquals(List.of("hoTen", "ngaySinh"), p.form().field("benNu").orElseThrow().fields().stream().map(Field::id).toList());
        assertEquals(List.of("hoTen", "ngaySinh", "ngheNghiep"),
                p.form().field("benNam").orElseThrow().fields().stream().map(Field::id).toList());
        assertEquals(3, p.form().fields().size());
    }

    @Test
    void aProblemInsideASetPointsAtTheSetsLine() {
        DescriptorResult r = read(MARRIAGE.replace("type: date, required: true}", "type: day, required: true}"));
        assertFalse(r.isValid());
        assertTrue(r.problems().stream().allMatch(p -> p.line() == 10), dump(r.problems()));
        assertTrue(r.problems().stream().anyMatch(p -> p.path().equals("/form/fields/0/fields/1/type")), dump(r.problems()));
    }

    @Test
    void anUnknownSetIsNamedWithTheDeclaredOnes() {
        DescriptorResult r = read(replaced("- use: nguoi\n        - {id: ngheNghiep", "- use: nguoj\n        - {id: ngheNghiep"));
        DescriptorProblem p = r.problems().stream().filter(x -> x.message().contains("nguoj")).findFirst()
                .orElseThrow(() -> new AssertionError(dump(r.problems())));
        assertEquals(26, p.line(), p.toString());
        assertTrue(p.message().contains("[nguoi]"), p.message());
    }

    @Test
    void linesAfterAnExpansionStayRight() {
        // ngheNghiep is item 1 as written and item 2 once the set is in place; its problem keeps its own line.
        DescriptorResult r = read(MARRIAGE.replace("{id: ngheNghiep, label: Nghề nghiệp, type: text}",
                "{id: ngheNghiep, label: Nghề nghiệp, type: text, minLength: 12, maxLength: 10}"));
        DescriptorProblem p = r.problems().get(0);
        assertEquals("/form/fields/1/fields/2/minLength", p.path(), dump(r.problems()));
        assertEquals(27, p.line(), p.toString());
    }
}
