package id.wilayah.faults;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * When each edition may have been the active one (wall-clock millis). A switch commits at some instant between the
 * admin request and the moment its answer (or the import's completion) is seen, so the new edition's window opens at
 * the request and the old one's closes at that answer.
 */
final class EditionWindows {
    private final List<Window> windows = new CopyOnWriteArrayList<>();

    EditionWindows(String initial, long from) {
        windows.add(new Window(initial, from, Long.MAX_VALUE));
    }

    /** A switch to this edition was requested. */
    void opening(String edition, long requested) {
        windows.add(new Window(edition, requested, Long.MAX_VALUE));
    }

    /** The switch away from this edition is known to be done. */
    void closed(String edition, long answered) {
        for (Window window : windows) {
            if (window.edition().equals(edition) && window.to() == Long.MAX_VALUE) {
                windows.remove(window);
                windows.add(new Window(edition, window.from(), answered));
            }
        }
    }

    boolean possiblyActive(String edition, long requestStart, long requestEnd) {
        return windows.stream().anyMatch(window -> window.edition().equals(edition)
                && window.from() <= requestEnd && window.to() >= requestStart);
    }

    private record Window(String edition, long from, long to) {
    }
}
