package vn.motcua.web.internal;

/**
 * The resources behind the API's routes, built once by {@link ApiServlet}.
 *
 * @param schema  the procedure descriptor's JSON schema text
 * @param openApi the OpenAPI document's text
 */
record ApiResources(HealthResource health, BackupResource backups, UnitsResource units, String schema,
                    ProceduresResource procedures, CalendarResource calendar, DossiersResource dossiers,
                    PaymentsResource payments, DocumentsResource documents, CitizenResource citizen, String openApi,
                    AdminResource admin, UnitsAdminResource unitsAdmin, AuthResource auth, AccountsResource accounts) {
}
