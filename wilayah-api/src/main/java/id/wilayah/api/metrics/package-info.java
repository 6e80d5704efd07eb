/** Application metrics (requests, keys, refusals, editions, imports, cluster lag) and who may read /metrics. */
package id.wilayah.api.metrics;
