package vn.motcua.pages.form;

import java.util.Locale;
import java.util.Objects;
import vn.motcua.pages.i18n.Messages;

/**
 * Every word the form renderer and {@link FormErrors} print, in one language. {@link #load(Locale)} reads them from
 * this package's message bundle (Vietnamese and English); a front with its own bundle passes
 * {@link #from(Messages)} with the same keys. Immutable.
 *
 * @param applicant     whose fields the applicant block holds ("Người nộp hồ sơ"), key {@code form.applicant}
 * @param declaration   whose fields the descriptor's form holds ("Nội dung tờ khai"), key {@code form.declaration}
 * @param item          an item of a repeating group ("Mục"), key {@code form.item}
 * @param optional      an item that may stay empty ("không bắt buộc"), key {@code form.optional}
 * @param addItem       the button that shows one more item ("Thêm"), key {@code form.addItem}
 * @param choose        the empty option of a list ("– Chọn –"), key {@code form.choose}
 * @param formats       the file types a FILE field takes ("Định dạng"), key {@code form.formats}
 * @param atMost        before a limit ("tối đa"), key {@code form.atMost}
 * @param perFile       after the size limit ("mỗi tệp"), key {@code form.perFile}
 * @param files         after the number of files ("tệp"), key {@code form.files}
 * @param citizenIdHint the hint of a citizen ID without one of its own, key {@code form.citizenIdHint}
 * @param errors        the heading of the error summary, key {@code form.errors}
 * @param tooLarge      a form whose files could not be read or were too large, key {@code form.tooLarge}
 */
public record FormWording(String applicant, String declaration, String item, String optional, String addItem,
                          String choose, String formats, String atMost, String perFile, String files,
                          String citizenIdHint, String errors, String tooLarge) {

    private static final String BUNDLE = "vn.motcua.pages.form.wording";

    public FormWording {
        for (String word : new String[] {applicant, declaration, item, optional, addItem, choose, formats, atMost, perFile,
                files, citizenIdHint, errors, tooLarge}) {
            Objects.requireNonNull(word, "form wording");
        }
    }

    /** The shared wording in a language (Vietnamese for any language without a bundle). */
    public static FormWording load(Locale locale) {
        return from(Messages.load(BUNDLE, locale, FormWording.class.getClassLoader()));
    }

    /** The wording of a front's own bundle, read with the keys named above. */
    public static FormWording from(Messages m) {
        return new FormWording(m.t("form.applicant"), m.t("form.declaration"), m.t("form.item"), m.t("form.optional"),
                m.t("form.addItem"), m.t("form.choose"), m.t("form.formats"), m.t("form.atMost"), m.t("form.perFile"),
                m.t("form.files"), m.t("form.citizenIdHint"), m.t("form.errors"), m.t("form.tooLarge"));
    }
}
