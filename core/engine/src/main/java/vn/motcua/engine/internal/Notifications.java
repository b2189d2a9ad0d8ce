package vn.motcua.engine.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.FollowedEvent;

/**
 * The messages a dossier change sends to an applicant who opted in at submission (issue 11). They are written into the
 * payload of the change's own event, so that a message exists exactly when the change was committed (decision 1100), and
 * copied from there to the outbox by {@link NotificationFeed} (decision 1103). The worker of the outbox bundle delivers
 * them; nothing here talks to a partner.
 *
 * <p>Templates in Vietnamese for: received (ACCEPT), supplement requested, result ready, apology with a new appointment.
 * (Feedback answered is {@link FeedbackNotices}, written with the answer.) A message carries only what it needs:
 * the dossier code, the procedure's name, dates and the officer's note; never the applicant's name, ID number or form.
 */
final class Notifications {

    /** The key of the opt-in inside the stored applicant JSON (readers of {@link Applicant} ignore it). */
    static final String NOTIFY_KEY = "notify";
    /** The key of the messages inside the payload of the event that causes them (decision 1103). */
    static final String PAYLOAD_KEY = "messages";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final String SENDER = "Bộ phận Một cửa";
    private static final String FOOTER = "\n\nTra cứu hồ sơ bằng mã hồ sơ và số điện thoại (hoặc số định danh cá nhân) trên Cổng dịch vụ công"
            + " của Thành phố. Thư này được gửi tự động theo yêu cầu của người nộp hồ sơ; vui lòng không trả lời.";

    /** Combining marks left by NFD: compiled once, not per SMS (decision 1102). */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    private final Json json;

    Notifications(Json json) {
        this.json = json;
    }

    /** The applicant as stored: its fields, and the opt-in when there is one. */
    String applicantJson(SubmitCommand c) {
        String fields = json.write(c.applicant());
        if (c.notifications().isEmpty()) {
            return fields;
        }
        // Spliced rather than parsed and written again: this runs on every submission's path (decision 1103).
        String notify = "\"" + NOTIFY_KEY + "\":" + json.write(c.notifications().stream().map(Enum::name).sorted().toList());
        return fields.length() > 2 ? fields.substring(0, fields.length() - 1) + "," + notify + "}" : "{" + notify + "}";
    }

