package vn.motcua.storage;

/** Citizen evaluations counted for a report: all of them, and those at or above the satisfied level. */
public record RatingCounts(long total, long satisfied) {
}
