/** The JSON shapes of the native surface (items, details with their parents, search groups) and their building. */
package id.wilayah.api.odoo.view;
