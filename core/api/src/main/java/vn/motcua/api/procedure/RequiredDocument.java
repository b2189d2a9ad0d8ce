package vn.motcua.api.procedure;

/**
 * One document of the dossier (thành phần hồ sơ).
 *
 * @param name      what it is, e.g. "Tờ khai đăng ký khai sinh theo mẫu"
 * @param originals number of originals (bản chính)
 * @param copies    number of copies (bản sao)
 * @param required  false when only some applicants must provide it
 * @param note      when it is needed or how, free text; may be {@code null}
 */
public record RequiredDocument(String name, int originals, int copies, boolean required, String note) {
    public RequiredDocument {
        java.util.Objects.requireNonNull(name, "name");
    }
}
