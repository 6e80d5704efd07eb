/** Rules for text that people type or import as names: which characters a name may never hold. */
package id.wilayah.domain.text;
