package vn.motcua.runtime.internal;

/** The configuration folder holds something the platform cannot use; the message names the file and line. */
public class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
