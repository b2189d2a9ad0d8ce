package vn.motcua.engine.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.Fee;
import vn.motcua.api.procedure.OnlineMode;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.storage.PaymentRecord;

/**
 * When a dossier waits for an online payment (decision 1130): a fully-online procedure (toàn trình, Decree 42/2022/NĐ-CP:
 * submission, payment and result online) with a non-zero fee, submitted online while online payment is on. A zero fee
 * is exempt; counter and postal dossiers pay at the counter or to the postal worker as before.
 *
 * @param enabled {@code motcua.payment.enabled}
 * @param timeout {@code motcua.payment.timeout.minutes}: how long one attempt at the gateway may take; a success called
 *                back later is refunded
 */
public record PaymentRules(boolean enabled, Duration timeout) {

    /** Online payment off: nothing waits for payment, as before issue 11. */
    public static final PaymentRules OFF = new PaymentRules(false, Duration.ofMinutes(15));

    /** Shown to the officer whose acceptance is refused, and in the 409 problem. */
    static final String PAYMENT_RULE = "Hồ sơ nộp trực tuyến toàn trình có phí, lệ phí chỉ được tiếp nhận khi người nộp đã"
            + " thanh toán trực tuyến hoặc được miễn (dịch vụ công trực tuyến toàn trình, Nghị định 42/2022/NĐ-CP);"
            + " hồ sơ này chưa được thanh toán";

    public PaymentRules {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("motcua.payment.timeout.minutes must be positive");
        }
    }

    /**
     * From configuration: {@code motcua.payment.enabled} (on with {@code --demo} unless set to false) and
     * {@code motcua.payment.timeout.minutes} (15).
     */
    static PaymentRules from(java.util.function.Function<String, String> property) {
        String enabled = property.apply("motcua.payment.enabled");
        boolean on = enabled == null || enabled.isBlank() ? Boolean.parseBoolean(property.apply("motcua.demo"))
                : Boolean.parseBoolean(enabled.strip());
        long minutes = 15;
        String timeout = property.apply("motcua.payment.timeout.minutes");
        if (timeout != null && !timeout.isBlank()) {
            try {
                minutes = Math.max(1, Long.parseLong(timeout.strip()));
            } catch (NumberFormatException e) {
                org.slf4j.LoggerFactory.getLogger(PaymentRules.class).warn("motcua.payment.timeout.minutes is not a number; using 15");
            }
        }
        return new PaymentRules(on, Duration.ofMinutes(minutes));
    }

    /** The fee to pay online for a submission, or 0 when it needs no online payment. */
    long onlineFee(ProcedureDefinition def, Channel channel) {
        if (!enabled || channel != Channel.ONLINE || !mayWait(def)) {
            return 0;
        }
        return def.disclosure().fees().stream().mapToLong(Fee::amountVnd).sum();
    }

    /** A first attempt written with the submission, so the dossier waits for payment from its first moment. */
    PaymentRecord firstAttempt(String dossierCode, long amountVnd, Instant now) {
        return attempt(dossierCode, amountVnd, now);
    }

    PaymentRecord attempt(String dossierCode, long amountVnd, Instant now) {
        return new PaymentRecord(UUID.randomUUID().toString(), dossierCode, amountVnd, PaymentRecord.PENDING, now,
                now.plus(timeout), null, null, null);
    }

    /** Whether a dossier of this procedure can be waiting for payment at all: saves a query for every other one. */
    static boolean mayWait(ProcedureDefinition def) {
        return def.disclosure().onlineMode() == OnlineMode.FULL
                && def.disclosure().fees().stream().mapToLong(Fee::amountVnd).sum() > 0;
    }

    /** Attempts exist (it needed payment) and none is paid. */
    static boolean awaiting(List<PaymentRecord> attempts) {
        return !attempts.isEmpty() && attempts.stream().noneMatch(p -> PaymentRecord.PAID.equals(p.status()));
    }
}
