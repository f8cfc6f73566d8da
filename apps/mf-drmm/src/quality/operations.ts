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
export const LABELLINGS = graphql(`
  query DrmmLabellings($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      labellings(first: 10) {
        nodes {
          id
          certifiedOn
          expiresOn
          viewerCanManage
          referential {
            id
            code
            name
            version
            open
          }
          modules {
            code
            name
            mandatory
          }
          nextDeadline {
            kind
            dueOn
            state
            warning
          }
          deadlines {
            kind
            dueOn
            state
            warning
            audit {
              id
              plannedOn
              heldOn
            }
          }
        }
      }
    }
  }
`);

export const LABELLING_AUDITS = graphql(`
  query DrmmLabellingAudits($id: ID!) {
    labelling(id: $id) {
      id
      audits(first: 50) {
        totalCount
        nodes {
          id
          kind
          plannedOn
          heldOn
          auditor
          outcome
        }
      }
    }
  }
`);

export const REFERENTIAL = graphql(`
  query DrmmReferential($id: ID!) {
    referential(id: $id) {
      id
      name
      version
      completeness
      note
      source
      engagements(first: 50) {
        nodes {
          id
          number
          theme
          text
          module {
            code
            name
          }
          indicators {
            id
            code
            name
            unit
            target
            definition
            published
            computation
          }
        }
      }
    }
  }
`);

export const PLAN_AUDIT = graphql(`
  mutation DrmmPlanAudit($labellingId: ID!, $input: PlanAuditInput!) {
    planAudit(labellingId: $labellingId, input: $input) {
      id
    }
  }
`);

export const RECORD_AUDIT = graphql(`
  mutation DrmmRecordAudit($id: ID!, $input: RecordAuditInput!) {
    recordAudit(id: $id, input: $input) {
      id
      heldOn
    }
  }
`);

// Apart from the referential's text: nested under its engagements, the values would cost more than the gateway allows.
export const INDICATOR_VALUES = graphql(`
  query DrmmIndicatorValues($tenantId: ID!, $period: String!, $referentialId: ID!) {
    indicatorValues(tenantId: $tenantId, period: $period, referentialId: $referentialId, first: 100) {
      nodes {
        id
        value
        source
        origin
        numerator
        sampleSize
        targetMet
        formulaVersion
        recordedByName
        updatedAt
        indicator {
          id
        }
      }
    }
  }
`);

export const ENTER_INDICATOR_VALUE = graphql(`
  mutation DrmmEnterIndicatorValue($input: EnterIndicatorValueInput!) {
    enterIndicatorValue(input: $input) {
      id
      value
    }
  }
`);

export const IMPORT_INDICATOR_VALUES = graphql(`
  mutation DrmmImportIndicatorValues($csv: String!, $dryRun: Boolean!) {
    importIndicatorValues(csv: $csv, dryRun: $dryRun) {
      dryRun
      applied
      created
      updated
      unchanged
      issues {
        line
        field
        code
        message
      }
    }
  }
`);

export const COMPUTE_INDICATOR_VALUES = graphql(`
  mutation DrmmComputeIndicatorValues($period: String!) {
    computeIndicatorValues(period: $period) {
      indicator {
        id
        name
      }
      value {
        id
      }
      reason
    }
  }
`);

// Q6 « Transparence »: what publishing a quarter would freeze, with the version in force to compare it with.
export const PUBLICATION_DRAFT = graphql(`
  query DrmmPublicationDraft($quarter: String!, $cutOffDate: String) {
    publicationDraft(quarter: $quarter, cutOffDate: $cutOffDate) {
      quarter
      label
      cutOffDate
      viewerCanPublish
      current {
        id
        version
        figures {
          code
          value
        }
      }
      figures {
        recordedAfterCutOff
        indicator {
          id
          code
          name
          unit
          target
          engagement {
            id
            referential {
              id
              name
              version
            }
          }
        }
        value {
          id
          value
          numerator
          sampleSize
          source
          origin
        }
      }
    }
  }
`);

export const PUBLICATIONS = graphql(`
  query DrmmPublications($tenantId: ID!, $quarter: String!) {
    publications(tenantId: $tenantId, quarter: $quarter, first: 20) {
      totalCount
      nodes {
        id
        version
        status
        cutOffDate
        correctionReason
        publishedAt
        publishedByName
        replacedAt
        openData {
          json
          csv
          posterA4
          posterA3
        }
      }
    }
  }
`);

export const PUBLISH_QUARTER = graphql(`
  mutation DrmmPublishQuarter($input: PublishQuarterInput!) {
    publishQuarter(input: $input) {
      id
      version
      status
    }
  }
`);

export const CORRECT_PUBLICATION = graphql(`
  mutation DrmmCorrectPublication($input: CorrectPublicationInput!) {
    correctPublication(input: $input) {
      id
      version
      status
    }
  }
`);
