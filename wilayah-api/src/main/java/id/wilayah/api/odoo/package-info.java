/** The native, Odoo-add-on-compatible surface under /api. */
package id.wilayah.api.odoo;
