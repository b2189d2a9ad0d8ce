package vn.motcua.launcher;


/** Entry point of {@code bin/motcua}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "restore".equals(args[0])) {
            restore(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("motcua: " + e.getMessage());
            System.exit(2);
            return;
        }
        Platform platform = new Platform(options);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "motcua-shutdown"));
        try {
            platform.start();
        } catch (PlatformStartException e) {
            System.err.println("motcua: " + e.getMessage());
            platform.stop();
            System.exit(1);
        }
        platform.awaitStop();
    }

    /** {@code bin/motcua restore BACKUP.zip --data-dir DIR}: see {@link Restore}. */
    private static void restore(String[] args) throws java.io.IOException {
        try {
            Restore restore = Restore.parse(args, System.getenv());
            int files = restore.run();
            System.out.println("motcua: restored " + files + " files into " + restore.dataDir()
                    + "; start with: bin/motcua --data-dir " + restore.dataDir());
        } catch (IllegalArgumentException e) {
            System.err.println("motcua: " + e.getMessage());
            System.exit(2);
        }
    }

}
