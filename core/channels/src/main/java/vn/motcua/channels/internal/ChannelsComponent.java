package vn.motcua.channels.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.engine.payment.PaymentGateway;
import vn.motcua.outbox.spi.Transport;

/**
 * Switches the notification channels on from configuration (framework or system properties); every channel is off by
 * default, and its messages wait in the outbox until it is on.
 *
 * <ul>
 * <li>E-mail: {@code motcua.mail.host} (on when set), {@code motcua.mail.port} (25), {@code motcua.mail.from} (required),
 *     {@code motcua.mail.user}, {@code motcua.mail.password}, {@code motcua.mail.starttls} (false).</li>
 * <li>SMS: {@code motcua.sms.url} (the gateway; on when set), {@code motcua.sms.token} (bearer, optional).</li>
 * <li>Simulators: {@code motcua.sms.simulator.port} starts the SMS gateway simulator on 127.0.0.1 and, without
 *     {@code motcua.sms.url}, sends to it. With {@code --demo} ({@code motcua.demo=true}): the simulator on port 8099
 *     and e-mail to a local mail catcher on 127.0.0.1:1025 unless configured otherwise (README).</li>
 * <li>National portal (DVCQG): {@code motcua.dvcqg.url} (on when set), {@code motcua.dvcqg.token} (bearer, optional);
 *     the pushes themselves are written by the engine when {@code motcua.dvcqg.enabled=true} (decision 1132).</li>
 * <li>Online payment (decision 1130): on when {@code motcua.payment.enabled} (default: on with {@code --demo}); the
 *     gateway at {@code motcua.payment.url} with the shared secret from the environment variable
 *     {@code MOTCUA_PAYMENT_SECRET} (or {@code motcua.payment.secret}); or the sandbox
 *     gateway started on 127.0.0.1:{@code motcua.payment.sandbox.port} (8098 with {@code --demo}), which is used when no
 *     url is set, with a random secret per start when none is set.</li>
 * <li>{@code motcua.channels.timeout.seconds}: connect and read timeout towards partners (10).</li>
 * </ul>
 */
