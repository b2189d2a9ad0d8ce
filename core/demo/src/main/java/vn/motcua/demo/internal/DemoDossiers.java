package vn.motcua.demo.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.Role;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.Actor;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.ProcedureUnavailableException;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.SubmitResult;
import vn.motcua.engine.Upload;

/**
 * Building-permit dossiers (1.013225) at ward 00070 in every status, made through the engine API by the demo accounts,
 * so that a newcomer can try every journey at once. Every submission and action carries a fixed idempotency key: a
 * restart replays the remembered answers and creates nothing twice.
 */
final class DemoDossiers {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDossiers.class);
    static final String PROCEDURE = "1.013225";
    static final String WARD = "00070";
    /** How often to look for the procedure: its sample bundle may register it after this bundle starts. */
    private static final int ATTEMPTS = 120;
    private static final long PAUSE_MILLIS = 500;

    private final DossierEngine engine;

    DemoDossiers(DossierEngine engine) {
        this.engine = engine;
    }

    /** Waits (up to a minute) until the procedure is offered, then creates the dossiers; meant for a worker thread. */
    void createWhenOffered() {
        for (int attempt = 0; attempt < ATTEMPTS && !Thread.currentThread().isInterrupted(); attempt++) {
            try {
                List<String> codes = create();
                LOG.info("motcua --demo: sample dossiers at {}: {}", WARD, codes);
                return;
            } catch (ProcedureUnavailableException e) {
                try {
                    TimeUnit.MILLISECONDS.sleep(PAUSE_MILLIS);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            } catch (RuntimeException e) {
                LOG.warn("motcua --demo: sample dossiers not (all) created", e);
                return;
            }
        }
    }

    /** One dossier per status; returns their codes. */
    List<String> create() {
        Actor counter = Actor.staff("motcua.00070", Role.ONE_STOP_OFFICER, WARD);
        Actor sxd = Actor.staff("chuyenvien.sxd", Role.SPECIALIST, "SXD");
        Actor leader = Actor.staff("lanhdao.00070", Role.LEADER, WARD);
        List<String> codes = new java.util.ArrayList<>();
        // SUBMITTED: online, waiting for the counter's check
        codes.add(online("demo-1", "Nguyễn Văn An").code());
        // AWAITING_SUPPLEMENT: online, guidance to complete given
        String c2 = online("demo-2", "Trần Thị Bình").code();
        act(c2, "demo-2a", ActionCommand.of(DossierAction.REQUEST_SUPPLEMENT, counter)
                .withNote("Bản vẽ mặt cắt: thiếu chữ ký của đơn vị thiết kế\nGiấy chứng nhận quyền sử dụng đất: bản chụp mờ, cần bản rõ"));
        // REFUSED
        String c3 = online("demo-3", "Lê Văn Cường").code();
        act(c3, "demo-3a", ActionCommand.of(DossierAction.REFUSE, counter).withNote("Công trình thuộc dự án, không thuộc thẩm quyền cấp phép của phường."));
        // PROCESSING at the ward's reception step
        codes.add(c2);
        codes.add(c3);
        codes.add(atCounter("demo-4", "Phạm Thị Dung").code());
        // PROCESSING at SXD (inter-agency appraisal)
        String c5 = atCounter("demo-5", "Hoàng Văn Em").code();
        act(c5, "demo-5a", ActionCommand.of(DossierAction.FORWARD, counter));
        codes.add(c5);
        // SUPPLEMENT_REQUESTED during appraisal (the clock stops)
        String c6 = atCounter("demo-6", "Vũ Thị Giang").code();
        act(c6, "demo-6a", ActionCommand.of(DossierAction.FORWARD, counter));
        act(c6, "demo-6b", ActionCommand.of(DossierAction.REQUEST_SUPPLEMENT, sxd).withNote("Bản vẽ móng: cần bổ sung thuyết minh kết cấu"));
        codes.add(c6);
        // DECIDED, then RESULT_READY, then RETURNED; one with an apology and new appointment
        String c7 = decided("demo-7", "Đặng Văn Hùng", counter, sxd, leader, true);
        codes.add(c7);
        String c8 = decided("demo-8", "Bùi Thị Lan", counter, sxd, leader, false);
        act(c8, "demo-8r", ActionCommand.of(DossierAction.RESULT_READY, counter));
        codes.add(c8);
        String c9 = decided("demo-9", "Đỗ Văn Minh", counter, sxd, leader, false);
        act(c9, "demo-9r", ActionCommand.of(DossierAction.RESULT_READY, counter));
        act(c9, "demo-9s", ActionCommand.of(DossierAction.RETURN_RESULT, counter));
        codes.add(c9);
        // WITHDRAWN at the applicant's request, recorded at the counter
        String c10 = atCounter("demo-10", "Ngô Thị Nga").code();
        act(c10, "demo-10a", ActionCommand.of(DossierAction.WITHDRAW, counter).withNote("Người nộp đề nghị dừng để điều chỉnh thiết kế."));
        codes.add(c10);
        // RESULT_READY with the result going back by post: the delivery order goes to the postal partner simulator
        // (127.0.0.1:8097 with --demo), and the dossier page shows its consignment number and status (decision 1131).
        String c11 = decided("demo-11", "Lý Thị Oanh", counter, sxd, leader, false, Channel.POSTAL);
        act(c11, "demo-11r", ActionCommand.of(DossierAction.RESULT_READY, counter));
        codes.add(c11);
        return codes;
    }

    private String decided(String key, String name, Actor counter, Actor sxd, Actor leader, boolean apology) {
        return decided(key, name, counter, sxd, leader, apology, Channel.COUNTER);
    }

    private String decided(String key, String name, Actor counter, Actor sxd, Actor leader, boolean apology, Channel result) {
        String code = atCounter(key, name, result).code();
        act(code, key + "a", ActionCommand.of(DossierAction.FORWARD, counter));
        act(code, key + "b", ActionCommand.of(DossierAction.FORWARD, sxd).withNote("Đủ điều kiện cấp phép."));
        if (apology) {
            // The engine's proposal is a working time of the ward (a fixed "+7 days" fell on 01/01/2027, a holiday).
            // None after a restart: the apology was issued then, and the remembered answers replay the rest.
            engine.proposeNewAppointment(code, vn.motcua.engine.StaffPrincipal.of(leader.accountId(),
                    vn.motcua.engine.StaffPrincipal.Duty.LEADER, WARD)).ifPresent(newAppointment -> act(code, key + "c",
                    ActionCommand.of(DossierAction.ISSUE_APOLOGY, leader)
                            .withNote("Cần kiểm tra thực địa bổ sung do mưa lớn.").withNewAppointment(newAppointment)));
        }
        act(code, key + "d", ActionCommand.of(DossierAction.APPROVE, leader));
        return code;
    }

    private SubmitResult online(String key, String name) {
        return engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.ONLINE, Channel.COUNTER, applicant(name), form(name),
                files(), Actor.citizen(), false, key));
    }

    private SubmitResult atCounter(String key, String name) {
        return atCounter(key, name, Channel.COUNTER);
    }

    private SubmitResult atCounter(String key, String name, Channel result) {
        return engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.COUNTER, result, applicant(name), form(name),
                files(), Actor.staff("motcua.00070", Role.ONE_STOP_OFFICER, WARD), true, key));
    }

    private void act(String code, String key, ActionCommand command) {
        engine.act(code, command.withIdempotencyKey(key));
    }

    private static Applicant applicant(String name) {
        return new Applicant(name, "001090012345", "0912345678", null, "Phường Hoàn Kiếm, Hà Nội");
    }

    static Map<String, Object> form(String name) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("hoTen", name);
        f.put("soDinhDanh", "001090012345");
        f.put("soDienThoai", "0912345678");
        f.put("diaChiCongTrinh", "Số 12 phố Hàng Bạc, phường Hoàn Kiếm");
        f.put("soThua", "125");
        f.put("soToBanDo", "34");
        f.put("loaiGiayToDat", "gcn");
        f.put("dienTichDat", "80");
        f.put("dienTichXayDung", "70");
        f.put("soTang", "5");
        f.put("tongDienTichSan", "350");
        f.put("camKet", "true");
        return f;
    }

    private static List<Upload> files() {
        byte[] pdf = "%PDF-1.4\n% bản vẽ mẫu cho --demo\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        return List.of(new Upload("banVe", "ban-ve.pdf", "application/pdf", pdf),
                new Upload("giayChungNhanDat", "gcn.pdf", "application/pdf", pdf));
    }
}
