import { graphql } from './generated/gql';

export const READABLE_TENANTS = graphql(`
  query ConsoleTenants {
    tenants(first: 10) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);

export const CONSOLE_CAPABILITIES = graphql(`
  query ConsoleCapabilities($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      timeZone
      viewerCan {
        id
        analyseData
        openQualityProgramme
      }
      directorates(first: 50) {
        nodes {
          id
          code
          viewerCanOpenModule
        }
      }
    }
  }
`);

export const DASHBOARD = graphql(`
  query ConsoleDashboard($tenantId: ID!, $from: String!, $to: String!) {
    tenant(id: $tenantId) {
      id
      name
      correspondenceTableau(from: $from, to: $to) {
        total {
          received
          answered
          onTimeRate
          medianDelayWorkingDays
          backlog
          overdue
        }
      }
      directorates(first: 20) {
        nodes {
          id
          code
          name
          correspondenceTableau(from: $from, to: $to) {
            total {
              received
              answered
              onTimeRate
              medianDelayWorkingDays
              backlog
              overdue
            }
          }
        }
      }
    }
  }
`);

// Public: the legal pages read it before any sign-in.
export const TENANT_PUBLISHERS = graphql(`
  query ConsoleTenantPublishers {
    tenantPublishers(first: 10) {
      nodes {
        id
        kind
        name
        publisherName
        publicationDirector
        postalAddress
      }
    }
  }
`);
