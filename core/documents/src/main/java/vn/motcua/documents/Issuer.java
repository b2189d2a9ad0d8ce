package vn.motcua.documents;

import java.util.Objects;
import java.util.Optional;

/**
 * The unit that issues a slip, as printed top-left (Decree 30/2020/NĐ-CP, Appendix I: the name of the superior
 * body above the name of the issuing body) and in the place-and-date line.
 *
 * @param superior the superior body, e.g. "UBND THÀNH PHỐ HÀ NỘI"; empty for none
 * @param name     the issuing unit, e.g. "Trung tâm Phục vụ hành chính công phường Hoàn Kiếm"
 * @param place    the place in the date line, e.g. "Hà Nội"
 */
public record Issuer(Optional<String> superior, String name, String place) {
    public Issuer {
        Objects.requireNonNull(superior, "superior");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(place, "place");
    }

    /** An issuer without a superior body line. */
    public static Issuer of(String name, String place) {
        return new Issuer(Optional.empty(), name, place);
    }

    /** An issuer under a superior body. */
    public static Issuer of(String superior, String name, String place) {
        return new Issuer(Optional.of(superior), name, place);
    }
}
