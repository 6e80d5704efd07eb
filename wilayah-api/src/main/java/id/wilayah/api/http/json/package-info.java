/** JSON reading and writing: JSON-B configuration, streamed arrays, kept list bodies, the nesting limit of bodies. */
package id.wilayah.api.http.json;
