/** Who is calling: the client address behind the configured trusted proxies, for per-client limits. */
package id.wilayah.domain.client;
