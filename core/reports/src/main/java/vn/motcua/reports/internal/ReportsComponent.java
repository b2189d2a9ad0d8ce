package vn.motcua.reports.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.reports.IndicatorScore;
import vn.motcua.reports.Reports;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.PassLeases;
import vn.motcua.storage.FigureRow;
import vn.motcua.storage.HandoverFactRecord;
import vn.motcua.storage.OfficerFigures;
import vn.motcua.storage.ReportFigure;
import vn.motcua.storage.ReportFilter;
import vn.motcua.storage.ReportGrouping;
import vn.motcua.storage.ReportStore;

/**
 * The {@link Reports} service, with the roll-up on its own thread every {@code motcua.reports.intervalSeconds}
 * (default 30) off the engine's transactions (decision 1000). A failing pass is logged and retried at the next period;
 * it never stops the platform.
 */
@Component(service = Reports.class, immediate = true)
public final class ReportsComponent implements Reports {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsComponent.class);

    private final ReportsService service;
    private final PassLeases leases;
    private final Duration lease;
    /** This node's name in the lease table: host and a random part, unique per start. */
    private final String holder = hostName() + "/" + java.util.UUID.randomUUID();
    private final ScheduledExecutorService timer;

    @Activate
    public ReportsComponent(BundleContext context, @Reference DossierStore dossiers, @Reference ReportStore store,
                            @Reference WorkingCalendar calendar, @Reference PassLeases leases) {
        this.leases = leases;
        Clock clock = Clock.systemUTC();
        String config = context.getProperty("motcua.config.dir");
        long interval = Long.parseLong(Optional.ofNullable(context.getProperty("motcua.reports.intervalSeconds")).orElse("30"));
        this.lease = Duration.ofSeconds(3 * interval);
        RollUp rollUp = new RollUp(dossiers, store, new FactFolder(calendar, new StoredOnlineModes(dossiers)), clock,
                Duration.ofSeconds(5));
        this.service = new ReportsService(store, rollUp, IndicatorConfig.load(config == null ? null : Path.of(config)), clock);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua-reports-rollup");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::pass, 2, interval, TimeUnit.SECONDS);
    }

    private void pass() {
        try {
            // One node rolls up at a time (issue 14): two at once would fight over the same fact rows. The holder renews
            // at every pass; if it dies, another node takes over once the lease of three periods expired.
            if (!leases.tryHold("reports.rollup", holder, Instant.now(), lease)) {
                return;
            }
            service.rollUp();
        } catch (RuntimeException e) {
            LOG.warn("report roll-up failed; retried in the next period", e);
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    @Override
    public Optional<Instant> asOf() {
        return service.asOf();
    }

    @Override
    public void rollUp() {
        service.rollUp();
    }

    @Override
    public List<FigureRow> figures(ReportFilter filter, ReportGrouping grouping) {
        return service.figures(filter, grouping);
    }

    @Override
    public List<DossierFactRecord> dossiers(ReportFilter filter, ReportFigure figure, int offset, int limit) {
        return service.dossiers(filter, figure, offset, limit);
    }

    @Override
    public void eachDossier(ReportFilter filter, ReportFigure figure, int limit, java.util.function.Consumer<DossierFactRecord> row) {
        service.eachDossier(filter, figure, limit, row);
    }

    @Override
    public List<OfficerFigures> officers(ReportFilter filter, int limit) {
        return service.officers(filter, limit);
    }

    @Override
    public List<HandoverFactRecord> lateHandovers(ReportFilter filter, int limit) {
        return service.lateHandovers(filter, limit);
    }

    @Override
    public List<IndicatorScore> indicators(ReportFilter filter) {
        return service.indicators(filter);
    }
}
