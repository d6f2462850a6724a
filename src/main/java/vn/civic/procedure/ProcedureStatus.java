package vn.civic.procedure;

/** Whether a procedure takes new dossiers. Dossiers already filed continue either way. */
public enum ProcedureStatus {
    ACTIVE,
    SUSPENDED
}
