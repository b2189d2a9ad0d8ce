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
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Step;
import vn.motcua.descriptor.DescriptorProblem;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.descriptor.DescriptorResult;
import vn.motcua.descriptor.FormValidation;
import vn.motcua.descriptor.HookBindings;
import vn.motcua.descriptor.UnitCodes;
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
 * <p>Unit codes are checked against the units the platform ships ({@code config/units.csv}, copied into the kit), or
 * {@link #withUnitsFile(Path) your own file}. Hooks are loaded from the bundle's component descriptions and bound by
 * the platform's rules ({@link HookBindings}).
 *
 * <p>Not thread-safe; one per test class is the intended use.
 */
public final class ProcedureTestKit {
    /** Where procedure bundles keep descriptors, in the bundle and so on the test class path. */
    public static final String PROCEDURES_FOLDER = "procedures";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final List<Source> sources;
    private final List<BundleHooks.Loaded> componentHooks;
    private final List<HookBindings.Registration> addedHooks = new ArrayList<>();
    private final FormValidation validation = new FormValidation();
    private UnitCodes units = UnitsFile.bundled();
    private List<DescriptorResult> results;
    private LocalDate today = LocalDate.now(HANOI);
    private KitCalendar calendar = KitCalendar.shipped(java.time.Clock.systemUTC());
    private String unitCode = "00004";

    /** One descriptor file as found. */
    private record Source(String name, byte[] content) {
    }

    private ProcedureTestKit(List<Source> sources, List<BundleHooks.Loaded> componentHooks) {
        this.sources = List.copyOf(sources);
        this.componentHooks = List.copyOf(componentHooks);
    }

    /** Reads every {@code *.yaml} and {@code *.yml} file directly in {@code dir}; no hooks are loaded. */
    public static ProcedureTestKit loadDescriptors(Path dir) {
        return new ProcedureTestKit(sources(dir), List.of());
    }

    /**
     * Reads a bundle laid out as its jar is (e.g. {@code target/classes}): the descriptors under {@code procedures/} and
     * the hooks of its component descriptions, created with {@code loader}.
     */
    public static ProcedureTestKit loadBundle(Path root, ClassLoader loader) {
        return new ProcedureTestKit(sources(root.resolve(PROCEDURES_FOLDER)), BundleHooks.load(root, loader));
    }

    private static List<Source> sources(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try (Stream<Path> files = Files.list(dir)) {
            List<Source> sources = new ArrayList<>();
            for (Path file : files.filter(ProcedureTestKit::isDescriptor).sorted().toList()) {
                sources.add(new Source(PROCEDURES_FOLDER + "/" + file.getFileName(), Files.readAllBytes(file)));
            }
            if (sources.isEmpty()) {
                throw new AssertionError("no descriptors (*.yaml) in " + dir);
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read descriptors in " + dir, e);
        }
    }

    /**
     * Reads the descriptors under {@code procedures/} on the class path (a bundle's {@code src/main/resources/procedures}),
     * and the bundle's hooks from its Declarative Services component descriptions next to them
     * ({@code OSGI-INF/*.xml}, which bnd writes from {@code @Component} when the classes are built), binding them with
     * the platform's rules: a hook under a code no descriptor declares, or a second hook for one step, is a problem.
     */
    public static ProcedureTestKit fromClasspath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = loader.getResource(PROCEDURES_FOLDER);
        if (url == null) {
            throw new AssertionError("no " + PROCEDURES_FOLDER + "/ folder on the class path; put descriptors in src/main/resources/procedures/");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return new ProcedureTestKit(sources(jar.getPath(PROCEDURES_FOLDER)), BundleHooks.load(jar.getPath("/"), loader));
                }
            }
            Path folder = Path.of(url.toURI());
            return new ProcedureTestKit(sources(folder), BundleHooks.load(folder.getParent(), loader));
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

    /**
     * Fixes "now" for appointments and step budgets: the moment a dossier is received by {@link #startDossier} and from
     * which {@link #appointment} counts (Hà Nội time). Also sets {@link #today}. Default: the real clock.
     */
    public ProcedureTestKit receivedAt(java.time.LocalDateTime at) {
        Objects.requireNonNull(at, "at");
        this.calendar = calendar.at(java.time.Clock.fixed(KitCalendar.instant(at), KitCalendar.HANOI));
        this.today = at.toLocalDate();
        return this;
    }

    /**
     * Counts working time with your deployment's calendar ({@code <configDir>/calendar/settings.yaml} and year files
     * with holidays and swapped working Saturdays), as the platform started with {@code --config-dir} does; default:
     * the official schedules the platform ships.
     */
    public ProcedureTestKit withCalendar(Path configDir) {
        this.calendar = KitCalendar.fromConfig(configDir, java.time.Clock.fixed(calendar.now(), KitCalendar.HANOI));
        return this;
    }

    /** The receiving unit whose working hours count (default {@code 00004}, a ward); must be in the units file. */
    public ProcedureTestKit receivingUnit(String code) {
        if (!units.codes().contains(code)) {
            throw new AssertionError("unit '" + code + "' is not in the units file; use one of " + new java.util.TreeSet<>(units.codes()));
        }
        this.unitCode = code;
        return this;
    }

    /**
     * The appointment the receipt would give a dossier of this procedure received at {@link #receivedAt} (Hà Nội time),
     * counted by the platform's working calendar.
     */
    public java.time.LocalDateTime appointment(String code) {
        return KitCalendar.local(calendar.due(unitCode, calendar.now(), procedure(code).disclosure().timeLimit()));
    }

    /**
     * Checks unit codes against another units file (same columns as the platform's {@code config/units.csv}) instead
     * of the one the kit ships, e.g. your deployment's file with its own units.
     */
    public ProcedureTestKit withUnitsFile(Path unitsCsv) {
        this.units = UnitsFile.read(unitsCsv);
        this.results = null;
        return this;
    }

    /**
     * Adds a cross-field hook for a procedure by hand, run after the declarative rules pass, as the platform does. A
     * hook of the same class that the kit loaded from the bundle's component descriptions is replaced by this one.
     */
    public ProcedureTestKit withValidator(String code, FormValidator validator) {
        addedHooks.add(new HookBindings.Registration(validator, code, null, "withValidator", -1));
        return this;
    }

    /** Adds an automated step by hand; one loaded from the component descriptions with the same class is replaced. */
    public ProcedureTestKit withAutomatedStep(String code, String stepId, AutomatedStep step) {
        addedHooks.add(new HookBindings.Registration(step, code, stepId, "withAutomatedStep", -1));
        return this;
    }

    /** Every descriptor read, valid or not. */
    public List<DescriptorResult> results() {
        if (results == null) {
            DescriptorReader reader = new DescriptorReader(units);
            results = sources.stream().map(s -> reader.read(s.name(), s.content())).toList();
        }
        return results;
    }

    /** Warnings of every descriptor (e.g. step budgets beyond the time limit); they never fail {@link #assertNoProblems()}. */
    public List<DescriptorProblem> warnings() {
        List<DescriptorProblem> all = new ArrayList<>();
        results().forEach(r -> all.addAll(r.warnings()));
        return Collections.unmodifiableList(all);
    }

    /**
     * Every problem of every descriptor, two descriptors declaring the same code, hooks the platform would not use
     * (see {@link HookBindings}), and hooks a descriptor requires that the bundle does not register.
     */
    public List<DescriptorProblem> problems() {
        List<DescriptorProblem> all = new ArrayList<>();
        results().forEach(r -> all.addAll(r.problems()));
        all.addAll(sameCodeTwice(results()));
        componentHooks.stream().flatMap(h -> h.problem().stream()).forEach(all::add);
        HookBindings bindings = bindings();
        bindings.problems().forEach(p -> all.add(new DescriptorProblem(BundleHooks.COMPONENTS, 0, 0, "", p.message())));
        for (DescriptorResult r : results()) {
            r.procedure().ifPresent(p -> bindings.missing(p).forEach(m -> all.add(new DescriptorProblem(r.file(), 1, 1,
                    "/hooks", "procedure " + p.code() + " requires " + m + ", but the bundle registers none; the platform"
                    + " would list it as waiting and not offer it. Write a @Component with property "
                    + "motcua.procedure=" + p.code() + (m.startsWith("automated") ? " and motcua.step=<step id>" : "")))));
        }
        return Collections.unmodifiableList(all);
    }

    /** The hooks as the platform would bind them: from the component descriptions, and those added by hand. */
    public HookBindings bindings() {
        List<HookBindings.Registration> registrations = new ArrayList<>();
        for (BundleHooks.Loaded loaded : componentHooks) {
            loaded.registration().filter(r -> addedHooks.stream().noneMatch(a -> a.hook().getClass() == r.hook().getClass()
                    && a.procedureCode() != null && a.procedureCode().equals(r.procedureCode()))).ifPresent(registrations::add);
        }
        registrations.addAll(addedHooks);
        return HookBindings.bind(results().stream().flatMap(r -> r.procedure().stream()).toList(), registrations);
    }

    /**
     * What the automated step of a procedure's step answers for {@code data}, checked as the platform checks it: the
     * answer must be an action the step allows (otherwise the platform leaves the step to its officer).
     *
     * @return the action, e.g. {@code forward}; empty when the hook leaves the step to an officer
     */
    public Optional<String> performAutomatedStep(String code, String stepId, Map<String, Object> data) {
        Step step = procedure(code).step(stepId).orElseThrow(() -> new AssertionError("procedure " + code + " has no step " + stepId));
        AutomatedStep hook = bindings().automatedStep(code, stepId).orElseThrow(() -> new AssertionError(
                "no automated step is bound to " + code + "/" + stepId + problemsSuffix()));
        Optional<String> answer = hook.perform(check(code, data).formData());
        answer.ifPresent(a -> {
            boolean allowed = step.actions().stream().anyMatch(t -> t.action().name().equalsIgnoreCase(a.strip().replace('-', '_')));
            if (!allowed) {
                throw new AssertionError("automated step " + code + "/" + stepId + " answered '" + a + "', which the step does"
                        + " not allow (" + step.actions().stream().map(t -> t.action().name().toLowerCase(java.util.Locale.ROOT))
                        .toList() + "); the platform would leave the dossier to the officer");
            }
        });
        return answer;
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
        return results().stream().flatMap(r -> r.procedure().stream()).filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no valid descriptor declares procedure " + code + problemsSuffix()));
    }

    /**
     * Accepts a dossier with {@code data} (which must pass the form's rules and validators) and puts it at the first
     * step, performing automated steps with the bound hooks, ready to be walked through the steps.
     */
    public DossierRun startDossier(String code, Map<String, Object> data) {
        Map<String, Object> accepted = assertAccepts(code, data);
        return new DossierRun(procedure(code), new vn.motcua.api.hook.FormData(accepted), bindings(), calendar, unitCode);
    }

    /** Checks data exactly as a submission would be checked. */
    public ValidatedForm check(String code, Map<String, Object> data) {
        return validation.validate(procedure(code).form(), data, today, bindings().validators(code));
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
