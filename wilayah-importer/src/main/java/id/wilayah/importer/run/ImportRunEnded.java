package id.wilayah.importer.run;

import java.time.Duration;

/** Fired when an import job ends on this node, whatever its outcome; {@code status} is the run's final status. */
public record ImportRunEnded(String status, Duration elapsed) {
}
