import { graphql } from './generated/gql';

/** The tenant's directorates and whether the viewer records DCTAJ files for each: the module finds its DCTAJ among them. */
export const DCTAJ_OWNERS = graphql(`
  query DctajOwners($tenantId: ID) {
    directorates(tenantId: $tenantId, first: 100) {
      nodes {
        id
        code
        viewerCanRecordDctajFiles
      }
    }
  }
`);

export const LEGALITY_CONTROLS = graphql(`
  query DctajLegalityControls($tenantId: ID, $after: String) {
    legalityControls(tenantId: $tenantId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        tenantId
        collectiviteName
        actKind
        actReference
        receivedAt
        documentsRequestedAt
        documentsReceivedAt
        observationsSentAt
        electedOfficialInformedAt
        recoursSentAt
        recoursAnsweredAt
        referralDeadline
        referralBasis
        referralPeriodStart
        referredAt
        referralState
        electedOfficialInformedFirst
        viewerCanUpdate
        ownerDirectorate {
          id
        }
      }
    }
  }
`);

export const LEGALITY_COVERAGE = graphql(`
  query DctajLegalityCoverage($tenantId: ID) {
    legalityControlCoverage(tenantId: $tenantId) {
      tenantId
      arrondissements
    }
  }
`);

export const UPDATE_LEGALITY_CONTROL = graphql(`
  mutation DctajUpdateLegalityControl($id: ID!, $input: UpdateLegalityControlInput!) {
    updateLegalityControl(id: $id, input: $input) {
      id
      documentsRequestedAt
      documentsReceivedAt
      observationsSentAt
      electedOfficialInformedAt
      recoursSentAt
      recoursAnsweredAt
      referralDeadline
      referralBasis
      referralPeriodStart
      referredAt
      referralState
      electedOfficialInformedFirst
    }
  }
`);

export const RECORD_LEGALITY_CONTROL = graphql(`
  mutation DctajRecordLegalityControl($input: LegalityControlInput!) {
    recordLegalityControl(input: $input) {
      id
    }
  }
`);

export const LITIGATION_CASES = graphql(`
  query DctajLitigationCases($tenantId: ID, $after: String) {
    litigationCases(tenantId: $tenantId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        tenantId
        reference
        court
        subject
        requestedAt
        filedAt
        hearingAt
        decidedAt
        filingTargetDays
        decisionTargetDays
        daysToFiling
        daysToDecision
        filingOnTime
        decisionOnTime
        viewerCanUpdate
        ownerDirectorate {
          id
        }
      }
    }
  }
`);

export const APPOINTMENT_REQUESTS = graphql(`
  query DctajAppointmentRequests($tenantId: ID, $after: String) {
    appointmentRequests(tenantId: $tenantId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        tenantId
        requesterName
        requesterKind
        collectiviteName
        subject
        requestedAt
        dateAsked
        dateGiven
        delayWorkingDays
        viewerCanUpdate
        ownerDirectorate {
          id
        }
      }
    }
  }
`);

export const RECORD_LITIGATION_CASE = graphql(`
  mutation DctajRecordLitigationCase($input: LitigationCaseInput!) {
    recordLitigationCase(input: $input) {
      id
    }
  }
`);

export const UPDATE_LITIGATION_CASE = graphql(`
  mutation DctajUpdateLitigationCase($id: ID!, $input: UpdateLitigationCaseInput!) {
    updateLitigationCase(id: $id, input: $input) {
      id
    }
  }
`);

export const RECORD_APPOINTMENT_REQUEST = graphql(`
  mutation DctajRecordAppointmentRequest($input: AppointmentRequestInput!) {
    recordAppointmentRequest(input: $input) {
      id
    }
  }
`);

export const UPDATE_APPOINTMENT_REQUEST = graphql(`
  mutation DctajUpdateAppointmentRequest($id: ID!, $input: UpdateAppointmentRequestInput!) {
    updateAppointmentRequest(id: $id, input: $input) {
      id
    }
  }
`);
