package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.pages.http.Failure;
import vn.motcua.pages.i18n.Messages;

/** The workspace's two message bundles say the same things, and every key the code asks for is in them. */
class MessageBundlesTest {

    static final Path SOURCES = Path.of("src/main/java/vn/motcua/workspace/internal");

    static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        assertEquals(new TreeSet<>(vi.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (Properties p : new Properties[] {vi, en}) {
            p.stringPropertyNames().forEach(k -> assertFalse(p.getProperty(k).isBlank(), k + " is empty"));
        }
    }

    @Test
    void theVietnameseBundleIsReadAsUtf8() {
        Messages m = FakeHttp.messages();
        assertEquals("Đăng nhập cán bộ", m.t("login.heading"));
        assertEquals("Đăng nhập sai quá nhiều lần; thử lại sau 30 giây.", m.t("login.throttled", 30));
        assertEquals("Officer sign-in", Messages.load(WorkspaceServlet.MESSAGES, Locale.ENGLISH,
                MessageBundlesTest.class.getClassLoader()).t("login.heading"));
    }

    /** Every string literal of the code that looks like a key of the bundle (its first segment is one of theirs). */
    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Properties vi = bundle("vi");
        Set<String> prefixes = vi.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z]+)+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (prefixes.contains(key.substring(0, key.indexOf('.')))) {
                        used.add(key);
                    }
                }
            }
        }
        // the error pages compose their keys: error.<what>.title and .text
        Matcher page = Pattern.compile("page\\(r, \\d{3}, \"(\\w+)\"\\)").matcher(Files.readString(SOURCES.resolve("ErrorPages.java")));
        while (page.find()) {
            used.add("error." + page.group(1) + ".title");
            used.add("error." + page.group(1) + ".text");
        }
        for (Failure.Kind kind : Failure.Kind.values()) {
            used.add("error." + ErrorPages.key(kind) + ".title");
            used.add("error." + ErrorPages.key(kind) + ".text");
        }
        assertTrue(used.size() > 30, "the scan found the keys: " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(vi.stringPropertyNames());
        assertTrue(missing.isEmpty(), "keys used in code but not in messages_vi.properties: " + missing);
    }
}
