/**
 * The admin console's Faces backing beans of keys, administrators, the audit log and the login, one per page, and what
 * every page uses (the signed-in administrator, messages, display formats).
 */
package id.wilayah.admin.web;
