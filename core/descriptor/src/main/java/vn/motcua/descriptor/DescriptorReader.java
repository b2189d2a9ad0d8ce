package vn.motcua.descriptor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.descriptor.internal.DefinitionMapper;
import vn.motcua.descriptor.internal.FieldSetExpansion;
import vn.motcua.descriptor.internal.LocatedTree;
import vn.motcua.descriptor.internal.ProblemSink;
import vn.motcua.descriptor.internal.SchemaCheck;
import vn.motcua.descriptor.internal.SemanticCheck;
import vn.motcua.descriptor.internal.YamlTreeReader;

/**
 * Reads one YAML procedure descriptor into a {@link ProcedureDefinition}, or reports every problem in it.
 *
 * <p>Checks run in order: UTF-8, YAML syntax (stops here on failure, with the line), reusable field sets
 * ({@code fieldSets} and {@code - use: name}) expanded in place, the JSON Schema
 * {@value #SCHEMA_RESOURCE}, then the rules a schema cannot express (unique ids, every {@code next} names a
 * step, {@code requiredWhen} names a sibling, patterns compile, the last step ends processing, …). Problem
 * messages are in English, for the developers who write descriptors.
 *
 * <p>No exception escapes for bad input. Thread-safe; building one loads the schema, so keep and share it.
 */
public final class DescriptorReader {
    /** Class-path location of the descriptor JSON Schema (draft 2020-12) in this bundle. */
    public static final String SCHEMA_RESOURCE = SchemaCheck.SCHEMA_RESOURCE;

    private final YamlTreeReader yaml = new YamlTreeReader();
    private final SchemaCheck schema = new SchemaCheck();
    private final SemanticCheck semantics = new SemanticCheck();
    private final DefinitionMapper mapper = new DefinitionMapper();
    private final FieldSetExpansion fieldSets = new FieldSetExpansion();
    private final UnitCodes units;

    /** A reader that does not know the units: unit codes are checked for their shape only. */
    public DescriptorReader() {
        this(null);
    }

    /**
     * A reader that also refuses unit codes outside {@code units}.
     *
     * @param units the known units, or {@code null} not to check them
     */
    public DescriptorReader(UnitCodes units) {
        this.units = units;
    }

    /**
     * Reads one descriptor.
     *
     * @param fileName name used in problems, e.g. the path inside the bundle
     * @param content  the raw file content, UTF-8
     * @return the procedure or the problems, with the content's SHA-256 and NFC text
     */
    public DescriptorResult read(String fileName, byte[] content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        String sha256 = sha256(content);
        Optional<String> decoded = utf8(content);
        if (decoded.isEmpty()) {
            return failed(fileName, sha256, "", new DescriptorProblem(fileName, 0, 0, "",
                    "the file is not valid UTF-8; save it as UTF-8"));
        }
        String text = VietnameseText.nfc(stripBom(decoded.get()));
        LocatedTree tree;
        try {
            tree = yaml.read(text);
        } catch (YamlTreeReader.SyntaxError e) {
            return failed(fileName, sha256, text, new DescriptorProblem(fileName, e.position().line(),
                    e.position().column(), "", e.getMessage()));
        }
        if (tree.root().isMissingNode() || tree.root().isNull()) {
            return failed(fileName, sha256, text, new DescriptorProblem(fileName, 1, 1, "",
                    "the file is empty; a descriptor starts with schemaVersion: 1"));
        }
        FieldSetExpansion.Result expanded = fieldSets.expand(tree);
        tree = expanded.tree();
        ProblemSink sink = new ProblemSink(fileName, tree);
        expanded.problems().forEach(p -> sink.add(p[0], p[1]));
        for (String duplicate : tree.duplicates()) {
            sink.add(duplicate, "key '" + duplicate.substring(duplicate.lastIndexOf('/') + 1)
                    + "' is repeated in the same mapping; YAML would keep only the last one, so remove one");
        }
        schema.coerceScalarsToText(tree.root(), tree.rawScalars());
        try {
            schema.check(tree.root(), sink);
            semantics.check(tree.root(), sink);
            if (units != null) {
                semantics.checkUnits(tree.root(), units.codes(), sink);
            }
        } catch (RuntimeException e) {
            // A validator bug must not take the platform down with it: report it as a problem of this file.
            sink.add("", "internal error while checking the descriptor: " + e);
        }
        if (!sink.isEmpty()) {
            return new DescriptorResult(fileName, sha256, text, Optional.empty(), sink.sorted());
        }
        ProblemSink warnings = new ProblemSink(fileName, tree);
        semantics.budgetWarnings(tree.root(), warnings);
        try {
            return new DescriptorResult(fileName, sha256, text, Optional.of(mapper.map(tree.root())), List.of(),
                    warnings.sorted());
        } catch (RuntimeException e) {
            return failed(fileName, sha256, text, new DescriptorProblem(fileName, 1, 1, "",
                    "the descriptor passed the checks but cannot be built: " + e.getMessage()));
        }
    }

    /** The JSON Schema text, e.g. to publish it for editors. */
    public String schemaText() {
        return schema.schemaNode().toPrettyString();
    }

    private static DescriptorResult failed(String file, String sha256, String text, DescriptorProblem problem) {
        return new DescriptorResult(file, sha256, text, Optional.empty(), List.of(problem));
    }

    private static Optional<String> utf8(byte[] content) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
