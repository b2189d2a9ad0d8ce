package vn.motcua.portal.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.descriptor.VietnameseText;

/**
 * The words citizens type and the words of the procedure names they mean, read from {@code config/portal-search.conf}
 * (decision 1330) so that the city's one-stop staff add a phrase without a release. Each line is
 * {@code everyday phrase = words in the names}; the line {@code ignore = làm, xin, …} lists filler words a query may
 * carry. Both sides are folded (no diacritics, no case). Immutable.
 *
 * @param rules   everyday phrase → name words, longest phrase first so "sao y bản chính" wins over "sao y"
 * @param ignored folded filler words and phrases, longest first
 */
record SearchVocabulary(List<Rule> rules, List<String> ignored) {

    static final String FILE = "portal-search.conf";

    /** One synonym rule, both sides folded. */
    record Rule(String phrase, String meaning) {
    }

    SearchVocabulary {
        rules = rules.stream().sorted(Comparator.comparingInt((Rule r) -> r.phrase().length()).reversed()).toList();
        ignored = ignored.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static SearchVocabulary none() {
        return new SearchVocabulary(List.of(), List.of());
    }

    /** Reads the file; a missing file means no synonyms. A line without "=" is refused with its number. */
    static SearchVocabulary read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return none();
        }
        return parse(lines, file.toString());
    }

    static SearchVocabulary parse(List<String> lines, String source) {
        List<Rule> rules = new ArrayList<>();
        Set<String> ignored = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": write «cụm từ thường dùng = từ trong tên thủ tục»"
                        + " or «ignore = từ, từ», was: " + line);
            }
            String left = VietnameseText.fold(line.substring(0, eq));
            String right = VietnameseText.fold(line.substring(eq + 1));
            if (left.equals("ignore")) {
                for (String word : right.split(",")) {
                    if (!word.isBlank()) {
                        ignored.add(word.strip());
                    }
                }
            } else {
                rules.add(new Rule(left, right));
            }
        }
        return new SearchVocabulary(rules, List.copyOf(ignored));
    }

    /** The folded query with everyday phrases replaced by what they mean and filler words removed. */
    String rewrite(String query) {
        String q = " " + VietnameseText.fold(query).replaceAll("[^\\p{L}\\p{N}.]+", " ").strip() + " ";
        for (Rule r : rules) {
            q = q.replace(" " + r.phrase() + " ", " " + r.meaning() + " ");
        }
        for (String filler : ignored) {
            String before;
            do {
                before = q;
                q = q.replace(" " + filler + " ", " ");
            } while (!q.equals(before));
        }
        return q.strip().replaceAll(" +", " ");
    }
}
