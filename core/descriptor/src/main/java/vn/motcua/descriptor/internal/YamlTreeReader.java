package vn.motcua.descriptor.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a Jackson tree from YAML tokens itself, rather than with {@code readTree}, to keep each node's
 * position, the source text of numbers and booleans, and duplicate keys (which {@code readTree} silently
 * drops). Thread-safe: the factory is, and each call has its own state.
 */
public final class YamlTreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private final YAMLFactory factory = YAMLFactory.builder().build();

    /** Thrown when the text is not one well-formed YAML document. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final LocatedTree.Position position;

        SyntaxError(String message, LocatedTree.Position position) {
            super(message);
            this.position = position;
        }

        public LocatedTree.Position position() {
            return position;
        }
    }

    public LocatedTree read(String text) throws SyntaxError {
        Map<String, LocatedTree.Position> positions = new HashMap<>();
        Map<String, String> raw = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) {
                return new LocatedTree(MissingNode.getInstance(), positions, raw, duplicates);
            }
            JsonNode root = value(parser, "", positions, raw, duplicates);
            if (parser.nextToken() != null) {
                throw new SyntaxError("the file holds more than one YAML document ('---'); declare one procedure per file",
                        position(parser.currentTokenLocation()));
            }
            return new LocatedTree(root, positions, raw, duplicates);
        } catch (StreamReadException e) {
            String message = e.getOriginalMessage() == null ? "unreadable YAML" : e.getOriginalMessage();
            throw new SyntaxError("YAML syntax error: " + firstLine(message), position(e.getLocation()));
        } catch (IOException e) {
            throw new SyntaxError("YAML syntax error: " + firstLine(String.valueOf(e.getMessage())), LocatedTree.Position.UNKNOWN);
        }
    }

    private JsonNode value(JsonParser p, String pointer, Map<String, LocatedTree.Position> positions,
                           Map<String, String> raw, List<String> duplicates) throws IOException {
        positions.putIfAbsent(pointer, position(p.currentTokenLocation()));
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = pointer + "/" + escape(name);
                    if (object.has(name)) {
                        duplicates.add(child);
                    }
                    positions.put(child, position(p.currentTokenLocation()));
                    p.nextToken();
                    object.set(name, value(p, child, positions, raw, duplicates));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p, pointer + "/" + index++, positions, raw, duplicates));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                raw.put(pointer, p.getText());
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                raw.put(pointer, p.getText());
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                raw.put(pointer, p.getText());
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                return NODES.textNode(p.getText());
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static LocatedTree.Position position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return LocatedTree.Position.UNKNOWN;
        }
        return new LocatedTree.Position(location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
