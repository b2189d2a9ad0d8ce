package vn.motcua.workspace.internal;

/**
 * Every page object of the staff front, for the route table. Each is stateless and serves every request.
 */
record StaffPages(StaffGate gate, LoginPage login, WorkPages work, BulkActions bulk, DossierPage dossier, DossierActions actions,
                  DocumentPages documents, IntakePages intake, FeedbackDeskPages feedback, EvaluationPages evaluation,
                  DashboardPages dashboard, AdminPages admin, BundlePages bundles, BundleCheckPage bundleCheck,
                  UnitPages units, AccountPages accounts, CalendarPages calendar, CostPages cost, OutboxPages outbox) {
}
