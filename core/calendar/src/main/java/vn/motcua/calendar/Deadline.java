package vn.motcua.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A computed deadline and how it was computed.
 *
 * @param due         the deadline; {@code null} while an open clock stop holds it
 * @param explanation the steps of the computation, in order, in Vietnamese, for officers and citizens
 */
public record Deadline(Instant due, List<ExplanationLine> explanation) {
    public Deadline {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }

    /** True while an open clock stop suspends the deadline. */
    public boolean suspended() {
        return due == null;
    }

    /**
     * One line of an explanation.
     *
     * @param kind    machine-readable kind: {@code received}, {@code cutoff}, {@code limit}, {@code skipped} (time or whole days
     *                not counted), {@code workday} (a swapped working Saturday counted), {@code stop}, {@code due}
     * @param from    start of the stretch concerned, or the instant the line is about
     * @param to      end of the stretch; may be {@code null}
     * @param message Vietnamese sentence
     */
    public record ExplanationLine(String kind, Instant from, Instant to, String message) {
        public ExplanationLine {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }
}
