/** The admin console's pages of editions and imports: the editions, the import runs, one run with its diff samples. */
package id.wilayah.admin.editions;
