import { graphql } from './generated/gql';

export const COMMITTEES = graphql(`
  query DrmmCommittees($tenantId: ID) {
    committees(tenantId: $tenantId, first: 50) {
      nodes {
        id
        name
        decisionDate
        decisionReference
        chairName
        chairTitle
        ownerDirectorate {
          code
          name
        }
        colleges {
          id
          name
        }
        meetings(first: 1) {
          totalCount
        }
      }
    }
    committeeCadence(all: true) {
      committee {
        id
      }
      state
      dueBy
      nextMeetingDate
      followUpsDue {
        id
        title
        dueDate
      }
    }
  }
`);

export const COMMITTEE = graphql(`
  query DrmmCommittee($id: ID!) {
    committee(id: $id) {
      id
      name
      colleges {
        id
        name
        position
      }
      members(first: 60) {
        nodes {
          id
          name
          organisation
          role
          mandateStart
          mandateEnd
          college {
            id
          }
        }
      }
      meetings(first: 20) {
        nodes {
          id
          title
          scheduledAt
          place
          status
        }
      }
    }
  }
`);

export const MEETING = graphql(`
  query DrmmMeeting($id: ID!) {
    meeting(id: $id) {
      id
      title
      scheduledAt
      place
      chairName
      status
      attendanceSheetPdfPath
      committee {
        id
        name
        tenantId
        ownerDirectorate {
          id
        }
        secretariat {
          id
        }
      }
      agenda {
        id
        position
        title
        description
      }
      invitations {
        id
        name
        organisation
        attendance
        representedBy
        signed
      }
      minutesVersions {
        id
        version
        status
        pdfPath
        publishedAt
        sections {
          id
          presentation
          conclusions
          agendaItem {
            id
            position
            title
          }
        }
      }
      proposals(first: 50) {
        nodes {
          id
          authorName
          text
          status
          routings {
            id
            bodyName
            directorate {
              code
            }
          }
        }
      }
    }
  }
`);

export const RECORD_ATTENDANCE = graphql(`
  mutation DrmmRecordAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {
    recordAttendance(meetingId: $meetingId, entries: $entries) {
      id
      attendance
      representedBy
      signed
    }
  }
`);

export const VALIDATE_MINUTES = graphql(`
  mutation DrmmValidateMinutes($id: ID!) {
    validateMinutes(id: $id) {
      id
      status
    }
  }
`);

export const PUBLISH_MINUTES = graphql(`
  mutation DrmmPublishMinutes($id: ID!) {
    publishMinutes(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const PROPOSALS = graphql(`
  query DrmmProposals($after: String) {
    proposals(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        authorName
        text
        status
        answer
        meeting {
          id
          title
          scheduledAt
        }
        routings {
          id
          bodyName
          directorate {
            code
            name
          }
        }
      }
    }
  }
`);

export const ACTION_PLANS = graphql(`
  query DrmmActionPlans($tenantId: ID) {
    actionPlans(tenantId: $tenantId, first: 20) {
      nodes {
        id
        year
        title
      }
    }
  }
`);

// A plan's actions are asked for separately: nested in the list of plans, their count would
// multiply the cost of the query beyond the gateway's limit.
export const PLAN_ACTIONS = graphql(`
  query DrmmPlanActions($planId: ID!) {
    actions(filter: { planId: $planId }, first: 100) {
      totalCount
      nodes {
        id
        reference
        title
        status
        progress
        dueDate
        overdue
        ownerDirectorate {
          code
          name
        }
      }
    }
  }
`);

export const DRAFT_MINUTES = graphql(`
  mutation DrmmDraftMinutes($meetingId: ID!, $input: MinutesInput!) {
    draftMinutes(meetingId: $meetingId, input: $input) {
      id
      status
    }
  }
`);

export const EDIT_MINUTES = graphql(`
  mutation DrmmEditMinutes($id: ID!, $input: MinutesInput!) {
    editMinutes(id: $id, input: $input) {
      id
      status
      sections {
        id
        presentation
        conclusions
        agendaItem {
          id
        }
      }
    }
  }
`);

export const CORRECT_MINUTES = graphql(`
  mutation DrmmCorrectMinutes($id: ID!) {
    correctMinutes(id: $id) {
      id
      version
      status
    }
  }
`);

export const UPDATE_PROPOSAL_STATUS = graphql(`
  mutation DrmmUpdateProposalStatus($id: ID!, $status: ProposalStatus!, $answer: String, $note: String) {
    updateProposalStatus(id: $id, status: $status, answer: $answer, note: $note) {
      id
      status
      answer
    }
  }
`);

export const REPORT_ACTION_PROGRESS = graphql(`
  mutation DrmmReportActionProgress($id: ID!, $progress: Int!, $note: String) {
    reportActionProgress(id: $id, progress: $progress, note: $note) {
      id
      status
      progress
    }
  }
`);
