package id.wilayah.domain.importrun;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The durable history of one import: what was imported into which edition, by whom, and how it ended. */
@Entity
@Table(name = "import_run")
public class ImportRun {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id")
    private Long editionId;

    @Column(name = "edition_name", nullable = false, length = 64)
    private String editionName;

    @Column(nullable = false)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    /** The node whose batch runtime runs the job ({@code wilayah.cluster.node-id}). */
    @Column(name = "node_id", length = 64)
    private String nodeId;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "rows_written", nullable = false)
    private long rowsWritten;

    @Column(length = 1000)
    private String message;

    @Column(name = "expected_rows", nullable = false)
    private long expectedRows;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    /** The validation report as JSON: every rejected line with file, line and reason. */
    @Lob
    @Column(name = "report")
    private String report;

    /** Rows read, written and rejected per finished step, as JSON. */
    @Lob
    @Column(name = "progress")
    private String progress;

    /** The diff against the edition that was active when this run completed, as JSON. */
    @Lob
    @Column(name = "diff")
    private String diff;

    protected ImportRun() {
    }

    public ImportRun(long editionId, String editionName, String source, boolean dryRun, String startedBy,
                     long expectedRows, String nodeId) {
        this.editionId = editionId;
        this.nodeId = nodeId;
        this.expectedRows = expectedRows;
        this.editionName = editionName;
        this.source = source;
        this.dryRun = dryRun;
        this.startedBy = startedBy;
        this.status = ImportStatus.RUNNING;
        this.startedAt = Instant.now();
    }

    public void attachJob(long executionId) {
        this.jobExecutionId = executionId;
    }

    public void complete(long read, long written, String summary) {
        finish(ImportStatus.COMPLETED, read, written, summary);
    }

    public void fail(String reason) {
        finish(ImportStatus.FAILED, rowsRead, rowsWritten, reason);
    }

    public void reject(int problems, String reportJson) {
        this.errorCount = problems;
        this.report = reportJson;
        finish(ImportStatus.REJECTED, rowsRead, rowsWritten, "Rejected: " + problems + " problem(s) in the files");
    }

    public void recordProgress(long read, long written, String progressJson, int problems, String reportJson) {
        this.rowsRead = read;
        this.rowsWritten = written;
        this.progress = progressJson;
        this.errorCount = problems;
        this.report = reportJson;
    }

    public void recordDiff(String diffJson) {
        this.diff = diffJson;
    }

    public void detachEdition() {
        this.editionId = null;
    }

    private void finish(ImportStatus finalStatus, long read, long written, String summary) {
        this.status = finalStatus;
        this.rowsRead = read;
        this.rowsWritten = written;
        this.message = summary == null || summary.length() <= 1000 ? summary : summary.substring(0, 1000);
        this.finishedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getEditionId() {
        return editionId;
    }

    public String getEditionName() {
        return editionName;
    }

    public String getSource() {
        return source;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public long getRowsRead() {
        return rowsRead;
    }

    public long getRowsWritten() {
        return rowsWritten;
    }

    public String getMessage() {
        return message;
    }

    public long getExpectedRows() {
        return expectedRows;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public String getReport() {
        return report;
    }

    public String getProgress() {
        return progress;
    }

    public String getDiff() {
        return diff;
    }
}
