package vn.motcua.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import vn.motcua.storage.ReportFigure;

/**
 * The Decision 766/QĐ-TTg indicators as configured (domain.md §7: only the five groups and the 18 points of satisfaction
 * are confirmed; other weights and formulas are configuration). A formula is a sum of terms over a sum of terms; a term
 * is a {@link ReportFigure} name, {@code RATINGS} or {@code RATINGS_SATISFIED}.
 */
record IndicatorConfig(int satisfiedFrom, List<Indicator> indicators) {

    /** Evaluation terms: not dossier figures. */
    static final String RATINGS = "RATINGS";
    static final String RATINGS_SATISFIED = "RATINGS_SATISFIED";

    record Indicator(String id, String group, String name, double weight, List<String> numerator,
                     List<String> denominator, boolean available) {
        String formula() {
            return available ? String.join(" + ", numerator) + " ÷ " + String.join(" + ", denominator) : "chưa có dữ liệu";
        }
    }

    /** {@code <configDir>/indicators.properties}, else the copy shipped in this bundle. */
    static IndicatorConfig load(Path configDir) {
        Properties p = new Properties();
        try {
            Path file = configDir == null ? null : configDir.resolve("indicators.properties");
            if (file != null && Files.isRegularFile(file)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            } else {
                try (InputStream in = IndicatorConfig.class.getResourceAsStream("indicators.properties");
                     Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read indicators.properties: " + e.getMessage(), e);
        }
        return parse(p);
    }

    static IndicatorConfig parse(Properties p) {
        List<Indicator> list = new ArrayList<>();
        for (String id : p.getProperty("indicators", "").split(",")) {
            id = id.strip();
            if (id.isEmpty()) {
                continue;
            }
            boolean available = Boolean.parseBoolean(p.getProperty(id + ".available", "true"));
            list.add(new Indicator(id, required(p, id + ".group"), required(p, id + ".name"),
                    Double.parseDouble(required(p, id + ".weight")),
                    available ? terms(p, id + ".numerator") : List.of(), available ? terms(p, id + ".denominator") : List.of(),
                    available));
        }
        return new IndicatorConfig(Integer.parseInt(p.getProperty("satisfied.from", "2").strip()), List.copyOf(list));
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("indicators.properties: " + key + " is missing; add it or remove the indicator from 'indicators'");
        }
        return v.strip();
    }

    private static List<String> terms(Properties p, String key) {
        List<String> terms = Arrays.stream(required(p, key).split("\\+")).map(String::strip).toList();
        for (String t : terms) {
            if (!t.equals(RATINGS) && !t.equals(RATINGS_SATISFIED)
                    && Arrays.stream(ReportFigure.values()).noneMatch(f -> f.name().equals(t))) {
                throw new IllegalStateException("indicators.properties: " + key + " names '" + t + "', which is neither a"
                        + " figure (" + Arrays.toString(ReportFigure.values()) + ") nor RATINGS / RATINGS_SATISFIED");
            }
        }
        return terms;
    }
}
