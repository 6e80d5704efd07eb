/** The audit log of administrative actions. */
package id.wilayah.domain.audit;
