package id.wilayah.differential;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The run's result for a reader: totals, requests with differences per route and kind, the first examples of each. */
final class MarkdownReport {
    private static final int EXAMPLES = 5;
    private static final int BODY_SHOWN = 300;

    /**
     * What was compared and how, for the report's head.
     *
     * @param peer     the peer's base URL
     * @param ours     our base URL
     * @param seed     the generator's seed
     * @param order    how lists were compared
     * @param started  when the run started (UTC, ISO-8601)
     * @param seconds  how long it took
     */
    record Run(String peer, String ours, long seed, AnswerComparison.Order order, String started, double seconds) {
    }

    private MarkdownReport() {
    }

    static String of(Run run, List<Outcome> outcomes) {
        StringBuilder md = new StringBuilder();
        long differing = outcomes.stream().filter(Outcome::differs).count();
        md.append("# Differential run: `/nusantara` against wilayah-nusantara\n\n")
                .append("Written by `./mvnw -Pdifferential` (`id.wilayah.differential.DifferentialRun`); see ")
                .append("wilayah-api/README.md. Started ").append(run.started()).append(", ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", run.seconds())).append(" s.\n\n")
                .append("- peer: `").append(run.peer()).append("`\n")
                .append("- ours: `").append(run.ours()).append("`\n")
                .append("- ").append(outcomes.size()).append(" requests generated from seed ").append(run.seed())
                .append(" (the same seed and data give the same requests)\n")
                .append("- compared: status; JSON bodies with object keys in any order, numbers as numbers, the name ")
                .append("fields ").append(AnswerComparison.nameFields()).append(" case-blind; error bodies on ")
                .append("`statusCode` and on `message` when the peer's is a string\n")
                .append("- lists: ").append(run.order() == AnswerComparison.Order.SET
                        ? "compared as sets (items matched by `code`), since the peer's SQL has no ORDER BY and its "
                        + "order is unspecified" : "compared in the peer's order").append("\n\n");

        md.append("## Totals\n\n| requests | identical | with differences | ")
                .append(Difference.Kind.KEPT_CLIENT_ERROR.label()).append(" | no answer (peer / ours) |\n")
                .append("|---:|---:|---:|---:|---:|\n")
                .append("| ").append(outcomes.size())
                .append(" | ").append(outcomes.stream().filter(outcome -> outcome.differences().isEmpty()).count())
                .append(" | ").append(differing)
                .append(" | ").append(outcomes.stream().filter(o -> o.has(Difference.Kind.KEPT_CLIENT_ERROR)).count())
                .append(" | ").append(outcomes.stream().filter(o -> !o.peer().answered()).count()).append(" / ")
                .append(outcomes.stream().filter(o -> !o.ours().answered()).count()).append(" |\n\n")
                .append(differing == 0 ? "**No difference.**\n\n"
                        : "**" + differing + " of " + outcomes.size() + " requests differ.**\n\n");

        md.append("## Per route and kind\n\nRequests per route, and how many of them show each kind of difference ")
                .append("(a request may show several).\n\n| route | requests | with differences |");
        for (Difference.Kind kind : Difference.Kind.values()) {
            md.append(' ').append(kind.label()).append(" |");
        }
        md.append("\n|---|---:|---:|").append("---:|".repeat(Difference.Kind.values().length)).append('\n');
        Map<String, List<Outcome>> byRoute = outcomes.stream()
                .collect(Collectors.groupingBy(outcome -> outcome.probe().route(), TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Outcome>> route : byRoute.entrySet()) {
            md.append("| `").append(route.getKey()).append("` | ").append(route.getValue().size()).append(" | ")
                    .append(route.getValue().stream().filter(Outcome::differs).count()).append(" |");
            for (Difference.Kind kind : Difference.Kind.values()) {
                md.append(' ').append(route.getValue().stream().filter(outcome -> outcome.has(kind)).count())
                        .append(" |");
            }
            md.append('\n');
        }

        md.append("\n## Examples\n\nThe first ").append(EXAMPLES).append(" requests showing each kind; replay one ")
                .append("with curl on both base URLs.\n");
        Map<Difference.Kind, List<Outcome>> byKind = new EnumMap<>(Difference.Kind.class);
        for (Outcome outcome : outcomes) {
            for (Difference.Kind kind : Difference.Kind.values()) {
                if (outcome.has(kind)) {
                    byKind.computeIfAbsent(kind, any -> new ArrayList<>()).add(outcome);
                }
            }
        }
        if (byKind.isEmpty()) {
            md.append("\nNone.\n");
        }
        for (Map.Entry<Difference.Kind, List<Outcome>> kind : byKind.entrySet()) {
            md.append("\n### ").append(kind.getKey().label()).append(" (").append(kind.getValue().size())
                    .append(" requests)\n\n").append(kind.getKey().meaning()).append(".\n\n");
            for (Outcome outcome : kind.getValue().subList(0, Math.min(EXAMPLES, kind.getValue().size()))) {
                md.append("- `GET ").append(outcome.probe().pathAndQuery()).append("`\n");
                outcome.differences().stream().filter(difference -> difference.kind() == kind.getKey())
                        .limit(3).forEach(difference -> md.append("  - `").append(difference.path())
                                .append("`: peer ").append(code(difference.peer())).append(", ours ")
                                .append(code(difference.ours())).append('\n'));
                md.append("  - peer answered ").append(answer(outcome.peer())).append('\n')
                        .append("  - ours answered ").append(answer(outcome.ours())).append('\n');
            }
        }
        return md.toString();
    }

    private static String answer(Server.Answer answer) {
        String body = answer.body().strip().replaceAll("\\s+", " ");
        if (body.length() > BODY_SHOWN) {
            body = body.substring(0, BODY_SHOWN) + "… (" + answer.body().length() + " chars)";
        }
        return (answer.answered() ? String.valueOf(answer.status()) : "nothing") + " " + code(body);
    }

    /** Inline code that survives backticks in the value. */
    private static String code(String text) {
        return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
    }
}
