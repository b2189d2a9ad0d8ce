package vn.motcua.descriptor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a descriptor tree against {@code schema/procedure-descriptor.schema.json} and turns the
 * validator's messages into problems that say what to do. Thread-safe once built.
 */
public final class SchemaCheck {
    public static final String SCHEMA_RESOURCE = "schema/procedure-descriptor.schema.json";

    private final JsonNode schemaNode;
    private final JsonSchema schema;

    public SchemaCheck() {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            schemaNode = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
    }

    /** The schema document. */
    public JsonNode schemaNode() {
        return schemaNode;
    }

    /**
     * Replaces numbers and booleans by their source text wherever the schema expects a string, so that
     * {@code code: 1.001190} or {@code units: [00070]} mean what the author wrote. Mutates {@code root}.
     */
    public void coerceScalarsToText(JsonNode root, Map<String, String> rawScalars) {
        coerce(root, schemaNode, "", rawScalars);
    }

    private void coerce(JsonNode data, JsonNode rule, String pointer, Map<String, String> raw) {
        JsonNode schemaOf = resolve(rule);
        if (schemaOf == null) {
            return;
        }
        if (data instanceof ObjectNode object) {
            JsonNode properties = schemaOf.path("properties");
            JsonNode additional = schemaOf.path("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String childPointer = pointer + "/" + YamlTreeReader.escape(member.getKey());
                JsonNode childRule = properties.has(member.getKey()) ? properties.get(member.getKey())
                        : additional.isObject() ? additional : null;
                if (childRule == null) {
                    continue;
                }
                JsonNode replacement = asText(member.getValue(), childRule, childPointer, raw);
                if (replacement != null) {
                    member.setValue(replacement);
                } else {
                    coerce(member.getValue(), childRule, childPointer, raw);
                }
            }
        } else if (data instanceof ArrayNode array) {
            JsonNode items = schemaOf.get("items");
            if (items == null) {
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                String childPointer = pointer + "/" + i;
                JsonNode replacement = asText(array.get(i), items, childPointer, raw);
                if (replacement != null) {
                    array.set(i, replacement);
                } else {
                    coerce(array.get(i), items, childPointer, raw);
                }
            }
        }
    }

    private JsonNode asText(JsonNode value, JsonNode rule, String pointer, Map<String, String> raw) {
        JsonNode resolved = resolve(rule);
        boolean wantsText = resolved != null && "string".equals(resolved.path("type").asText())
                || rule.path("type").asText().equals("string");
        if (wantsText && (value.isNumber() || value.isBoolean()) && raw.containsKey(pointer)) {
            return TextNode.valueOf(raw.get(pointer));
        }
        return null;
    }

    private JsonNode resolve(JsonNode rule) {
        JsonNode current = rule;
        for (int guard = 0; current != null && current.has("$ref") && guard < 10; guard++) {
            String ref = current.get("$ref").asText();
            current = ref.startsWith("#/") ? schemaNode.at(ref.substring(1)) : null;
            if (current != null && current.isMissingNode()) {
                current = null;
            }
        }
        return current;
    }

    /** Checks {@code root}; every message becomes a problem in {@code sink}. */
    public void check(JsonNode root, ProblemSink sink) {
        Set<ValidationMessage> messages = schema.validate(root);
        for (ValidationMessage m : messages) {
            String at = m.getInstanceLocation().toString();
            String pointer = at.equals("/") ? "" : at;
            String property = m.getProperty();
            switch (m.getType()) {
                case "required" -> sink.add(pointer, "missing required key '" + property + "'; add it"
                        + hint(pointer, property));
                case "additionalProperties" -> {
                    String child = pointer + "/" + YamlTreeReader.escape(String.valueOf(property));
                    // "label: Cha, mẹ" inside {...} yields a key "mẹ" without a value: a split text, not a typo.
                    boolean looksLikeText = String.valueOf(property).contains(" ") || root.at(child).isNull() || root.at(child).asText("x").isEmpty();
                    sink.add(child, "unknown key '" + property + "'; " + (looksLikeText
                            ? "a comma inside {...} or [...] splits a value in two: put text that contains commas in quotes"
                            : "check its spelling (keys are camelCase, as in the schema) or remove it"));
                }
                case "enum" -> sink.add(pointer, "value " + m.getInstanceNode() + " is not allowed for '" + last(pointer)
                        + "'; use one of " + enumValues(m));
                case "const" -> sink.add(pointer, "'" + last(pointer) + "' must be " + m.getSchemaNode());
                case "type" -> sink.add(pointer, "'" + last(pointer) + "' has the wrong type: " + error(m)
                        + (m.getInstanceNode() != null && m.getInstanceNode().isNull()
                        ? " (an empty value in YAML is null; give a value or remove the key)" : ""));
                case "pattern" -> sink.add(pointer, "'" + last(pointer) + "' value " + m.getInstanceNode()
                        + " does not match the pattern " + m.getSchemaNode());
                default -> sink.add(pointer, "'" + last(pointer) + "': " + error(m));
            }
        }
    }

    private static String hint(String pointer, String property) {
        if ("schemaVersion".equals(property) && pointer.isEmpty()) {
            return " (schemaVersion: 1)";
        }
        return "";
    }

    private static String enumValues(ValidationMessage m) {
        JsonNode node = m.getSchemaNode();
        if (node != null && node.isArray()) {
            StringBuilder b = new StringBuilder();
            node.forEach(v -> b.append(b.length() == 0 ? "" : ", ").append(v.asText()));
            return b.toString();
        }
        return Arrays.toString(m.getArguments());
    }

    private static String error(ValidationMessage m) {
        String e = m.getError();
        return e == null ? m.getMessage() : e;
    }

    private static String last(String pointer) {
        return pointer.isEmpty() ? "(document)" : pointer.substring(pointer.lastIndexOf('/') + 1);
    }
}
