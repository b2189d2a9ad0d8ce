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
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

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
            throw syntaxError(e);
        } catch (IOException e) {
            throw new SyntaxError("YAML syntax error: " + e.getMessage(), LocatedTree.Position.UNKNOWN);
        }
    }

    /**
     * The whole reason, where the author has to edit. SnakeYAML reports a problem where it noticed it, which for a
     * key without ':' is the line after and for an unclosed quote the end of the file; the line where the construct it
     * was reading began is the one to fix then.
     */
    private static SyntaxError syntaxError(StreamReadException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblem() != null) {
                String problem = marked.getProblem().strip();
                Mark problemMark = marked.getProblemMark();
                Mark contextMark = marked.getContextMark();
                boolean keyWithoutColon = problem.contains("could not find expected ':'") && contextMark != null;
                boolean unclosed = problem.contains("end of stream") && contextMark != null;
                Mark at = keyWithoutColon || unclosed || problemMark == null ? contextMark : problemMark;
                StringBuilder message = new StringBuilder("YAML syntax error: ").append(problem);
                if (marked.getContext() != null && contextMark != null) {
                    message.append(" (").append(marked.getContext().strip()).append(" that starts at line ")
                            .append(contextMark.getLine() + 1).append(", column ").append(contextMark.getColumn() + 1).append(')');
                }
                if (keyWithoutColon) {
                    message.append("; this line is neither 'key: value' nor a list item '- ...': add the ':' after the key,"
                            + " or indent it as the continuation of the value above");
                } else if (unclosed) {
                    message.append("; it is never closed: add the closing quote or bracket");
                }
                return new SyntaxError(message.toString(), at == null ? LocatedTree.Position.UNKNOWN
                        : new LocatedTree.Position(at.getLine() + 1, at.getColumn() + 1));
            }
        }
        String message = e.getOriginalMessage() == null ? "unreadable YAML" : e.getOriginalMessage().strip();
        return new SyntaxError("YAML syntax error: " + message, position(e.getLocation()));
    }

    private JsonNode value(JsonParser p, String pointer, Map<String, LocatedTree.Position> positions,
                           Map<String, String> raw, List<String> duplicates) throws IOException, SyntaxError {
        positions.putIfAbsent(pointer, position(p.currentTokenLocation()));
        refuseAnchorsAndAliases(p);
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

    /**
     * Jackson reads an alias ({@code *name}) as the text "name", not as the anchored value, so a descriptor using one
     * would silently mean something else. Both are refused with a message that says so and what to use instead.
     */
    private static void refuseAnchorsAndAliases(JsonParser p) throws IOException, SyntaxError {
        if (p instanceof YAMLParser yaml) {
            if (yaml.isCurrentAlias()) {
                throw new SyntaxError("YAML aliases (*" + p.getText() + ") are not supported in descriptors (they would be read as"
                        + " the plain text '" + p.getText() + "'): write the value out in full", position(p.currentTokenLocation()));
            }
            String anchor = yaml.getObjectId();
            if (anchor != null) {
                throw new SyntaxError("YAML anchors (&" + anchor + ") are not supported in descriptors: aliases to them would be"
                        + " read as plain text; write the values out in full",
                        position(p.currentTokenLocation()));
            }
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
}
