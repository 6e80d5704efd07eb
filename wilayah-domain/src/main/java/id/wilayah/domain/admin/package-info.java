/** Console administrators: accounts, password hashing, login outcomes and lockout. */
package id.wilayah.domain.admin;
