package vn.motcua.portal.internal;

import java.text.NumberFormat;
import java.util.Locale;
import vn.motcua.api.procedure.Fee;

/** Amounts of money as citizens read them: "1.500.000 đồng", and an exemption said as one. Stateless. */
final class Money {

    private Money() {
    }

    /**
     * A fee of zero is an exemption and is said so: "Miễn lệ phí" for a lệ phí (charged for a public service, Law on
     * Fees and Charges 97/2015/QH13 Art. 3), "Miễn phí" for a phí, rather than "0 đồng". The fee's name is descriptor
     * data, always Vietnamese, so that is what is read.
     */
    static String exemption(Fee fee, Lang l) {
        boolean charge = fee.name().strip().toLowerCase(Locale.forLanguageTag("vi")).startsWith("lệ phí");
        return l.t(charge ? "money.exempt.charge" : "money.exempt.fee");
    }

    /** An amount in đồng with Vietnamese grouping (the currency's own way, in both languages). */
    static String amount(long vnd, Lang l) {
        if (vnd == 0) {
            return l.t("money.zero");
        }
        return l.t("money.amount", NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(vnd));
    }
}
