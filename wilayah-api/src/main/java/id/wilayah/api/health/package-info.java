/** MicroProfile Health checks: the database, the read model and the web module. */
package id.wilayah.api.health;