@Component(immediate = true)
public final class ChannelsComponent {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelsComponent.class);

    private final List<ServiceRegistration<Transport>> registrations = new ArrayList<>();
    private SmsGatewaySimulator simulator;
    private PaymentSandbox sandbox;
    private ServiceRegistration<PaymentGateway> gatewayRegistration;

    @Activate
    public ChannelsComponent(BundleContext context) {
        boolean demo = Boolean.parseBoolean(context.getProperty("motcua.demo"));
        Duration timeout = Duration.ofSeconds(Math.max(1, number(context, "motcua.channels.timeout.seconds", 10)));

        Optional<String> mailHost = property(context, "motcua.mail.host").or(() -> demo ? Optional.of("127.0.0.1") : Optional.empty());
        if (mailHost.isPresent()) {
            int port = (int) number(context, "motcua.mail.port", demo && property(context, "motcua.mail.host").isEmpty() ? 1025 : 25);
            String from = property(context, "motcua.mail.from").orElse(demo ? "motcua-demo@localhost" : null);
            if (from == null) {
                LOG.warn("e-mail channel stays off: motcua.mail.host is set but motcua.mail.from (the sender address) is not");
            } else {
                register(context, new SmtpTransport(new SmtpTransport.Settings(mailHost.get(), port, from,
                        property(context, "motcua.mail.user").orElse(null), property(context, "motcua.mail.password").orElse(null),
                        Boolean.parseBoolean(context.getProperty("motcua.mail.starttls")), timeout)));
                LOG.info("e-mail channel on: SMTP {}:{} from {}", mailHost.get(), port, from);
            }
        }

        long simulatorPort = number(context, "motcua.sms.simulator.port", demo ? 8099 : -1);
        if (simulatorPort >= 0) {
            try {
                simulator = SmsGatewaySimulator.start((int) simulatorPort);
                LOG.info("{} (GET lists the messages it received)", simulator);
            } catch (IOException e) {
                LOG.warn("SMS gateway simulator not started on port {}: {}", simulatorPort, e.getMessage());
            }
        }
        Optional<URI> sms = property(context, "motcua.sms.url").map(URI::create)
                .or(() -> Optional.ofNullable(simulator).map(SmsGatewaySimulator::uri));
        if (sms.isPresent()) {
            register(context, new HttpSmsTransport(sms.get(), property(context, "motcua.sms.token").orElse(null), timeout));
            LOG.info("SMS channel on: gateway {}", sms.get());
        }

        // National portal sync (decision 1132): the engine writes the pushes when motcua.dvcqg.enabled=true; they wait
        // in the outbox until the portal's address is configured.
        Optional<URI> dvcqg = property(context, "motcua.dvcqg.url").map(URI::create);
        if (dvcqg.isPresent()) {
            register(context, new DvcqgTransport(dvcqg.get(), property(context, "motcua.dvcqg.token").orElse(null), timeout));
            LOG.info("national portal (DVCQG) channel on: {}", dvcqg.get());
        } else if (Boolean.parseBoolean(context.getProperty("motcua.dvcqg.enabled"))) {
            LOG.warn("motcua.dvcqg.enabled=true but motcua.dvcqg.url is not set: status pushes wait in the outbox");
        }

        payments(context, demo, timeout);
    }

    /** The payment gateway and its refund transport (decision 1130); nothing unless online payment is enabled. */
    private void payments(BundleContext context, boolean demo, Duration timeout) {
        boolean enabled = property(context, "motcua.payment.enabled").map(Boolean::parseBoolean).orElse(demo);
        if (!enabled) {
            return;
        }
        // A secret belongs in the environment, not on the command line where `ps` shows it (docs/settings.md).
        Optional<String> secret = Optional.ofNullable(System.getenv("MOTCUA_PAYMENT_SECRET")).map(String::strip)
                .filter(s -> !s.isEmpty()).or(() -> property(context, "motcua.payment.secret"));
        long sandboxPort = number(context, "motcua.payment.sandbox.port", demo ? 8098 : -1);
        Optional<URI> url = property(context, "motcua.payment.url").map(u -> URI.create(u.endsWith("/") ? u : u + "/"));
        if (sandboxPort >= 0) {
            // Only the sandbox and this adapter, in one process, need a secret nobody configured: a fresh one per start.
            String sandboxSecret = secret.orElseGet(() -> java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID());
            try {
                sandbox = PaymentSandbox.start((int) sandboxPort, sandboxSecret);
                LOG.info("{} (GET {}transactions lists payments and refunds)", sandbox, sandbox.uri());
                if (url.isEmpty()) {
                    url = Optional.of(sandbox.uri());
                    secret = Optional.of(sandboxSecret);
                }
            } catch (IOException e) {
                LOG.warn("payment gateway sandbox not started on port {}: {}", sandboxPort, e.getMessage());
            }
        }
        if (url.isEmpty() || secret.isEmpty()) {
            LOG.warn("online payment has no gateway: set motcua.payment.url and motcua.payment.secret (or motcua.payment.sandbox.port)");
            return;
        }
        SandboxPaymentGateway gateway;
        try {
            gateway = new SandboxPaymentGateway(url.get(), secret.get());
        } catch (IllegalArgumentException e) {
            LOG.warn("online payment has no gateway: {}", e.getMessage());
            return;
        }
        gatewayRegistration = context.registerService(PaymentGateway.class, gateway, new Hashtable<>());
        register(context, new PaymentRefundTransport(gateway, timeout));
        LOG.info("online payment on: gateway {}", url.get());
    }

    private void register(BundleContext context, Transport t) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("motcua.channel", t.channel());
        registrations.add(context.registerService(Transport.class, t, props));
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<Transport> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        if (gatewayRegistration != null) {
            try {
                gatewayRegistration.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        if (simulator != null) {
            simulator.close();
        }
        if (sandbox != null) {
            sandbox.close();
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
