package id.wilayah.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerComparisonTest {
    private static final String LEBAK = "{\"code\":\"3602\",\"province\":\"36\",\"regency\":\"KABUPATEN LEBAK\"}";
    private static final String SERANG = "{\"code\":\"3673\",\"province\":\"36\",\"regency\":\"KOTA SERANG\"}";

    private final AnswerComparison sets = new AnswerComparison(AnswerComparison.Order.SET);

    @Test
    void keyOrderNameCaseAndNumberNotationDoNotDiffer() {
        List<Difference> differences = sets.compare(
                ok("{\"data\":[" + LEBAK + "],\"meta\":{\"limit\":10,\"page\":1,\"total\":1}}"),
                ok("{\"meta\":{\"total\":1.0,\"page\":1,\"limit\":1E1},"
                        + "\"data\":[{\"regency\":\"Kabupaten Lebak\",\"province\":\"36\",\"code\":\"3602\"}]}"));
        assertEquals(List.of(), differences);
    }

    @Test
    void aFieldOnlyThePeerAnswersIsMissingAndOneOnlyWeAnswerIsExtra() {
        List<Difference> missing = sets.compare(ok("{\"data\":[" + withType(LEBAK) + "]}"),
                ok("{\"data\":[" + LEBAK + "]}"));
        assertEquals(List.of(new Difference(Difference.Kind.MISSING_FIELD, "data[code=3602].type", "\"Kabupaten\"",
                Difference.ABSENT)), missing);
        List<Difference> extra = sets.compare(ok(LEBAK), ok(withType(LEBAK)));
        assertEquals(List.of(new Difference(Difference.Kind.EXTRA_FIELD, "type", Difference.ABSENT,
                "\"Kabupaten\"")), extra);
    }

    @Test
    void onlyNameFieldsAreCaseBlindAndTypesMatter() {
        assertEquals(Difference.Kind.DIFFERENT_VALUE, only(sets.compare(ok("{\"type\":\"Kota\"}"),
                ok("{\"type\":\"KOTA\"}"))).kind());
        assertEquals(Difference.Kind.DIFFERENT_VALUE, only(sets.compare(ok("{\"code\":\"11\"}"),
                ok("{\"code\":11}"))).kind());
        assertEquals(Difference.Kind.DIFFERENT_VALUE, only(sets.compare(ok("null"), ok(LEBAK))).kind());
        assertEquals(List.of(), sets.compare(ok("null"), ok(" null\n")));
    }

    @Test
    void anotherTotalOrAnotherNumberOfItemsIsADifferentCount() {
        Difference total = only(sets.compare(ok("{\"data\":[],\"meta\":{\"limit\":0,\"page\":1,\"total\":514}}"),
                ok("{\"data\":[],\"meta\":{\"limit\":0,\"page\":1,\"total\":513}}")));
        assertEquals(new Difference(Difference.Kind.DIFFERENT_COUNT, "meta.total", "514", "513"), total);
        Difference items = only(sets.compare(ok("{\"data\":[" + LEBAK + "," + SERANG + "]}"),
                ok("{\"data\":[" + LEBAK + "]}")));
        assertEquals(Difference.Kind.DIFFERENT_COUNT, items.kind());
        assertEquals("data.length", items.path());
        assertTrue(items.peer().contains("code=3673"), items::peer);
    }

    @Test
    void listsAreSetsByDefaultAndOrderedOnlyWhenAsked() {
        Server.Answer peer = ok("{\"data\":[" + LEBAK + "," + SERANG + "]}");
        Server.Answer ours = ok("{\"data\":[" + SERANG + "," + LEBAK + "]}");
        assertEquals(List.of(), sets.compare(peer, ours));
        List<Difference> ordered = new AnswerComparison(AnswerComparison.Order.PEER).compare(peer, ours);
        assertFalse(ordered.isEmpty());
        assertTrue(ordered.stream().allMatch(d -> d.kind() == Difference.Kind.DIFFERENT_VALUE), ordered::toString);
    }

    @Test
    void anotherItemInAListOfTheSameSizeIsADifferentValue() {
        Difference other = only(sets.compare(ok("{\"data\":[" + LEBAK + "]}"), ok("{\"data\":[" + SERANG + "]}")));
        assertEquals(Difference.Kind.DIFFERENT_VALUE, other.kind());
        assertTrue(other.peer().contains("3602") && other.ours().contains("3673"), other::toString);
    }

    @Test
    void anotherStatusIsReportedAloneAndOur4xxForThePeers5xxIsKept() {
        Outcome status = outcome(new Server.Answer(400, "{\"statusCode\":400,\"message\":\"Bad limit\"}"),
                ok("{\"data\":[]}"));
        assertEquals(List.of(new Difference(Difference.Kind.DIFFERENT_STATUS, "status", "400", "200")),
                status.differences());
        assertTrue(status.differs());
        Outcome kept = outcome(new Server.Answer(500, "{\"statusCode\":500,\"message\":\"Internal server error\"}"),
                new Server.Answer(400, "{\"statusCode\":400,\"message\":\"Bad page\"}"));
        assertEquals(Difference.Kind.KEPT_CLIENT_ERROR, only(kept.differences()).kind());
        assertFalse(kept.differs());
        Outcome unanswered = outcome(new Server.Answer(Server.NO_ANSWER, "ConnectException: refused"),
                ok("{\"data\":[]}"));
        assertEquals(Difference.Kind.DIFFERENT_STATUS, only(unanswered.differences()).kind());
    }

    @Test
    void errorBodiesAreComparedOnStatusCodeAndOnThePeersStringMessage() {
        Server.Answer validation = new Server.Answer(400,
                "{\"statusCode\":400,\"message\":[\"page must be a number\"],\"error\":\"Bad Request\"}");
        assertEquals(List.of(), sets.compare(validation,
                new Server.Answer(400, "{\"statusCode\":400,\"message\":\"Bad page: abc\"}")));
        Difference message = only(sets.compare(
                new Server.Answer(404, "{\"statusCode\":404,\"message\":\"regency not found\"}"),
                new Server.Answer(404, "{\"statusCode\":404,\"message\":\"district not found\"}")));
        assertEquals(new Difference(Difference.Kind.DIFFERENT_VALUE, "message", "\"regency not found\"",
                "\"district not found\""), message);
    }

    @Test
    void bodiesThatAreNotJsonAreComparedAsText() {
        assertEquals(List.of(), sets.compare(new Server.Answer(404, "Cannot GET /x\n"),
                new Server.Answer(404, "Cannot GET /x")));
        assertEquals(Difference.Kind.DIFFERENT_VALUE, only(sets.compare(new Server.Answer(404, "Cannot GET /x"),
                new Server.Answer(404, "{\"statusCode\":404,\"message\":\"Not Found\"}"))).kind());
    }

    private Outcome outcome(Server.Answer peer, Server.Answer ours) {
        return new Outcome(new Probe("/kabupaten", "/kabupaten"), peer, ours, sets.compare(peer, ours));
    }

    private static Difference only(List<Difference> differences) {
        assertEquals(1, differences.size(), differences::toString);
        return differences.get(0);
    }

    private static String withType(String regency) {
        return regency.replace("}", ",\"type\":\"Kabupaten\"}");
    }

    private static Server.Answer ok(String body) {
        return new Server.Answer(200, body);
    }
}
