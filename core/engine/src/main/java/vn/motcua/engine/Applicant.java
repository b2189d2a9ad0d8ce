package vn.motcua.engine;

import java.util.Objects;

/**
 * The applicant of a dossier. At least one of phone and citizen id is needed: it is the second factor of lookups.
 *
 * @param name      full name
 * @param citizenId personal identification number (12 digits); may be null
 * @param phone     mobile number; may be null
 * @param email     may be null
 * @param address   may be null
 */
public record Applicant(String name, String citizenId, String phone, String email, String address) {
    public Applicant {
        Objects.requireNonNull(name, "name");
    }
}
