package id.wilayah.differential;

import java.util.List;

/**
 * One request, both answers and how they differ.
 *
 * @param probe       the request
 * @param peer        the peer's answer
 * @param ours        our answer
 * @param differences empty when the answers agree
 */
record Outcome(Probe probe, Server.Answer peer, Server.Answer ours, List<Difference> differences) {
    Outcome {
        differences = List.copyOf(differences);
    }

    /** Differs in a way that fails the run (a kept 4xx for the peer's 5xx does not). */
    boolean differs() {
        return differences.stream().anyMatch(difference -> difference.kind().counts());
    }

    boolean has(Difference.Kind kind) {
        return differences.stream().anyMatch(difference -> difference.kind() == kind);
    }
}
