package id.wilayah.faults;

/** One request: where it went, when it started, how it ended and how long it took. */
record Sample(EndpointGroup group, Phase phase, Outcome outcome, int micros) {
}
