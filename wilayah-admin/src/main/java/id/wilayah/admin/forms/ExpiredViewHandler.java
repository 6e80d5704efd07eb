package id.wilayah.admin.forms;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A posted view state Faces cannot find (the session ended, or the value is garbage or from another session) is
 * answered with the "Page expired" page; every other exception goes on to the default handling.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {
    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext();) {
            if (isExpiredView(events.next().getContext().getException())) {
                events.remove();
                ExpiredPage.show(FacesContext.getCurrentInstance(), "an unknown view state");
            }
        }
        super.handle();
    }

    private static boolean isExpiredView(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}
