package vn.motcua.engine;

import java.time.Instant;

/**
 * A dossier that became due soon or overdue, claimed by one scheduler node.
 *
 * @param code     dossier code
 * @param kind     due soon or overdue
 * @param unitCode unit holding the dossier
 * @param role     role that must act
 * @param dueAt    the deadline concerned (the earlier of step deadline and appointment)
 */
public record DueAlert(String code, Kind kind, String unitCode, String role, Instant dueAt) {
    public enum Kind { DUE_SOON, OVERDUE }
}
