package id.wilayah.domain.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Lets a query fail at once when the database is unreachable. EclipseLink's default retries a read twice after a lost
 * connection, waiting 5 s before each, so during a MariaDB outage every request that needs the database (a key not yet
 * cached, an admin call) held its HTTP thread for 10 s before its 503; enough such requests would use up the threads
 * that answer reads from memory. The retry buys nothing here: the container pool validates each connection it hands
 * out and replaces all of them after a failure (DataSourceConfiguration).
 */
public class NoQueryRetry implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        ((DatabaseLogin) session.getDatasourceLogin()).setQueryRetryAttemptCount(0);
    }
}
