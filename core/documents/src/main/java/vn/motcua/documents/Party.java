package vn.motcua.documents;

import java.util.Objects;
import java.util.Optional;

/**
 * A person or organisation named on a slip: the applicant or the person they authorised.
 *
 * @param name     full name of the person or organisation
 * @param idNumber personal identification number (12 digits) or the organisation's identification number
 * @param address  address
 * @param phone    phone number
 * @param email    email address
 */
public record Party(String name, Optional<String> idNumber, Optional<String> address, Optional<String> phone,
                    Optional<String> email) {
    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
    }

    /** A party known by name only. */
    public static Party named(String name) {
        return new Party(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A party from nullable values, for mappers at the edge. */
    public static Party of(String name, String idNumber, String address, String phone, String email) {
        return new Party(name, Optional.ofNullable(idNumber), Optional.ofNullable(address),
                Optional.ofNullable(phone), Optional.ofNullable(email));
    }
}
