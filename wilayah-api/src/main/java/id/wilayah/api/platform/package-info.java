/** The application's MariaDB data source, configured through MicroProfile Config. */
package id.wilayah.api.platform;
