/** The native surface's shapes of one region with its parents (a detail), each parent a code and a name. */
package id.wilayah.api.odoo.view.detail;
