package vn.motcua.web.internal;

import org.apache.felix.http.jetty.ConnectorFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits Felix HTTP has no configuration property for (decision 1622): a minimum request body data rate, so a client
 * that trickles a body loses its connection (408) instead of holding a server thread for minutes, and a cap on open
 * network connections. Jetty's idle timeout is a framework property the launcher sets.
 *
 * <p>Felix HTTP calls every {@link ConnectorFactory} service with its running Jetty server; that is the one hook it
 * offers. This one tightens the {@link HttpConfiguration} of the connectors Felix made (Jetty reads it per request)
 * and hands back an in-memory {@link LocalConnector}, which opens no port, because Felix adds whatever it gets back.
 */
@Component(service = ConnectorFactory.class, immediate = true)
public final class SlowClientLimits implements ConnectorFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SlowClientLimits.class);

    private final long minBytesPerSecond;
    private final int maxConnections;

    @Activate
    public SlowClientLimits(BundleContext context) {
        this.minBytesPerSecond = longProperty(context, "motcua.http.minRequestBytesPerSecond", 1024);
        this.maxConnections = (int) longProperty(context, "motcua.http.maxConnections", 2000);
    }

    @Override
    public Connector createConnector(Server server) {
        for (Connector connector : server.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration config = http.getHttpConfiguration();
                config.setMinRequestDataRate(minBytesPerSecond);
                config.setDelayDispatchUntilContent(true); // no thread for a client that sent only headers
            }
        }
        NetworkConnectionLimit limit = new NetworkConnectionLimit(maxConnections, server);
        server.addBean(limit, true);
        try {
            if (!limit.isStarted()) {
                limit.start();
            }
        } catch (Exception e) {
            LOG.warn("the cap of {} connections could not be applied: {}", maxConnections, e.getMessage());
        }
        LOG.info("HTTP limits: request bodies at least {} bytes/s, at most {} connections", minBytesPerSecond, maxConnections);
        return new LocalConnector(server);
    }

    private static long longProperty(BundleContext context, String name, long fallback) {
        String v = context.getProperty(name);
        try {
            return v == null || v.isBlank() ? fallback : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            LOG.warn("{}={} is not a whole number; using {}", name, v, fallback);
            return fallback;
        }
    }
}
