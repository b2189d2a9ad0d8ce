/**
 * What a channel adapter (e-mail, SMS, postal service, payment gateway, national portal) implements to deliver the
 * outbox's messages: register a {@link vn.motcua.outbox.spi.Transport} service for a channel name. Adapters are
 * platform bundles, switched on by configuration; the outbox worker calls them off every request thread, with a
 * deadline, so a partner that fails or hangs never blocks a dossier action (decision 1100).
 */
@Export
@Version("1.0.0")
package vn.motcua.outbox.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
