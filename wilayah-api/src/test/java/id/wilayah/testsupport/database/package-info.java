/**
 * The integration tests' MariaDB read and written directly, so a check does not depend on the read model or the API
 * under test, and a fixture can be set up the API has no operation for.
 */
package id.wilayah.testsupport.database;
