package id.wilayah.api.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source. URL, user and password come from MicroProfile Config, so WILAYAH_DB_URL,
 * WILAYAH_DB_USER and WILAYAH_DB_PASSWORD in the environment override the defaults.
 * <p>
 * Pooled connections are validated when handed out, and one that fails closes all of them: after MariaDB restarts,
 * every pooled connection is dead, and without this the pool would hand them out for ever (readiness stayed DOWN and
 * key look-ups failed long after the database was back).
 * <p>
 * The pool holds local-transaction connections, never XA ones ({@link LocalTransactionDataSource} says why).
 */
@Singleton
@DataSourceDefinition(
        name = "java:app/jdbc/wilayah",
        className = "id.wilayah.api.platform.LocalTransactionDataSource",
        url = "${MPCONFIG=wilayah.db.url}",
        user = "${MPCONFIG=wilayah.db.user}",
        password = "${MPCONFIG=wilayah.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
public class DataSourceConfiguration {
}
