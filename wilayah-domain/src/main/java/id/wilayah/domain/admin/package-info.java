/** Console administrators: accounts, password hashing, login outcomes. */
package id.wilayah.domain.admin;
