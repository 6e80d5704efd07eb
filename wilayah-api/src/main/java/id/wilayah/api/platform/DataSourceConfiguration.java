package id.wilayah.api.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source. URL, user and password come from MicroProfile Config, so WILAYAH_DB_URL,
 * WILAYAH_DB_USER and WILAYAH_DB_PASSWORD in the environment override the defaults.
 */
@Singleton
@DataSourceDefinition(
        name = "java:app/jdbc/wilayah",
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=wilayah.db.url}",
        user = "${MPCONFIG=wilayah.db.user}",
        password = "${MPCONFIG=wilayah.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
public class DataSourceConfiguration {
}
