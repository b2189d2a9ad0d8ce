package vn.motcua.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.Role;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.internal.ConfiguredWorkingCalendar;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.descriptor.DescriptorResult;
import vn.motcua.engine.internal.OfferedProcedures;
import vn.motcua.engine.internal.StoredDossierEngine;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.JdbiDossierStore;

/**
 * A real engine for tests: real storage (H2 file or PostgreSQL), the real working calendar with the shipped
 * 2024–2026 schedules, and a procedure read from a YAML descriptor by the real descriptor reader.
 */
final class EngineFixture implements AutoCloseable {

    static final String WARD = "00004";
    static final String SXD = "SXD";
    static final String PROCEDURE = "1.013225";
    /** Monday 30 November 2026, 09:00 in Hanoi. */
    static final Instant MONDAY_9AM = Instant.parse("2026-11-30T02:00:00Z");

    final JdbiDossierStore store;
    final MutableClock clock;
    final WorkingCalendar calendar;
    final StoredDossierEngine engine;
    volatile OfferedProcedures.Offered offered;

    EngineFixture(TestDatabases db, Path dir) {
        this(db.open(dir), new MutableClock(MONDAY_9AM));
    }

    EngineFixture(JdbiDossierStore store, MutableClock clock) {
        this(store, clock, true);
    }

    EngineFixture(JdbiDossierStore store, MutableClock clock, boolean separateReceiveAndApprove) {
        this(store, clock, separateReceiveAndApprove, vn.motcua.engine.internal.PaymentRules.OFF);
    }

    /** With online payment rules (decision 1130). */
    EngineFixture(JdbiDossierStore store, MutableClock clock, boolean separateReceiveAndApprove,
                  vn.motcua.engine.internal.PaymentRules payments) {
        this.store = store;
        this.clock = clock;
        this.calendar = ConfiguredWorkingCalendar.shipped(Clock.systemUTC());
        this.offered = procedure("building-permit.yaml");
        OfferedProcedures procedures = (code, unit) -> {
            if (!code.equals(PROCEDURE)) {
                throw new ProcedureUnavailableException(code, unit, ProcedureUnavailableException.Reason.NOT_OFFERED);
            }
            return offered;
        };
        this.engine = new StoredDossierEngine(store, calendar, procedures, unit -> "H26." + unit, code -> List.of(), clock,
                separateReceiveAndApprove, payments);
    }

    static OfferedProcedures.Offered procedure(String resource) {
        try (InputStream in = EngineFixture.class.getResourceAsStream("/procedures/" + resource)) {
            DescriptorResult r = new DescriptorReader().read(resource, in.readAllBytes());
            return new OfferedProcedures.Offered(r.orElseThrow(), r.text(), r.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A city administrator: sees every dossier, acts on none (the engine's reads need a staff member). */
    static final StaffPrincipal CITY = StaffPrincipal.of("thanhpho", StaffPrincipal.Duty.CITY_ADMIN, "01");

    /** A member holding {@code role} in {@code unit}, e.g. to read that unit's queue. */
    static StaffPrincipal member(String unit, Role role) {
        return StaffPrincipal.of("thanhvien." + unit, StaffPrincipal.Duty.of(role), unit);
    }

    static Actor officer() {
        return Actor.staff("motcua01", Role.ONE_STOP_OFFICER, WARD);
    }

    static Actor specialist() {
        return Actor.staff("chuyenvien01", Role.SPECIALIST, WARD);
    }

    static Actor sxdSpecialist() {
        return Actor.staff("sxd01", Role.SPECIALIST, SXD);
    }

    static Actor leader() {
        return Actor.staff("lanhdao01", Role.LEADER, WARD);
    }

    static Applicant applicant() {
        return new Applicant("Nguyễn Văn An", "001090012345", "0912345678", null, "Phường Ba Đình, Hà Nội");
    }

    static Map<String, Object> form() {
        return Map.of("hoTen", "Nguyễn Văn An", "soDinhDanh", "001090012345", "diaChiCongTrinh", "Số 1 Hoàng Hoa Thám");
    }

    SubmitResult submitOnline(String key) {
        return engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.ONLINE, Channel.ONLINE, applicant(), form(),
                List.of(), Actor.citizen(), false, key));
    }

    SubmitResult submitAtCounter() {
        return engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.COUNTER, Channel.COUNTER, applicant(), form(),
                List.of(), officer(), true, null));
    }

    ActionResult act(String code, DossierAction action, Actor actor) {
        return engine.act(code, ActionCommand.of(action, actor));
    }

    @Override
    public void close() {
        store.close();
    }
}
