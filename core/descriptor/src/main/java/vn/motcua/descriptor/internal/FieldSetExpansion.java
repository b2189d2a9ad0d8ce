package vn.motcua.descriptor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reusable field sets: fields declared once under {@code fieldSets: {person: [...]}} and used in any fields list as
 * {@code - use: person}, e.g. inside a one-item group per spouse, instead of copying fifty lines. The item is replaced
 * by the set's fields before any check, so everything downstream (schema, semantic checks, the mapper) sees plain
 * fields; every copied node keeps the line of its declaration under {@code fieldSets}, so a problem in a set points
 * there. Stateless.
 */
public final class FieldSetExpansion {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final String SETS = "fieldSets";
    private static final String USE = "use";

    /** What expanding gave: the tree without {@code fieldSets} and {@code use}, and problems (pointer, message). */
    public record Result(LocatedTree tree, List<String[]> problems) {
    }

    private record Copy(Map<String, LocatedTree.Position> positions, Map<String, String> raw,
                        Map<String, List<String>> targetsOf, List<String[]> problems) {
    }

    public Result expand(LocatedTree source) {
        JsonNode root = source.root();
        if (!root.isObject() || !root.has(SETS) && !mentionsUse(root)) {
            return new Result(source, List.of());
        }
        Copy copy = new Copy(new HashMap<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>());
        JsonNode sets = root.path(SETS);
        if (root.has(SETS) && !sets.isObject()) {
            copy.problems().add(new String[] {"/" + SETS, "fieldSets must be a mapping of set names to field lists, e.g."
                    + " fieldSets: {nguoi: [{id: hoTen, label: Họ và tên, type: text}]}"});
        }
        ObjectNode out = NODES.objectNode();
        record("", "", source, copy);
        Iterator<Map.Entry<String, JsonNode>> members = root.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> m = members.next();
            if (m.getKey().equals(SETS)) {
                continue;
            }
            String at = "/" + YamlTreeReader.escape(m.getKey());
            out.set(m.getKey(), node(m.getValue(), at, at, sets, source, copy, new ArrayDeque<>()));
        }
        List<String> duplicates = new ArrayList<>();
        for (String d : source.duplicates()) {
            duplicates.addAll(copy.targetsOf().getOrDefault(d, List.of()));
        }
        return new Result(new LocatedTree(out, copy.positions(), copy.raw(), duplicates), copy.problems());
    }

    private JsonNode node(JsonNode src, String from, String to, JsonNode sets, LocatedTree source, Copy copy,
                          Deque<String> using) {
        record(from, to, source, copy);
        if (src.isObject()) {
            ObjectNode object = NODES.objectNode();
            src.fields().forEachRemaining(m -> {
                String key = "/" + YamlTreeReader.escape(m.getKey());
                object.set(m.getKey(), node(m.getValue(), from + key, to + key, sets, source, copy, using));
            });
            return object;
        }
        if (src.isArray()) {
            ArrayNode array = NODES.arrayNode();
            boolean fieldList = from.endsWith("/fields");
            for (int i = 0; i < src.size(); i++) {
                JsonNode item = src.get(i);
                String itemFrom = from + "/" + i;
                if (fieldList && item.isObject() && item.has(USE)) {
                    splice(item, itemFrom, to, array, sets, source, copy, using);
                } else {
                    array.add(node(item, itemFrom, to + "/" + array.size(), sets, source, copy, using));
                }
            }
            return array;
        }
        return src;
    }

    /** Replaces a {@code use} item of a fields list by the set's fields, appended to {@code array}. */
    private void splice(JsonNode item, String itemFrom, String listTo, ArrayNode array, JsonNode sets, LocatedTree source,
                        Copy copy, Deque<String> using) {
        String name = item.path(USE).asText("");
        String at = listTo + "/" + array.size();
        if (item.size() != 1) {
            copy.problems().add(new String[] {at, "an item with 'use' takes the set's fields as they are; remove its other keys,"
                    + " or declare a field of its own next to it"});
            copy.positions().put(at, source.positionOf(itemFrom));
        }
        JsonNode fields = sets.path(name);
        if (!fields.isArray()) {
            copy.problems().add(new String[] {at + "/use", "field set '" + name + "' is not declared; declare it under fieldSets"
                    + " or use one of " + names(sets)});
            copy.positions().put(at + "/use", source.positionOf(itemFrom + "/use"));
            return;
        }
        if (using.contains(name)) {
            copy.problems().add(new String[] {at + "/use", "field set '" + name + "' uses itself through " + using
                    + "; a set cannot contain itself"});
            copy.positions().put(at + "/use", source.positionOf(itemFrom + "/use"));
            return;
        }
        using.push(name);
        String setFrom = "/" + SETS + "/" + YamlTreeReader.escape(name);
        for (int j = 0; j < fields.size(); j++) {
            JsonNode field = fields.get(j);
            if (field.isObject() && field.has(USE)) {
                splice(field, setFrom + "/" + j, listTo, array, sets, source, copy, using);
            } else {
                array.add(node(field, setFrom + "/" + j, listTo + "/" + array.size(), sets, source, copy, using));
            }
        }
        using.pop();
    }

    private static void record(String from, String to, LocatedTree source, Copy copy) {
        LocatedTree.Position p = source.positions().get(from);
        if (p != null) {
            copy.positions().put(to, p);
        }
        String raw = source.rawScalars().get(from);
        if (raw != null) {
            copy.raw().put(to, raw);
        }
        copy.targetsOf().computeIfAbsent(from, f -> new ArrayList<>()).add(to);
    }

    private static boolean mentionsUse(JsonNode node) {
        if (node.isObject()) {
            if (node.has(USE)) {
                return true;
            }
            for (JsonNode child : node) {
                if (mentionsUse(child)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                if (mentionsUse(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static TreeSet<String> names(JsonNode object) {
        TreeSet<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
