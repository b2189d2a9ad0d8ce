package vn.motcua.descriptor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        checkExtension(root.path("disclosure").path("timeLimitExtension"), sink);
    }

    /** "Điều" (article), as Vietnamese legal texts cite it, or the English "Art." */
    private static final Pattern ARTICLE = Pattern.compile("(?iu)(điều|đ\\.|art\\.?|article)\\s*\\d+");

    /**
     * An extension moves the appointment a citizen was given, so it must rest on a named article of law, and its case
     * must say something; the schema checks the shape.
     */
    private static void checkExtension(JsonNode extension, ProblemSink sink) {
        if (!extension.isObject()) {
            return;
        }
        JsonNode basis = extension.path("legalBasis");
        if (basis.isTextual() && !ARTICLE.matcher(basis.asText()).find()) {
            sink.add("/disclosure/timeLimitExtension/legalBasis", "the extension must name the article that allows it"
                    + " (e.g. \"Luật Hộ tịch 2014, Điều 18 khoản 2\"); '" + basis.asText() + "' names none");
        }
        JsonNode when = extension.path("when");
        if (when.isTextual() && when.asText().isBlank()) {
            sink.add("/disclosure/timeLimitExtension/when", "say in which case the law allows the extension"
                    + " (e.g. \"Cần xác minh thêm các điều kiện kết hôn\")");
        }
    }

    /**
     * Refuses unit codes the platform does not know: a step at such a unit can never be acted on, and a dossier that
     * reaches it stays there for good (it keeps its procedure version, so a corrected bundle cannot rescue it).
     */
    public void checkUnits(JsonNode root, Set<String> known, ProblemSink sink) {
        if (!root.isObject()) {
            return;
        }
        JsonNode listed = root.path("applicability").path("units");
        for (int i = 0; listed.isArray() && i < listed.size(); i++) {
            unknownUnit(listed.get(i), "/applicability/units/" + i, known, sink);
        }
        JsonNode steps = root.path("steps");
        for (int i = 0; steps.isArray() && i < steps.size(); i++) {
            unknownUnit(steps.get(i).path("unit"), "/steps/" + i + "/unit", known, sink);
        }
    }

    /**
     * Warns when the steps a dossier normally takes (from the first step, following each step's forward) are budgeted
     * more working hours than the legal time limit, or one step alone is: the appointment on the receipt would then be
     * missed by design. A warning, not an error: budgets are internal targets (Circular 01/2018/TT-VPCP), the legal
     * limit is what the appointment uses. Runs on a tree that passed the checks.
     */
    public void budgetWarnings(JsonNode root, ProblemSink warnings) {
        JsonNode limit = root.path("disclosure").path("timeLimit");
        JsonNode steps = root.path("steps");
        if (!limit.isObject() || !steps.isArray() || steps.isEmpty()) {
            return;
        }
        long limitHours = hours(limit);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            index.put(steps.get(i).path("id").asText(), i);
            long budget = hours(steps.get(i).path("budget"));
            if (budget > limitHours) {
                warnings.add("/steps/" + i + "/budget", "step '" + steps.get(i).path("id").asText() + "' alone is budgeted "
                        + budget + " working hours, more than the time limit of " + limitHours + "; shorten the budget");
            }
        }
        long total = 0;
        List<String> path = new ArrayList<>();
        Set<Integer> visited = new HashSet<>();
        for (Integer at = 0; at != null && visited.add(at); ) {
            JsonNode step = steps.get(at);
            total += hours(step.path("budget"));
            path.add(step.path("id").asText());
            at = null;
            for (JsonNode action : step.path("actions")) {
                if ("forward".equals(action.path("action").asText()) && action.path("next").isTextual()) {
                    at = index.get(action.path("next").asText());
                    break;
                }
            }
        }
        if (total > limitHours) {
            warnings.add("/steps", "the steps " + path + " are budgeted " + total + " working hours in all, more than the "
                    + "time limit of " + limitHours + " (disclosure.timeLimit); the appointment would be missed by design");
        }
    }

    /** Working hours of a time limit; a working day is 8 hours, same_day counts its day and the extra days. */
    private static long hours(JsonNode limit) {
        long amount = limit.path("amount").asLong(0);
        return switch (limit.path("unit").asText()) {
            case "working_hours" -> amount;
            case "same_day" -> (amount + 1) * 8;
            default -> amount * 8;
        };
    }

    private static void unknownUnit(JsonNode code, String at, Set<String> known, ProblemSink sink) {
        if (code.isTextual() && !known.contains(code.asText())) {
            sink.add(at, "unit '" + code.asText() + "' is not in the platform's unit list (config/units.csv, "
                    + "GET /api/v1/units); use one of " + new TreeSet<>(known));
        }
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
