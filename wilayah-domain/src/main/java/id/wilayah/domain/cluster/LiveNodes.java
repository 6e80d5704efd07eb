package id.wilayah.domain.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nodes serving from the same database, known from the heartbeat each writes at its cluster poll. A node is live
 * while its last beat is younger than {@code wilayah.cluster.node-timeout-seconds} by the database's clock; this node
 * always counts itself, and keeps the last count while the database is unreachable.
 */
@ApplicationScoped
public class LiveNodes {
    /** Rows of nodes gone for longer than this are removed when a node starts. */
    private static final int FORGET_AFTER_HOURS = 24;
    private static final int MAX_NODE_ID_LENGTH = 64;

    /**
     * Stays the same across restarts of one server (the start script derives it from host name and HTTP port), so a
     * restarted node recognises the imports it was running when it stopped. Each node needs its own.
     */
    @Inject
    @ConfigProperty(name = "wilayah.cluster.node-id")
    Optional<String> configuredNodeId;

    private String nodeId;

    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "wilayah.cluster.node-timeout-seconds", defaultValue = "5")
    int timeoutSeconds;

    private volatile int count = 1;

    @PostConstruct
    void identify() {
        nodeId = configuredNodeId.filter(id -> !id.isBlank()).orElseGet(() -> UUID.randomUUID().toString());
        if (nodeId.length() > MAX_NODE_ID_LENGTH) {
            throw new IllegalStateException("wilayah.cluster.node-id is longer than " + MAX_NODE_ID_LENGTH
                    + " characters: " + nodeId);
        }
    }

    public String nodeId() {
        return nodeId;
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    public int count() {
        return count;
    }

    /** Stamps this node's heartbeat and counts the live nodes. */
    @Transactional
    public int beat() {
        em.createNativeQuery("insert into node_heartbeat (node_id, beat_at) values (?, now(3))"
                + " on duplicate key update beat_at = now(3)").setParameter(1, nodeId).executeUpdate();
        Number live = (Number) em.createNativeQuery("select count(*) from node_heartbeat"
                + " where beat_at > now(3) - interval ? second").setParameter(1, timeoutSeconds).getSingleResult();
        count = Math.max(1, live.intValue());
        return count;
    }

    /** At start: forgets nodes long gone (killed ones never said goodbye). */
    @Transactional
    public void forgetLongGone() {
        em.createNativeQuery("delete from node_heartbeat where beat_at < now(3) - interval ? hour")
                .setParameter(1, FORGET_AFTER_HOURS).executeUpdate();
    }

    /** At a clean stop: the other nodes take over this node's share at their next poll. */
    @Transactional
    public void leave() {
        em.createNativeQuery("delete from node_heartbeat where node_id = ?").setParameter(1, nodeId).executeUpdate();
    }
}
