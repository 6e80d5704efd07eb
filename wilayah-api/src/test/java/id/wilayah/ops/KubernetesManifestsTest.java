package id.wilayah.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.wilayah.domain.client.AddressRange;
import id.wilayah.domain.client.AddressRanges;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker/kubernetes, read with fabric8's Kubernetes model, against what the image and the application really read and
 * serve: probes on the health endpoints and the port the image serves on, configuration keys the application reads,
 * credentials from the Secret only, a start-up budget above the measured first start, memory above the heap.
 */
class KubernetesManifestsTest {
    private static final Path ROOT = Path.of(System.getProperty("wilayah.repository-root"));
    private static final Path BASE = ROOT.resolve("docker/kubernetes/base");
    private static final Path FIRST_START = ROOT.resolve("docker/kubernetes/first-start");

    private static KubernetesManifests manifests;
    private static ImageFacts image;
    private static ApplicationSettings settings;
    private static Deployment deployment;
    private static Container container;
    private static ConfigMap configMap;
    private static Secret secret;

    @BeforeAll
    static void read() throws IOException {
        manifests = KubernetesManifests.read(BASE);
        image = ImageFacts.read(ROOT.resolve("docker"));
        settings = ApplicationSettings.of(ROOT);
        deployment = manifests.one(Deployment.class);
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), "one container per pod");
        container = containers.get(0);
        configMap = manifests.one(ConfigMap.class);
        secret = manifests.one(Secret.class);
    }

    @Test
    void everyObjectIsOneKubernetesKnowsExceptTheServiceMonitor() {
        for (HasMetadata object : manifests.all()) {
            if (object instanceof GenericKubernetesResource custom) {
                assertEquals("monitoring.coreos.com/v1", custom.getApiVersion(), manifests.fileOf(object)
                        + ": kind " + custom.getKind() + " is not one of Kubernetes' own, nor the Prometheus Operator's");
                assertEquals("ServiceMonitor", custom.getKind(), manifests.fileOf(object));
            }
            assertNotNull(object.getMetadata().getName(), manifests.fileOf(object) + " has no name");
        }
    }

    @Test
    void kustomizeAppliesEveryManifestButTheTemplates() throws IOException {
        Set<String> listed = resources(BASE);
        for (String resource : listed) {
            assertTrue(Files.isRegularFile(BASE.resolve(resource)), "kustomization.yaml lists a missing " + resource);
        }
        String secretFile = manifests.fileOf(secret);
        assertFalse(listed.contains(secretFile), secretFile + " is a template with placeholders: applying the"
                + " directory again would reset the real database password");
        String serviceMonitorFile = manifests.fileOf(manifests.custom("ServiceMonitor"));
        assertFalse(listed.contains(serviceMonitorFile),
                serviceMonitorFile + " needs the Prometheus Operator's CRD: optional, applied on its own");
        Set<String> unlisted = new TreeSet<>(manifests.byFile().keySet());
        unlisted.removeAll(listed);
        assertEquals(new TreeSet<>(Set.of(secretFile, serviceMonitorFile)), unlisted,
                "manifests kustomization.yaml leaves out");
        assertTrue(secret.getStringData().values().stream().allMatch(value -> value.startsWith("REPLACE-ME")),
                "the Secret template holds placeholders only, marked REPLACE-ME: " + secret.getStringData().keySet());
    }

    @Test
    void theFirstStartRunsOneReplicaOfTheSameDeployment() throws IOException {
        JsonNode overlay = kustomization(FIRST_START);
        Set<Path> bases = new TreeSet<>();
        overlay.path("resources").forEach(resource -> bases.add(FIRST_START.resolve(resource.asText()).normalize()));
        assertEquals(Set.of(BASE), bases, "first-start applies the base and nothing else");
        JsonNode replicas = overlay.path("replicas");
        assertEquals(1, replicas.size());
        assertEquals(deployment.getMetadata().getName(), replicas.get(0).path("name").asText());
        assertEquals(1, replicas.get(0).path("count").asInt());
        assertTrue(deployment.getSpec().getReplicas() > 1, "the base runs several replicas");
    }

    @Test
    void probesAskTheHealthEndpointsTheApplicationServes() throws IOException {
        String root = image.healthRoot();
        assertEquals(image.healthCheck().getPath(), container.getReadinessProbe().getHttpGet().getPath(),
                "readiness is what the image's own health check asks");
        assertEquals(root + "/ready", container.getReadinessProbe().getHttpGet().getPath());
        assertFalse(annotatedChecks("Readiness").isEmpty(), "no @Readiness check: readiness would always be UP");
        assertEquals(root + "/live", container.getLivenessProbe().getHttpGet().getPath());
        assertNotEquals(container.getReadinessProbe().getHttpGet().getPath(),
                container.getLivenessProbe().getHttpGet().getPath(),
                "liveness must not include the database check, or a database outage restarts every pod");
        annotatedChecks("Liveness").forEach((check, source) -> assertFalse(source.contains("DataSource"),
                check + " is a liveness check that asks the database: an outage would restart every pod"));
        assertEquals(root + "/ready", container.getStartupProbe().getHttpGet().getPath(),
                "the start-up ends when the pod serves data; a failed deployment never gets there and is restarted");
    }

    @Test
    void probesContainerAndServiceUseThePortTheImageServesOn() {
        int served = image.servedPort(environment());
        assertEquals(image.exposedPort(), served, "the Dockerfile exposes the port the start script serves on");
        assertEquals(served, image.healthCheck().getPort());
        List<ContainerPort> ports = container.getPorts();
        assertEquals(1, ports.size());
        assertEquals(served, ports.get(0).getContainerPort());
        for (Probe probe : List.of(container.getStartupProbe(), container.getReadinessProbe(),
                container.getLivenessProbe())) {
            assertEquals(served, containerPort(probe.getHttpGet().getPort()), "probe " + probe.getHttpGet().getPath());
        }
        Service service = manifests.one(Service.class);
        assertEquals(podLabels(), service.getSpec().getSelector(), "the Service selects the Deployment's pods");
        for (ServicePort port : service.getSpec().getPorts()) {
            assertEquals(served, containerPort(port.getTargetPort()), "Service port " + port.getName());
        }
    }

    @Test
    void prometheusScrapesTheMetricsPathThroughTheServicesPort() throws IOException {
        GenericKubernetesResource monitor = manifests.custom("ServiceMonitor");
        Map<String, Object> spec = monitor.get("spec");
        assertEquals(podLabels(), monitor.get("spec", "selector", "matchLabels"),
                "the ServiceMonitor selects the Service by its labels");
        assertEquals(manifests.one(Service.class).getMetadata().getLabels(), podLabels());
        List<Map<String, Object>> endpoints = monitor.get("spec", "endpoints");
        assertFalse(endpoints == null || endpoints.isEmpty(), "no endpoints in " + spec);
        Set<String> servicePorts = new TreeSet<>();
        manifests.one(Service.class).getSpec().getPorts().forEach(port -> servicePorts.add(port.getName()));
        String metricsPath = metricsFilterPath();
        for (Map<String, Object> endpoint : endpoints) {
            assertTrue(servicePorts.contains(String.valueOf(endpoint.get("port"))), "port " + endpoint.get("port"));
            assertEquals(metricsPath, endpoint.get("path"));
        }
    }

    @Test
    void inClusterScrapersAreLetInAndOutsideClientsComeThroughATrustedProxy() throws IOException {
        String scrapersVariable = ApplicationSettings.environmentVariable(
                settings.keyInjectedIn(ROOT, "ScraperAddresses"));
        String proxiesVariable = ApplicationSettings.environmentVariable(
                settings.keyInjectedIn(ROOT, "TrustedProxies"));
        Map<String, String> data = configMap.getData();
        assertTrue(data.containsKey(scrapersVariable), "the ConfigMap sets " + scrapersVariable);
        AddressRanges scrapers = AddressRanges.parse(data.get(scrapersVariable));
        AddressRanges proxies = AddressRanges.parse(data.getOrDefault(proxiesVariable, ""));
        assertFalse(scrapers.ranges().isEmpty(), scrapersVariable + " lets no scraper in without a key");
        for (AddressRange scraper : scrapers.ranges()) {
            InetAddress network = InetAddress.getByAddress(scraper.network());
            assertTrue(proxies.ranges().stream().anyMatch(proxy -> proxy.prefixBits() <= scraper.prefixBits()
                    && proxy.contains(network)), "a client reaching the pods from " + network.getHostAddress() + "/"
                    + scraper.prefixBits() + " could read /metrics unless it is a trusted proxy (" + proxiesVariable
                    + ") whose forwarded client address counts");
        }
    }

    @Test
    void everyConfigMapAndSecretKeyIsASettingTheApplicationReads() {
        Set<String> known = settings.environmentVariables();
        assertTrue(settings.configKeys().size() > 20, "too few config keys found in the sources: " + known);
        Map<String, String> given = new TreeMap<>(configMap.getData());
        secret.getStringData().forEach(given::put);
        if (secret.getData() != null) {
            secret.getData().forEach(given::put);
        }
        if (container.getEnv() != null) {
            container.getEnv().forEach(variable -> given.put(variable.getName(), variable.getValue()));
        }
        for (String key : given.keySet()) {
            assertTrue(known.contains(key), key + " is not an environment variable the application or"
                    + " entrypoint.sh reads");
        }
        Set<String> fromReferences = new TreeSet<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            assertTrue(source.getPrefix() == null || source.getPrefix().isEmpty(), "a prefix renames every key");
            if (source.getConfigMapRef() != null) {
                fromReferences.add("ConfigMap " + source.getConfigMapRef().getName());
            }
            if (source.getSecretRef() != null) {
                fromReferences.add("Secret " + source.getSecretRef().getName());
            }
        }
        assertEquals(Set.of("ConfigMap " + configMap.getMetadata().getName(), "Secret " + secret.getMetadata().getName()),
                fromReferences, "the container takes its environment from the ConfigMap and the Secret");
    }

    @Test
    void databaseCredentialsComeFromTheSecretAndTheRestFromTheConfigMap() {
        Set<String> credentials = new TreeSet<>();
        for (String attribute : List.of("user", "password")) {
            credentials.add(ApplicationSettings.environmentVariable(settings.dataSourceKey(attribute)
                    .orElseThrow(() -> new AssertionError("the data source no longer reads its " + attribute))));
        }
        assertEquals(credentials, secret.getStringData().keySet(), "the Secret holds the credentials, only them");
        for (String credential : credentials) {
            assertFalse(configMap.getData().containsKey(credential), credential + " in the ConfigMap");
            assertTrue(container.getEnv() == null || container.getEnv().stream().map(EnvVar::getName)
                    .noneMatch(credential::equals), credential + " written into the Deployment");
        }
        String url = ApplicationSettings.environmentVariable(settings.dataSourceKey("url").orElseThrow());
        assertTrue(configMap.getData().containsKey(url), "the ConfigMap names the database: " + url);
    }

    @Test
    void whatTheStartScriptRequiresIsGivenAndItsHomeIsAWritableVolume() {
        Map<String, String> environment = environment();
        for (String required : ApplicationSettings.requiredScriptVariables(image.script())) {
            assertTrue(environment.containsKey(required) || image.environment().containsKey(required),
                    "entrypoint.sh refuses to start without " + required);
        }
        String home = environment.getOrDefault("WILAYAH_HOME", image.environment().get("WILAYAH_HOME"));
        List<String> mounts = new ArrayList<>();
        for (VolumeMount mount : container.getVolumeMounts()) {
            if (!Boolean.TRUE.equals(mount.getReadOnly())) {
                mounts.add(mount.getMountPath());
            }
        }
        assertTrue(mounts.contains(home), "WILAYAH_HOME " + home + " is a volume: " + mounts);
    }

    @Test
    void theStartupProbeOutlastsTheMeasuredFirstStart() throws IOException {
        List<Double> measured = Measurements.firstStartSeconds(ROOT);
        assertFalse(measured.isEmpty(), "no first start recorded in wilayah-api/benchmarks/start-up.md");
        double longest = Collections.max(measured);
        Probe startup = container.getStartupProbe();
        int budget = orZero(startup.getInitialDelaySeconds())
                + startup.getFailureThreshold() * startup.getPeriodSeconds();
        assertTrue(budget >= longest, "startup probe budget " + budget + " s < measured first start " + longest + " s");
        assertTrue(startup.getTimeoutSeconds() <= startup.getPeriodSeconds(), "a probe outlasting its period");
    }

    @Test
    void theMemoryLimitLeavesRoomAboveTheHeap() throws IOException {
        long heap = Measurements.maxHeapBytes(image.javaOptions(environment()));
        long needed = heap + Measurements.outsideHeapBytes(ROOT);
        Map<String, Quantity> limits = container.getResources().getLimits();
        Map<String, Quantity> requests = container.getResources().getRequests();
        assertNotNull(limits.get("memory"), "no memory limit");
        long limit = Quantity.getAmountInBytes(limits.get("memory")).longValueExact();
        long request = Quantity.getAmountInBytes(requests.get("memory")).longValueExact();
        assertTrue(limit >= needed, "memory limit " + limit + " below heap " + heap + " plus what the JVM needs"
                + " outside it (" + needed + ")");
        assertTrue(request >= needed && request <= limit, "memory request " + request + " outside " + needed + ".."
                + limit);
        assertNotNull(requests.get("cpu"), "no CPU request");
    }

    @Test
    void aNodeDrainOrARolloutKeepsReplicasServing() {
        PodDisruptionBudget budget = manifests.one(PodDisruptionBudget.class);
        assertEquals(podLabels(), budget.getSpec().getSelector().getMatchLabels(), "the budget covers the pods");
        int replicas = deployment.getSpec().getReplicas();
        IntOrString maxUnavailable = budget.getSpec().getMaxUnavailable();
        IntOrString minAvailable = budget.getSpec().getMinAvailable();
        assertTrue(maxUnavailable == null ^ minAvailable == null, "one of maxUnavailable and minAvailable");
        int mayGo = maxUnavailable != null ? maxUnavailable.getIntVal() : replicas - minAvailable.getIntVal();
        assertTrue(mayGo >= 1 && mayGo < replicas, mayGo + " of " + replicas + " may be evicted at once");
        assertEquals(0, deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal(),
                "a rollout starts the new pod before it stops an old one");
    }

    @Test
    void aStoppingPodHasTheTimeToWriteItsClassDataArchive() {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        long grace = pod.getTerminationGracePeriodSeconds();
        long pause = 0;
        if (container.getLifecycle() != null && container.getLifecycle().getPreStop() != null) {
            List<String> command = container.getLifecycle().getPreStop().getExec().getCommand();
            assertEquals("sleep", command.get(0));
            pause = Long.parseLong(command.get(1));
        }
        assertTrue(grace - pause >= image.composeStopGraceSeconds(), "after the preStop pause " + (grace - pause)
                + " s remain, compose.yaml gives " + image.composeStopGraceSeconds() + " s");
    }

    private static Map<String, String> podLabels() {
        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertEquals(labels, deployment.getSpec().getSelector().getMatchLabels());
        return labels;
    }

    /** The container's environment as the pod sees it: the ConfigMap's and Secret's keys, then its own env. */
    private static Map<String, String> environment() {
        Map<String, String> environment = new TreeMap<>(configMap.getData());
        environment.putAll(secret.getStringData());
        if (container.getEnv() != null) {
            container.getEnv().forEach(variable -> environment.put(variable.getName(), variable.getValue()));
        }
        return environment;
    }

    /** The container port a probe or Service names, by number or by the container port's name. */
    private static int containerPort(IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(candidate -> port.getStrVal().equals(candidate.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }

    /** Sources of the application's MicroProfile Health checks of the kind (Readiness, Liveness), by file name. */
    private static Map<String, String> annotatedChecks(String kind) throws IOException {
        Map<String, String> checks = new TreeMap<>();
        try (var files = Files.walk(ROOT)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")
                    && path.toString().contains("/src/main/java/")).toList()) {
                String text = Files.readString(file);
                if (text.contains("import org.eclipse.microprofile.health." + kind + ";")
                        && text.contains("@" + kind)) {
                    checks.put(file.getFileName().toString(), text);
                }
            }
        }
        return checks;
    }

    /** The path the application's metrics access filter guards, which is where Payara serves /metrics. */
    private static String metricsFilterPath() throws IOException {
        Path filter = ROOT.resolve("wilayah-api/src/main/java/id/wilayah/api/metrics/MetricsAccessFilter.java");
        Matcher pattern = Pattern.compile("@WebFilter\\(urlPatterns = \\{\"([^\"]+)\"").matcher(Files.readString(filter));
        assertTrue(pattern.find(), "MetricsAccessFilter no longer names its path");
        return pattern.group(1);
    }

    private static Set<String> resources(Path directory) throws IOException {
        Set<String> resources = new TreeSet<>();
        kustomization(directory).path("resources").forEach(resource -> resources.add(resource.asText()));
        return resources;
    }

    private static JsonNode kustomization(Path directory) throws IOException {
        List<JsonNode> documents = KubernetesManifests.documents(directory.resolve(KubernetesManifests.KUSTOMIZATION));
        assertEquals(1, documents.size());
        return documents.get(0);
    }

    private static int orZero(Integer seconds) {
        return seconds == null ? 0 : seconds;
    }
}
