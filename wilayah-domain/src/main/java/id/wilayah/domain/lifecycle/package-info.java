/** Start-up of the domain: database migration by Liquibase, the home directory, first-start credentials. */
package id.wilayah.domain.lifecycle;
