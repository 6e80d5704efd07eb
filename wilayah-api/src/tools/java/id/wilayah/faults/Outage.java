package id.wilayah.faults;

/** When the database went away and came back (wall-clock millis; 0 while it has not happened). */
record Outage(long stopRequested, long stopped, long startRequested, long started) {
    static final Outage NONE = new Outage(0, 0, 0, 0);

    boolean happened() {
        return started > 0;
    }
}
