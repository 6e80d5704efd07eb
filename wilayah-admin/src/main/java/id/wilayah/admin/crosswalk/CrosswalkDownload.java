package id.wilayah.admin.crosswalk;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.csv.CrosswalkCsv;
import id.wilayah.domain.crosswalk.store.Crosswalks;
import id.wilayah.domain.crosswalk.store.EditionPair;
import id.wilayah.domain.failure.InvalidInputException;
import id.wilayah.domain.failure.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The crosswalk table of two editions as the API's export writes it, for a logged-in administrator (under /admin, so
 * the console's login guards it; the export under /api wants an API key, which a console session does not carry).
 */
@WebServlet("/admin/crosswalk.csv")
public class CrosswalkDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Crosswalks crosswalks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EditionPair pair;
        try {
            pair = crosswalks.pair(request.getParameter("from"), request.getParameter("to"), true);
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        Crosswalk crosswalk = crosswalks.of(pair);
        response.setContentType(CrosswalkCsv.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + CrosswalkCsv.fileName(pair) + "\"");
        CrosswalkCsv.write(pair, crosswalk, response.getOutputStream());
    }
}
