package id.wilayah.importer.run;

import jakarta.batch.runtime.Metric;

/** Rows one step of an import read, wrote and skipped (rejected), and how long it took. */
public record StepProgress(String step, String status, long read, long written, long skipped, long millis) {

    public static StepProgress of(String step, String status, Metric[] metrics, long millis) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (Metric metric : metrics) {
            switch (metric.getType()) {
                case READ_COUNT -> read = metric.getValue();
                case WRITE_COUNT -> written = metric.getValue();
                case READ_SKIP_COUNT, PROCESS_SKIP_COUNT -> skipped += metric.getValue();
                default -> {
                }
            }
        }
        return new StepProgress(step, status, read, written, skipped, millis);
    }
}
