import { graphql } from './generated/gql';

export const CAMPAIGNS = graphql(`
  query DrmmCampaigns($tenantId: ID) {
    campaigns(tenantId: $tenantId, first: 50) {
      nodes {
        id
        year
        title
        channel
        opensOn
        closesOn
        state
        responseCount
        responseRate {
          invited
          responded
          rate
        }
      }
    }
  }
`);

export const CAMPAIGN_RESULTS = graphql(`
  query DrmmCampaignResults($id: ID!) {
    campaign(id: $id) {
      id
      year
      title
      state
      results {
        baseline
        respondents
        comparedTo {
          id
          year
          title
        }
        respondentsByChannel {
          channel
          respondents
        }
        dimensions {
          dimension
          label
          questionCount
          satisfaction {
            rate
            withOpinion
            lower
            upper
          }
          comparison {
            trend
            difference
            previous {
              rate
            }
          }
        }
        questions {
          respondents
          question {
            id
            position
            text
          }
          satisfaction {
            rate
            withOpinion
          }
          comparison {
            trend
            difference
          }
        }
      }
    }
  }
`);

export const FEEDBACKS = graphql(`
  query DrmmFeedbacks($filter: FeedbackFilter!, $after: String) {
    feedbacks(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        receivedOn
        channel
        category
        text
        contact
        status
        answer
        answeredAt
      }
    }
  }
`);

export const ANSWER_FEEDBACK = graphql(`
  mutation DrmmAnswerFeedback($id: ID!, $answer: String!) {
    answerFeedback(id: $id, answer: $answer) {
      id
      status
      answer
      answeredAt
    }
  }
`);

export const SET_FEEDBACK_STATUS = graphql(`
  mutation DrmmSetFeedbackStatus($id: ID!, $status: FeedbackStatus!) {
    setFeedbackStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const KIOSK_DEVICES = graphql(`
  query DrmmKioskDevices {
    kioskDevices(first: 100) {
      nodes {
        id
        name
        issuedAt
        revokedAt
        lastSeenAt
      }
    }
  }
`);

export const ISSUE_KIOSK_DEVICE = graphql(`
  mutation DrmmIssueKioskDevice($name: String!) {
    issueKioskDevice(name: $name) {
      token
      device {
        id
        name
      }
    }
  }
`);

export const REVOKE_KIOSK_DEVICE = graphql(`
  mutation DrmmRevokeKioskDevice($id: ID!) {
    revokeKioskDevice(id: $id) {
      id
      revokedAt
    }
  }
`);
