package vn.motcua.engine.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.engine.payment.CallbackOutcome;
import vn.motcua.engine.payment.GatewayNotice;
import vn.motcua.engine.payment.PaymentGateway;
import vn.motcua.engine.payment.PaymentOrder;
import vn.motcua.engine.payment.PaymentRefusedException;
import vn.motcua.engine.payment.PaymentRefusedException.Reason;
import vn.motcua.engine.payment.PaymentStatus;
import vn.motcua.engine.payment.Payments;
import vn.motcua.engine.payment.RefundOrder;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.PaymentRecord;
import vn.motcua.storage.StoreTransaction;

/**
 * {@link Payments} over the {@code payments} table (decision 1130). The gateway is looked up per call: an adapter bundle
 * may come and go while the platform runs.
 */
public final class StoredPayments implements Payments {

    private static final Logger LOG = LoggerFactory.getLogger(StoredPayments.class);

    private final DossierStore store;
    private final PaymentRules rules;
    private final Supplier<PaymentGateway> gateway;
    private final Clock clock;
    private final EventChain chain = new EventChain();
    private final Json json = new Json();

    /** The event that records an accepted payment in the dossier's history (staff only; the roll-up counts it). */
    static final String PAY_ACTION = "pay";

    /** @param gateway the bound gateway, or null when none is */
    public StoredPayments(DossierStore store, PaymentRules rules, Supplier<PaymentGateway> gateway, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public Optional<PaymentStatus> status(String dossierCode) {
        if (dossierCode == null) {
            return Optional.empty();
        }
        List<PaymentRecord> attempts = store.inTransaction(tx -> tx.payments().ofDossier(dossierCode));
        if (attempts.isEmpty()) {
            return Optional.empty();
        }
        int refunds = (int) attempts.stream().filter(p -> PaymentRecord.REFUNDING.equals(p.status())).count();
        Optional<PaymentRecord> paid = attempts.stream().filter(p -> PaymentRecord.PAID.equals(p.status())).findFirst();
        return Optional.of(paid.map(p -> new PaymentStatus(PaymentStatus.State.PAID, p.amountVnd(), p.settledAt(), p.gatewayTxn(), refunds))
                .orElseGet(() -> new PaymentStatus(PaymentStatus.State.AWAITING, attempts.get(0).amountVnd(), null, null, refunds)));
    }

    @Override
    public URI start(String dossierCode, URI returnUrl, URI notifyUrl) {
        PaymentGateway g = gateway.get();
        if (g == null) {
            throw new PaymentRefusedException(Reason.NO_GATEWAY, "no payment gateway is configured (motcua.payment.*)");
        }
        Instant now = now();
        PaymentRecord attempt = store.inTransaction(tx -> {
            List<PaymentRecord> attempts = tx.payments().ofDossier(dossierCode);
            if (attempts.isEmpty()) {
                throw new PaymentRefusedException(Reason.UNKNOWN_PAYMENT, "dossier " + dossierCode + " has no fee to pay online");
            }
            if (!PaymentRules.awaiting(attempts)) {
                throw new PaymentRefusedException(Reason.ALREADY_PAID, "dossier " + dossierCode + " is paid");
            }
            PaymentRecord last = attempts.get(attempts.size() - 1);
            // Resume the last attempt while more than half its time is left (a reload of the page does not start a
            // second payment); otherwise a fresh one, so the citizen never lands on a page that expires in a minute.
            Instant half = last.createdAt().plus(rules.timeout().dividedBy(2));
            if (PaymentRecord.PENDING.equals(last.status()) && now.isBefore(half)) {
                return last;
            }
            PaymentRecord fresh = rules.attempt(dossierCode, last.amountVnd(), now);
            tx.payments().insert(fresh);
            return fresh;
        });
        return g.checkout(new PaymentOrder(attempt.id(), dossierCode, attempt.amountVnd(), "Phí, lệ phí hồ sơ " + dossierCode,
                attempt.expiresAt(), returnUrl, notifyUrl));
    }

    @Override
    public CallbackOutcome callback(Map<String, String> parameters) {
        PaymentGateway g = gateway.get();
        if (g == null) {
            // No gateway here, so nothing this node could have issued or can verify: "not found", not a server error.
            throw new PaymentRefusedException(Reason.UNKNOWN_PAYMENT, "no payment gateway is configured (motcua.payment.*)");
        }
        GatewayNotice n = g.verify(parameters).orElseThrow(() -> {
            LOG.warn("payment callback with a bad signature refused (reference {})", parameters.get("txnRef"));
            return new PaymentRefusedException(Reason.BAD_SIGNATURE, "the callback's signature is missing or wrong");
        });
        for (int attempt = 1; ; attempt++) {
            try {
                return store.inTransaction(tx -> settle(tx, n, g.name()));
            } catch (DuplicateKeyException | vn.motcua.engine.ConcurrentChangeException e) {
                // Another attempt of the dossier was accepted at the same moment (another node): this one is now the
                // second payment and is refunded on the next try. Or an officer's action changed the dossier while
                // the payment was recorded in its history: the next try reads the new head.
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private CallbackOutcome settle(StoreTransaction tx, GatewayNotice n, String gatewayName) {
        Instant now = now();
        PaymentRecord p = tx.payments().find(n.paymentId()).orElseThrow(() ->
                new PaymentRefusedException(Reason.UNKNOWN_PAYMENT, "no payment " + n.paymentId()));
        if (n.amountVnd() != p.amountVnd()) {
            // Not accepted and not stored: the money (if any) stays with the gateway, which the operator reconciles.
            LOG.warn("payment {} of dossier {}: gateway reports {} đồng, {} asked; not accepted (gateway txn {})",
                    p.id(), p.dossierCode(), n.amountVnd(), p.amountVnd(), n.gatewayTxn());
            throw new PaymentRefusedException(Reason.AMOUNT_MISMATCH, "amount " + n.amountVnd() + " differs from " + p.amountVnd());
        }
        if (!PaymentRecord.PENDING.equals(p.status())) {
            return CallbackOutcome.ALREADY_SETTLED; // a retried or replayed callback: nothing happens twice
        }
        if (!n.paid()) {
            tx.payments().settle(p.id(), PaymentRecord.CANCELLED, now, n.gatewayTxn(), "huỷ tại cổng thanh toán");
            return CallbackOutcome.CANCELLED;
        }
        String refund = now.isAfter(p.expiresAt()) ? "late"
                : tx.payments().ofDossier(p.dossierCode()).stream().anyMatch(x -> PaymentRecord.PAID.equals(x.status()))
                ? "duplicate" : null;
        if (refund == null) {
            if (!tx.payments().settle(p.id(), PaymentRecord.PAID, now, n.gatewayTxn(), null)) {
                return CallbackOutcome.ALREADY_SETTLED;
            }
            recordInHistory(tx, p, n, now);
            LOG.info("payment {} of dossier {} accepted: {} đồng (gateway txn {})", p.id(), p.dossierCode(), p.amountVnd(), n.gatewayTxn());
            return CallbackOutcome.PAID;
        }
        if (!tx.payments().settle(p.id(), PaymentRecord.REFUNDING, now, n.gatewayTxn(), refund)) {
            return CallbackOutcome.ALREADY_SETTLED;
        }
        // The refund order is an outbound message like any other: written in this transaction, delivered by the outbox
        // worker with retries and the message id as idempotency key, so it survives a crash and is never paid twice.
        tx.outbox().insert(new OutboxRecord(OutboxRecord.newId(now), p.dossierCode(), PaymentGateway.REFUND_CHANNEL,
                gatewayName, "refund", "Hoàn tiền " + p.amountVnd() + " đồng", new RefundOrder(p.id(), n.gatewayTxn(),
                p.amountVnd(), refund).toBody(), OutboxRecord.PENDING, 0, now, null, now, null, null, null));
        LOG.info("payment {} of dossier {} refunded ({}): {} đồng", p.id(), p.dossierCode(), refund, p.amountVnd());
        return CallbackOutcome.REFUNDED;
    }

    /**
     * Appends the payment to the dossier's hash-chained history, in the callback's transaction: the officer sees it in
     * the history, and the report roll-up (which reads dossiers changed since its watermark) counts it (decision 1130).
     */
    private void recordInHistory(StoreTransaction tx, PaymentRecord p, GatewayNotice n, Instant now) {
        vn.motcua.storage.DossierRecord d = tx.dossier(p.dossierCode()).orElseThrow(() ->
                new PaymentRefusedException(Reason.UNKNOWN_PAYMENT, "dossier " + p.dossierCode() + " of payment " + p.id() + " is gone"));
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("paymentId", p.id());
        payload.put("amountVnd", p.amountVnd());
        payload.put("gatewayTxn", n.gatewayTxn());
        String note = "Đã thanh toán trực tuyến " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN"))
                .format(p.amountVnd()) + " đồng" + (n.gatewayTxn() == null ? "" : " (mã giao dịch " + n.gatewayTxn() + ")");
        vn.motcua.storage.EventRecord event = chain.next(d.code(), d.eventCount(), d.lastEventHash(), now, "system",
                vn.motcua.engine.ActorRole.SYSTEM.name(), d.unitCode(), PAY_ACTION, d.status(), d.status(), note, false,
                json.write(payload));
        vn.motcua.storage.DossierRecord.Builder b = d.toBuilder();
        b.version = d.version() + 1;
        b.eventCount = event.seq();
        b.lastEventHash = event.hash();
        b.updatedAt = now;
        if (!tx.updateDossier(b.build(), d.version())) {
            throw new vn.motcua.engine.ConcurrentChangeException(d.code(), "dossier " + d.code() + " changed while its payment was recorded");
        }
        tx.appendEvent(event);
    }
}
