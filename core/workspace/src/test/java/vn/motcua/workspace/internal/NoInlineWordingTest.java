package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pages whose wording has moved into the message bundles (issue 15) keep it there: no string literal of theirs holds
 * a Vietnamese letter, so new text cannot slip back inline. Add a class here once its wording has moved.
 */
class NoInlineWordingTest {

    static final List<String> MOVED = List.of("AccountPages", "AdminPages", "BundlePages", "BundleCheckPage", "BundleStates",
            "CostPages", "DashboardPages", "DashboardTables", "DashboardExport", "DashboardScope",
            "DossierPage", "DossierActions", "EvaluationPages", "FeedbackDeskPages", "FigureLabels", "Labels", "QueuePages",
            "ReadableValues", "IntakePages", "BulkActions", "RoleChoices", "PostalArrivals");

    /** A string literal with a letter outside ASCII (every Vietnamese word but the plainest has one). */
    static final Pattern VIETNAMESE_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*[À-ỹĐđ](?:[^\"\\\\\\n]|\\\\.)*\"");

    @Test
    void movedPagesHoldNoVietnameseLiterals() throws IOException {
        List<String> found = new ArrayList<>();
        for (String name : MOVED) {
            List<String> lines = Files.readAllLines(MessageBundlesTest.SOURCES.resolve(name + ".java"));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("/")) {
                    continue; // comments may quote the wording they explain
                }
                Matcher m = VIETNAMESE_LITERAL.matcher(line);
                while (m.find()) {
                    found.add(name + ".java:" + (i + 1) + " " + m.group());
                }
            }
        }
        assertEquals(List.of(), found, "wording belongs in messages_vi.properties / messages_en.properties");
    }
}
