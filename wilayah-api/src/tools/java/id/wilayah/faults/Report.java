package id.wilayah.faults;

import id.wilayah.faults.HealthPoller.Reading;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The Markdown summary of a run: per endpoint group, per phase, the timelines, the checks and the verdict. */
final class Report {
    private final StringBuilder text = new StringBuilder();

    String render(RunSettings settings, List<Sample> samples, Map<Phase, Long> phaseStarts, long loadEnd,
                  Timeline timeline, List<Reading> health, List<Check> checks, ErrorLog errors) {
        long seconds = Math.round(timeline.seconds(loadEnd));
        line("# Load with faults");
        line("");
        line(String.format(Locale.ROOT, "Run %s UTC on %d cores, which the clients share with the server and MariaDB:"
                        + " %d client threads for %d s (at least %d s, and %d s past the last fault) against one Payara"
                        + " Micro node and an embedded MariaDB, all on 127.0.0.1; %,d requests, %s. Command:"
                        + " `./mvnw -Pload-faults`.",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Instant.ofEpochMilli(timeline.start())
                        .atZone(ZoneOffset.UTC)), Runtime.getRuntime().availableProcessors(), settings.clients(),
                seconds, settings.duration().toSeconds(), settings.minimumAfter().toSeconds(), samples.size(),
                settings.thinkMillis() == 0 ? "no pause between a client's requests"
                        : settings.thinkMillis() + " ms pause between a client's requests"));
        line("");
        line("Clients: of every 8, five use the first-start key, one the key that gets rotated and switches at once, one"
                + " that key but keeps the old secret until refused (after the " + settings.grace().toSeconds()
                + " s grace), one the key that gets revoked. Each GETs random paths of the groups below; every eighth"
                + " repeat of a path carries the entity tag it got (304s).");
        line("");
        line("An error is any status other than 2xx/304 and an intended 401, an I/O error or timeout (10 s), a valid"
                + " key refused, a refused key accepted, or a response whose `X-Wilayah-Edition` is not exactly one"
                + " edition active during the request or whose body differs from that edition's body for the same path.");
        line("");
        groupTable(samples);
        phaseTable(samples, phaseStarts, loadEnd, timeline);
        line("## Faults and edition switches");
        line("");
        line("| at | event |");
        line("|---:|---|");
        timeline.rows().forEach(this::line);
        line("");
        healthTimeline(health, timeline);
        line("## Checks");
        line("");
        line("| check | result | detail |");
        line("|---|---|---|");
        checks.forEach(check -> line("| " + check.name() + " | " + (check.passed() ? "pass" : "FAIL") + " | "
                + check.detail() + " |"));
        line("");
        if (!errors.counts().isEmpty()) {
            line("## Errors");
            line("");
            errors.counts().forEach((kind, count) -> line("- " + kind + ": " + count));
            line("");
            line("First ones:");
            line("");
            errors.examples().forEach(example -> line("    " + example));
            line("");
        }
        boolean passed = checks.stream().allMatch(Check::passed);
        line(passed ? "PASS: every check held." : "FAIL: " + String.join("; ",
                checks.stream().filter(check -> !check.passed()).map(Check::name).toList()));
        return text.toString();
    }

    private void groupTable(List<Sample> samples) {
        Map<EndpointGroup, Tally> byGroup = new EnumMap<>(EndpointGroup.class);
        Tally total = new Tally();
        for (Sample sample : samples) {
            byGroup.computeIfAbsent(sample.group(), group -> new Tally()).add(sample);
            total.add(sample);
        }
        line("## Per endpoint group");
        line("");
        line("| endpoint group | requests | 2xx | 304 | intended 401 | errors | p50 ms | p99 ms |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        byGroup.forEach((group, tally) -> row(group.label(), tally, ""));
        row("**all**", total, "");
        line("");
    }

    private void phaseTable(List<Sample> samples, Map<Phase, Long> phaseStarts, long loadEnd, Timeline timeline) {
        Map<Phase, Tally> byPhase = new EnumMap<>(Phase.class);
        samples.forEach(sample -> byPhase.computeIfAbsent(sample.phase(), phase -> new Tally()).add(sample));
        line("## Per phase");
        line("");
        line("| phase | from–to s | requests | req/s | 2xx | 304 | intended 401 | errors | p50 ms | p99 ms |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Phase phase : Phase.values()) {
            Tally tally = byPhase.get(phase);
            Long from = phaseStarts.get(phase);
            if (tally == null || from == null) {
                continue;
            }
            long to = Phase.values().length > phase.ordinal() + 1
                    ? Objects.requireNonNullElse(phaseStarts.get(Phase.values()[phase.ordinal() + 1]), loadEnd)
                    : loadEnd;
            double span = Math.max(0.001, (to - from) / 1000.0);
            row(phase.label(), tally, String.format(Locale.ROOT, " %.0f–%.0f | ", timeline.seconds(from),
                    timeline.seconds(to)) + String.format(Locale.ROOT, "%,d | %,.0f |", tally.requests(),
                    tally.requests() / span));
        }
        line("");
    }

    private void row(String label, Tally tally, String phaseColumns) {
        String requests = phaseColumns.isEmpty() ? String.format(Locale.ROOT, " %,d |", tally.requests()) : phaseColumns;
        line(String.format(Locale.ROOT, "| %s |%s %,d | %,d | %,d | %,d | %.1f | %.1f |", label, requests, tally.ok(),
                tally.notModified(), tally.intended401(), tally.errors(), tally.percentileMillis(50),
                tally.percentileMillis(99)));
    }

    private void healthTimeline(List<Reading> readings, Timeline timeline) {
        line("## Health timeline (`/health/ready`, polled every 250 ms)");
        line("");
        line("| from | status | database check | readings |");
        line("|---:|---|---|---:|");
        Reading first = null;
        int count = 0;
        for (Reading reading : readings) {
            if (first != null && (!first.status().equals(reading.status())
                    || !first.database().equals(reading.database()))) {
                healthRow(first, count, timeline);
                first = null;
            }
            if (first == null) {
                first = reading;
                count = 0;
            }
            count++;
        }
        if (first != null) {
            healthRow(first, count, timeline);
        }
        line("");
    }

    private void healthRow(Reading reading, int count, Timeline timeline) {
        line(String.format(Locale.ROOT, "| %6.1f s | %s | %s | %d |", timeline.seconds(reading.at()), reading.status(),
                reading.database(), count));
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
