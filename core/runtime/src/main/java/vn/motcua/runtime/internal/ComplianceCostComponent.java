package vn.motcua.runtime.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.runtime.cost.ComplianceCostEstimate;
import vn.motcua.runtime.cost.ComplianceCosts;
import vn.motcua.runtime.cost.CostComparison;

/** Offers {@link ComplianceCostCalculator} with the income rate of {@code <config>/compliance-cost.properties}. */
@Component(service = ComplianceCosts.class)
public final class ComplianceCostComponent implements ComplianceCosts {

    static final String FILE = "compliance-cost.properties";
    static final String INCOME_KEY = "incomeVndPerHour";

    private final ComplianceCostCalculator calculator;

    @Activate
    public ComplianceCostComponent(BundleContext context) {
        this.calculator = new ComplianceCostCalculator(incomeRate(Path.of(FrameworkProperty.required(context, "motcua.config.dir")).resolve(FILE)));
    }

    /** The configured rate; a missing or wrong value stops the component with the file, key and what to write. */
    static long incomeRate(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new ConfigurationException(file + " is not readable (" + e.getMessage() + "): create it with a line "
                    + INCOME_KEY + "=<đồng per hour> to compute compliance costs");
        }
        String value = p.getProperty(INCOME_KEY, "").strip().replace("_", "");
        try {
            long rate = Long.parseLong(value);
            if (rate < 0) {
                throw new NumberFormatException();
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(file + ": " + INCOME_KEY + " must be a whole number of đồng per hour ≥ 0, was '" + value + "'");
        }
    }

    @Override
    public long incomeVndPerHour() {
        return calculator.incomeVndPerHour();
    }

    @Override
    public Optional<ComplianceCostEstimate> estimate(ProcedureDefinition procedure) {
        return calculator.estimate(procedure);
    }

    @Override
    public Optional<CostComparison> compare(ProcedureDefinition before, ProcedureDefinition after) {
        return calculator.compare(before, after);
    }
}
