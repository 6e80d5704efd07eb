package id.wilayah.launcher;

/**
 * Maven's exec goal leaves its child running when Maven itself is stopped by a signal (only Ctrl+C reaches the whole
 * process group): a tool that starts servers exits with its parent, so its shutdown hook stops them.
 */
public final class StopWithParent {
    private StopWithParent() {
    }

    public static void watch() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(1)));
    }
}
