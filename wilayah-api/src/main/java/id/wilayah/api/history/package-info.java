/**
 * A region's timeline through the retained editions ({@code GET /api/{level}/{code}/history}), in the editions' own
 * codes: a history is about how codes changed, so it is never translated into another code system.
 */
package id.wilayah.api.history;
