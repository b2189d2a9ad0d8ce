package vn.motcua.engine.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * {@code <config>/feedback.properties}: the response deadline of feedback in working days. No statutory figure is
 * confirmed for Hanoi (domain.md has none), so it is configuration with a default of
 * {@value #DEFAULT_RESPONSE_WORKING_DAYS} working days when the file or key is absent.
 */
record FeedbackSettings(int responseWorkingDays) {

    static final String FILE = "feedback.properties";
    static final String KEY = "responseWorkingDays";
    static final int DEFAULT_RESPONSE_WORKING_DAYS = 10;

    /**
     * @throws IllegalStateException naming the file, the key and what to write when the value is not a whole number from 1 to 365
     */
    static FeedbackSettings read(String configDir) {
        if (configDir == null) {
            return new FeedbackSettings(DEFAULT_RESPONSE_WORKING_DAYS);
        }
        Path file = Path.of(configDir).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new FeedbackSettings(DEFAULT_RESPONSE_WORKING_DAYS);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not readable: " + e.getMessage(), e);
        }
        String value = p.getProperty(KEY, Integer.toString(DEFAULT_RESPONSE_WORKING_DAYS)).strip();
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= 365) {
                return new FeedbackSettings(days);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(file + ": " + KEY + " must be a whole number of working days from 1 to 365, was '" + value + "'");
    }
}
