package vn.motcua.channels.internal;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import vn.motcua.outbox.spi.Delivery;
import vn.motcua.outbox.spi.OutgoingMessage;
import vn.motcua.outbox.spi.Transport;

/**
 * E-mail over SMTP with Angus Mail (Jakarta Mail). The message's idempotency key is its {@code Message-ID}, so a copy
 * delivered again after a crash is recognisable as the same message by the receiving system; an address the server
 * rejects is a dead letter at once, a server that is down or slow is retried.
 */
final class SmtpTransport implements Transport {

    /**
     * @param host     SMTP server
     * @param port     25, 587, or 1025 for a local mail catcher
     * @param from     sender address, e.g. {@code motcua@hanoi.gov.vn}
     * @param user     login, or null for none
     * @param password password, or null
     * @param startTls upgrade the connection with STARTTLS (required by the server)
     * @param timeout  connect, read and write timeout
     */
    record Settings(String host, int port, String from, String user, String password, boolean startTls, Duration timeout) {
        Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(from, "from");
        }
    }

    private static final String SENDER_NAME = "Bộ phận Một cửa";

    private final Settings settings;
    private final Session session;

    SmtpTransport(Settings settings) {
        this.settings = settings;
        Properties p = new Properties();
        String ms = Long.toString(settings.timeout().toMillis());
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.connectiontimeout", ms);
        p.put("mail.smtp.timeout", ms);
        p.put("mail.smtp.writetimeout", ms);
        p.put("mail.smtp.auth", Boolean.toString(settings.user() != null));
        p.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        p.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        p.put("mail.mime.charset", "UTF-8");
        this.session = withOwnClassLoader(() -> Session.getInstance(p));
    }

    @Override
    public String channel() {
        return "EMAIL";
    }

    @Override
    public Delivery deliver(OutgoingMessage m) throws Exception {
        return withOwnClassLoader(() -> send(m));
    }

    private Delivery send(OutgoingMessage m) throws UnsupportedEncodingException {
        String messageId = "<" + m.idempotencyKey() + "@motcua>";
        try {
            MimeMessage mail = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId); // the same for every attempt
                }
            };
            mail.setFrom(new InternetAddress(settings.from(), SENDER_NAME, "UTF-8"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(m.recipient(), true));
            mail.setSubject(m.subject() == null ? "Thông báo về hồ sơ " + m.dossierCode() : m.subject(), "UTF-8");
            mail.setText(m.body(), "UTF-8");
            mail.setHeader("X-Idempotency-Key", m.idempotencyKey());
            mail.setHeader("Auto-Submitted", "auto-generated");
            if (settings.user() != null) {
                jakarta.mail.Transport.send(mail, settings.user(), settings.password());
            } else {
                jakarta.mail.Transport.send(mail);
            }
            return Delivery.accepted("SMTP " + settings.host() + ": 250 accepted", messageId);
        } catch (AddressException e) {
            return Delivery.refused("Địa chỉ thư điện tử không hợp lệ: " + e.getMessage());
        } catch (SendFailedException e) {
            // The server refused the recipient (5xx on RCPT TO): sending again will not help.
            boolean recipientRefused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            return recipientRefused ? Delivery.refused("SMTP từ chối người nhận: " + e.getMessage())
                    : Delivery.retry("SMTP: " + e.getMessage());
        } catch (MessagingException e) {
            return Delivery.retry("SMTP " + settings.host() + ":" + settings.port() + ": " + e.getMessage());
        }
    }

    /** Jakarta Mail looks its providers up with the context class loader: ours holds the embedded implementation. */
    private static <T> T withOwnClassLoader(java.util.concurrent.Callable<T> work) {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(SmtpTransport.class.getClassLoader());
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
