package vn.motcua.storage;

import java.time.Instant;

/**
 * A remembered answer to a request that carried an idempotency key.
 *
 * @param key         the key, namespaced by the caller
 * @param requestHash fingerprint of the request, to refuse a key reused for a different request
 * @param response    the answer given, serialised by the caller
 * @param createdAt   when first answered
 */
public record IdempotencyRecord(String key, String requestHash, String response, Instant createdAt) {
}
