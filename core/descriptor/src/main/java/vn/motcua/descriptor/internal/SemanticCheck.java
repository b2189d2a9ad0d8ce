package vn.motcua.descriptor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rules the JSON Schema cannot express: references between parts of the descriptor, uniqueness, regular
 * expressions that compile, and a step graph a dossier cannot get stuck in. Works on the raw tree so each
 * problem has a pointer and line; tolerates nodes of the wrong type (the schema check reports those).
 */
public final class SemanticCheck {
    /** type/subtype with the characters RFC 6838 allows, or a wildcard subtype such as image/*. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("^[a-z0-9][a-z0-9!#$&^_.+-]*/([a-z0-9][a-z0-9!#$&^_.+-]*|\\*)$");

    public void check(JsonNode root, ProblemSink sink) {
        if (!root.isObject()) {
            return;
        }
        JsonNode fields = root.path("form").path("fields");
        if (fields.isArray()) {
            checkFields(fields, "/form/fields", sink);
        }
        checkSteps(root.path("steps"), sink);
    }

    private void checkFields(JsonNode fields, String pointer, ProblemSink sink) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            JsonNode id = fields.get(i).path("id");
            if (id.isTextual()) {
                Integer first = ids.putIfAbsent(id.asText(), i);
                if (first != null) {
                    sink.add(pointer + "/" + i + "/id", "field id '" + id.asText() + "' is already used by "
                            + pointer + "/" + first + "; field ids must be unique among siblings");
                }
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            checkField(fields.get(i), pointer + "/" + i, ids.keySet(), sink);
        }
    }

    private void checkField(JsonNode field, String at, Set<String> siblings, ProblemSink sink) {
        if (!field.isObject()) {
            return;
        }
        String type = field.path("type").asText("");
        String id = field.path("id").asText("");
        JsonNode when = field.path("requiredWhen").path("field");
        if (when.isTextual()) {
            if (!siblings.contains(when.asText())) {
                sink.add(at + "/requiredWhen/field", "requiredWhen names field '" + when.asText()
                        + "', which is not declared at this level; use the id of a sibling field");
            } else if (when.asText().equals(id)) {
                sink.add(at + "/requiredWhen/field", "a field cannot be required depending on itself");
            }
            JsonNode condition = field.path("requiredWhen");
            if (!condition.has("equals") && !condition.has("in")) {
                sink.add(at + "/requiredWhen", "requiredWhen needs 'equals' or 'in' to say which value makes the field required");
            }
        }
        if ("choice".equals(type)) {
            JsonNode options = field.path("options");
            if (!options.isArray() || options.isEmpty()) {
                sink.add(at, "choice field '" + id + "' has no options; add options: [{value: ..., label: ...}]");
            } else {
                Set<String> values = new HashSet<>();
                for (int i = 0; i < options.size(); i++) {
                    JsonNode value = options.get(i).path("value");
                    if (value.isTextual() && !values.add(value.asText())) {
                        sink.add(at + "/options/" + i + "/value", "option value '" + value.asText() + "' is repeated; option values must be unique");
                    }
                }
            }
        }
        if ("group".equals(type)) {
            JsonNode children = field.path("fields");
            if (!children.isArray() || children.isEmpty()) {
                sink.add(at, "group field '" + id + "' has no fields; add fields: [...] for one item of the group");
            } else {
                checkFields(children, at + "/fields", sink);
            }
        }
        JsonNode pattern = field.path("pattern");
        if (pattern.isTextual()) {
            try {
                Pattern.compile(pattern.asText());
            } catch (PatternSyntaxException e) {
                sink.add(at + "/pattern", "pattern does not compile as a Java regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
        }
        JsonNode accept = field.path("file").path("accept");
        if (accept.isArray()) {
            for (int i = 0; i < accept.size(); i++) {
                String media = accept.get(i).asText("");
                if (!MEDIA_TYPE.matcher(media).matches()) {
                    sink.add(at + "/file/accept/" + i, "'" + media + "' is not a media type; write it like application/pdf or image/jpeg (lower case)");
                }
            }
        }
        for (String key : new String[] {"minDate", "maxDate"}) {
            JsonNode date = field.path(key);
            if (date.isTextual() && !date.asText().equals("today")) {
                try {
                    LocalDate.parse(date.asText());
                } catch (DateTimeParseException e) {
                    sink.add(at + "/" + key, key + " '" + date.asText() + "' is not a real date; use yyyy-MM-dd or today");
                }
            }
        }
        range(field, "minLength", "maxLength", at, sink);
        range(field, "min", "max", at, sink);
        range(field, "minItems", "maxItems", at, sink);
        range(field, "minDate", "maxDate", at, sink);
    }

    private void range(JsonNode field, String lowKey, String highKey, String at, ProblemSink sink) {
        JsonNode low = field.path(lowKey);
        JsonNode high = field.path(highKey);
        boolean inverted = low.isNumber() && high.isNumber() && low.decimalValue().compareTo(high.decimalValue()) > 0
                || low.isTextual() && high.isTextual() && !low.asText().equals("today") && !high.asText().equals("today")
                && low.asText().compareTo(high.asText()) > 0;
        if (inverted) {
            sink.add(at + "/" + lowKey, lowKey + " is greater than " + highKey + "; no value could pass");
        }
    }

    private void checkSteps(JsonNode steps, ProblemSink sink) {
        if (!steps.isArray()) {
            return;
        }
        if (steps.isEmpty()) {
            sink.add("/steps", "a procedure needs at least one step; add one, e.g. a leader's approval step");
            return;
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode id = steps.get(i).path("id");
            if (id.isTextual()) {
                Integer first = ids.putIfAbsent(id.asText(), i);
                if (first != null) {
                    sink.add("/steps/" + i + "/id", "step id '" + id.asText() + "' is already used by /steps/" + first
                            + "; step ids must be unique");
                }
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            checkStep(steps.get(i), "/steps/" + i, ids.keySet(), i == steps.size() - 1, sink);
        }
    }

    private void checkStep(JsonNode step, String at, Set<String> stepIds, boolean last, ProblemSink sink) {
        if (!step.isObject()) {
            return;
        }
        // Steps are budgeted in working hours or days (Circular 01/2018/TT-VPCP); "same day, next working day
        // after the cut-off hour" is a rule for the whole procedure's time limit only.
        if ("same_day".equals(step.path("budget").path("unit").asText())) {
            sink.add(at + "/budget/unit", "same_day is only for the procedure's disclosure.timeLimit; budget a step in working_hours or working_days");
        }
        JsonNode actions = step.path("actions");
        if (!actions.isArray()) {
            return;
        }
        if (actions.isEmpty()) {
            sink.add(at + "/actions", "step '" + step.path("id").asText() + "' has no actions; a dossier would get stuck there");
            return;
        }
        boolean leadsOn = false;
        boolean ends = false;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < actions.size(); i++) {
            String actionAt = at + "/actions/" + i;
            String action = actions.get(i).path("action").asText("");
            JsonNode next = actions.get(i).path("next");
            if (!seen.add(action)) {
                sink.add(actionAt + "/action", "action '" + action + "' appears twice in this step; each action leads to one place");
            }
            if (next.isTextual() && !stepIds.contains(next.asText())) {
                sink.add(actionAt + "/next", "next step '" + next.asText() + "' is not declared; use one of " + stepIds);
            }
            if (("forward".equals(action) || "send_back".equals(action)) && next.isMissingNode()) {
                sink.add(actionAt, action + " needs 'next': the id of the step it leads to");
            }
            if ("forward".equals(action) && next.isTextual()) {
                leadsOn = true;
            }
            if ("approve".equals(action) || "reject".equals(action)) {
                ends = true;
                if (next.isTextual()) {
                    leadsOn = true;
                }
            }
        }
        if ((last || !leadsOn) && !ends) {
            sink.add(at + "/actions", (last ? "the last step" : "step '" + step.path("id").asText() + "'")
                    + " does not lead on, so it must end processing: add {action: approve} or {action: reject}");
        }
    }
}
