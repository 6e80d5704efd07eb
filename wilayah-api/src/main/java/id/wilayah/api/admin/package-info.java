/** Admin REST API: keys, imports, edition activation and diffs, for admin-scoped keys. */
package id.wilayah.api.admin;
