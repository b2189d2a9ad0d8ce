package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One outbound message in the outbox (decision 1100).
 *
 * @param id            random id; also the idempotency key sent to the partner, so a re-delivery is recognisable
 * @param dossierCode   the dossier it is about, or null
 * @param channel       the transport, e.g. {@code EMAIL}, {@code SMS}
 * @param recipient     address, phone number or partner endpoint: only what delivery needs
 * @param template      what kind of message, e.g. {@code received}
 * @param subject       subject line, or null
 * @param body          the text
 * @param status        {@code PENDING}, {@code SENDING}, {@code SENT} or {@code DEAD}
 * @param attempts      delivery attempts so far (a claim counts as one)
 * @param nextAttemptAt when a worker may take it: retry time, or the end of a claim's lease; null once SENT or DEAD
 * @param claimedBy     the node holding or last holding the claim, or null
 * @param createdAt     written at
 * @param sentAt        the partner accepted it at, or null
 * @param lastAnswer    the partner's last answer (status and a short excerpt) or the error, or null
 * @param partnerRef    the partner's reference for the accepted message, or null
 */
public record OutboxRecord(String id, String dossierCode, String channel, String recipient, String template, String subject,
                           String body, String status, int attempts, Instant nextAttemptAt, String claimedBy, Instant createdAt,
                           Instant sentAt, String lastAnswer, String partnerRef) {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String DEAD = "DEAD";

    public OutboxRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A new message id: a random UUID whose first 48 bits are the time in milliseconds (the layout of UUID version 7,
     * RFC 9562). As unique and unguessable as a random UUID (74 random bits), but ids written together sort together, so
     * the outbox's primary-key index grows at its end instead of rewriting a random page of a large index with every
     * message (decision 1102: the random ids were half of the outbox's cost per dossier action).
     */
    public static String newId(Instant now) {
        java.util.UUID random = java.util.UUID.randomUUID();
        long millis = now.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long high = (millis << 16) | 0x7000L | (random.getMostSignificantBits() & 0x0FFFL);
        return new java.util.UUID(high, random.getLeastSignificantBits()).toString();
    }

    /**
     * The id of a message that a follower of the events writes (decision 1103): the layout of {@link #newId}, with the
     * 74 bits that are random there taken from SHA-256 of {@code key} instead, so that writing the same message again
     * (a follower that read the event twice, or two nodes racing) gives the same id and the second insert is skipped.
     * The key must hold something outsiders cannot know (the event's chain hash), as the id is sent to partners.
     */
    public static String idFor(Instant at, String key) {
        byte[] h;
        try {
            h = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(h);
        long millis = at.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long high = (millis << 16) | 0x7000L | (b.getLong() & 0x0FFFL);
        long low = (b.getLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // RFC 9562 variant bits
        return new java.util.UUID(high, low).toString();
    }

    /** A new message, due at once. */
    public static OutboxRecord pending(String id, String dossierCode, String channel, String recipient, String template,
                                       String subject, String body, Instant now) {
        return new OutboxRecord(id, dossierCode, channel, recipient, template, subject, body, PENDING, 0, now, null, now,
                null, null, null);
    }
}
