/** Keeps several nodes on one database in step: active edition and key changes seen by every node. */
package id.wilayah.domain.cluster;
