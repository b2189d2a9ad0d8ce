package vn.motcua.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.Role;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.internal.ConfiguredWorkingCalendar;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.descriptor.DescriptorResult;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.Actor;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.ProcedureUnavailableException;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.internal.OfferedProcedures;
import vn.motcua.engine.internal.StoredDossierEngine;
import vn.motcua.storage.ReportStore;
import vn.motcua.storage.TestDatabases;
import vn.motcua.storage.internal.JdbiDossierStore;

/** The real engine, storage and calendar, a clock moved by hand, and the roll-up over them. */
final class ReportFixture implements AutoCloseable {

    static final String WARD = "00004";
    static final String PERMIT = "1.013225";
    static final String THREE_UNITS = "2.002000";
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String PHONE = "0912345678";

    final JdbiDossierStore store;
    final ReportStore reports;
    final HandClock clock = new HandClock();
    final WorkingCalendar calendar = ConfiguredWorkingCalendar.shipped(Clock.systemUTC());
    final StoredDossierEngine engine;
    final FactFolder folder;
    final RollUp rollUp;

    ReportFixture(TestDatabases db, Path dir) {
        this.store = db.open(dir);
        this.reports = store.reportStore();
        Map<String, OfferedProcedures.Offered> offered = Map.of(PERMIT, procedure("building-permit.yaml"),
                THREE_UNITS, procedure("three-units.yaml"));
        OfferedProcedures procedures = (code, unit) -> {
            OfferedProcedures.Offered o = offered.get(code);
            if (o == null) {
                throw new ProcedureUnavailableException(code, unit, ProcedureUnavailableException.Reason.NOT_OFFERED);
            }
            return o;
        };
        this.engine = new StoredDossierEngine(store, calendar, procedures, unit -> "H26." + unit, code -> List.of(), clock);
        this.folder = new FactFolder(calendar, new StoredOnlineModes(store));
        // settle 0: the test's clock decides what "now" is; nothing commits late here
        this.rollUp = new RollUp(store, reports, folder, clock, Duration.ZERO);
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HANOI).toInstant();
    }

    private static OfferedProcedures.Offered procedure(String resource) {
        try (InputStream in = ReportFixture.class.getResourceAsStream("/procedures/" + resource)) {
            DescriptorResult r = new DescriptorReader().read(resource, in.readAllBytes());
            return new OfferedProcedures.Offered(r.orElseThrow(), r.text(), r.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Actor officer() {
        return Actor.staff("motcua01", Role.ONE_STOP_OFFICER, WARD);
    }

    static Actor specialist() {
        return Actor.staff("chuyenvien01", Role.SPECIALIST, WARD);
    }

    static Actor sxd() {
        return Actor.staff("sxd01", Role.SPECIALIST, "SXD");
    }

    static Actor tnmt() {
        return Actor.staff("tnmt01", Role.SPECIALIST, "TNMT");
    }

    static Actor leader() {
        return Actor.staff("lanhdao01", Role.LEADER, WARD);
    }

    String submit(String procedure, Channel channel, String when, boolean receiveNow) {
        clock.set(at(when));
        Applicant a = new Applicant("Nguyễn Văn An", "001090012345", PHONE, null, "Phường Ba Đình, Hà Nội");
        Map<String, Object> form = PERMIT.equals(procedure)
                ? Map.of("hoTen", "Nguyễn Văn An", "soDinhDanh", "001090012345", "diaChiCongTrinh", "Số 1 Hoàng Hoa Thám")
                : Map.of("hoTen", "Nguyễn Văn An");
        Actor by = channel == Channel.ONLINE ? Actor.citizen() : officer();
        return engine.submit(new SubmitCommand(procedure, WARD, channel, channel, a, form, List.of(), by, receiveNow, null)).code();
    }

    void act(String code, String when, ActionCommand command) {
        clock.set(at(when));
        engine.act(code, command);
    }

    void act(String code, String when, DossierAction action, Actor actor) {
        act(code, when, ActionCommand.of(action, actor));
    }

    @Override
    public void close() {
        store.close();
    }

    /** A clock the test sets. */
    static final class HandClock extends Clock {
        private volatile Instant now = Instant.EPOCH;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
