/** Admin REST API for admin-scoped keys ({@code @AdminScoped}): keys, imports and edition activation. */
package id.wilayah.api.admin;
