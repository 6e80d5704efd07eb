package id.wilayah.differential;

/**
 * One generated request, sent alike to both servers.
 *
 * @param route        what the report groups by: {@code /kabupaten}, {@code /kabupaten?code=} or
 *                     {@code /kabupaten/{code}}
 * @param pathAndQuery the request below the base URL, query already encoded
 */
record Probe(String route, String pathAndQuery) {
}
