/**
 * Who may use the admin console: form login against administrators, the login throttle, session settings, the end of
 * stale sessions, forced password change, security headers.
 */
package id.wilayah.admin.security;
