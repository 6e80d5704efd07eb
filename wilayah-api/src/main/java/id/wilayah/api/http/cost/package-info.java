/**
 * Cost control for the expensive reads (diff, CSV export, fuzzy search): a bounded number run at once, per key and
 * overall, and the rest are refused at once with Retry-After rather than queued, so the cheap reads keep their latency.
 */
package id.wilayah.api.http.cost;
