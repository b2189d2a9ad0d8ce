package vn.motcua.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The first administrator's password, handed to the security bundle once and then forgotten (decision 1620).
 *
 * <p>It is neither a framework property nor left in the JVM's environment, where any bundle could read it for the
 * life of the process: {@code bin/motcua} moves {@code MOTCUA_ADMIN_PASSWORD} into a pipe on file descriptor
 * {@value #FD_VARIABLE}'s number and removes it from the environment; this class reads that pipe (which drains
 * it) and offers the value as a {@code Supplier<String>} service with {@code motcua.secret=admin-password}, which
 * answers once and answers {@code null} ever after. The service is hidden from procedure bundles
 * ({@link PlatformServiceVisibility}). Started without the script, the launcher falls back to the environment
 * variable, which then stays visible in the process environment as it was given.
 */
final class BootstrapSecret implements Supplier<String> {

    static final String FD_VARIABLE = "MOTCUA_ADMIN_PASSWORD_FD";
    static final String SERVICE_PROPERTY = "motcua.secret";
    static final String ADMIN_PASSWORD = "admin-password";

    private final AtomicReference<String> value;

    BootstrapSecret(String value) {
        this.value = new AtomicReference<>(value);
    }

    /** Reads the password from the descriptor named by {@value #FD_VARIABLE}, else from {@code MOTCUA_ADMIN_PASSWORD}. */
    static BootstrapSecret fromLaunch(Map<String, String> env) {
        String fd = env.get(FD_VARIABLE);
        if (fd != null && fd.matches("\\d+")) {
            Path pipe = Path.of("/proc/self/fd", fd);
            if (Files.exists(pipe)) {
                // One line, not "until end of file": the shell may keep the writing end open.
                try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(pipe), StandardCharsets.UTF_8))) {
                    String line = in.readLine();
                    return new BootstrapSecret(line == null || line.isBlank() ? null : line);
                } catch (IOException e) {
                    throw new PlatformStartException("cannot read MOTCUA_ADMIN_PASSWORD from file descriptor " + fd
                            + ": " + e.getMessage() + "; start through bin/motcua or set the variable directly", e);
                }
            }
        }
        String direct = env.get("MOTCUA_ADMIN_PASSWORD");
        return new BootstrapSecret(direct == null || direct.isBlank() ? null : direct);
    }

    /** The password the first time, {@code null} afterwards (and when none was given). */
    @Override
    public String get() {
        return value.getAndSet(null);
    }

    boolean present() {
        return value.get() != null;
    }
}
