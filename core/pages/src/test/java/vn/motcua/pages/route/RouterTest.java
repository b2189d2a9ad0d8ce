package vn.motcua.pages.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final Router<String> router = Router.<String>builder()
            .add("GET", "/", "home")
            .add("GET", "/thu-tuc/{code}", "procedure")
            .add("GET", "/don-vi/{unit}/thu-tuc/{code}/nop", "form")
            .add("POST", "/don-vi/{unit}/thu-tuc/{code}/nop", "submit")
            .add("GET", "/ho-so/tra-cuu", "lookup")
            .add("GET", "/ho-so/{code}", "dossier")
            .build();

    private Match<String> match(String method, String path) {
        return assertInstanceOf(Match.class, router.match(method, path));
    }

    @Test
    void bindsTheParametersOfTheTemplate() {
        Match<String> m = match("GET", "/don-vi/00070/thu-tuc/1.001193/nop");
        assertEquals("form", m.handler());
        assertEquals(Map.of("unit", "00070", "code", "1.001193"), m.params());
        assertEquals("00070", m.param("unit"));
        assertEquals("/don-vi/{unit}/thu-tuc/{code}/nop", m.route().template());
    }

    @Test
    void theMethodChoosesAmongRoutesOfOnePath() {
        assertEquals("submit", match("POST", "/don-vi/00070/thu-tuc/1.001193/nop").handler());
        assertEquals("form", match("HEAD", "/don-vi/00070/thu-tuc/1.001193/nop").handler(), "HEAD is answered like GET");
    }

    @Test
    void aLiteralAddedBeforeAParameterWins() {
        assertEquals("lookup", match("GET", "/ho-so/tra-cuu").handler());
        assertEquals("dossier", match("GET", "/ho-so/HK-2026-000001").handler());
    }

    @Test
    void rootAndSlashesAreTheSamePath() {
        assertEquals("home", match("GET", "").handler());
        assertEquals("home", match("GET", "/").handler());
        assertEquals("procedure", match("GET", "/thu-tuc/1.001193/").handler());
    }

    @Test
    void unknownPathIsNotFoundAndAnotherMethodIsNotAllowed() {
        assertEquals(Miss.NOT_FOUND, router.match("GET", "/khong-co"));
        assertEquals(Miss.NOT_FOUND, router.match("GET", "/thu-tuc"));
        assertEquals(Miss.NOT_FOUND, router.match("GET", "/thu-tuc//x"));
        assertEquals(Miss.METHOD_NOT_ALLOWED, router.match("DELETE", "/thu-tuc/1.001193"));
        assertEquals(405, Miss.METHOD_NOT_ALLOWED.status());
    }

    @Test
    void aRouteAddedTwiceIsABuildMistake() {
        Router.Builder<String> b = Router.<String>builder().add("GET", "/a/{x}", "one");
        assertThrows(IllegalArgumentException.class, () -> b.add("GET", "/a/{x}", "two"));
    }

    @Test
    void anUnboundParameterNameIsAProgrammingError() {
        Match<String> m = match("GET", "/thu-tuc/1.001193");
        assertThrows(IllegalArgumentException.class, () -> m.param("unit"));
    }
}
