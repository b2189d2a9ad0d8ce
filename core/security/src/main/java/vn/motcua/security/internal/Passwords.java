package vn.motcua.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.motcua.security.InvalidAccountException;

/**
 * The password policy of NIST SP 800-63B §5.1.1.2: at least {@value #MIN_LENGTH} characters, any characters, no
 * composition rules; refused when it is a known breached password ({@code common-passwords.txt}), repetitive or
 * sequential ({@code aaaaaaaaaa}, {@code 1234567890}), or built from a context-specific word (the login, the
 * service's name, "mật khẩu") with only digits and symbols around it. Stateless; the list is read once.
 */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 256;

    /** Words specific to this service (NIST: "context-specific words, such as the name of the service"). */
    private static final Set<String> CONTEXT_WORDS = Set.of("motcua", "password", "passw0rd", "matkhau", "admin",
            "administrator", "quantri", "canbo", "chuyenvien", "lanhdao", "hanoi", "vietnam", "ubnd", "dichvucong");

    private static final Set<String> COMMON = load();

    private Passwords() {
    }

    static void requireStrong(String password, String login) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidAccountException("password", "Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidAccountException("password", "Mật khẩu dài tối đa " + MAX_LENGTH + " ký tự.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && lower.contains(name)) {
            throw new InvalidAccountException("password", "Mật khẩu không được chứa tên đăng nhập.");
        }
        if (guessable(lower)) {
            throw new InvalidAccountException("password",
                    "Mật khẩu này quá phổ biến hoặc dễ đoán; hãy chọn một cụm từ dài, ví dụ vài từ không liên quan đến nhau.");
        }
    }

    /** Known breached, repetitive, sequential, or a context word dressed with digits and symbols. */
    static boolean guessable(String lower) {
        if (COMMON.contains(lower) || repetitiveOrSequential(lower)) {
            return true;
        }
        String letters = lower.replaceAll("[^\\p{L}]", "");
        return letters.isEmpty() ? false : CONTEXT_WORDS.contains(letters);
    }

    private static boolean repetitiveOrSequential(String s) {
        int[] cp = s.codePoints().toArray();
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < cp.length; i++) {
            same &= cp[i] == cp[0];
            up &= cp[i] == cp[i - 1] + 1 || (cp[i - 1] == '9' && cp[i] == '0');
            down &= cp[i] == cp[i - 1] - 1 || (cp[i - 1] == '0' && cp[i] == '9');
        }
        return same || up || down;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = Passwords.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the security bundle");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String p = line.strip();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    out.add(p.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
