package vn.motcua.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the launcher was asked to do: command-line options win over environment variables, which win over defaults.
 *
 * @param port      HTTP port ({@code --port}, {@code MOTCUA_PORT}, default 8080)
 * @param dataDir   database, attachments, deploy folder, framework cache ({@code --data-dir}, {@code MOTCUA_DATA_DIR}, default {@code ./data})
 * @param home      the distribution folder holding {@code bundles/}, {@code demo/}, {@code samples/} and {@code config/} ({@code --home}, {@code MOTCUA_HOME})
 * @param configDir configuration read at start ({@code --config-dir}, {@code MOTCUA_CONFIG_DIR}, default {@code <home>/config})
 * @param demo      also install the demo data bundle (sample accounts and dossiers) and start the partner simulators ({@code --demo})
 * @param dbUrl     JDBC URL of the database ({@code --db-url}, {@code MOTCUA_DB_URL}); empty for the embedded H2 file
 */
public record LaunchOptions(int port, Path dataDir, Path home, Path configDir, boolean demo, String dbUrl) {

    /** Parses arguments; throws {@link IllegalArgumentException} with a message for the user on bad input. */
    public static LaunchOptions parse(String[] args, Map<String, String> env) {
        String port = env.getOrDefault("MOTCUA_PORT", "8080");
        String data = env.getOrDefault("MOTCUA_DATA_DIR", "data");
        String home = env.getOrDefault("MOTCUA_HOME", ".");
        String config = env.get("MOTCUA_CONFIG_DIR");
        String dbUrl = env.getOrDefault("MOTCUA_DB_URL", "");
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = value(args, ++i, arg);
                case "--data-dir" -> data = value(args, ++i, arg);
                case "--home" -> home = value(args, ++i, arg);
                case "--config-dir" -> config = value(args, ++i, arg);
                case "--db-url" -> dbUrl = value(args, ++i, arg);
                case "--demo" -> demo = true;
                default -> throw new IllegalArgumentException("unknown option " + arg
                        + "; use --port N, --data-dir DIR, --config-dir DIR, --db-url URL, --demo");
            }
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port / MOTCUA_PORT must be a number from 0 to 65535, was '" + port + "'");
        }
        if (portNumber < 0 || portNumber > 65535) {
            throw new IllegalArgumentException("--port / MOTCUA_PORT must be from 0 to 65535, was " + portNumber);
        }
        Path homePath = Path.of(home).toAbsolutePath().normalize();
        Path configPath = config == null ? homePath.resolve("config") : Path.of(config).toAbsolutePath().normalize();
        return new LaunchOptions(portNumber, Path.of(data).toAbsolutePath().normalize(), homePath, configPath, demo, dbUrl);
    }

    /**
     * The folders whose jars are this start's platform bundles: {@code bundles/}, and {@code demo/} only with
     * {@code --demo}, so that a start without it does not even install the demo data bundle (decision 1502).
     */
    public List<Path> platformBundleFolders() {
        return demo ? List.of(home.resolve("bundles"), home.resolve("demo")) : List.of(home.resolve("bundles"));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
