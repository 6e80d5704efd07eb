package id.wilayah.api.metrics;

import id.wilayah.domain.apikey.KeyGrant;
import id.wilayah.domain.cluster.LiveNodes;
import id.wilayah.domain.importrun.ImportStatus;
import id.wilayah.domain.lifecycle.ClusterSync;
import id.wilayah.domain.readmodel.RegionDirectory;
import id.wilayah.importer.run.ImportRunEnded;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Wilayah's metrics in MicroProfile Metrics' application registry, which Payara serves at /metrics as Prometheus
 * text. A request costs one map look-up of its timer (and of its key's counter): the metric objects are created once
 * per endpoint, status and key, never per request. Labels carry templates and key names only, never a raw path, a
 * query or a secret, so their number stays bounded by the API's endpoints and the keys an admin created.
 */
@ApplicationScoped
public class WilayahMetrics {
    static final String REQUESTS = "wilayah_requests";
    static final String KEY_REQUESTS = "wilayah_key_requests";
    static final String REFUSALS = "wilayah_refused_requests";
    static final String ACTIVE_EDITION = "wilayah_active_edition";
    static final String IMPORT_RUNS = "wilayah_import_runs";
    static final String CLUSTER_POLL_LAG = "wilayah_cluster_poll_lag_seconds";
    static final String LIVE_NODES = "wilayah_cluster_live_nodes";

    /*
     * A timer records nanoseconds whatever the metadata says; the exporter converts from the declared unit to seconds,
     * so declaring seconds exported every duration a billion times too large (a 11 ms request as 1.1E7 s).
     */
    private static final Metadata REQUESTS_METADATA = Metadata.builder().withName(REQUESTS)
            .withDescription("Requests by surface, endpoint template, method and status; time to the response head")
            .withUnit(MetricUnits.NANOSECONDS).build();
    private static final Metadata KEY_REQUESTS_METADATA = Metadata.builder().withName(KEY_REQUESTS)
            .withDescription("Requests admitted per API key (its name and id, never its secret)").build();
    private static final Metadata REFUSALS_METADATA = Metadata.builder().withName(REFUSALS)
            .withDescription("Requests refused with 401 (no valid key) or 429 (over a limit)").build();
    private static final Metadata ACTIVE_EDITION_METADATA = Metadata.builder().withName(ACTIVE_EDITION)
            .withDescription("1 for the edition this node serves").build();
    private static final Metadata IMPORT_RUNS_METADATA = Metadata.builder().withName(IMPORT_RUNS)
            .withDescription("Import runs ended on this node, by final status, with their durations")
            .withUnit(MetricUnits.NANOSECONDS).build();
    private static final Metadata CLUSTER_POLL_LAG_METADATA = Metadata.builder().withName(CLUSTER_POLL_LAG)
            .withDescription("Seconds since this node last read the other nodes' changes from the database")
            .withUnit(MetricUnits.SECONDS).build();
    private static final Metadata LIVE_NODES_METADATA = Metadata.builder().withName(LIVE_NODES)
            .withDescription("Nodes with a recent heartbeat, this one included; each key's rate limit is shared by them")
            .build();

    @Inject
    MetricRegistry registry;

    @Inject
    RegionDirectory directory;

    @Inject
    ClusterSync clusterSync;

    @Inject
    LiveNodes liveNodes;

    private final Map<RequestKind, Timer> requests = new ConcurrentHashMap<>();
    private final Map<Long, Counter> keys = new ConcurrentHashMap<>();
    private volatile String activeEdition;

    @PostConstruct
    void registerNodeMetrics() {
        for (ImportStatus status : ImportStatus.values()) {
            if (status.finished()) {
                registry.timer(IMPORT_RUNS_METADATA, new Tag("status", status.name()));
            }
        }
        registry.gauge(CLUSTER_POLL_LAG_METADATA, clusterSync, sync -> sync.sinceLastPoll().toMillis() / 1000.0);
        registry.gauge(LIVE_NODES_METADATA, liveNodes, LiveNodes::count);
        for (String status : new String[] {"401", "429"}) {
            for (String surface : new String[] {RequestMetricsFilter.NATIVE, RequestMetricsFilter.NUSANTARA}) {
                registry.counter(REFUSALS_METADATA, new Tag("surface", surface), new Tag("status", status));
            }
        }
    }

    void request(RequestKind kind, long nanos, KeyGrant grant) {
        requests.computeIfAbsent(kind, this::timer).update(Duration.ofNanos(nanos));
        if (kind.status() == 401 || kind.status() == 429) {
            registry.counter(REFUSALS_METADATA, new Tag("surface", kind.surface()),
                    new Tag("status", Integer.toString(kind.status()))).inc();
        }
        if (grant != null) {
            keys.computeIfAbsent(grant.keyId(), id -> registry.counter(KEY_REQUESTS_METADATA,
                    new Tag("key", LabelValue.of(grant.name())), new Tag("key_id", Long.toString(id)))).inc();
        }
    }

    private Timer timer(RequestKind kind) {
        return registry.timer(REQUESTS_METADATA, new Tag("surface", kind.surface()),
                new Tag("endpoint", kind.endpoint()), new Tag("method", kind.method()),
                new Tag("status", Integer.toString(kind.status())));
    }

    /** Brings the active-edition gauge up to date: its label changes with the edition, so it is re-registered. */
    void beforeScrape() {
        String serving = directory.currentIfLoaded().map(snapshot -> snapshot.edition().name()).orElse(null);
        String shown = activeEdition;
        if (serving == null || serving.equals(shown)) {
            return;
        }
        synchronized (this) {
            if (serving.equals(activeEdition)) {
                return;
            }
            if (activeEdition != null) {
                registry.remove(new MetricID(ACTIVE_EDITION, new Tag("edition", LabelValue.of(activeEdition))));
            }
            registry.gauge(ACTIVE_EDITION_METADATA, () -> 1, new Tag("edition", LabelValue.of(serving)));
            activeEdition = serving;
        }
    }

    void importRunEnded(@Observes ImportRunEnded run) {
        registry.timer(IMPORT_RUNS_METADATA, new Tag("status", run.status())).update(run.elapsed());
    }
}
