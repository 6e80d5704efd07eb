/** Who may use the admin console: form login against administrators, session settings, forced password change, security headers. */
package id.wilayah.admin.security;
