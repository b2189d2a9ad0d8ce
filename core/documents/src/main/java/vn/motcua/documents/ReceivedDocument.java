package vn.motcua.documents;

import java.util.Objects;

/**
 * One line of the list of documents received (Thành phần hồ sơ).
 *
 * @param name      the document, e.g. "Tờ khai đăng ký khai sinh"
 * @param originals number of originals (bản chính) received
 * @param copies    number of copies (bản sao) received
 */
public record ReceivedDocument(String name, int originals, int copies) {
    public ReceivedDocument {
        Objects.requireNonNull(name, "name");
        if (originals < 0 || copies < 0) {
            throw new IllegalArgumentException("document counts must not be negative: " + originals + ", " + copies);
        }
    }
}
