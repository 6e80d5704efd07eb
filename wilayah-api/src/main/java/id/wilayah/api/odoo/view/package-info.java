/** The JSON shapes of the native surface's lists (items, search groups) and the building of every shape, details too. */
package id.wilayah.api.odoo.view;
