package vn.motcua.engine.internal;

/** The electronic agency identifier of a unit (Decision 20/2020/QĐ-TTg), the prefix of its dossier codes. */
@FunctionalInterface
public interface AgencyCodes {
    String agencyCode(String unitCode);
}
