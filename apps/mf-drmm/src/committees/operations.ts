import { graphql } from '../generated/gql';

// The committee screens' operations, built from the fragments of ./fragments.ts.

export const COMMITTEES = graphql(`
  query DrmmCommittees($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      viewerCan {
        id
        createCommittees
      }
    }
    committees(tenantId: $tenantId, first: 50) {
      nodes {
        ...DrmmCommitteeSummaryFields
      }
    }
    committeeCadence(all: true, tenantId: $tenantId, first: 50) {
      nodes {
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
  }
`);

export const COMMITTEE = graphql(`
  query DrmmCommittee($id: ID!) {
    committee(id: $id) {
      ...DrmmCommitteeFields
      members(first: 60) {
        nodes {
          ...DrmmMemberFields
        }
      }
      meetings(first: 20) {
        nodes {
          ...DrmmMeetingSummaryFields
        }
      }
      followUps {
        ...DrmmFollowUpFields
      }
    }
  }
`);

export const MEETING = graphql(`
  query DrmmMeeting($id: ID!) {
    meeting(id: $id) {
      ...DrmmMeetingFields
      committee {
        ...DrmmCommitteeRightsFields
        name
      }
      agenda {
        id
        position
        title
        description
      }
      minutesVersions {
        ...DrmmMinutesFields
      }
      proposals(first: 50) {
        nodes {
          ...DrmmProposalFields
        }
      }
    }
  }
`);

/** A meeting's invitees, a page at a time: the attendance sheet follows the pages to the last. */
export const MEETING_INVITATIONS = graphql(`
  query DrmmMeetingInvitations($id: ID!, $after: String) {
    meeting(id: $id) {
      id
      invitations(first: 50, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...DrmmMeetingInvitationFields
        }
      }
    }
  }
`);

export const RECORD_ATTENDANCE = graphql(`
  mutation DrmmRecordAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {
    recordAttendance(meetingId: $meetingId, entries: $entries) {
      ...DrmmMeetingInvitationFields
    }
  }
`);

export const VALIDATE_MINUTES = graphql(`
  mutation DrmmValidateMinutes($id: ID!) {
    validateMinutes(id: $id) {
      ...DrmmMinutesFields
    }
  }
`);

export const PUBLISH_MINUTES = graphql(`
  mutation DrmmPublishMinutes($id: ID!) {
    publishMinutes(id: $id) {
      ...DrmmMinutesFields
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
        ...DrmmProposalFields
        meeting {
          id
          title
          scheduledAt
        }
      }
    }
  }
`);

export const ACTION_PLANS = graphql(`
  query DrmmActionPlans($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      viewerCan {
        id
        createActionPlans
        createServicesActionPlans
      }
    }
    actionPlans(tenantId: $tenantId, first: 20) {
      nodes {
        ...DrmmActionPlanFields
      }
    }
    committees(tenantId: $tenantId, first: 20) {
      nodes {
        ...DrmmCommitteeRightsFields
        name
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
        ...DrmmActionFields
      }
    }
  }
`);

export const DRAFT_MINUTES = graphql(`
  mutation DrmmDraftMinutes($meetingId: ID!, $input: MinutesInput!) {
    draftMinutes(meetingId: $meetingId, input: $input) {
      ...DrmmMinutesFields
    }
  }
`);

export const EDIT_MINUTES = graphql(`
  mutation DrmmEditMinutes($id: ID!, $input: MinutesInput!) {
    editMinutes(id: $id, input: $input) {
      ...DrmmMinutesFields
    }
  }
`);

export const CORRECT_MINUTES = graphql(`
  mutation DrmmCorrectMinutes($id: ID!) {
    correctMinutes(id: $id) {
      ...DrmmMinutesFields
    }
  }
`);

export const UPDATE_PROPOSAL_STATUS = graphql(`
  mutation DrmmUpdateProposalStatus($id: ID!, $status: ProposalStatus!, $answer: String, $note: String) {
    updateProposalStatus(id: $id, status: $status, answer: $answer, note: $note) {
      ...DrmmProposalFields
    }
  }
`);

export const REPORT_ACTION_PROGRESS = graphql(`
  mutation DrmmReportActionProgress($id: ID!, $progress: Int!, $note: String) {
    reportActionProgress(id: $id, progress: $progress, note: $note) {
      ...DrmmActionFields
    }
  }
`);

export const CREATE_COMMITTEE = graphql(`
  mutation DrmmCreateCommittee($input: CreateCommitteeInput!) {
    createCommittee(input: $input) {
      ...DrmmCommitteeFields
    }
  }
`);

