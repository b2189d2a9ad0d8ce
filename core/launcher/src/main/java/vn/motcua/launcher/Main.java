package vn.motcua.launcher;


/** Entry point of {@code bin/motcua}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
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

}
