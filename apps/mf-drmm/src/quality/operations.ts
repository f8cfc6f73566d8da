import { graphql } from '../generated/gql';

export const QUALITY_CORRESPONDENCE = graphql(`
  query DrmmQualityCorrespondence($tenantId: ID!, $from: String!, $to: String!) {
    tenant(id: $tenantId) {
      id
      correspondenceTableau(from: $from, to: $to) {
        total {
          received
          onTimeRate
          medianDelayWorkingDays
          backlog
          overdue
        }
      }
    }
  }
`);

export const QUALITY_SURVEYS = graphql(`
  query DrmmQualitySurveys($tenantId: ID, $year: Int) {
    campaigns(tenantId: $tenantId, year: $year, first: 10) {
      nodes {
        id
        title
        state
        results {
          respondents
          dimensions {
            dimension
            label
            satisfaction {
              rate
            }
            comparison {
              trend
              difference
            }
          }
        }
      }
    }
  }
`);

export const QUALITY_PLAN = graphql(`
  query DrmmQualityPlan($tenantId: ID) {
    committeeCadence(all: true, tenantId: $tenantId, first: 50) {
      nodes {
        committee {
          id
          name
        }
        state
        dueBy
      }
    }
    actionPlans(tenantId: $tenantId, first: 20) {
      nodes {
        id
        year
        title
      }
    }
  }
`);

export const QUALITY_PLAN_ACTIONS = graphql(`
  query DrmmQualityPlanActions($planId: ID!) {
    all: actions(filter: { planId: $planId }, first: 1) {
      totalCount
    }
    done: actions(filter: { planId: $planId, status: DONE }, first: 1) {
      totalCount
    }
    overdue: actions(filter: { planId: $planId, overdue: true }, first: 1) {
      totalCount
    }
  }
`);
