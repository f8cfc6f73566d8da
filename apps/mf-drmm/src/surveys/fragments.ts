import { graphql } from '../generated/gql';

// One fragment per object the survey screens show: the queries read it and the mutations return
// it, so that what a mutation changes reaches every screen through the cache.

// What the caller may do in the tenant's survey modules, before any of their records exists.
export const SURVEY_CAPABILITIES = graphql(`
  fragment DrmmSurveyCapabilities on Tenant {
    id
    viewerCan {
      id
      manageSurveys
      issueKioskTokens
    }
  }
`);

export const QUESTION_FIELDS = graphql(`
  fragment DrmmQuestionFields on Question {
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
`);

export const QUESTIONNAIRE_SUMMARY_FIELDS = graphql(`
  fragment DrmmQuestionnaireSummaryFields on Questionnaire {
    id
    key
    version
    title
    frozenAt
  }
`);

export const QUESTIONNAIRE_FIELDS = graphql(`
  fragment DrmmQuestionnaireFields on Questionnaire {
    ...DrmmQuestionnaireSummaryFields
    description
    viewerCanManage
    tenant {
      id
    }
    sections {
      id
      position
      title
      questions {
        ...DrmmQuestionFields
      }
    }
  }
`);

export const PANEL_FIELDS = graphql(`
  fragment DrmmPanelFields on SurveyPanel {
    id
    name
    kind
    description
  }
`);

export const PANEL_MEMBER_FIELDS = graphql(`
  fragment DrmmPanelMemberFields on PanelMember {
    id
    name
    organization
    position
    civility
    office
    active
    email
  }
`);

export const CAMPAIGN_SUMMARY_FIELDS = graphql(`
  fragment DrmmCampaignSummaryFields on Campaign {
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
`);

export const CAMPAIGN_FIELDS = graphql(`
  fragment DrmmCampaignFields on Campaign {
    ...DrmmCampaignSummaryFields
    publishedAt
    viewerCanManage
    viewerCanKeyInPaperForms
    responseRate {
      members
      reminded
    }
    tenant {
      id
    }
    panel {
      ...DrmmPanelFields
    }
  }
`);

export const FINDING_FIELDS = graphql(`
  fragment DrmmFindingFields on SurveyFinding {
    id
    kind
    dimension
    questionKey
    text
    createdAt
  }
`);

export const SEND_REPORT_FIELDS = graphql(`
  fragment DrmmSendReportFields on SendReport {
    queued
    skipped
  }
`);

export const FEEDBACK_FIELDS = graphql(`
  fragment DrmmFeedbackFields on Feedback {
    id
    receivedOn
    channel
    category
    text
    contact
    status
    answer
    answeredAt
    viewerCanAnswer
  }
`);

export const KIOSK_DEVICE_FIELDS = graphql(`
  fragment DrmmKioskDeviceFields on KioskDevice {
    id
    name
    issuedAt
    revokedAt
    lastSeenAt
  }
`);
