/**
 * Cost control for the expensive reads (diff, CSV export, fuzzy search, bulk crosswalk and bulk resolution): a bounded
 * number run at once, per key and overall, and the rest are refused at once with Retry-After rather than queued, so the
 * cheap reads keep their latency. The overall limit counts answers being computed, not answers being written: a write
 * to a client lasts as long as that client takes to read, and a client that stops reading would otherwise keep every
 * other key out until the transport's write timeout ends its answer. Its own key's share stays taken until then, so one
 * key still cannot hold more answers (and worker threads) than its share.
 */
package id.wilayah.api.http.cost;
