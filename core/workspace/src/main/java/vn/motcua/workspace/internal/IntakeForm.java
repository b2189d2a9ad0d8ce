package vn.motcua.workspace.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.procedure.Field;
import vn.motcua.engine.Upload;
import vn.motcua.pages.form.BoundForm;
import vn.motcua.pages.form.FormBinder;
import vn.motcua.pages.form.FormErrors;
import vn.motcua.pages.form.FormRenderer;
import vn.motcua.pages.form.FormValues;
import vn.motcua.pages.form.FormWording;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.FormFile;
import vn.motcua.pages.i18n.Messages;

/**
 * The counter's one way into the shared descriptor form ({@code vn.motcua.pages.form}, decision 1503): the intake
 * renders and binds a descriptor exactly as the citizen portal does, in Vietnamese. Only the applicant block is the
 * counter's own, with its Vietnamese input names. Stateless.
 */
final class IntakeForm {

    static final FormWording WORDING = FormWording.load(Messages.VIETNAMESE);

    /** The engine names applicant fields as the API does; the counter's applicant inputs have Vietnamese names. */
    private static final Map<String, String> INPUT_OF = Map.of("applicant.name", "nguoi-nop", "applicant.citizenId", "dinh-danh",
            "applicant.phone", "dien-thoai", "applicant.email", "thu-dien-tu", "applicant.address", "dia-chi",
            "resultChannel", "kenh-tra");

    private IntakeForm() {
    }

    static FormRenderer renderer(LocalDate today) {
        return new FormRenderer(WORDING, today);
    }

    /** The declaration: the descriptor's fields with the values and errors, each naming the declaration as its owner. */
    static String declaration(List<Field> fields, FormValues values, Map<String, String> errors, LocalDate today) {
        Html h = new Html();
        declaration(h, fields, values, errors, renderer(today));
        return h.toString();
    }

    static void declaration(Html h, List<Field> fields, FormValues values, Map<String, String> errors, FormRenderer form) {
        form.fields(h, fields, values, errors, form.wording().declaration());
    }

    static BoundForm bind(List<Field> fields, FormValues values, List<FormFile> files) {
        return FormBinder.bind(fields, values, files);
    }

    /** The engine's uploads of a bound form's files. */
    static List<Upload> uploads(BoundForm bound) {
        return bound.files().stream().map(f -> new Upload(f.field(), f.fileName(), f.mediaType(), f.content())).toList();
    }

    /** The engine's errors at the counter form's inputs. */
    static Map<String, String> errors(List<Field> fields, List<FieldError> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        FormErrors.byInput(fields, errors, WORDING).forEach((input, message) -> out.put(INPUT_OF.getOrDefault(input, input), message));
        return out;
    }
}
