/** Process-wide counters, served at /metrics in the Prometheus text format. */
export const metrics = {
  sqlStatements: 0,
  graphqlRequests: 0,
  graphqlErrors: 0,
  publicDocuments: 0,
};

export function renderMetrics(service: string): string {
  const label = `service="${service}"`;
  return [
    '# HELP qualipref_sql_statements_total SQL statements sent to PostgreSQL.',
    '# TYPE qualipref_sql_statements_total counter',
    `qualipref_sql_statements_total{${label}} ${metrics.sqlStatements}`,
    '# HELP qualipref_graphql_requests_total GraphQL operations executed.',
    '# TYPE qualipref_graphql_requests_total counter',
    `qualipref_graphql_requests_total{${label}} ${metrics.graphqlRequests}`,
    '# HELP qualipref_graphql_errors_total GraphQL operations that answered with errors.',
    '# TYPE qualipref_graphql_errors_total counter',
    `qualipref_graphql_errors_total{${label}} ${metrics.graphqlErrors}`,
    '# HELP qualipref_public_documents_total Public documents asked (published results, open data), found or not.',
    '# TYPE qualipref_public_documents_total counter',
    `qualipref_public_documents_total{${label}} ${metrics.publicDocuments}`,
    '',
  ].join('\n');
}
