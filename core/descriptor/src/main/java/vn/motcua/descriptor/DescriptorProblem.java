package vn.motcua.descriptor;

import java.util.Objects;

/**
 * One thing wrong with a descriptor, located so an author can find it.
 *
 * @param file    the descriptor's file name as given to the reader, e.g. {@code procedures/khai-sinh.yaml}
 * @param line    1-based line of the offending key or value; 0 when unknown
 * @param column  1-based column; 0 when unknown
 * @param path    JSON pointer of the offending node, e.g. {@code /steps/2/actions/0/next}; empty for the whole file
 * @param message English message for developers: names the key and says what to do
 */
public record DescriptorProblem(String file, int line, int column, String path, String message) {
    public DescriptorProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: path: message}, the shape compilers use so editors can jump to it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