    /**
     * The message an action causes, for the payload of the action's event ({@link #PAYLOAD_KEY}), if the applicant opted
     * in to any channel; empty if not. {@code after} is the dossier as the action leaves it. It holds the texts as
     * written for this dossier ({@code template, subject, text, sms}), once for every channel: which channels, to which
     * addresses, the e-mail's fixed footer and the SMS's letters without diacritics are the follower's work, off the
     * engine's path (decision 1103). Addresses are never in it: the event is kept for good.
     */
    Optional<Map<String, Object>> forEvent(DossierAction action, DossierRecord after, String procedureName, String note) {
        String applicant = after.applicantJson();
        if (applicant == null || !applicant.contains("\"" + NOTIFY_KEY + "\"")) {
            return Optional.empty(); // the common case costs one string search, not a JSON parse
        }
        return message(action, after, procedureName, note).map(m -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("template", m.template());
            one.put("subject", m.subject());
            one.put("text", m.text());
            one.put("sms", m.sms());
            return one;
        });
    }

    /**
     * The outbox messages an event carries (written by {@link #forEvent}), one per channel the applicant opted in to and
     * has an address for, addressed from the applicant as stored. The id comes from the event's chain hash and the
     * channel, so writing them again gives the same ids (decision 1103). Events written before the message was shared by
     * the channels carry a list of finished messages, one per channel; they are still read.
     */
    List<OutboxRecord> outboxMessages(FollowedEvent event, String applicantJson) {
        if (event.payloadJson() == null || applicantJson == null) {
            return List.of();
        }
        Object carried = json.readMap(event.payloadJson()).get(PAYLOAD_KEY);
        Map<String, Object> a = json.readMap(applicantJson);
        List<OutboxRecord> out = new ArrayList<>();
        if (carried instanceof Map<?, ?> m) {
            for (String channel : channels(a)) {
                boolean email = channel.equals("EMAIL");
                add(out, event, channel, recipient(channel, a), m.get("template"), email ? m.get("subject") : null,
                        email ? m.get("text") + FOOTER : ascii(String.valueOf(m.get("sms"))));
            }
        } else if (carried instanceof List<?> finished) {
            for (Object o : finished) {
                if (o instanceof Map<?, ?> m) {
                    String channel = String.valueOf(m.get("channel"));
                    add(out, event, channel, recipient(channel, a), m.get("template"), m.get("subject"), m.get("body"));
                }
            }
        }
        return out; // anything else: the key was nested somewhere else in the payload
    }

    private static void add(List<OutboxRecord> out, FollowedEvent event, String channel, String to, Object template,
                            Object subject, Object body) {
        if (to != null) {
            out.add(OutboxRecord.pending(OutboxRecord.idFor(event.at(), event.hash() + "/" + channel), event.dossierCode(),
                    channel, to, String.valueOf(template), subject == null ? null : String.valueOf(subject),
                    String.valueOf(body), event.at()));
        }
    }

    private static List<String> channels(Map<String, Object> applicant) {
        List<String> channels = new ArrayList<>();
        if (applicant.get(NOTIFY_KEY) instanceof List<?> l) {
            l.forEach(x -> channels.add(String.valueOf(x)));
        }
        return channels;
    }

    private static String recipient(String channel, Map<String, Object> a) {
        String to = switch (channel) {
            case "EMAIL" -> (String) a.get("email");
            case "SMS" -> a.get("phone") == null ? null : SecondFactors.normalise((String) a.get("phone"));
            default -> null;
        };
        return to == null || to.isBlank() ? null : to.strip();
    }

    private record Message(String template, String subject, String text, String sms) {
    }

    private static Optional<Message> message(DossierAction action, DossierRecord d, String procedure, String note) {
        String code = d.code();
        String about = "Hồ sơ " + code + " (" + procedure + ")";
        return switch (action) {
            case ACCEPT -> Optional.of(new Message("received", "Hồ sơ " + code + " đã được tiếp nhận",
                    about + " đã được tiếp nhận. Ngày hẹn trả kết quả: " + time(d.appointmentAt()) + ".",
                    "Ho so " + code + " da duoc tiep nhan, hen tra ket qua " + time(d.appointmentAt()) + "."));
            case REQUEST_SUPPLEMENT -> Optional.of(new Message("supplement-requested", "Hồ sơ " + code + " cần bổ sung",
                    about + " cần được bổ sung, hoàn thiện theo hướng dẫn sau:\n" + note
                            + "\nThời hạn giải quyết tạm dừng cho đến khi hồ sơ được bổ sung đầy đủ.",
                    "Ho so " + code + " can bo sung. Xem huong dan khi tra cuu ho so."));
            case RESULT_READY -> Optional.of(new Message("result-ready", "Hồ sơ " + code + " đã có kết quả",
                    about + " đã có kết quả. " + howToCollect(d.resultChannel()),
                    "Ho so " + code + " da co ket qua. " + howToCollect(d.resultChannel())));
            case ISSUE_APOLOGY -> Optional.of(new Message("apology", "Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + code,
                    "Cơ quan giải quyết xin lỗi vì " + about.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + about.substring(1)
                            + " chậm trả kết quả so với ngày hẹn.\nLý do: " + note
                            + "\nNgày hẹn trả kết quả mới: " + time(d.newAppointmentAt()) + ".",
                    "Xin loi vi ho so " + code + " cham tra ket qua. Hen lai: " + time(d.newAppointmentAt()) + "."));
            case EXTEND -> Optional.of(new Message("extended", "Hồ sơ " + code + " được gia hạn thời gian giải quyết",
                    about + " được gia hạn thời gian giải quyết theo quy định của pháp luật.\nLý do: " + note
                            + "\nNgày hẹn trả kết quả: " + time(d.appointmentAt()) + ".",
                    "Ho so " + code + " duoc gia han, hen tra ket qua " + time(d.appointmentAt()) + "."));
            default -> Optional.empty();
        };
    }

    private static String howToCollect(String resultChannel) {
        return switch (resultChannel == null ? "" : resultChannel) {
            case "ONLINE" -> "Kết quả điện tử được tải về khi tra cứu hồ sơ.";
            case "POSTAL" -> "Kết quả được chuyển qua dịch vụ bưu chính công ích đến địa chỉ đã đăng ký.";
            default -> "Mời nhận kết quả tại " + SENDER + " theo giấy hẹn.";
        };
    }

    private static String time(Instant at) {
        return at == null ? "—" : TIME.format(at.atZone(StoredDossierEngine.VIETNAM));
    }

    private static String ascii(String s) {
        return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }
}
