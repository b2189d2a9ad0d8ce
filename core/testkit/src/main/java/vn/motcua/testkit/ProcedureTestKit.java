package vn.motcua.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.descriptor.DescriptorProblem;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.descriptor.DescriptorResult;
import vn.motcua.descriptor.FormValidation;
import vn.motcua.descriptor.ValidatedForm;

/**
 * Tests a procedure bundle's descriptors and form rules with the platform's own reader and validator,
 * without booting the platform. Assertions throw {@link AssertionError}, so it works with any test framework.
 *
 * <pre>{@code
 * class KhaiSinhTest {
 *     ProcedureTestKit kit = ProcedureTestKit.fromClasspath().today(LocalDate.of(2025, 9, 15));
 *
 *     @Test void descriptorsAreValid() { kit.assertNoProblems(); }
 *
 *     @Test void childBornTomorrowIsRejected() {
 *         kit.assertRejects("1.001193", ProcedureTestKit.data("ngaySinhTre", "2025-09-16", ...), "ngaySinhTre", "maxDate");
 *     }
 * }
 * }</pre>
 *
 * <p>Not thread-safe; one per test class is the intended use.
 */
public final class ProcedureTestKit {
    /** Where procedure bundles keep descriptors, in the bundle and so on the test class path. */
    public static final String PROCEDURES_FOLDER = "procedures";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final List<DescriptorResult> results;
    private final List<DescriptorProblem> kitProblems;
    private final Map<String, List<FormValidator>> validators = new LinkedHashMap<>();
    private final FormValidation validation = new FormValidation();
    private LocalDate today = LocalDate.now(HANOI);

    private ProcedureTestKit(List<DescriptorResult> results) {
        this.results = List.copyOf(results);
        this.kitProblems = sameCodeTwice(this.results);
    }

    /** Reads every {@code *.yaml} and {@code *.yml} file directly in {@code dir}. */
    public static ProcedureTestKit loadDescriptors(Path dir) {
        Objects.requireNonNull(dir, "dir");
        DescriptorReader reader = new DescriptorReader();
        try (Stream<Path> files = Files.list(dir)) {
            List<DescriptorResult> results = new ArrayList<>();
            for (Path file : files.filter(ProcedureTestKit::isDescriptor).sorted().toList()) {
                results.add(reader.read(PROCEDURES_FOLDER + "/" + file.getFileName(), Files.readAllBytes(file)));
            }
            if (results.isEmpty()) {
                throw new AssertionError("no descriptors (*.yaml) in " + dir);
            }
            return new ProcedureTestKit(results);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read descriptors in " + dir, e);
        }
    }

    /** Reads the descriptors under {@code procedures/} on the class path (a bundle's {@code src/main/resources/procedures}). */
    public static ProcedureTestKit fromClasspath() {
        URL url = Thread.currentThread().getContextClassLoader().getResource(PROCEDURES_FOLDER);
        if (url == null) {
            throw new AssertionError("no " + PROCEDURES_FOLDER + "/ folder on the class path; put descriptors in src/main/resources/procedures/");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return loadDescriptors(jar.getPath(PROCEDURES_FOLDER));
                }
            }
            return loadDescriptors(Path.of(url.toURI()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open " + url, e);
        }
    }

    /** Builds form data in order from key/value pairs: {@code data("hoTen", "An", "soBan", 2)}. */
    public static Map<String, Object> data(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("data(...) takes key/value pairs");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            data.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        return data;
    }

    /** Fixes the date {@code today} means in date rules (default: today in Hà Nội). */
    public ProcedureTestKit today(LocalDate date) {
        this.today = Objects.requireNonNull(date, "date");
        return this;
    }

    /** Adds a bundle's cross-field hook for a procedure, run after the declarative rules pass, as the platform does. */
    public ProcedureTestKit withValidator(String code, FormValidator validator) {
        validators.computeIfAbsent(code, c -> new ArrayList<>()).add(validator);
        return this;
    }

    /** Every descriptor read, valid or not. */
    public List<DescriptorResult> results() {
        return results;
    }

    /** Every problem of every descriptor, plus two descriptors declaring the same code. */
    public List<DescriptorProblem> problems() {
        List<DescriptorProblem> all = new ArrayList<>();
        results.forEach(r -> all.addAll(r.problems()));
        all.addAll(kitProblems);
        return Collections.unmodifiableList(all);
    }

    /** Fails listing every problem as {@code file:line:column: path: message}. */
    public ProcedureTestKit assertNoProblems() {
        List<DescriptorProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " problem(s) in descriptors:\n"
                    + problems.stream().map(DescriptorProblem::toString).collect(Collectors.joining("\n")));
        }
        return this;
    }

    /** The valid procedure with this code. */
    public ProcedureDefinition procedure(String code) {
        return results.stream().flatMap(r -> r.procedure().stream()).filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no valid descriptor declares procedure " + code + problemsSuffix()));
    }

    /** Checks data exactly as a submission would be checked. */
    public ValidatedForm check(String code, Map<String, Object> data) {
        return validation.validate(procedure(code).form(), data, today, validators.getOrDefault(code, List.of()));
    }

    /** The field errors a submission of {@code data} would get; empty when it would be accepted. */
    public List<FieldError> validate(String code, Map<String, Object> data) {
        return check(code, data).errors();
    }

    /** Fails unless {@code data} would be accepted; returns the normalised data. */
    public Map<String, Object> assertAccepts(String code, Map<String, Object> data) {
        ValidatedForm checked = check(code, data);
        if (!checked.isValid()) {
            throw new AssertionError("expected procedure " + code + " to accept the data, but:\n" + describe(checked.errors()));
        }
        return checked.normalisedData();
    }

    /**
     * Fails unless {@code data} is rejected with an error of {@code errorCode} on {@code field}
     * (a path such as {@code chaMe[0].hoTen}); returns that error to check its message.
     */
    public FieldError assertRejects(String code, Map<String, Object> data, String field, String errorCode) {
        List<FieldError> errors = validate(code, data);
        return errors.stream().filter(e -> e.field().equals(field) && e.code().equals(errorCode)).findFirst()
                .orElseThrow(() -> new AssertionError("expected error " + errorCode + " on " + field + ", got "
                        + (errors.isEmpty() ? "none" : ":\n" + describe(errors))));
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> "  " + e.field() + " [" + e.code() + "] " + e.message()).collect(Collectors.joining("\n"));
    }

    private String problemsSuffix() {
        return problems().isEmpty() ? "" : "; problems:\n" + problems().stream().map(DescriptorProblem::toString).collect(Collectors.joining("\n"));
    }

    private static boolean isDescriptor(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** One bundle declaring a code twice for the same units is a conflict the registry would refuse. */
    private static List<DescriptorProblem> sameCodeTwice(List<DescriptorResult> results) {
        Map<String, DescriptorResult> seen = new LinkedHashMap<>();
        List<DescriptorProblem> problems = new ArrayList<>();
        for (DescriptorResult r : results) {
            r.procedure().ifPresent(p -> {
                String key = p.code() + " " + p.applicability().units();
                DescriptorResult first = seen.putIfAbsent(key, r);
                if (first != null) {
                    problems.add(new DescriptorProblem(r.file(), 1, 1, "/code", "procedure " + p.code()
                            + " for the same units is already declared in " + first.file() + "; keep one"));
                }
            });
        }
        return problems;
    }
}