export const UPDATE_COMMITTEE = graphql(`
  mutation DrmmUpdateCommittee($id: ID!, $input: UpdateCommitteeInput!) {
    updateCommittee(id: $id, input: $input) {
      ...DrmmCommitteeFields
    }
  }
`);

export const ADD_MEMBER = graphql(`
  mutation DrmmAddMember($committeeId: ID!, $input: MemberInput!) {
    addMember(committeeId: $committeeId, input: $input) {
      ...DrmmMemberFields
    }
  }
`);

export const UPDATE_MEMBER = graphql(`
  mutation DrmmUpdateMember($id: ID!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) {
      ...DrmmMemberFields
    }
  }
`);

export const ADD_FOLLOW_UP = graphql(`
  mutation DrmmAddFollowUp($committeeId: ID!, $title: String!, $dueDate: String!) {
    addFollowUp(committeeId: $committeeId, title: $title, dueDate: $dueDate) {
      ...DrmmFollowUpFields
    }
  }
`);

export const SET_FOLLOW_UP_DONE = graphql(`
  mutation DrmmSetFollowUpDone($id: ID!, $done: Boolean!) {
    setFollowUpDone(id: $id, done: $done) {
      ...DrmmFollowUpFields
    }
  }
`);

export const SCHEDULE_MEETING = graphql(`
  mutation DrmmScheduleMeeting($committeeId: ID!, $input: ScheduleMeetingInput!) {
    scheduleMeeting(committeeId: $committeeId, input: $input) {
      ...DrmmMeetingSummaryFields
    }
  }
`);

export const MARK_MEETING_HELD = graphql(`
  mutation DrmmMarkMeetingHeld($id: ID!) {
    markMeetingHeld(id: $id) {
      ...DrmmMeetingFields
    }
  }
`);

export const CANCEL_MEETING = graphql(`
  mutation DrmmCancelMeeting($id: ID!) {
    cancelMeeting(id: $id) {
      ...DrmmMeetingFields
    }
  }
`);

export const DIRECTORATES = graphql(`
  query DrmmDirectorates($tenantId: ID) {
    directorates(tenantId: $tenantId, first: 50) {
      nodes {
        ...DrmmDirectorateFields
      }
    }
  }
`);

export const RAISE_PROPOSAL = graphql(`
  mutation DrmmRaiseProposal($meetingId: ID!, $input: RaiseProposalInput!) {
    raiseProposal(meetingId: $meetingId, input: $input) {
      ...DrmmProposalFields
    }
  }
`);

export const CREATE_ACTION_PLAN = graphql(`
  mutation DrmmCreateActionPlan($committeeId: ID, $title: String!, $year: Int!) {
    createActionPlan(committeeId: $committeeId, title: $title, year: $year) {
      ...DrmmActionPlanFields
    }
  }
`);

export const ADD_ACTION = graphql(`
  mutation DrmmAddAction($planId: ID!, $input: ActionInput!) {
    addAction(planId: $planId, input: $input) {
      ...DrmmActionFields
    }
  }
`);

export const ACTION_PLAN_CSV = graphql(`
  query DrmmActionPlanCsv($id: ID!) {
    actionPlan(id: $id) {
      id
      year
      csv
    }
  }
`);

export const IMPORT_ACTION_PLAN_CSV = graphql(`
  mutation DrmmImportActionPlanCsv($planId: ID!, $csv: String!, $dryRun: Boolean!) {
    importActionPlanCsv(planId: $planId, csv: $csv, dryRun: $dryRun) {
      dryRun
      applied
      created
      updated
      unchanged
      rejected
      issues {
        line
        field
        code
        message
      }
    }
  }
`);

// Where an action can come from, asked for only when that kind of origin is chosen.
export const ACCEPTED_PROPOSALS = graphql(`
  query DrmmAcceptedProposals {
    proposals(filter: { status: ACCEPTED }, first: 50) {
      nodes {
        id
        text
        authorName
      }
    }
  }
`);

export const COMMITTEE_MEETINGS = graphql(`
  query DrmmCommitteeMeetings($committeeId: ID!) {
    committee(id: $committeeId) {
      id
      meetings(first: 20) {
        nodes {
          ...DrmmMeetingSummaryFields
        }
      }
    }
  }
`);

export const SURVEY_FINDINGS = graphql(`
  query DrmmSurveyFindings($tenantId: ID) {
    campaigns(tenantId: $tenantId, first: 10) {
      nodes {
        id
        title
        findings(first: 20) {
          nodes {
            id
            text
          }
        }
      }
    }
  }
`);
