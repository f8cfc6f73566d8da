import { graphql } from '../generated/gql';

// One fragment per object the committee screens show: the queries read it and the mutations
// return it, so that what a mutation changes reaches every screen through the cache.

export const DIRECTORATE_FIELDS = graphql(`
  fragment DrmmDirectorateFields on Directorate {
    id
    code
    name
  }
`);

/** Whether to offer a committee's management: the API says (viewerCanManage), the console does not decide. */
export const COMMITTEE_RIGHTS_FIELDS = graphql(`
  fragment DrmmCommitteeRightsFields on Committee {
    id
    tenantId
    viewerCanManage
  }
`);

export const COMMITTEE_SUMMARY_FIELDS = graphql(`
  fragment DrmmCommitteeSummaryFields on Committee {
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
`);

export const COMMITTEE_FIELDS = graphql(`
  fragment DrmmCommitteeFields on Committee {
    ...DrmmCommitteeRightsFields
    kind
    name
    decisionText
    chairName
    chairTitle
    meetingIntervalMonths
    colleges {
      id
      name
      position
    }
  }
`);

export const MEMBER_FIELDS = graphql(`
  fragment DrmmMemberFields on Member {
    id
    name
    organisation
    role
    contact
    mandateStart
    mandateEnd
    college {
      id
    }
  }
`);

export const FOLLOW_UP_FIELDS = graphql(`
  fragment DrmmFollowUpFields on FollowUp {
    id
    title
    dueDate
    done
  }
`);

export const MEETING_SUMMARY_FIELDS = graphql(`
  fragment DrmmMeetingSummaryFields on Meeting {
    id
    title
    scheduledAt
    place
    status
  }
`);

export const MEETING_FIELDS = graphql(`
  fragment DrmmMeetingFields on Meeting {
    ...DrmmMeetingSummaryFields
    chairName
    attendanceSheetPdfPath
  }
`);

export const MEETING_INVITATION_FIELDS = graphql(`
  fragment DrmmMeetingInvitationFields on Invitation {
    id
    name
    organisation
    member {
      id
    }
    attendance
    representedBy
    signed
  }
`);

export const MINUTES_FIELDS = graphql(`
  fragment DrmmMinutesFields on Minutes {
    id
    version
    status
    pdfPath
    publishedAt
    caseOfficers
    caseOfficerContacts
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
`);

export const PROPOSAL_FIELDS = graphql(`
  fragment DrmmProposalFields on Proposal {
    id
    authorName
    text
    status
    answer
    viewerCanMoveOn
    routings {
      id
      bodyName
      directorate {
        code
        name
      }
    }
  }
`);

export const ACTION_PLAN_FIELDS = graphql(`
  fragment DrmmActionPlanFields on ActionPlan {
    id
    year
    title
    viewerCanManage
    committee {
      id
    }
  }
`);

export const ACTION_FIELDS = graphql(`
  fragment DrmmActionFields on Action {
    id
    reference
    title
    status
    progress
    dueDate
    overdue
    viewerCanReportProgress
    ownerDirectorate {
      code
      name
    }
  }
`);
