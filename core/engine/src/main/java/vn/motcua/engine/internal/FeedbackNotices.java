package vn.motcua.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.storage.FeedbackRecord;
import vn.motcua.storage.OutboxRecord;

/**
 * The "feedback answered" message (issue 11): to a sender who asked for it when sending the feedback, by SMS to the
 * phone they gave and/or by e-mail. Written to the outbox in the transaction of the answer; the stored addresses are
 * erased there (V1132). The message says that the feedback was answered and where to read the answer; it carries the
 * reference, not the answer, the sender's name or the content.
 */
final class FeedbackNotices {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    static final String TEMPLATE = "feedback-answered";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where to tell the sender, as stored with the feedback; null when they did not ask. */
    static String notifyTo(Set<SubmitCommand.Notify> notify, String phone, String email) {
        Map<String, String> to = new LinkedHashMap<>();
        if (notify.contains(SubmitCommand.Notify.SMS) && phone != null && !phone.isBlank()) {
            to.put("SMS", phone);
        }
        if (notify.contains(SubmitCommand.Notify.EMAIL) && email != null && !email.isBlank()) {
            to.put("EMAIL", email.strip());
        }
        try {
            return to.isEmpty() ? null : JSON.writeValueAsString(to);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages for answered feedback {@code f}, from its stored {@code notifyTo}. */
    List<OutboxRecord> answered(FeedbackRecord f, String notifyTo, Instant now) {
        Map<?, ?> to;
        try {
            to = JSON.readValue(notifyTo, Map.class);
        } catch (JsonProcessingException e) {
            return List.of(); // unreadable: nothing to send rather than an answer refused
        }
        String ref = f.reference();
        List<OutboxRecord> out = new ArrayList<>();
        if (to.get("EMAIL") instanceof String mail) {
            out.add(OutboxRecord.pending(OutboxRecord.newId(now), f.dossierCode(), "EMAIL", mail, TEMPLATE,
                    "Phản ánh, kiến nghị " + ref + " đã được trả lời",
                    "Phản ánh, kiến nghị số " + ref + " của bạn đã được cơ quan có thẩm quyền trả lời.\n"
                            + "Xem nội dung trả lời trên Cổng dịch vụ công của Thành phố, mục Phản ánh, kiến nghị, bằng số "
                            + ref + " và số điện thoại đã dùng khi gửi phản ánh.\n\n"
                            + "Thư này được gửi tự động theo yêu cầu của người gửi phản ánh; vui lòng không trả lời.", now));
        }
        if (to.get("SMS") instanceof String phone) {
            out.add(OutboxRecord.pending(OutboxRecord.newId(now), f.dossierCode(), "SMS", phone, TEMPLATE, null,
                    "Phan anh " + ref + " da duoc tra loi. Xem tra loi tren Cong dich vu cong bang so " + ref
                            + " va so dien thoai da gui.", now));
        }
        return out;
    }
}
