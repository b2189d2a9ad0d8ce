package vn.motcua.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.OnlineMode;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Role;
import vn.motcua.api.procedure.StepAction;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.api.procedure.UnitLevel;

class DescriptorReaderTest {
    private final DescriptorReader reader = new DescriptorReader();

    /** A small valid descriptor; tests break one line of it. Line numbers in comments. */
    static final String BASE = """
            schemaVersion: 1
            code: "9.999001"
            name: Thủ tục mẫu
            version: "1"
            applicability:
              level: commune
            disclosure:
              timeLimit: {unit: working_days, amount: 3}
            form:
              fields:
                - id: hoTen
                  label: Họ và tên
                  type: text
                  required: true
                - id: quanHe
                  label: Quan hệ
                  type: choice
                  options: [{value: cha}, {value: khac}]
            steps:
              - id: tiep-nhan
                name: Tiếp nhận
                role: one_stop_officer
                budget: {unit: working_hours, amount: 4}
                actions:
                  - {action: forward, next: phe-duyet}
              - id: phe-duyet
                name: Phê duyệt
                role: leader
                budget: {unit: working_hours, amount: 4}
                actions:
                  - {action: approve}
                  - {action: send_back, next: tiep-nhan}
            """;

    static String resource(String name) {
        try (InputStream in = DescriptorReaderTest.class.getResourceAsStream("/descriptors/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DescriptorResult read(String yaml) {
        return reader.read("procedures/test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String dump(DescriptorResult r) {
        return r.problems().stream().map(DescriptorProblem::toString).collect(Collectors.joining("\n"));
    }

    private static String replace(String from, String to) {
        assertTrue(BASE.contains(from), from);
        return BASE.replace(from, to);
    }

    /** The single problem at {@code path}; fails listing all problems otherwise. */
    private static DescriptorProblem problemAt(DescriptorResult r, String path) {
        List<DescriptorProblem> at = r.problems().stream().filter(p -> p.path().equals(path)).toList();
        assertEquals(1, at.size(), "expected one problem at " + path + ", got:\n" + dump(r));
        return at.get(0);
    }

    @Test
    void readsTheBaseDescriptor() {
        DescriptorResult r = read(BASE);
        assertTrue(r.isValid(), dump(r));
        ProcedureDefinition p = r.orElseThrow();
        assertEquals("9.999001", p.code());
        assertEquals(TimeLimit.workingDays(3), p.disclosure().timeLimit());
        assertEquals(FieldType.CHOICE, p.form().field("quanHe").orElseThrow().type());
        assertEquals("khac", p.form().field("quanHe").orElseThrow().options().get(1).label(), "label defaults to value");
        assertEquals(StepAction.SEND_BACK, p.steps().get(1).actions().get(1).action());
        assertEquals("tiep-nhan", p.steps().get(1).actions().get(1).next());
    }

    @Test
    void readsTheRealCertifiedCopyDescriptor() {
        ProcedureDefinition p = read(resource("valid.yaml")).orElseThrow();
        assertEquals("2.000815", p.code());
        assertEquals(UnitLevel.COMMUNE, p.applicability().level());
        assertFalse(p.applicability().isOverride());
        assertEquals(TimeLimit.Unit.SAME_DAY, p.disclosure().timeLimit().unit());
        assertEquals(2000, p.disclosure().fees().get(0).amountVnd());
        assertEquals(List.of(Channel.COUNTER, Channel.POSTAL), p.disclosure().channels());
        assertEquals(OnlineMode.PARTIAL, p.disclosure().onlineMode());
        assertEquals(Role.LEADER, p.step("chung-thuc").orElseThrow().role());
        assertEquals(5, p.form().field("banChup").orElseThrow().file().maxFiles());
        assertEquals(2, p.complianceCost().tasks().size());
    }

    @Test
    void keepsNumbersWrittenWithoutQuotesAsTheAuthorWroteThem() {
        String yaml = replace("code: \"9.999001\"", "code: 2.000810")
                .replace("version: \"1\"", "version: 2025.10")
                .replace("  level: commune", "  level: commune\n  units: [00070, 00082]");
        ProcedureDefinition p = read(yaml).orElseThrow();
        assertEquals("2.000810", p.code());
        assertEquals("2025.10", p.version());
        assertEquals(List.of("00070", "00082"), p.applicability().units());
    }

    @Test
    void yamlSyntaxErrorHasItsLine() {
        DescriptorResult r = read(replace("  level: commune", "  level: [commune"));
        assertFalse(r.isValid());
        assertEquals(1, r.problems().size(), dump(r));
        assertTrue(r.problems().get(0).message().startsWith("YAML syntax error"), dump(r));
        assertTrue(r.problems().get(0).line() >= 6, dump(r));
    }

    @Test
    void unknownKeyIsReportedAtTheKey() {
        DescriptorResult r = read(replace("    role: leader", "    role: leader\n    rol: leader"));
        DescriptorProblem p = problemAt(r, "/steps/1/rol");
        assertEquals(29, p.line());
        assertEquals(5, p.column());
        assertTrue(p.message().contains("unknown key 'rol'"), p.message());
    }

    @Test
    void commaInAFlowMappingGetsAHint() {
        DescriptorResult r = read(replace("options: [{value: cha}, {value: khac}]", "options: [{value: cha, label: Cha, mẹ}, {value: khac}]"));
        assertTrue(problemAt(r, "/form/fields/1/options/0/mẹ").message().contains("put text that contains commas in quotes"), dump(r));
    }

    @Test
    void nextMustNameADeclaredStep() {
        DescriptorResult r = read(replace("{action: forward, next: phe-duyet}", "{action: forward, next: phe-duyt}"));
        DescriptorProblem p = problemAt(r, "/steps/0/actions/0/next");
        assertEquals(25, p.line());
        assertTrue(p.message().contains("'phe-duyt' is not declared"), p.message());
        assertEquals("procedures/test.yaml", p.file());
    }

    @Test
    void missingRequiredKeyNamesIt() {
        DescriptorResult r = read(replace("    name: Phê duyệt\n", ""));
        DescriptorProblem p = problemAt(r, "/steps/1");
        assertTrue(p.message().contains("missing required key 'name'"), p.message());
        assertEquals(26, p.line());
    }

    @Test
    void wrongEnumValueListsTheAllowedOnes() {
        DescriptorResult r = read(replace("role: leader", "role: boss"));
        DescriptorProblem p = problemAt(r, "/steps/1/role");
        assertTrue(p.message().contains("one_stop_officer, specialist, leader"), p.message());
        assertEquals(28, p.line());
    }

    @Test
    void duplicateStepAndFieldIdsAreRefused() {
        DescriptorResult r = read(replace("  - id: phe-duyet", "  - id: tiep-nhan").replace("- id: quanHe", "- id: hoTen"));
        assertTrue(problemAt(r, "/steps/1/id").message().contains("already used by /steps/0"), dump(r));
        assertTrue(problemAt(r, "/form/fields/1/id").message().contains("'hoTen' is already used"), dump(r));
    }

    @Test
    void fieldIdsInsideAGroupMustBeUnique() {
        DescriptorResult r = read(replace("form:\n  fields:\n", """
                form:
                  fields:
                    - id: con
                      label: Con
                      type: group
                      fields:
                        - {id: ten, label: Tên, type: text}
                        - {id: ten, label: Tên khác, type: text}
                """));
        assertTrue(problemAt(r, "/form/fields/0/fields/1/id").message().contains("already used"), dump(r));
    }

    @Test
    void semanticRulesOnFields() {
        DescriptorResult r = read(replace("      required: true\n", "      required: true\n      pattern: \"[0-9\"\n" + """
                                - id: ghiRo
                                  label: Ghi rõ
                                  type: text
                                  requiredWhen: {field: quanHeX, equals: khac}
                                - id: luaChon
                                  label: Lựa chọn
                                  type: choice
                                - id: nhom
                                  label: Nhóm
                                  type: group
                                - id: tep
                                  label: Tệp
                                  type: file
                                  file: {accept: [pdf]}
                                - id: ngay
                                  label: Ngày
                                  type: date
                                  minDate: 2025-02-30
                                  """.indent(4)));
        assertTrue(problemAt(r, "/form/fields/0/pattern").message().contains("does not compile"), dump(r));
        assertTrue(problemAt(r, "/form/fields/1/requiredWhen/field").message().contains("'quanHeX'"), dump(r));
        assertTrue(problemAt(r, "/form/fields/2").message().contains("has no options"), dump(r));
        assertTrue(problemAt(r, "/form/fields/3").message().contains("has no fields"), dump(r));
        assertTrue(problemAt(r, "/form/fields/4/file/accept/0").message().contains("not a media type"), dump(r));
        assertTrue(problemAt(r, "/form/fields/5/minDate").message().contains("not a real date"), dump(r));
        assertEquals(6, r.problems().size(), dump(r));
        assertEquals(r.problems().stream().sorted((a, b) -> a.line() - b.line()).toList(), r.problems(), "ordered by line");
    }

    @Test
    void sameDayIsOnlyForTheProcedureLimit() {
        DescriptorResult r = read(replace("budget: {unit: working_hours, amount: 4}\n    actions:\n      - {action: approve}",
                "budget: {unit: same_day, amount: 0}\n    actions:\n      - {action: approve}"));
        assertTrue(problemAt(r, "/steps/1/budget/unit").message().contains("same_day is only for"), dump(r));
    }

    @Test
    void workingDaysNeedAPositiveAmount() {
        DescriptorResult r = read(replace("amount: 3}", "amount: 0}"));
        assertFalse(r.isValid());
        assertEquals("/disclosure/timeLimit/amount", r.problems().get(0).path(), dump(r));
    }

    @Test
    void lastStepMustEndProcessing() {
        DescriptorResult r = read(replace("      - {action: approve}\n", ""));
        assertTrue(problemAt(r, "/steps/1/actions").message().contains("add {action: approve} or {action: reject}"), dump(r));
    }

    @Test
    void stepWithoutActionsAndProcedureWithoutSteps() {
        DescriptorResult r = read(replace("      - {action: forward, next: phe-duyet}\n", "      []\n").replace("    actions:\n      []", "    actions: []"));
        assertFalse(problemAt(r, "/steps/0/actions").message().isBlank());
        DescriptorResult none = read(BASE.substring(0, BASE.indexOf("steps:")) + "steps: []\n");
        assertFalse(none.isValid());
        assertEquals("/steps", none.problems().get(0).path(), dump(none));
    }

    @Test
    void duplicateKeyIsAProblemNotSilentlyDropped() {
        DescriptorResult r = read(replace("name: Thủ tục mẫu", "name: Thủ tục mẫu\nname: Thủ tục khác"));
        assertEquals(4, problemAt(r, "/name").line());
    }

    @Test
    void emptyBinaryAndMultiDocumentFilesAreProblemsNotExceptions() {
        assertFalse(read("").isValid());
        assertFalse(read("# only a comment\n").isValid());
        assertFalse(reader.read("x.yaml", new byte[] {(byte) 0xC3, (byte) 0x28}).isValid());
        assertFalse(read("- a\n- b\n").isValid());
        DescriptorResult two = read(BASE + "---\n" + BASE);
        assertTrue(two.problems().get(0).message().contains("more than one YAML document"), dump(two));
        assertThrows(InvalidDescriptorException.class, () -> read("schemaVersion: 2\n").orElseThrow());
    }

    @Test
    void resultCarriesHashAndNfcText() {
        String nfd = Normalizer.normalize(BASE, Normalizer.Form.NFD);
        DescriptorResult r = read(nfd);
        assertEquals("Thủ tục mẫu", r.orElseThrow().name());
        assertTrue(Normalizer.isNormalized(r.text(), Normalizer.Form.NFC));
        assertEquals(64, r.sha256().length());
        assertFalse(r.sha256().equals(read(BASE).sha256()), "hash is of the raw bytes");
    }

    @Test
    void schemaIsPublished() {
        assertTrue(reader.schemaText().contains("\"schemaVersion\""));
    }

    @Test
    void schemaIdIsAStableNameNotAPlaceholderHost() {
        // Decision 1210: the $id names the format; where to fetch it is the platform's own path.
        assertTrue(reader.schemaText().contains("urn:motcua:schema:procedure-descriptor:1"), "decision 1210");
        assertFalse(reader.schemaText().contains("example"), "no placeholder host in the published schema");
    }
}
