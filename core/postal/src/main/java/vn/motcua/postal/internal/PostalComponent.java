package vn.motcua.postal.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.outbox.spi.Transport;
import vn.motcua.postal.PostalTracking;
import vn.motcua.postal.Shipment;
import vn.motcua.storage.DossierStore;

/**
 * The postal service in OSGi (decision 1131). {@link PostalTracking} is always registered (an order waiting for a
 * partner shows as such); the POSTAL outbox {@link Transport} and the status poller only when a partner is configured:
 *
 * <ul>
 * <li>{@code motcua.postal.url}: the partner's base URL (on when set); {@code motcua.postal.token}: bearer token.</li>
 * <li>{@code motcua.postal.simulator.port}: starts the partner simulator on 127.0.0.1 and, without
 *     {@code motcua.postal.url}, orders from it; {@code --demo} starts it on 8097.</li>
 * <li>{@code motcua.postal.poll.seconds}: how often an unfinished order's status is asked (300; 0 or less: never on this
 *     node); {@code motcua.postal.timeout.seconds}: connect and read timeout towards the partner (10).</li>
 * </ul>
 */
@Component(service = PostalTracking.class, immediate = true)
public final class PostalComponent implements PostalTracking {

    private static final Logger LOG = LoggerFactory.getLogger(PostalComponent.class);

    private final DossierStore store;
    private PostalSimulator simulator;
    private ServiceRegistration<Transport> registration;
    private ScheduledExecutorService poller;

    @Activate
    public PostalComponent(@Reference DossierStore store, BundleContext context) {
        this.store = store;
        boolean demo = Boolean.parseBoolean(context.getProperty("motcua.demo"));
        Duration timeout = Duration.ofSeconds(Math.max(1, number(context, "motcua.postal.timeout.seconds", 10)));
        long pollSeconds = number(context, "motcua.postal.poll.seconds", demo ? 30 : 300);
        long simulatorPort = number(context, "motcua.postal.simulator.port", demo ? 8097 : -1);
        if (simulatorPort >= 0) {
            try {
                simulator = PostalSimulator.start((int) simulatorPort);
                LOG.info("{} (GET /orders lists the orders it received)", simulator);
            } catch (IOException e) {
                LOG.warn("postal partner simulator not started on port {}: {}", simulatorPort, e.getMessage());
            }
        }
        Optional<URI> url = property(context, "motcua.postal.url").map(URI::create)
                .or(() -> Optional.ofNullable(simulator).map(PostalSimulator::uri));
        if (url.isEmpty()) {
            return; // orders wait in the outbox until a partner is configured
        }
        HttpPostalPartner partner = new HttpPostalPartner(url.get(), property(context, "motcua.postal.token").orElse(null), timeout);
        Duration interval = Duration.ofSeconds(Math.max(1, pollSeconds));
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("motcua.channel", PostalTransport.CHANNEL);
        registration = context.registerService(Transport.class,
                new PostalTransport(partner, store, Clock.systemUTC(), interval), props);
        if (pollSeconds > 0) {
            StatusPoller p = new StatusPoller(partner, store, Clock.systemUTC(), interval, 100);
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "motcua-postal-status");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(() -> {
                try {
                    p.round();
                } catch (RuntimeException e) {
                    LOG.warn("postal status round failed: {}", e.toString());
                }
            }, Math.min(pollSeconds, 5), pollSeconds, TimeUnit.SECONDS);
        }
        LOG.info("postal channel on: partner {}, status every {} s", url.get(), pollSeconds);
    }

    @Override
    public List<Shipment> forDossier(String dossierCode) {
        return store.inTransaction(tx -> tx.postal().ofDossier(dossierCode)).stream()
                .map(r -> new Shipment(r.kind(), r.consignmentNo(), r.feeVnd(), r.status(), r.statusText(), r.orderedAt(), r.updatedAt()))
                .toList();
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        if (poller != null) {
            poller.shutdown();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private static Optional<String> property(BundleContext context, String name) {
        return Optional.ofNullable(context.getProperty(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static long number(BundleContext context, String name, long fallback) {
        try {
            return property(context, name).map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            LOG.warn("{} is not a number; using {}", name, fallback);
            return fallback;
        }
    }
}
