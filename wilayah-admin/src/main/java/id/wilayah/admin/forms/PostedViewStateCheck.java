package id.wilayah.admin.forms;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Before Faces restores a posted form: a post without a view state is no form of the console (Faces would take it for
 * a first visit and answer the page with 200), and {@code stateless} claims a kind of view the console does not have
 * (Faces would build the page and fail with an exception). Both get the "Page expired" page at once.
 */
public class PostedViewStateCheck implements PhaseListener {
    private static final String STATELESS = "stateless";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!"POST".equals(((HttpServletRequest) context.getExternalContext().getRequest()).getMethod())) {
            return;
        }
        String state = context.getExternalContext().getRequestParameterMap()
                .get(ResponseStateManager.VIEW_STATE_PARAM);
        if (state == null) {
            ExpiredPage.show(context, "no view state");
        } else if (state.equals(STATELESS)) {
            ExpiredPage.show(context, "a stateless view state");
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }
}
