/** The nodes sharing the database: their heartbeats, and how many of them are live. */
package id.wilayah.domain.cluster;
