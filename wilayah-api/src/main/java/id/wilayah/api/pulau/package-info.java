/**
 * The islands of an edition at {@code /api/pulau} (CONTRACT §7): a list filtered by regency, name, inhabited and
 * outermost, paged like the other long native lists, and one island with its regency and province, answered from the
 * snapshot in memory. Island codes exist in one code system only (Kemendagri's island list; BPS codes no islands), so
 * an island's own {@code code} is the same for every key, while its {@code kota_code}, {@code kota} and
 * {@code provinsi} follow the key's code system like every other region code.
 */
package id.wilayah.api.pulau;
