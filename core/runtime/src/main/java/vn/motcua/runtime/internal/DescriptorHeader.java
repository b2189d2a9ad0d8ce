package vn.motcua.runtime.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code Motcua-Procedures} manifest header: comma-separated globs of descriptor paths inside a bundle,
 * e.g. {@code procedures/*.yaml}. Only {@code *} is a wildcard, and only within one path segment.
 */
record DescriptorHeader(List<Pattern> globs) {

    static final String NAME = "Motcua-Procedures";

    static DescriptorHeader parse(String value) {
        return new DescriptorHeader(Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.startsWith("/") ? s.substring(1) : s)
                .map(DescriptorHeader::toRegex)
                .toList());
    }

    boolean matches(String entryPath) {
        String path = entryPath.startsWith("/") ? entryPath.substring(1) : entryPath;
        return globs.stream().anyMatch(g -> g.matcher(path).matches());
    }

    private static Pattern toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (re.length() > 0) {
                re.append("[^/]*");
            }
            re.append(Pattern.quote(part));
        }
        return Pattern.compile(re.toString());
    }
}
