/** JSON writing: JSON-B configuration, streamed arrays and kept list bodies. */
package id.wilayah.api.http.json;
