/** What keys do: a key's requests per minute, its limit shared by the live nodes, and the request counts kept per key. */
package id.wilayah.domain.keyuse;
