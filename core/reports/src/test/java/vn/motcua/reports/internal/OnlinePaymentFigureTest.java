package vn.motcua.reports.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.procedure.Channel;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.internal.ConfiguredWorkingCalendar;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.descriptor.DescriptorResult;
import vn.motcua.engine.Actor;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.internal.OfferedProcedures;
import vn.motcua.engine.internal.PaymentRules;
import vn.motcua.engine.internal.StoredDossierEngine;
import vn.motcua.engine.internal.StoredPayments;
import vn.motcua.engine.payment.GatewayNotice;
import vn.motcua.engine.payment.PaymentGateway;
import vn.motcua.engine.payment.PaymentOrder;
import vn.motcua.storage.FigureRow;
import vn.motcua.storage.ReportFigure;
import vn.motcua.storage.ReportFilter;
import vn.motcua.storage.ReportGrouping;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * The 766 indicator "Tỷ lệ thanh toán trực tuyến" (decision 1130): an online dossier whose fee was paid online counts as
 * PAID_ONLINE after the roll-up, an unpaid one does not, and the number agrees with its list.
 */
class OnlinePaymentFigureTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aDossierPaidOnlineIsCountedAndListed(TestDatabases db) throws Exception {
        JdbiDossierStore store = db.open(dir);
        try {
            ReportFixture.HandClock clock = new ReportFixture.HandClock();
            clock.set(ReportFixture.at("2026-05-04T09:00"));
            WorkingCalendar calendar = ConfiguredWorkingCalendar.shipped(Clock.systemUTC());
            OfferedProcedures.Offered fee;
            try (InputStream in = getClass().getResourceAsStream("/procedures/building-permit-fee.yaml")) {
                DescriptorResult r = new DescriptorReader().read("building-permit-fee.yaml", in.readAllBytes());
                fee = new OfferedProcedures.Offered(r.orElseThrow(), r.text(), r.sha256());
            }
            PaymentRules rules = new PaymentRules(true, Duration.ofMinutes(15));
            StoredDossierEngine engine = new StoredDossierEngine(store, calendar, (code, unit) -> fee, unit -> "H26." + unit,
                    code -> List.of(), clock, true, rules);
            PaymentOrder[] last = new PaymentOrder[1];
            PaymentGateway gateway = new PaymentGateway() {
                @Override
                public String name() {
                    return "stand-in";
                }

                @Override
                public URI checkout(PaymentOrder order) {
                    last[0] = order;
                    return URI.create("http://gateway.test/pay");
                }

                @Override
                public Optional<GatewayNotice> verify(Map<String, String> p) {
                    return Optional.of(new GatewayNotice(p.get("txnRef"), Long.parseLong(p.get("amount")), true, "GW1"));
                }
            };
            StoredPayments payments = new StoredPayments(store, rules, () -> gateway, clock);
            Applicant a = new Applicant("Nguyễn Văn An", "001090012345", ReportFixture.PHONE, null, "Phường Ba Đình, Hà Nội");
            Map<String, Object> form = Map.of("hoTen", "Nguyễn Văn An", "soDinhDanh", "001090012345", "diaChiCongTrinh", "Số 1 Hoàng Hoa Thám");
            String paid = engine.submit(new SubmitCommand(ReportFixture.PERMIT, ReportFixture.WARD, Channel.ONLINE, Channel.ONLINE,
                    a, form, List.of(), Actor.citizen(), false, null)).code();
            String unpaid = engine.submit(new SubmitCommand(ReportFixture.PERMIT, ReportFixture.WARD, Channel.ONLINE, Channel.ONLINE,
                    a, form, List.of(), Actor.citizen(), false, null)).code();
            payments.start(paid, URI.create("http://portal.test/back"), URI.create("http://portal.test/callback"));
            payments.callback(Map.of("txnRef", last[0].paymentId(), "amount", "75000"));

            clock.set(ReportFixture.at("2026-05-04T10:00"));
            RollUp rollUp = new RollUp(store, store.reportStore(), new FactFolder(calendar, new StoredOnlineModes(store)), clock, Duration.ZERO);
            assertEquals(2, rollUp.run());
            ReportFilter may = new ReportFilter(List.of(ReportFixture.WARD), null, 202605, 202605);
            FigureRow total = store.reportStore().figures(may, ReportGrouping.TOTAL, clock.instant()).get(0);
            assertEquals(2, total.count(ReportFigure.RECEIVED_ONLINE_FULL));
            assertEquals(1, total.count(ReportFigure.PAID_ONLINE));
            assertEquals(List.of(paid), store.reportStore().dossiers(may, ReportFigure.PAID_ONLINE, clock.instant(), 0, 10).stream()
                    .map(f -> f.dossierCode()).toList());
            assertNotEquals(paid, unpaid);
            assertTrue(store.reportStore().fact(paid).orElseThrow().paidOnline());
            assertFalse(store.reportStore().fact(unpaid).orElseThrow().paidOnline());
        } finally {
            store.close();
        }
    }
}
