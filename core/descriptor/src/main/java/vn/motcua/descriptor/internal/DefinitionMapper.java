package vn.motcua.descriptor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.motcua.api.procedure.Applicability;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ClockPolicy;
import vn.motcua.api.procedure.ComplianceCost;
import vn.motcua.api.procedure.Condition;
import vn.motcua.api.procedure.Disclosure;
import vn.motcua.api.procedure.Fee;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.FileSpec;
import vn.motcua.api.procedure.Form;
import vn.motcua.api.procedure.HookKind;
import vn.motcua.api.procedure.OnlineMode;
import vn.motcua.api.procedure.Option;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.RequiredDocument;
import vn.motcua.api.procedure.Role;
import vn.motcua.api.procedure.Step;
import vn.motcua.api.procedure.StepAction;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.api.procedure.TimeLimitExtension;
import vn.motcua.api.procedure.Transition;
import vn.motcua.api.procedure.UnitLevel;

/**
 * Maps a tree that passed the schema and semantic checks onto the procedure records. Written by hand rather
 * than with data binding so that descriptor enums stay lower_snake_case and the records stay free of
 * Jackson annotations. Stateless.
 */
public final class DefinitionMapper {

    public ProcedureDefinition map(JsonNode root) {
        return new ProcedureDefinition(
                root.get("code").asText(),
                root.get("name").asText(),
                text(root, "field"),
                root.get("version").asText(),
                applicability(root.get("applicability")),
                disclosure(root.get("disclosure")),
                new Form(list(root.path("form").path("fields"), this::field)),
                list(root.get("steps"), this::step),
                root.has("clockPolicy") ? enumOf(ClockPolicy.class, root.get("clockPolicy")) : null,
                root.has("complianceCost") ? complianceCost(root.get("complianceCost")) : null,
                new HashSet<>(list(root.path("hooks"), h -> enumOf(HookKind.class, h))));
    }

    private Applicability applicability(JsonNode node) {
        return new Applicability(enumOf(UnitLevel.class, node.get("level")), list(node.path("units"), JsonNode::asText));
    }

    private Disclosure disclosure(JsonNode node) {
        return new Disclosure(
                list(node.path("legalBasis"), JsonNode::asText),
                list(node.path("documents"), d -> new RequiredDocument(d.get("name").asText(),
                        d.path("originals").asInt(0), d.path("copies").asInt(0),
                        d.path("required").asBoolean(true), text(d, "note"))),
                list(node.path("fees"), f -> new Fee(f.get("name").asText(), f.get("amountVnd").asLong(), text(f, "note"))),
                timeLimit(node.get("timeLimit")),
                node.has("channels") ? list(node.get("channels"), c -> enumOf(Channel.class, c)) : null,
                node.has("resultChannels") ? list(node.get("resultChannels"), c -> enumOf(Channel.class, c)) : null,
                node.has("onlineMode") ? enumOf(OnlineMode.class, node.get("onlineMode")) : null,
                text(node, "subjects"),
                text(node, "result"),
                node.has("timeLimitExtension") ? extension(node.get("timeLimitExtension")) : null);
    }

    private TimeLimitExtension extension(JsonNode node) {
        return new TimeLimitExtension(node.get("workingDays").asInt(), node.get("when").asText().strip(),
                node.get("legalBasis").asText().strip());
    }

    private TimeLimit timeLimit(JsonNode node) {
        return new TimeLimit(enumOf(TimeLimit.Unit.class, node.get("unit")), node.get("amount").asInt());
    }

    private Field field(JsonNode node) {
        Map<String, String> messages = new LinkedHashMap<>();
        node.path("messages").fields().forEachRemaining(e -> messages.put(e.getKey(), e.getValue().asText()));
        JsonNode when = node.get("requiredWhen");
        JsonNode file = node.get("file");
        return new Field(
                node.get("id").asText(),
                node.get("label").asText(),
                enumOf(FieldType.class, node.get("type")),
                node.path("required").asBoolean(false),
                when == null ? null : new Condition(when.get("field").asText(), text(when, "equals"),
                        list(when.path("in"), JsonNode::asText)),
                text(node, "pattern"),
                integer(node, "minLength"),
                integer(node, "maxLength"),
                node.has("min") ? node.get("min").asDouble() : null,
                node.has("max") ? node.get("max").asDouble() : null,
                text(node, "minDate"),
                text(node, "maxDate"),
                list(node.path("options"), o -> new Option(o.get("value").asText(), text(o, "label"))),
                node.path("multiple").asBoolean(false),
                file == null ? null : new FileSpec(file.has("accept") ? list(file.get("accept"), JsonNode::asText) : null,
                        file.path("maxBytes").asLong(0), file.path("maxFiles").asInt(0)),
                list(node.path("fields"), this::field),
                integer(node, "minItems"),
                integer(node, "maxItems"),
                text(node, "help"),
                messages);
    }

    private Step step(JsonNode node) {
        return new Step(
                node.get("id").asText(),
                node.get("name").asText(),
                text(node, "unit"),
                enumOf(Role.class, node.get("role")),
                timeLimit(node.get("budget")),
                list(node.get("actions"), a -> new Transition(enumOf(StepAction.class, a.get("action")), text(a, "next"))),
                node.path("automated").asBoolean(false));
    }

    private ComplianceCost complianceCost(JsonNode node) {
        return new ComplianceCost(
                list(node.path("tasks"), t -> new ComplianceCost.Task(t.get("name").asText(), t.get("hours").asDouble())),
                node.path("otherCostsVnd").asLong(0),
                node.path("timesPerYear").asInt(0),
                node.path("subjectsPerYear").asLong(0));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode value) {
        // Descriptors use lower_snake_case (same_day); the Java constants are the same in upper case.
        return Enum.valueOf(type, value.asText().toUpperCase(Locale.ROOT));
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> out.add(item.apply(n)));
        }
        return out;
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
