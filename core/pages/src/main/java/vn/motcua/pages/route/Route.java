package vn.motcua.pages.route;

/**
 * One route. Its {@code template} also names it in metrics and logs, so their cardinality stays bounded whatever
 * paths clients send.
 *
 * @param method   the HTTP method in capitals
 * @param template the path template as added, e.g. {@code /ho-so/{code}}
 * @param segments the template split at slashes
 * @param handler  what it leads to
 * @param <H>      the front's handler type
 */
public record Route<H>(String method, String template, String[] segments, H handler) {
}
