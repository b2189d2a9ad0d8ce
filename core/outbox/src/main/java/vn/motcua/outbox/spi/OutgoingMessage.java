package vn.motcua.outbox.spi;

import java.util.Objects;

/**
 * A message to deliver.
 *
 * @param idempotencyKey the same for every delivery attempt of this message; send it to the partner
 * @param channel        the channel, e.g. {@code EMAIL}
 * @param recipient      e-mail address, phone number or partner endpoint
 * @param template       what kind of message, e.g. {@code received}
 * @param subject        subject line, or null
 * @param body           the text
 * @param dossierCode    the dossier it is about, or null
 * @param attempt        1 for the first attempt
 */
public record OutgoingMessage(String idempotencyKey, String channel, String recipient, String template, String subject,
                              String body, String dossierCode, int attempt) {
    public OutgoingMessage {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(body, "body");
    }
}
