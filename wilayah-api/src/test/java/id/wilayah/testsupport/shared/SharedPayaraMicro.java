package id.wilayah.testsupport.shared;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's adapter, keeping the server of a shareable deployment running after its class, for the next class
 * that deploys one. A kept server that no longer answers its liveness check is replaced by a fresh start, so a class
 * that brought it down costs the next one a start, not its tests. A deployment that wants a server of its own gets
 * one beside the kept server, stopped after its class.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {
    private static final Duration LIVENESS_TIMEOUT = Duration.ofSeconds(10);

    private final PayaraMicroDeployableContainer shared = new PayaraMicroDeployableContainer();
    private PayaraMicroContainerConfiguration configuration;
    private Archive<?> kept;
    private ProtocolMetaData keptMetaData;
    private PayaraMicroDeployableContainer own;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return shared.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
        shared.setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        shared.start();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return shared.getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (!SharedDeployments.shareable(archive)) {
            own = new PayaraMicroDeployableContainer();
            own.setup(configuration);
            return own.deploy(archive);
        }
        if (kept != null && isLive(keptMetaData)) {
            return keptMetaData;
        }
        stopKept();
        keptMetaData = shared.deploy(archive);
        kept = archive;
        return keptMetaData;
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (!SharedDeployments.shareable(archive) && own != null) {
            PayaraMicroDeployableContainer stopping = own;
            own = null;
            stopping.undeploy(archive);
        }
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopKept();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the shared Payara Micro", e);
        }
        shared.stop();
    }

    private void stopKept() throws DeploymentException {
        if (kept != null) {
            Archive<?> stopping = kept;
            kept = null;
            keptMetaData = null;
            shared.undeploy(stopping);
        }
    }
    private static boolean isLive(ProtocolMetaData metaData) {
        HTTPContext context = metaData.getContexts(HTTPContext.class).iterator().next();
        URI live = URI.create("http://127.0.0.1:" + context.getPort() + "/health/live");
        try {
            HttpResponse<Void> answer = HttpClient.newBuilder().connectTimeout(LIVENESS_TIMEOUT).build()
                    .send(HttpRequest.newBuilder(live).timeout(LIVENESS_TIMEOUT).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
