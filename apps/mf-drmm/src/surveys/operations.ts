import { graphql } from '../generated/gql';

// The survey screens' operations, built from the fragments of ./fragments.ts.

export const CAMPAIGNS = graphql(`
  query DrmmCampaigns($tenantId: ID!) {
    tenant(id: $tenantId) {
      ...DrmmSurveyCapabilities
    }
    campaigns(tenantId: $tenantId, first: 50) {
      nodes {
        ...DrmmCampaignSummaryFields
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
        ...DrmmFeedbackFields
      }
    }
  }
`);

export const ANSWER_FEEDBACK = graphql(`
  mutation DrmmAnswerFeedback($id: ID!, $answer: String!) {
    answerFeedback(id: $id, answer: $answer) {
      ...DrmmFeedbackFields
    }
  }
`);

export const SET_FEEDBACK_STATUS = graphql(`
  mutation DrmmSetFeedbackStatus($id: ID!, $status: FeedbackStatus!) {
    setFeedbackStatus(id: $id, status: $status) {
      ...DrmmFeedbackFields
    }
  }
`);

export const KIOSK_CAPABILITIES = graphql(`
  query DrmmKioskCapabilities($tenantId: ID!) {
    tenant(id: $tenantId) {
      ...DrmmSurveyCapabilities
    }
  }
`);

export const KIOSK_DEVICES = graphql(`
  query DrmmKioskDevices {
    kioskDevices(first: 100) {
      nodes {
        ...DrmmKioskDeviceFields
      }
    }
  }
`);

export const ISSUE_KIOSK_DEVICE = graphql(`
  mutation DrmmIssueKioskDevice($name: String!) {
    issueKioskDevice(name: $name) {
      token
      device {
        ...DrmmKioskDeviceFields
      }
    }
  }
`);

export const REVOKE_KIOSK_DEVICE = graphql(`
  mutation DrmmRevokeKioskDevice($id: ID!) {
    revokeKioskDevice(id: $id) {
      ...DrmmKioskDeviceFields
    }
  }
`);

export const QUESTIONNAIRES = graphql(`
  query DrmmQuestionnaires($tenantId: ID!, $after: String) {
    tenant(id: $tenantId) {
      ...DrmmSurveyCapabilities
    }
    questionnaires(tenantId: $tenantId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...DrmmQuestionnaireSummaryFields
        questions {
          id
        }
      }
    }
  }
`);

export const QUESTIONNAIRE = graphql(`
  query DrmmQuestionnaire($id: ID!) {
    questionnaire(id: $id) {
      ...DrmmQuestionnaireFields
    }
  }
`);

export const QUESTIONNAIRE_VERSIONS = graphql(`
  query DrmmQuestionnaireVersions($tenantId: ID, $key: String!) {
    questionnaires(tenantId: $tenantId, key: $key, first: 50) {
      nodes {
        ...DrmmQuestionnaireSummaryFields
      }
    }
  }
`);

export const CREATE_QUESTIONNAIRE = graphql(`
  mutation DrmmCreateQuestionnaire($input: CreateQuestionnaireInput!) {
    createQuestionnaire(input: $input) {
      ...DrmmQuestionnaireSummaryFields
    }
  }
`);

export const UPDATE_QUESTIONNAIRE = graphql(`
  mutation DrmmUpdateQuestionnaire($id: ID!, $input: QuestionnaireContentInput!) {
    updateQuestionnaire(id: $id, input: $input) {
      ...DrmmQuestionnaireSummaryFields
    }
  }
`);

export const REVISE_QUESTIONNAIRE = graphql(`
  mutation DrmmReviseQuestionnaire($id: ID!, $input: QuestionnaireContentInput!) {
    reviseQuestionnaire(id: $id, input: $input) {
      ...DrmmQuestionnaireSummaryFields
    }
  }
`);

export const SURVEY_PANELS = graphql(`
  query DrmmSurveyPanels($tenantId: ID!, $after: String) {
    tenant(id: $tenantId) {
      ...DrmmSurveyCapabilities
    }
    surveyPanels(tenantId: $tenantId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...DrmmPanelFields
        members(first: 1) {
          totalCount
        }
      }
    }
  }
`);

