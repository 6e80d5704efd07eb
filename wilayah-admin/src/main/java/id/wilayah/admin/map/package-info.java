/**
 * The console's map: a region's boundary and its children's drawn with Leaflet, and the regions under a clicked point,
 * served as JSON to the console session (no API key in the browser) from the same read models as the API.
 */
package id.wilayah.admin.map;
