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

export const QUESTIONNAIRES = graphql(`
  query DrmmQuestionnaires($tenantId: ID, $after: String) {
    questionnaires(tenantId: $tenantId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        key
        version
        title
        frozenAt
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
      id
      key
      version
      title
      description
      frozenAt
      tenant {
        id
      }
      sections {
        id
        position
        title
        questions {
          id
          key
          position
          text
          help
          kind
          dimension
          required
          options {
            key
            label
          }
          minValue
          maxValue
        }
      }
    }
  }
`);

export const QUESTIONNAIRE_VERSIONS = graphql(`
  query DrmmQuestionnaireVersions($tenantId: ID, $key: String!) {
    questionnaires(tenantId: $tenantId, key: $key, first: 50) {
      nodes {
        id
        version
        title
        frozenAt
      }
    }
  }
`);

export const CREATE_QUESTIONNAIRE = graphql(`
  mutation DrmmCreateQuestionnaire($input: CreateQuestionnaireInput!) {
    createQuestionnaire(input: $input) {
      id
      key
      version
    }
  }
`);

export const UPDATE_QUESTIONNAIRE = graphql(`
  mutation DrmmUpdateQuestionnaire($id: ID!, $input: QuestionnaireContentInput!) {
    updateQuestionnaire(id: $id, input: $input) {
      id
      key
      version
    }
  }
`);

export const REVISE_QUESTIONNAIRE = graphql(`
  mutation DrmmReviseQuestionnaire($id: ID!, $input: QuestionnaireContentInput!) {
    reviseQuestionnaire(id: $id, input: $input) {
      id
      key
      version
    }
  }
`);

export const SURVEY_PANELS = graphql(`
  query DrmmSurveyPanels($tenantId: ID, $after: String) {
    surveyPanels(tenantId: $tenantId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        description
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
      id
      name
      kind
      description
      members(first: 50, after: $membersAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          name
          organization
          position
          active
          email
        }
      }
    }
  }
`);

export const CREATE_PANEL = graphql(`
  mutation DrmmCreatePanel($input: PanelInput!) {
    createPanel(input: $input) {
      id
      name
    }
  }
`);

export const ADD_PANEL_MEMBER = graphql(`
  mutation DrmmAddPanelMember($panelId: ID!, $input: PanelMemberInput!) {
    addPanelMember(panelId: $panelId, input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_PANEL_MEMBER = graphql(`
  mutation DrmmUpdatePanelMember($id: ID!, $input: UpdatePanelMemberInput!) {
    updatePanelMember(id: $id, input: $input) {
      id
      name
      organization
      position
      active
      email
    }
  }
`);

export const CAMPAIGN_CHOICES = graphql(`
  query DrmmCampaignChoices($tenantId: ID) {
    questionnaires(tenantId: $tenantId, first: 50) {
      nodes {
        id
        key
        version
        title
        frozenAt
      }
    }
    surveyPanels(tenantId: $tenantId, first: 50) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);

export const CREATE_CAMPAIGN = graphql(`
  mutation DrmmCreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) {
      id
      title
    }
  }
`);

export const SURVEY_CAMPAIGN = graphql(`
  query DrmmSurveyCampaign($id: ID!) {
    campaign(id: $id) {
      id
      year
      title
      channel
      opensOn
      closesOn
      publishedAt
      state
      responseCount
      responseRate {
        members
        invited
        responded
        reminded
        rate
      }
      tenant {
        id
      }
      panel {
        id
        name
        kind
      }
      questionnaire {
        id
        key
        version
        title
        sections {
          id
          title
          questions {
            id
            key
            text
            kind
            dimension
            required
            options {
              key
              label
            }
            minValue
            maxValue
          }
        }
      }
      findings(first: 50) {
        totalCount
        nodes {
          id
          kind
          dimension
          questionKey
          text
          createdAt
        }
      }
    }
  }
`);

export const UPDATE_CAMPAIGN = graphql(`
  mutation DrmmUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      id
      title
      opensOn
      closesOn
      state
    }
  }
`);

export const SEND_INVITATIONS = graphql(`
  mutation DrmmSendInvitations($campaignId: ID!) {
    sendInvitations(campaignId: $campaignId) {
      sent
      skipped
      failed {
        memberId
        name
        reason
      }
    }
  }
`);

export const SEND_REMINDERS = graphql(`
  mutation DrmmSendReminders($campaignId: ID!) {
    sendReminders(campaignId: $campaignId) {
      sent
      skipped
      failed {
        memberId
        name
        reason
      }
    }
  }
`);

export const PUBLISH_RESULTS = graphql(`
  mutation DrmmPublishResults($campaignId: ID!) {
    publishResults(campaignId: $campaignId) {
      id
      state
      publishedAt
    }
  }
`);

export const ADD_FINDING = graphql(`
  mutation DrmmAddFinding($campaignId: ID!, $input: FindingInput!) {
    addFinding(campaignId: $campaignId, input: $input) {
      id
      kind
      dimension
      questionKey
      text
      createdAt
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
