package vn.motcua.workspace.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** The workspace's one style sheet, served from the bundle (the CSP allows styles only from this site). */
final class StyleSheet {

    static final String PATH = "/can-bo/tai-nguyen/workspace.css";

    private StyleSheet() {
    }

    static void serve(Req r) throws IOException {
        HttpServletResponse resp = r.resp;
        try (InputStream in = StyleSheet.class.getResourceAsStream("workspace.css")) {
            byte[] bytes = in.readAllBytes();
            resp.setContentType("text/css;charset=utf-8");
            resp.setHeader("Cache-Control", "public, max-age=3600");
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
        }
    }
}
