package id.wilayah.faults;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * When each edition may have been the active one (wall-clock millis). A switch commits at some instant between the
 * admin request and its answer, so the old edition's window ends at the answer and the new one's starts at the request.
 */
final class EditionWindows {
    private final List<Window> windows = new CopyOnWriteArrayList<>();

    EditionWindows(String initial, long from) {
        windows.add(new Window(initial, from, Long.MAX_VALUE));
    }

    void switched(String from, String to, long requested, long answered) {
        for (Window window : windows) {
            if (window.edition().equals(from) && window.to() == Long.MAX_VALUE) {
                windows.remove(window);
                windows.add(new Window(from, window.from(), answered));
            }
        }
        windows.add(new Window(to, requested, Long.MAX_VALUE));
    }

    boolean possiblyActive(String edition, long requestStart, long requestEnd) {
        return windows.stream().anyMatch(window -> window.edition().equals(edition)
                && window.from() <= requestEnd && window.to() >= requestStart);
    }

    private record Window(String edition, long from, long to) {
    }
}
