package vn.motcua.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import vn.motcua.pages.http.FormData;
import vn.motcua.pages.http.FormFile;

/**
 * The portal's one way into the shared descriptor form ({@code vn.motcua.pages.form}, decision 1503): the online
 * form, the check page and the supplement all render, bind and place errors through here, in the citizen's language.
 * Public (in a private package) only so that the workspace's test can render and bind through the very same calls as
 * the counter and assert that both agree. Stateless.
 */
public final class CitizenForm {

    private CitizenForm() {
    }

    /** The form's words in the citizen's language. */
    static FormWording wording(Lang l) {
        return FormWording.load(Locale.forLanguageTag(l.code));
    }

    static FormRenderer renderer(Lang l, LocalDate today) {
        return new FormRenderer(wording(l), today);
    }

    /** The declaration of the online form: the descriptor's fields, each naming the declaration as its owner. */
    public static String declaration(List<Field> fields, FormValues values, Map<String, String> errors, LocalDate today,
                                     Locale language) {
        Html h = new Html();
        declaration(h, fields, values, errors, renderer(Lang.of(language.getLanguage()), today));
        return h.toString();
    }

    static void declaration(Html h, List<Field> fields, FormValues values, Map<String, String> errors, FormRenderer form) {
        form.fields(h, fields, values, errors, form.wording().declaration());
    }

    /** The posted values, with the declaration's empty fields filled from the applicant block ({@link AskOnce}). */
    static FormValues values(List<Field> fields, FormData posted) {
        return AskOnce.fill(fields, FormValues.of(posted.fields()));
    }

    /** The values and files the engine takes. */
    public static BoundForm bind(List<Field> fields, FormValues values, List<FormFile> files) {
        return FormBinder.bind(fields, values, files);
    }

    /** The engine's uploads of a bound form's files. */
    static List<Upload> uploads(BoundForm bound) {
        return bound.files().stream().map(f -> new Upload(f.field(), f.fileName(), f.mediaType(), f.content())).toList();
    }

    /**
     * The files a request sent for the given FILE fields (a supplement).
     *
     * @throws vn.motcua.pages.http.UnreadableFormException if the body is broken or over the limits
     */
    static List<Upload> uploads(HttpServletRequest request, List<Field> fileFields) {
        return uploads(bind(fileFields, FormValues.empty(), FormData.read(request).files()));
    }

    /** The engine's errors at their inputs, each naming whose field it is. */
    static Map<String, String> errors(List<Field> fields, List<FieldError> errors, Lang l) {
        return FormErrors.byInput(fields, errors, wording(l));
    }
}
