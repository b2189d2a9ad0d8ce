package vn.motcua.descriptor.internal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The personal identification number (số định danh cá nhân), domain.md §11: 12 digits; digits 1–3 the
 * province or city where the birth was registered (001 Hà Nội … 096); digit 4 gender and century
 * (0/1 male/female born 1900–1999, 2/3 born 2000–2099, 4/5 born 2100–2199); digits 5–6 the last two digits
 * of the birth year; digits 7–12 random. Stateless.
 */
public final class CitizenIdRule {
    static final int HIGHEST_PROVINCE_CODE = 96;

    /** Why a number is not a personal identification number, if it is not. */
    public Optional<String> formatProblem(String digits) {
        if (!digits.matches("[0-9]{12}")) {
            return Optional.of("length");
        }
        int province = Integer.parseInt(digits.substring(0, 3));
        if (province < 1 || province > HIGHEST_PROVINCE_CODE) {
            return Optional.of("province");
        }
        if (digits.charAt(3) > '5') {
            return Optional.of("century");
        }
        return Optional.empty();
    }

    /** Whether digits 4–6 agree with a date of birth. Assumes {@link #formatProblem} found nothing. */
    public boolean matchesBirthDate(String digits, LocalDate birthDate) {
        int centuryDigit = digits.charAt(3) - '0';
        int century = 1900 + (centuryDigit / 2) * 100;
        int year = century + Integer.parseInt(digits.substring(4, 6));
        return year == birthDate.getYear();
    }
}
