package id.wilayah.faults;

/** One expectation of the run and whether it held. */
record Check(String name, boolean passed, String detail) {
    static Check of(String name, boolean passed, String detail) {
        return new Check(name, passed, detail);
    }
}
