package vn.motcua.portal.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.descriptor.VietnameseText;

/**
 * Finds procedures the way citizens type on a phone (decision 1330): without diacritics, with everyday phrases
 * ({@link SearchVocabulary}), and with a typo per word: every word of the query must be a word of the procedure's name,
 * code or field, the start of one, or within a small edit distance of one (1 for words of 2–6 letters, 2 from 7).
 * Best matches first. The one search of the portal: the home page and a unit's catalogue both use it. Thread-safe.
 */
final class ProcedureSearch {

    private final SearchVocabulary vocabulary;

    ProcedureSearch(SearchVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The items whose procedure matches every word of the query, best first; an empty query matches everything. */
    <T> List<T> find(String query, List<T> items, Function<T, ProcedureDefinition> definition) {
        String rewritten = vocabulary.rewrite(query == null ? "" : query);
        if (rewritten.isEmpty()) {
            return query == null || query.isBlank() ? items : List.of();
        }
        String[] words = rewritten.split(" ");
        List<Scored<T>> found = new ArrayList<>();
        for (T item : items) {
            ProcedureDefinition d = definition.apply(item);
            String name = VietnameseText.fold(d.name());
            String[] own = words(d);
            int total = 0;
            for (String w : words) {
                int cost = cost(w, own);
                if (cost < 0) {
                    total = -1;
                    break;
                }
                total += cost;
            }
            if (total >= 0) {
                // The whole rewritten query inside the name ranks first ("khai sinh" before "... sinh ... khai ...").
                found.add(new Scored<>(item, total * 2 + (name.contains(rewritten) ? 0 : 1), name));
            }
        }
        return found.stream().sorted(Comparator.comparingInt((Scored<T> s) -> s.score).thenComparing(s -> s.name))
                .map(s -> s.item).toList();
    }

    private record Scored<T>(T item, int score, String name) {
    }

    private static String[] words(ProcedureDefinition d) {
        String text = d.name() + " " + d.code() + " " + (d.field() == null ? "" : d.field());
        return Arrays.stream(VietnameseText.fold(text).split("[^\\p{L}\\p{N}.]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /** 0 for a word of the procedure, 1 for the start of one (typing in progress), 1 + edits for a typo; -1 when none. */
    static int cost(String word, String[] own) {
        int best = -1;
        int allowed = word.length() < 2 ? 0 : word.length() < 7 ? 1 : 2;
        for (String o : own) {
            int c;
            if (o.equals(word)) {
                return 0;
            } else if (word.length() >= 2 && o.startsWith(word)) {
                c = 1;
            } else {
                int d = distance(word, o, allowed);
                c = d <= allowed ? 1 + d : -1;
            }
            if (c >= 0 && (best < 0 || c < best)) {
                best = c;
            }
        }
        return best;
    }

    /** Levenshtein distance with adjacent transpositions (optimal string alignment), or limit + 1 once it exceeds limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int sub = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + sub);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
