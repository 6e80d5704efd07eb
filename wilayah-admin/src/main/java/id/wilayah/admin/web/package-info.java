/** The admin console's Faces backing beans, one per page. */
package id.wilayah.admin.web;
