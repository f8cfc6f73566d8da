import { graphql } from './generated/index.js';

// The public operations (no sign-in): what a respondent sees and what they send.

export const PUBLIC_SURVEY_FIELDS = graphql(`
  fragment PublicSurveyFields on PublicSurvey {
    campaignId
    title
    opensOn
    closesOn
    tenant {
      name
      stateBlock {
        lines
      }
    }
    introduction
    sections {
      title
      questions {
        id
        key
        text
        help
        kind
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
`);

export const KIOSK_SESSION = graphql(`
  query KioskSession($deviceToken: String!) {
    kioskSession(deviceToken: $deviceToken) {
      deviceName
      tenant {
        name
        stateBlock {
          lines
        }
      }
      surveys {
        ...PublicSurveyFields
      }
    }
  }
`);

export const SUBMIT_KIOSK_RESPONSE = graphql(`
  mutation SubmitKioskResponse($deviceToken: String!, $campaignId: ID!, $clientId: String!, $answers: [AnswerInput!]!) {
    submitKioskResponse(deviceToken: $deviceToken, campaignId: $campaignId, clientId: $clientId, answers: $answers) {
      responseId
      duplicate
    }
  }
`);

export const SURVEY_INVITATION = graphql(`
  query SurveyInvitation($token: String!) {
    surveyInvitation(token: $token) {
      state
      answered
      survey {
        ...PublicSurveyFields
      }
    }
  }
`);

export const SUBMIT_INVITATION_RESPONSE = graphql(`
  mutation SubmitInvitationResponse($token: String!, $answers: [AnswerInput!]!) {
    submitInvitationResponse(token: $token, answers: $answers) {
      responseId
      duplicate
    }
  }
`);
