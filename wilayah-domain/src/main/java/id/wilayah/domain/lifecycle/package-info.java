/** Start-up and running of the domain on one or several nodes: Liquibase migration, the home directory, first-start credentials, and polling the database for changes made by other nodes. */
package id.wilayah.domain.lifecycle;
