package id.wilayah.domain.readmodel;

import id.wilayah.domain.edition.EditionInfo;

/**
 * Fired when {@link RegionDirectory} starts serving a newly loaded edition: at start-up, after an activation on this
 * node, and when the cluster poll follows one made on another node. Observers must not hold the caller up: it holds
 * the directory's lock.
 */
public record ActiveSnapshotLoaded(EditionInfo edition) {
}
