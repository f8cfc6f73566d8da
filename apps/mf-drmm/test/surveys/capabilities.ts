/** The tenant's survey capabilities as the API gives them (Tenant.viewerCan), for the mocks of the survey screens. */
export const capabilities = (manageSurveys: boolean, issueKioskTokens = false) => ({
  __typename: 'Tenant' as const,
  id: 'metz',
  viewerCan: { __typename: 'TenantViewerCan' as const, id: 'metz', manageSurveys, issueKioskTokens },
});
