/** Failures the domain reports to its callers, each with its kind. */
package id.wilayah.domain.failure;
