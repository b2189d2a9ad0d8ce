package vn.motcua.storage;

/** The hand-overs of one officer (or unit) in a period, by class against the step deadlines. */
public record OfficerFigures(String actor, String unitCode, long early, long onTime, long late) {
    public long total() {
        return early + onTime + late;
    }
}
