/**
 * What an adapter to a postal partner (VNPost or another public postal provider) implements: place an order with an
 * idempotency key, and tell an order's status by its consignment number. The platform calls it from the outbox worker
 * and from the status poller, never on a request thread (decisions 1100, 1131).
 */
@Export
@Version("1.0.0")
package vn.motcua.postal.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
