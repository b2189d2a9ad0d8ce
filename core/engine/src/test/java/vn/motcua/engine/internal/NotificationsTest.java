package vn.motcua.engine.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.storage.FollowedEvent;
import vn.motcua.storage.OutboxRecord;

/** What the follower makes of the message an event carries (decision 1103): channels, addresses, footer, SMS letters. */
class NotificationsTest {

    private final Notifications notifications = new Notifications(new Json());
    private static final Instant AT = Instant.parse("2026-12-04T02:00:00Z");
    private static final String APPLICANT = "{\"name\":\"Nguyễn Văn An\",\"phone\":\"0912 345 678\",\"email\":\"an@example.vn\","
            + "\"notify\":[\"EMAIL\",\"SMS\"]}";

    private static FollowedEvent event(String payload) {
        return new FollowedEvent(7, "H26.01-261204-0001", 2, "ab12", AT, payload);
    }

    @Test
    void oneMessageInTheEventBecomesAnEmailWithItsFooterAndAnSmsWithoutDiacritics() {
        String payload = "{\"appointment\":\"2026-12-10T10:00:00Z\",\"messages\":{\"template\":\"result-ready\","
                + "\"subject\":\"Hồ sơ H26 đã có kết quả\",\"text\":\"Hồ sơ H26 đã có kết quả.\","
                + "\"sms\":\"Ho so H26 da co ket qua. Mời nhận kết quả tại Bộ phận Một cửa.\"}}";
        List<OutboxRecord> out = notifications.outboxMessages(event(payload), APPLICANT);

        assertEquals(List.of("EMAIL", "SMS"), out.stream().map(OutboxRecord::channel).toList());
        OutboxRecord mail = out.get(0);
        OutboxRecord sms = out.get(1);
        assertEquals("an@example.vn", mail.recipient());
        assertEquals("Hồ sơ H26 đã có kết quả", mail.subject());
        assertTrue(mail.body().startsWith("Hồ sơ H26 đã có kết quả.\n\nTra cứu hồ sơ"), mail.body());
        assertTrue(mail.body().endsWith("vui lòng không trả lời."), mail.body());
        assertEquals("0912345678", sms.recipient());
        assertNull(sms.subject());
        assertEquals("Ho so H26 da co ket qua. Moi nhan ket qua tai Bo phan Mot cua.", sms.body());
        assertEquals("result-ready", sms.template());
        assertNotEquals(mail.id(), sms.id());
        assertEquals(mail.id(), notifications.outboxMessages(event(payload), APPLICANT).get(0).id(), "the same event gives the same ids");
    }

    @Test
    void aChannelWithoutAnAddressIsSkippedAndAnApplicantWhoDidNotOptInGetsNothing() {
        String payload = "{\"messages\":{\"template\":\"received\",\"subject\":\"s\",\"text\":\"t\",\"sms\":\"m\"}}";
        assertEquals(List.of("SMS"), notifications.outboxMessages(event(payload),
                "{\"phone\":\"0912345678\",\"notify\":[\"EMAIL\",\"SMS\"]}").stream().map(OutboxRecord::channel).toList());
        assertEquals(List.of(), notifications.outboxMessages(event(payload), "{\"phone\":\"0912345678\",\"email\":\"an@example.vn\"}"));
    }

    @Test
    void anEventWrittenBeforeTheChannelsSharedOneMessageIsStillDeliveredAsWritten() {
        String payload = "{\"messages\":[{\"channel\":\"EMAIL\",\"template\":\"received\",\"subject\":\"Tiêu đề\",\"body\":\"Nội dung cũ\"},"
                + "{\"channel\":\"SMS\",\"template\":\"received\",\"body\":\"Noi dung cu\"}]}";
        List<OutboxRecord> out = notifications.outboxMessages(event(payload), APPLICANT);
        assertEquals(List.of("Nội dung cũ", "Noi dung cu"), out.stream().map(OutboxRecord::body).toList());
        assertEquals("Tiêu đề", out.get(0).subject());
    }

    @Test
    void theOptInIsSplicedIntoTheApplicantAsValidJson() {
        var command = new vn.motcua.engine.SubmitCommand("1.001193", "00070", vn.motcua.api.procedure.Channel.ONLINE,
                vn.motcua.api.procedure.Channel.ONLINE, new vn.motcua.engine.Applicant("Lê Thị Bình", "001090012345",
                "0912345678", "binh@example.vn", "Hà Nội"), java.util.Map.of(), List.of(), vn.motcua.engine.Actor.citizen(), false, null)
                .withNotify(java.util.Set.of(vn.motcua.engine.SubmitCommand.Notify.SMS, vn.motcua.engine.SubmitCommand.Notify.EMAIL));
        var stored = new Json().readMap(notifications.applicantJson(command));
        assertEquals(List.of("EMAIL", "SMS"), stored.get("notify"));
        assertEquals("binh@example.vn", stored.get("email"));
    }
}