export const SURVEY_PANEL = graphql(`
  query DrmmSurveyPanel($id: ID!, $membersAfter: String) {
    surveyPanel(id: $id) {
      ...DrmmPanelFields
      viewerCanManage
      viewerCanSeeEmails
      members(first: 50, after: $membersAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...DrmmPanelMemberFields
        }
      }
    }
  }
`);

export const CREATE_PANEL = graphql(`
  mutation DrmmCreatePanel($input: PanelInput!) {
    createPanel(input: $input) {
      ...DrmmPanelFields
    }
  }
`);

export const ADD_PANEL_MEMBER = graphql(`
  mutation DrmmAddPanelMember($panelId: ID!, $input: PanelMemberInput!) {
    addPanelMember(panelId: $panelId, input: $input) {
      ...DrmmPanelMemberFields
    }
  }
`);

export const UPDATE_PANEL_MEMBER = graphql(`
  mutation DrmmUpdatePanelMember($id: ID!, $input: UpdatePanelMemberInput!) {
    updatePanelMember(id: $id, input: $input) {
      ...DrmmPanelMemberFields
    }
  }
`);

export const CAMPAIGN_CHOICES = graphql(`
  query DrmmCampaignChoices($tenantId: ID) {
    questionnaires(tenantId: $tenantId, first: 50) {
      nodes {
        ...DrmmQuestionnaireSummaryFields
      }
    }
    surveyPanels(tenantId: $tenantId, first: 50) {
      nodes {
        ...DrmmPanelFields
      }
    }
  }
`);

export const CREATE_CAMPAIGN = graphql(`
  mutation DrmmCreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) {
      ...DrmmCampaignFields
    }
  }
`);

export const SURVEY_CAMPAIGN = graphql(`
  query DrmmSurveyCampaign($id: ID!) {
    campaign(id: $id) {
      ...DrmmCampaignFields
      questionnaire {
        ...DrmmQuestionnaireFields
      }
      findings(first: 50) {
        totalCount
        nodes {
          ...DrmmFindingFields
        }
      }
    }
  }
`);

export const UPDATE_CAMPAIGN = graphql(`
  mutation DrmmUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      ...DrmmCampaignFields
    }
  }
`);

export const SEND_INVITATIONS = graphql(`
  mutation DrmmSendInvitations($campaignId: ID!) {
    sendInvitations(campaignId: $campaignId) {
      ...DrmmSendReportFields
    }
  }
`);

export const SEND_REMINDERS = graphql(`
  mutation DrmmSendReminders($campaignId: ID!) {
    sendReminders(campaignId: $campaignId) {
      ...DrmmSendReportFields
    }
  }
`);

export const PUBLISH_RESULTS = graphql(`
  mutation DrmmPublishResults($campaignId: ID!) {
    publishResults(campaignId: $campaignId) {
      ...DrmmCampaignFields
    }
  }
`);

export const ADD_FINDING = graphql(`
  mutation DrmmAddFinding($campaignId: ID!, $input: FindingInput!) {
    addFinding(campaignId: $campaignId, input: $input) {
      ...DrmmFindingFields
    }
  }
`);

export const ENTER_PAPER_RESPONSE = graphql(`
  mutation DrmmEnterPaperResponse($campaignId: ID!, $filledOn: String!, $answers: [AnswerInput!]!, $clientId: String) {
    enterPaperResponse(campaignId: $campaignId, filledOn: $filledOn, answers: $answers, clientId: $clientId) {
      responseId
      duplicate
    }
  }
`);

export const CAMPAIGN_INVITATIONS = graphql(`
  query DrmmCampaignInvitations($id: ID!, $after: String) {
    campaign(id: $id) {
      id
      invitations(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          sentAt
          reminderCount
          responded
          member {
            id
            name
            organization
            position
          }
        }
      }
    }
  }
`);

export const CAMPAIGN_COMMENTS = graphql(`
  query DrmmCampaignComments($id: ID!, $after: String) {
    campaign(id: $id) {
      id
      comments(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          text
          channel
        }
      }
    }
  }
`);

export const CAMPAIGN_MAIL_MESSAGES = graphql(`
  query DrmmCampaignMailMessages($id: ID!, $after: String) {
    campaign(id: $id) {
      id
      mailMessages(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          kind
          status
          statusLabel
          attempts
          createdAt
          nextAttemptAt
          sentAt
          member {
            id
            name
            organization
          }
        }
      }
    }
  }
`);
