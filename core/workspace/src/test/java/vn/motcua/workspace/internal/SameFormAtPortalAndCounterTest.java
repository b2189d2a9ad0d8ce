package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.pages.form.BoundForm;
import vn.motcua.pages.form.FormValues;
import vn.motcua.pages.http.FormFile;
import vn.motcua.portal.internal.CitizenForm;

/**
 * Issue 15: the citizen portal and the counter intake each turned a descriptor into HTML and back, and drifted (the
 * portal offered five items of a repeating group, the counter three). The real procedure bundles' descriptors are
 * rendered and bound through the portal's entry ({@link CitizenForm}) and the counter's ({@link IntakeForm}), the very
 * calls their pages make, with the same posted values: the markup and the bound data must be identical.
 */
class SameFormAtPortalAndCounterTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final byte[] PDF = "%PDF-1.4 scan".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @ValueSource(strings = {"khai-sinh/src/main/resources/procedures/dang-ky-khai-sinh.yaml",
            "ho-kinh-doanh/src/main/resources/procedures/dang-ky-ho-kinh-doanh.yaml",
            "xay-dung/src/main/resources/procedures/giay-phep-xay-dung-nha-o.yaml"})
    void thePortalAndTheCounterRenderAndBindADescriptorAlike(String descriptor) throws IOException {
        byte[] yaml = Files.readAllBytes(Path.of("../../plugins").resolve(descriptor));
        ProcedureDefinition d = new DescriptorReader().read(descriptor, yaml).orElseThrow();
        List<Field> fields = d.form().fields();
        Map<String, List<String>> posted = new LinkedHashMap<>();
        List<FormFile> files = new ArrayList<>();
        fill(fields, "", posted, files);
        files.add(new FormFile("notAField", "x.pdf", "application/pdf", PDF));
        FormValues values = FormValues.of(posted);
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(fields.get(0).id(), "Nội dung tờ khai – <b>sai</b>");

        String portal = CitizenForm.declaration(fields, values, errors, TODAY, Locale.forLanguageTag("vi"));
        String counter = IntakeForm.declaration(fields, values, errors, TODAY);
        assertEquals(portal, counter, "the same descriptor, the same markup");
        assertTrue(counter.contains("&lt;b&gt;sai&lt;/b&gt;") && !counter.contains("<b>"), "escaped at both");

        BoundForm atPortal = CitizenForm.bind(fields, values, files);
        BoundForm atCounter = IntakeForm.bind(fields, values, files);
        assertEquals(atPortal.data(), atCounter.data(), "the same posted form, the same data");
        assertEquals(atPortal.files(), atCounter.files());
        assertFalse(atCounter.files().stream().anyMatch(f -> f.field().equals("notAField")));
        for (Field f : fields) {
            if (f.type() == FieldType.GROUP) {
                int offered = f.maxItems() == null ? 5 : Math.min(f.maxItems(), 5);
                assertTrue(counter.contains("name=\"" + f.id() + "[" + (offered - 1) + "]."), "every item offered at the counter too");
                assertFalse(counter.contains("name=\"" + f.id() + "[" + offered + "]."), "no more than five");
                assertEquals(offered, ((List<?>) atCounter.data().get(f.id())).size(), "the counter reads every item it offers");
            }
        }
    }

    /** A value for every input the descriptor has, six items per group (one more than any front offers). */
    private static void fill(List<Field> fields, String prefix, Map<String, List<String>> posted, List<FormFile> files) {
        for (Field f : fields) {
            String name = prefix + f.id();
            switch (f.type()) {
                case GROUP -> {
                    for (int i = 0; i < 6; i++) {
                        fill(f.fields(), name + "[" + i + "].", posted, files);
                    }
                }
                case FILE -> files.add(new FormFile(name, f.id() + ".pdf", "application/pdf", PDF));
                case CHECKBOX -> posted.put(name, List.of("true"));
                case CHOICE -> posted.put(name, f.multiple()
                        ? List.of(f.options().get(0).value(), f.options().get(f.options().size() - 1).value())
                        : List.of(f.options().get(f.options().size() - 1).value()));
                case DATE -> posted.put(name, List.of("2026-11-20"));
                default -> posted.put(name, List.of("Giá trị \"" + name + "\" <i>"));
            }
        }
    }
}
