package vn.motcua.descriptor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML document with the source position of every node, so problems found on the tree can be
 * reported at a line.
 *
 * @param root       the document
 * @param positions  JSON pointer → position; for an object member, the position of its key
 * @param rawScalars JSON pointer → source text of scalars YAML read as numbers or booleans
 *                   ({@code code: 1.001190} must stay "1.001190", {@code units: [00070]} must stay "00070")
 * @param duplicates pointers of keys that occur twice in one mapping
 */
public record LocatedTree(JsonNode root, Map<String, Position> positions, Map<String, String> rawScalars,
                          List<String> duplicates) {

    /** A 1-based source position. */
    public record Position(int line, int column) {
        public static final Position UNKNOWN = new Position(0, 0);
    }

    /** The position of the node at {@code pointer}, or of its nearest ancestor that has one. */
    public Position positionOf(String pointer) {
        String p = pointer;
        while (true) {
            Position found = positions.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return new Position(1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
