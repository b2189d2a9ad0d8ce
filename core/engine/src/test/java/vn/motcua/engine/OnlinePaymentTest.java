package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.*;
import static vn.motcua.engine.EngineFixture.*;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.engine.internal.PaymentRules;
import vn.motcua.engine.internal.StoredPayments;
import vn.motcua.engine.payment.CallbackOutcome;
import vn.motcua.engine.payment.GatewayNotice;
import vn.motcua.engine.payment.PaymentGateway;
import vn.motcua.engine.payment.PaymentOrder;
import vn.motcua.engine.payment.PaymentRefusedException;
import vn.motcua.engine.payment.PaymentStatus;
import vn.motcua.engine.payment.RefundOrder;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.TestDatabases;

/**
 * Online payment (decision 1130): a fully-online dossier with a fee waits for payment and the engine refuses the
 * officer's acceptance until it is paid; callbacks are idempotent; a mismatched amount is refused; money that comes late
 * or twice is refunded through the outbox. The gateway here is a stand-in that trusts parameters signed "ok"; the real
 * HMAC is tested with the sandbox adapter (core/channels).
 */
class OnlinePaymentTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final URI BACK = URI.create("http://portal.test/ho-so/x");
    private static final URI NOTIFY = URI.create("http://portal.test/api/v1/payments/callback");

    @TempDir
    Path dir;

    /** Remembers the orders it was given; verifies {@code sig=ok}. */
    static final class StandInGateway implements PaymentGateway {
        final List<PaymentOrder> orders = new java.util.ArrayList<>();

        @Override
        public String name() {
            return "stand-in";
        }

        @Override
        public URI checkout(PaymentOrder order) {
            orders.add(order);
            return URI.create("http://gateway.test/pay?txnRef=" + order.paymentId());
        }

        @Override
        public Optional<GatewayNotice> verify(Map<String, String> p) {
            if (!"ok".equals(p.get("sig"))) {
                return Optional.empty();
            }
            return Optional.of(new GatewayNotice(p.get("txnRef"), Long.parseLong(p.get("amount")), "00".equals(p.get("code")), p.get("txn")));
        }
    }

    private record Setup(EngineFixture f, StoredPayments payments, StandInGateway gateway) implements AutoCloseable {
        @Override
        public void close() {
            f.close();
        }
    }

    private Setup setup(TestDatabases db, boolean enabled) {
        PaymentRules rules = new PaymentRules(enabled, TIMEOUT);
        EngineFixture f = new EngineFixture(db.open(dir), new MutableClock(MONDAY_9AM), true, rules);
        f.offered = EngineFixture.procedure("building-permit-fee.yaml");
        StandInGateway g = new StandInGateway();
        return new Setup(f, new StoredPayments(f.store, rules, () -> g, f.clock), g);
    }

    private static Map<String, String> callback(PaymentOrder o, long amount, boolean paid, String sig) {
        Map<String, String> p = new HashMap<>();
        p.put("txnRef", o.paymentId());
        p.put("amount", Long.toString(amount));
        p.put("code", paid ? "00" : "24");
        p.put("txn", "GW" + o.paymentId().substring(0, 8));
        p.put("sig", sig);
        return p;
    }

    private static PaymentOrder pay(Setup s, String code) {
        s.payments().start(code, BACK, NOTIFY);
        return s.gateway().orders.get(s.gateway().orders.size() - 1);
    }

    private static List<OutboxRecord> refunds(Setup s, String code) {
        return s.f().store.inTransaction(tx -> tx.outbox().ofDossier(code)).stream()
                .filter(m -> m.channel().equals(PaymentGateway.REFUND_CHANNEL)).toList();
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theEngineRefusesToAcceptAnUnpaidFullyOnlineDossierAndAcceptsItOncePaid(TestDatabases db) {
        try (Setup s = setup(db, true)) {
            SubmitResult r = s.f().submitOnline(null);
            assertEquals(PaymentStatus.State.AWAITING, s.payments().status(r.code()).orElseThrow().state());
            assertEquals(75000, s.payments().status(r.code()).orElseThrow().amountVnd());

            ActionNotAllowedException refused = assertThrows(ActionNotAllowedException.class,
                    () -> s.f().act(r.code(), DossierAction.ACCEPT, officer()));
            assertTrue(refused.rule().contains("chưa được thanh toán"), refused.rule());
            assertTrue(refused.rule().contains("Nghị định 42/2022/NĐ-CP"), refused.rule());
            assertFalse(refused.allowed().contains(DossierAction.ACCEPT));
            assertFalse(s.f().engine.view(r.code()).orElseThrow().allowedActions().contains(DossierAction.ACCEPT),
                    "the workspace offers no acceptance either");

            PaymentOrder order = pay(s, r.code());
            assertEquals(75000, order.amountVnd());
            assertEquals(r.code(), order.dossierCode());
            assertEquals(MONDAY_9AM.plus(TIMEOUT), order.expiresAt());
            assertEquals(CallbackOutcome.PAID, s.payments().callback(callback(order, 75000, true, "ok")));

            PaymentStatus paid = s.payments().status(r.code()).orElseThrow();
            assertEquals(PaymentStatus.State.PAID, paid.state());
            assertEquals("Đã thanh toán", paid.label());
            DossierView history = s.f().engine.view(r.code()).orElseThrow();
            EventView pay = history.events().get(history.events().size() - 1);
            assertEquals("pay", pay.action(), "the payment is in the dossier's history");
            assertEquals("Đã thanh toán trực tuyến 75.000 đồng (mã giao dịch GW" + order.paymentId().substring(0, 8) + ")", pay.note());
            assertEquals(DossierStatus.SUBMITTED, pay.to());
            assertTrue(s.f().engine.verifyHistory(r.code(), CITY).intact(), "the hash chain holds");
            assertEquals(DossierStatus.PROCESSING, s.f().act(r.code(), DossierAction.ACCEPT, officer()).to());
            assertEquals(PaymentRefusedException.Reason.ALREADY_PAID,
                    assertThrows(PaymentRefusedException.class, () -> s.payments().start(r.code(), BACK, NOTIFY)).reason());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aZeroFeeACounterDossierOrPaymentSwitchedOffWaitsForNothing(TestDatabases db) {
        try (Setup s = setup(db, true)) {
            s.f().offered = EngineFixture.procedure("building-permit.yaml"); // fully online, no fee: exempt
            SubmitResult exempt = s.f().submitOnline(null);
            assertEquals(Optional.empty(), s.payments().status(exempt.code()));
            assertEquals(DossierStatus.PROCESSING, s.f().act(exempt.code(), DossierAction.ACCEPT, officer()).to());

            s.f().offered = EngineFixture.procedure("building-permit-fee.yaml");
            SubmitResult counter = s.f().submitAtCounter(); // the fee is paid at the counter, as before
            assertEquals(DossierStatus.PROCESSING, counter.status());
            assertEquals(Optional.empty(), s.payments().status(counter.code()));
            assertEquals(PaymentRefusedException.Reason.UNKNOWN_PAYMENT,
                    assertThrows(PaymentRefusedException.class, () -> s.payments().start(counter.code(), BACK, NOTIFY)).reason());
        }
        try (Setup off = setup(db, false)) {
            SubmitResult r = off.f().submitOnline(null);
            assertEquals(Optional.empty(), off.payments().status(r.code()));
            assertEquals(DossierStatus.PROCESSING, off.f().act(r.code(), DossierAction.ACCEPT, officer()).to());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void badSignatureUnknownPaymentAndAmountMismatchAreRefusedAndChangeNothing(TestDatabases db) {
        try (Setup s = setup(db, true)) {
            SubmitResult r = s.f().submitOnline(null);
            PaymentOrder order = pay(s, r.code());
            assertEquals(PaymentRefusedException.Reason.BAD_SIGNATURE, assertThrows(PaymentRefusedException.class,
                    () -> s.payments().callback(callback(order, 75000, true, "forged"))).reason());
            Map<String, String> unknown = callback(order, 75000, true, "ok");
            unknown.put("txnRef", "00000000-0000-0000-0000-000000000000");
            assertEquals(PaymentRefusedException.Reason.UNKNOWN_PAYMENT,
                    assertThrows(PaymentRefusedException.class, () -> s.payments().callback(unknown)).reason());
            assertEquals(PaymentRefusedException.Reason.AMOUNT_MISMATCH, assertThrows(PaymentRefusedException.class,
                    () -> s.payments().callback(callback(order, 7500, true, "ok"))).reason());

            assertEquals(PaymentStatus.State.AWAITING, s.payments().status(r.code()).orElseThrow().state());
            assertThrows(ActionNotAllowedException.class, () -> s.f().act(r.code(), DossierAction.ACCEPT, officer()));
            // The right callback still settles the attempt afterwards.
            assertEquals(CallbackOutcome.PAID, s.payments().callback(callback(order, 75000, true, "ok")));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aReplayedCallbackChangesNothingTwice(TestDatabases db) {
        try (Setup s = setup(db, true)) {
            SubmitResult r = s.f().submitOnline(null);
            PaymentOrder order = pay(s, r.code());
            Map<String, String> cb = callback(order, 75000, true, "ok");
            assertEquals(CallbackOutcome.PAID, s.payments().callback(cb));
            PaymentStatus first = s.payments().status(r.code()).orElseThrow();
            s.f().clock.advance(Duration.ofMinutes(30)); // even long after, and after the expiry: no refund of a settled payment
            assertEquals(CallbackOutcome.ALREADY_SETTLED, s.payments().callback(cb));
            assertEquals(CallbackOutcome.ALREADY_SETTLED, s.payments().callback(cb));
            assertEquals(first, s.payments().status(r.code()).orElseThrow());
            assertEquals(List.of(), refunds(s, r.code()));

            // A cancelled attempt replayed stays cancelled.
            SubmitResult other = s.f().submitOnline(null);
            PaymentOrder cancelled = pay(s, other.code());
            assertEquals(CallbackOutcome.CANCELLED, s.payments().callback(callback(cancelled, 75000, false, "ok")));
            assertEquals(CallbackOutcome.ALREADY_SETTLED, s.payments().callback(callback(cancelled, 75000, false, "ok")));
            assertEquals(PaymentStatus.State.AWAITING, s.payments().status(other.code()).orElseThrow().state());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void moneyAfterTheTimeoutOrASecondPaymentIsRefundedThroughTheOutbox(TestDatabases db) {
        try (Setup s = setup(db, true)) {
            SubmitResult r = s.f().submitOnline(null);
            PaymentOrder late = pay(s, r.code());
            s.f().clock.advance(TIMEOUT.plusSeconds(1));
            assertEquals(CallbackOutcome.REFUNDED, s.payments().callback(callback(late, 75000, true, "ok")));
            assertEquals(PaymentStatus.State.AWAITING, s.payments().status(r.code()).orElseThrow().state(), "late money is not accepted");
            List<OutboxRecord> refunds = refunds(s, r.code());
            assertEquals(1, refunds.size());
            assertEquals(OutboxRecord.PENDING, refunds.get(0).status());
            assertEquals("stand-in", refunds.get(0).recipient());
            RefundOrder refund = RefundOrder.fromBody(refunds.get(0).body());
            assertEquals(new RefundOrder(late.paymentId(), "GW" + late.paymentId().substring(0, 8), 75000, "late"), refund);
            assertEquals(CallbackOutcome.ALREADY_SETTLED, s.payments().callback(callback(late, 75000, true, "ok")));
            assertEquals(1, refunds(s, r.code()).size(), "a replayed late callback refunds once");

            // Two attempts open at once (two tabs): the first success is accepted, the second refunded.
            PaymentOrder tabOne = pay(s, r.code());
            assertNotEquals(late.paymentId(), tabOne.paymentId(), "an expired attempt is not resumed");
            s.f().clock.advance(Duration.ofMinutes(8)); // past half the timeout: the next start opens a new attempt
            PaymentOrder tabTwo = pay(s, r.code());
            assertNotEquals(tabOne.paymentId(), tabTwo.paymentId());
            assertEquals(CallbackOutcome.PAID, s.payments().callback(callback(tabTwo, 75000, true, "ok")));
            assertEquals(CallbackOutcome.REFUNDED, s.payments().callback(callback(tabOne, 75000, true, "ok")));
            assertEquals(Set.of("late", "duplicate"), refunds(s, r.code()).stream()
                    .map(m -> RefundOrder.fromBody(m.body()).reason()).collect(java.util.stream.Collectors.toSet()));
            PaymentStatus status = s.payments().status(r.code()).orElseThrow();
            assertEquals(PaymentStatus.State.PAID, status.state());
            assertEquals(2, status.refunds());
            assertEquals(DossierStatus.PROCESSING, s.f().act(r.code(), DossierAction.ACCEPT, officer()).to());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void withoutAGatewayNoPaymentStartsAndACallbackIsNotFound(TestDatabases db) {
        try (Setup s = setup(db, true)) {
            SubmitResult r = s.f().submitOnline(null);
            PaymentOrder order = pay(s, r.code());
            StoredPayments none = new StoredPayments(s.f().store, new PaymentRules(true, TIMEOUT), () -> null, s.f().clock);
            assertEquals(PaymentRefusedException.Reason.NO_GATEWAY,
                    assertThrows(PaymentRefusedException.class, () -> none.start(r.code(), BACK, NOTIFY)).reason());
            assertEquals(PaymentRefusedException.Reason.UNKNOWN_PAYMENT,
                    assertThrows(PaymentRefusedException.class, () -> none.callback(callback(order, 75000, true, "ok"))).reason());
            assertEquals(PaymentStatus.State.AWAITING, none.status(r.code()).orElseThrow().state());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void reloadingThePayPageResumesTheSameAttempt(TestDatabases db) {
        try (Setup s = setup(db, true)) {
            SubmitResult r = s.f().submitOnline(null);
            PaymentOrder first = pay(s, r.code());
            s.f().clock.advance(Duration.ofMinutes(2));
            assertEquals(first.paymentId(), pay(s, r.code()).paymentId());
        }
    }
}
