/** The durable record of one import run. */
package id.wilayah.domain.importrun;
