package vn.motcua.pages.http;

/** A service the request needs is not registered yet (the platform is starting or a bundle restarting): 503, retry. */
public final class ServiceStartingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceStartingException(String service) {
        super(service + " is not available yet");
    }

    /** The service, or this exception when it is not there. */
    public static <T> T require(T service, String name) {
        if (service == null) {
            throw new ServiceStartingException(name);
        }
        return service;
    }
}
