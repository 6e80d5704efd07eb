package id.wilayah.admin.forms;

import jakarta.faces.context.FacesContext;
import java.util.logging.Logger;

/**
 * Shows the console's "Page expired" page (which sets the 400 itself) in place of the posted one, with one short log
 * line: a form that cannot be restored changes nothing and is the sender's problem, so no stack trace is worth
 * writing, and the request's own page, which may be any console page, is never built from the posted values.
 */
final class ExpiredPage {
    private static final Logger LOG = Logger.getLogger(ExpiredPage.class.getName());
    private static final String VIEW = "/admin/expired.xhtml";

    private ExpiredPage() {
    }

    static void show(FacesContext context, String reason) {
        LOG.info(() -> "A posted console form was not restored (" + reason + "): answered Page expired");
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, VIEW));
        context.renderResponse();
    }
}
