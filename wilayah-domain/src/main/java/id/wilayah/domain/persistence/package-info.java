/** EclipseLink settings shared by all entities. */
package id.wilayah.domain.persistence;
