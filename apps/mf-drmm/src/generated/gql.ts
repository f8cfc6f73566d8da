/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment DrmmDirectorateFields on Directorate {\n    id\n    code\n    name\n  }\n": typeof types.DrmmDirectorateFieldsFragmentDoc,
    "\n  fragment DrmmCommitteeRightsFields on Committee {\n    id\n    tenantId\n    viewerCanManage\n  }\n": typeof types.DrmmCommitteeRightsFieldsFragmentDoc,
    "\n  fragment DrmmCommitteeSummaryFields on Committee {\n    id\n    name\n    decisionDate\n    decisionReference\n    chairName\n    chairTitle\n    ownerDirectorate {\n      code\n      name\n    }\n    colleges {\n      id\n      name\n    }\n    meetings(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.DrmmCommitteeSummaryFieldsFragmentDoc,
    "\n  fragment DrmmCommitteeFields on Committee {\n    ...DrmmCommitteeRightsFields\n    kind\n    name\n    decisionText\n    chairName\n    chairTitle\n    meetingIntervalMonths\n    colleges {\n      id\n      name\n      position\n    }\n  }\n": typeof types.DrmmCommitteeFieldsFragmentDoc,
    "\n  fragment DrmmMemberFields on Member {\n    id\n    name\n    organisation\n    role\n    contact\n    mandateStart\n    mandateEnd\n    college {\n      id\n    }\n  }\n": typeof types.DrmmMemberFieldsFragmentDoc,
    "\n  fragment DrmmFollowUpFields on FollowUp {\n    id\n    title\n    dueDate\n    done\n  }\n": typeof types.DrmmFollowUpFieldsFragmentDoc,
    "\n  fragment DrmmMeetingSummaryFields on Meeting {\n    id\n    title\n    scheduledAt\n    place\n    status\n  }\n": typeof types.DrmmMeetingSummaryFieldsFragmentDoc,
    "\n  fragment DrmmMeetingFields on Meeting {\n    ...DrmmMeetingSummaryFields\n    chairName\n    attendanceSheetPdfPath\n  }\n": typeof types.DrmmMeetingFieldsFragmentDoc,
    "\n  fragment DrmmMeetingInvitationFields on Invitation {\n    id\n    name\n    organisation\n    member {\n      id\n    }\n    attendance\n    representedBy\n    signed\n  }\n": typeof types.DrmmMeetingInvitationFieldsFragmentDoc,
    "\n  fragment DrmmMinutesFields on Minutes {\n    id\n    version\n    status\n    pdfPath\n    publishedAt\n    caseOfficers\n    caseOfficerContacts\n    sections {\n      id\n      presentation\n      conclusions\n      agendaItem {\n        id\n        position\n        title\n      }\n    }\n  }\n": typeof types.DrmmMinutesFieldsFragmentDoc,
    "\n  fragment DrmmProposalFields on Proposal {\n    id\n    authorName\n    text\n    status\n    answer\n    viewerCanMoveOn\n    routings {\n      id\n      bodyName\n      directorate {\n        code\n        name\n      }\n    }\n  }\n": typeof types.DrmmProposalFieldsFragmentDoc,
    "\n  fragment DrmmActionPlanFields on ActionPlan {\n    id\n    year\n    title\n    viewerCanManage\n    committee {\n      id\n    }\n  }\n": typeof types.DrmmActionPlanFieldsFragmentDoc,
    "\n  fragment DrmmActionFields on Action {\n    id\n    reference\n    title\n    status\n    progress\n    dueDate\n    overdue\n    viewerCanReportProgress\n    ownerDirectorate {\n      code\n      name\n    }\n  }\n": typeof types.DrmmActionFieldsFragmentDoc,
    "\n  query DrmmCommittees($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      viewerCan {\n        id\n        createCommittees\n      }\n    }\n    committees(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmCommitteeSummaryFields\n      }\n    }\n    committeeCadence(all: true, tenantId: $tenantId, first: 50) {\n      nodes {\n        committee {\n          id\n        }\n        state\n        dueBy\n        nextMeetingDate\n        followUpsDue {\n          id\n          title\n          dueDate\n        }\n      }\n    }\n  }\n": typeof types.DrmmCommitteesDocument,
    "\n  query DrmmCommittee($id: ID!) {\n    committee(id: $id) {\n      ...DrmmCommitteeFields\n      members(first: 60) {\n        nodes {\n          ...DrmmMemberFields\n        }\n      }\n      meetings(first: 20) {\n        nodes {\n          ...DrmmMeetingSummaryFields\n        }\n      }\n      followUps {\n        ...DrmmFollowUpFields\n      }\n    }\n  }\n": typeof types.DrmmCommitteeDocument,
    "\n  query DrmmMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...DrmmMeetingFields\n      committee {\n        ...DrmmCommitteeRightsFields\n        name\n      }\n      agenda {\n        id\n        position\n        title\n        description\n      }\n      minutesVersions {\n        ...DrmmMinutesFields\n      }\n      proposals(first: 50) {\n        nodes {\n          ...DrmmProposalFields\n        }\n      }\n    }\n  }\n": typeof types.DrmmMeetingDocument,
    "\n  query DrmmMeetingInvitations($id: ID!, $after: String) {\n    meeting(id: $id) {\n      id\n      invitations(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...DrmmMeetingInvitationFields\n        }\n      }\n    }\n  }\n": typeof types.DrmmMeetingInvitationsDocument,
    "\n  mutation DrmmRecordAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {\n    recordAttendance(meetingId: $meetingId, entries: $entries) {\n      ...DrmmMeetingInvitationFields\n    }\n  }\n": typeof types.DrmmRecordAttendanceDocument,
    "\n  mutation DrmmValidateMinutes($id: ID!) {\n    validateMinutes(id: $id) {\n      ...DrmmMinutesFields\n    }\n  }\n": typeof types.DrmmValidateMinutesDocument,
    "\n  mutation DrmmPublishMinutes($id: ID!) {\n    publishMinutes(id: $id) {\n      ...DrmmMinutesFields\n    }\n  }\n": typeof types.DrmmPublishMinutesDocument,
    "\n  query DrmmProposals($after: String) {\n    proposals(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmProposalFields\n        meeting {\n          id\n          title\n          scheduledAt\n        }\n      }\n    }\n  }\n": typeof types.DrmmProposalsDocument,
    "\n  query DrmmActionPlans($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      viewerCan {\n        id\n        createActionPlans\n        createServicesActionPlans\n      }\n    }\n    actionPlans(tenantId: $tenantId, first: 20) {\n      nodes {\n        ...DrmmActionPlanFields\n      }\n    }\n    committees(tenantId: $tenantId, first: 20) {\n      nodes {\n        ...DrmmCommitteeRightsFields\n        name\n      }\n    }\n  }\n": typeof types.DrmmActionPlansDocument,
    "\n  query DrmmPlanActions($planId: ID!) {\n    actions(filter: { planId: $planId }, first: 100) {\n      totalCount\n      nodes {\n        ...DrmmActionFields\n      }\n    }\n  }\n": typeof types.DrmmPlanActionsDocument,
    "\n  mutation DrmmDraftMinutes($meetingId: ID!, $input: MinutesInput!) {\n    draftMinutes(meetingId: $meetingId, input: $input) {\n      ...DrmmMinutesFields\n    }\n  }\n": typeof types.DrmmDraftMinutesDocument,
    "\n  mutation DrmmEditMinutes($id: ID!, $input: MinutesInput!) {\n    editMinutes(id: $id, input: $input) {\n      ...DrmmMinutesFields\n    }\n  }\n": typeof types.DrmmEditMinutesDocument,
    "\n  mutation DrmmCorrectMinutes($id: ID!) {\n    correctMinutes(id: $id) {\n      ...DrmmMinutesFields\n    }\n  }\n": typeof types.DrmmCorrectMinutesDocument,
    "\n  mutation DrmmUpdateProposalStatus($id: ID!, $status: ProposalStatus!, $answer: String, $note: String) {\n    updateProposalStatus(id: $id, status: $status, answer: $answer, note: $note) {\n      ...DrmmProposalFields\n    }\n  }\n": typeof types.DrmmUpdateProposalStatusDocument,
    "\n  mutation DrmmReportActionProgress($id: ID!, $progress: Int!, $note: String) {\n    reportActionProgress(id: $id, progress: $progress, note: $note) {\n      ...DrmmActionFields\n    }\n  }\n": typeof types.DrmmReportActionProgressDocument,
    "\n  mutation DrmmCreateCommittee($input: CreateCommitteeInput!) {\n    createCommittee(input: $input) {\n      ...DrmmCommitteeFields\n    }\n  }\n": typeof types.DrmmCreateCommitteeDocument,
    "\n  mutation DrmmUpdateCommittee($id: ID!, $input: UpdateCommitteeInput!) {\n    updateCommittee(id: $id, input: $input) {\n      ...DrmmCommitteeFields\n    }\n  }\n": typeof types.DrmmUpdateCommitteeDocument,
    "\n  mutation DrmmAddMember($committeeId: ID!, $input: MemberInput!) {\n    addMember(committeeId: $committeeId, input: $input) {\n      ...DrmmMemberFields\n    }\n  }\n": typeof types.DrmmAddMemberDocument,
    "\n  mutation DrmmUpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...DrmmMemberFields\n    }\n  }\n": typeof types.DrmmUpdateMemberDocument,
    "\n  mutation DrmmAddFollowUp($committeeId: ID!, $title: String!, $dueDate: String!) {\n    addFollowUp(committeeId: $committeeId, title: $title, dueDate: $dueDate) {\n      ...DrmmFollowUpFields\n    }\n  }\n": typeof types.DrmmAddFollowUpDocument,
    "\n  mutation DrmmSetFollowUpDone($id: ID!, $done: Boolean!) {\n    setFollowUpDone(id: $id, done: $done) {\n      ...DrmmFollowUpFields\n    }\n  }\n": typeof types.DrmmSetFollowUpDoneDocument,
    "\n  mutation DrmmScheduleMeeting($committeeId: ID!, $input: ScheduleMeetingInput!) {\n    scheduleMeeting(committeeId: $committeeId, input: $input) {\n      ...DrmmMeetingSummaryFields\n    }\n  }\n": typeof types.DrmmScheduleMeetingDocument,
    "\n  mutation DrmmMarkMeetingHeld($id: ID!) {\n    markMeetingHeld(id: $id) {\n      ...DrmmMeetingFields\n    }\n  }\n": typeof types.DrmmMarkMeetingHeldDocument,
    "\n  mutation DrmmCancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      ...DrmmMeetingFields\n    }\n  }\n": typeof types.DrmmCancelMeetingDocument,
    "\n  query DrmmDirectorates($tenantId: ID) {\n    directorates(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmDirectorateFields\n      }\n    }\n  }\n": typeof types.DrmmDirectoratesDocument,
    "\n  mutation DrmmRaiseProposal($meetingId: ID!, $input: RaiseProposalInput!) {\n    raiseProposal(meetingId: $meetingId, input: $input) {\n      ...DrmmProposalFields\n    }\n  }\n": typeof types.DrmmRaiseProposalDocument,
    "\n  mutation DrmmCreateActionPlan($committeeId: ID, $title: String!, $year: Int!) {\n    createActionPlan(committeeId: $committeeId, title: $title, year: $year) {\n      ...DrmmActionPlanFields\n    }\n  }\n": typeof types.DrmmCreateActionPlanDocument,
    "\n  mutation DrmmAddAction($planId: ID!, $input: ActionInput!) {\n    addAction(planId: $planId, input: $input) {\n      ...DrmmActionFields\n    }\n  }\n": typeof types.DrmmAddActionDocument,
    "\n  query DrmmActionPlanCsv($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      year\n      csv\n    }\n  }\n": typeof types.DrmmActionPlanCsvDocument,
    "\n  mutation DrmmImportActionPlanCsv($planId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importActionPlanCsv(planId: $planId, csv: $csv, dryRun: $dryRun) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      rejected\n      issues {\n        line\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DrmmImportActionPlanCsvDocument,
    "\n  query DrmmAcceptedProposals {\n    proposals(filter: { status: ACCEPTED }, first: 50) {\n      nodes {\n        id\n        text\n        authorName\n      }\n    }\n  }\n": typeof types.DrmmAcceptedProposalsDocument,
    "\n  query DrmmCommitteeMeetings($committeeId: ID!) {\n    committee(id: $committeeId) {\n      id\n      meetings(first: 20) {\n        nodes {\n          ...DrmmMeetingSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.DrmmCommitteeMeetingsDocument,
    "\n  query DrmmSurveyFindings($tenantId: ID) {\n    campaigns(tenantId: $tenantId, first: 10) {\n      nodes {\n        id\n        title\n        findings(first: 20) {\n          nodes {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.DrmmSurveyFindingsDocument,
    "\n  query DrmmQualityCorrespondence($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      correspondenceTableau(from: $from, to: $to) {\n        total {\n          received\n          onTimeRate\n          medianDelayWorkingDays\n          backlog\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.DrmmQualityCorrespondenceDocument,
    "\n  query DrmmQualitySurveys($tenantId: ID, $year: Int) {\n    campaigns(tenantId: $tenantId, year: $year, first: 10) {\n      nodes {\n        id\n        title\n        state\n        results {\n          respondents\n          dimensions {\n            dimension\n            label\n            satisfaction {\n              rate\n            }\n            comparison {\n              trend\n              difference\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DrmmQualitySurveysDocument,
    "\n  query DrmmQualityPlan($tenantId: ID) {\n    committeeCadence(all: true, tenantId: $tenantId, first: 50) {\n      nodes {\n        committee {\n          id\n          name\n        }\n        state\n        dueBy\n      }\n    }\n    actionPlans(tenantId: $tenantId, first: 20) {\n      nodes {\n        id\n        year\n        title\n      }\n    }\n  }\n": typeof types.DrmmQualityPlanDocument,
    "\n  query DrmmQualityPlanActions($planId: ID!) {\n    all: actions(filter: { planId: $planId }, first: 1) {\n      totalCount\n    }\n    done: actions(filter: { planId: $planId, status: DONE }, first: 1) {\n      totalCount\n    }\n    overdue: actions(filter: { planId: $planId, overdue: true }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.DrmmQualityPlanActionsDocument,
    "\n  query DrmmLabellings($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      labellings(first: 10) {\n        nodes {\n          id\n          certifiedOn\n          expiresOn\n          viewerCanManage\n          referential {\n            id\n            code\n            name\n            version\n            open\n          }\n          modules {\n            code\n            name\n            mandatory\n          }\n          nextDeadline {\n            kind\n            dueOn\n            state\n            warning\n          }\n          deadlines {\n            kind\n            dueOn\n            state\n            warning\n            audit {\n              id\n              plannedOn\n              heldOn\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DrmmLabellingsDocument,
    "\n  query DrmmLabellingAudits($id: ID!) {\n    labelling(id: $id) {\n      id\n      audits(first: 50) {\n        totalCount\n        nodes {\n          id\n          kind\n          plannedOn\n          heldOn\n          auditor\n          outcome\n        }\n      }\n    }\n  }\n": typeof types.DrmmLabellingAuditsDocument,
    "\n  query DrmmReferential($id: ID!) {\n    referential(id: $id) {\n      id\n      name\n      version\n      completeness\n      note\n      source\n      engagements(first: 50) {\n        nodes {\n          id\n          number\n          theme\n          text\n          module {\n            code\n            name\n          }\n          indicators {\n            id\n            code\n            name\n            unit\n            target\n            definition\n            published\n            computation\n          }\n        }\n      }\n    }\n  }\n": typeof types.DrmmReferentialDocument,
    "\n  mutation DrmmPlanAudit($labellingId: ID!, $input: PlanAuditInput!) {\n    planAudit(labellingId: $labellingId, input: $input) {\n      id\n    }\n  }\n": typeof types.DrmmPlanAuditDocument,
    "\n  mutation DrmmRecordAudit($id: ID!, $input: RecordAuditInput!) {\n    recordAudit(id: $id, input: $input) {\n      id\n      heldOn\n    }\n  }\n": typeof types.DrmmRecordAuditDocument,
    "\n  query DrmmIndicatorValues($tenantId: ID!, $period: String!, $referentialId: ID!) {\n    indicatorValues(tenantId: $tenantId, period: $period, referentialId: $referentialId, first: 100) {\n      nodes {\n        id\n        value\n        source\n        origin\n        numerator\n        sampleSize\n        targetMet\n        formulaVersion\n        recordedByName\n        updatedAt\n        indicator {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DrmmIndicatorValuesDocument,
    "\n  mutation DrmmEnterIndicatorValue($input: EnterIndicatorValueInput!) {\n    enterIndicatorValue(input: $input) {\n      id\n      value\n    }\n  }\n": typeof types.DrmmEnterIndicatorValueDocument,
    "\n  mutation DrmmImportIndicatorValues($csv: String!, $dryRun: Boolean!) {\n    importIndicatorValues(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      issues {\n        line\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DrmmImportIndicatorValuesDocument,
    "\n  mutation DrmmComputeIndicatorValues($period: String!) {\n    computeIndicatorValues(period: $period) {\n      indicator {\n        id\n        name\n      }\n      value {\n        id\n      }\n      reason\n    }\n  }\n": typeof types.DrmmComputeIndicatorValuesDocument,
    "\n  query DrmmPublicationDraft($quarter: String!, $cutOffDate: String) {\n    publicationDraft(quarter: $quarter, cutOffDate: $cutOffDate) {\n      quarter\n      label\n      cutOffDate\n      viewerCanPublish\n      current {\n        id\n        version\n        figures {\n          code\n          value\n        }\n      }\n      figures {\n        recordedAfterCutOff\n        indicator {\n          id\n          code\n          name\n          unit\n          target\n          engagement {\n            id\n            referential {\n              id\n              name\n              version\n            }\n          }\n        }\n        value {\n          id\n          value\n          numerator\n          sampleSize\n          source\n          origin\n        }\n      }\n    }\n  }\n": typeof types.DrmmPublicationDraftDocument,
    "\n  query DrmmPublications($tenantId: ID!, $quarter: String!) {\n    publications(tenantId: $tenantId, quarter: $quarter, first: 20) {\n      totalCount\n      nodes {\n        id\n        version\n        status\n        cutOffDate\n        correctionReason\n        publishedAt\n        publishedByName\n        replacedAt\n        openData {\n          json\n          csv\n          posterA4\n          posterA3\n        }\n      }\n    }\n  }\n": typeof types.DrmmPublicationsDocument,
    "\n  mutation DrmmPublishQuarter($input: PublishQuarterInput!) {\n    publishQuarter(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.DrmmPublishQuarterDocument,
    "\n  mutation DrmmCorrectPublication($input: CorrectPublicationInput!) {\n    correctPublication(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.DrmmCorrectPublicationDocument,
    "\n  fragment DrmmSurveyCapabilities on Tenant {\n    id\n    viewerCan {\n      id\n      manageSurveys\n      issueKioskTokens\n    }\n  }\n": typeof types.DrmmSurveyCapabilitiesFragmentDoc,
    "\n  fragment DrmmQuestionFields on Question {\n    id\n    key\n    position\n    text\n    help\n    kind\n    dimension\n    required\n    options {\n      key\n      label\n    }\n    minValue\n    maxValue\n  }\n": typeof types.DrmmQuestionFieldsFragmentDoc,
    "\n  fragment DrmmQuestionnaireSummaryFields on Questionnaire {\n    id\n    key\n    version\n    title\n    frozenAt\n  }\n": typeof types.DrmmQuestionnaireSummaryFieldsFragmentDoc,
    "\n  fragment DrmmQuestionnaireFields on Questionnaire {\n    ...DrmmQuestionnaireSummaryFields\n    description\n    viewerCanManage\n    tenant {\n      id\n    }\n    sections {\n      id\n      position\n      title\n      questions {\n        ...DrmmQuestionFields\n      }\n    }\n  }\n": typeof types.DrmmQuestionnaireFieldsFragmentDoc,
    "\n  fragment DrmmPanelFields on SurveyPanel {\n    id\n    name\n    kind\n    description\n  }\n": typeof types.DrmmPanelFieldsFragmentDoc,
    "\n  fragment DrmmPanelMemberFields on PanelMember {\n    id\n    name\n    organization\n    position\n    civility\n    office\n    active\n    email\n  }\n": typeof types.DrmmPanelMemberFieldsFragmentDoc,
    "\n  fragment DrmmCampaignSummaryFields on Campaign {\n    id\n    year\n    title\n    channel\n    opensOn\n    closesOn\n    state\n    responseCount\n    responseRate {\n      invited\n      responded\n      rate\n    }\n  }\n": typeof types.DrmmCampaignSummaryFieldsFragmentDoc,
    "\n  fragment DrmmCampaignFields on Campaign {\n    ...DrmmCampaignSummaryFields\n    publishedAt\n    viewerCanManage\n    viewerCanKeyInPaperForms\n    responseRate {\n      members\n      reminded\n    }\n    tenant {\n      id\n    }\n    panel {\n      ...DrmmPanelFields\n    }\n  }\n": typeof types.DrmmCampaignFieldsFragmentDoc,
    "\n  fragment DrmmFindingFields on SurveyFinding {\n    id\n    kind\n    dimension\n    questionKey\n    text\n    createdAt\n  }\n": typeof types.DrmmFindingFieldsFragmentDoc,
    "\n  fragment DrmmSendReportFields on SendReport {\n    queued\n    skipped\n  }\n": typeof types.DrmmSendReportFieldsFragmentDoc,
    "\n  fragment DrmmFeedbackFields on Feedback {\n    id\n    receivedOn\n    channel\n    category\n    text\n    contact\n    status\n    answer\n    answeredAt\n    viewerCanAnswer\n  }\n": typeof types.DrmmFeedbackFieldsFragmentDoc,
    "\n  fragment DrmmKioskDeviceFields on KioskDevice {\n    id\n    name\n    issuedAt\n    revokedAt\n    lastSeenAt\n  }\n": typeof types.DrmmKioskDeviceFieldsFragmentDoc,
    "\n  query DrmmCampaigns($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n    campaigns(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmCampaignSummaryFields\n      }\n    }\n  }\n": typeof types.DrmmCampaignsDocument,
    "\n  query DrmmCampaignResults($id: ID!) {\n    campaign(id: $id) {\n      id\n      year\n      title\n      state\n      results {\n        baseline\n        respondents\n        comparedTo {\n          id\n          year\n          title\n        }\n        respondentsByChannel {\n          channel\n          respondents\n        }\n        dimensions {\n          dimension\n          label\n          questionCount\n          satisfaction {\n            rate\n            withOpinion\n            lower\n            upper\n          }\n          comparison {\n            trend\n            difference\n            previous {\n              rate\n            }\n          }\n        }\n        questions {\n          respondents\n          question {\n            id\n            position\n            text\n          }\n          satisfaction {\n            rate\n            withOpinion\n          }\n          comparison {\n            trend\n            difference\n          }\n        }\n      }\n    }\n  }\n": typeof types.DrmmCampaignResultsDocument,
    "\n  query DrmmFeedbacks($filter: FeedbackFilter!, $after: String) {\n    feedbacks(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmFeedbackFields\n      }\n    }\n  }\n": typeof types.DrmmFeedbacksDocument,
    "\n  mutation DrmmAnswerFeedback($id: ID!, $answer: String!) {\n    answerFeedback(id: $id, answer: $answer) {\n      ...DrmmFeedbackFields\n    }\n  }\n": typeof types.DrmmAnswerFeedbackDocument,
    "\n  mutation DrmmSetFeedbackStatus($id: ID!, $status: FeedbackStatus!) {\n    setFeedbackStatus(id: $id, status: $status) {\n      ...DrmmFeedbackFields\n    }\n  }\n": typeof types.DrmmSetFeedbackStatusDocument,
    "\n  query DrmmKioskCapabilities($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n  }\n": typeof types.DrmmKioskCapabilitiesDocument,
    "\n  query DrmmKioskDevices {\n    kioskDevices(first: 100) {\n      nodes {\n        ...DrmmKioskDeviceFields\n      }\n    }\n  }\n": typeof types.DrmmKioskDevicesDocument,
    "\n  mutation DrmmIssueKioskDevice($name: String!) {\n    issueKioskDevice(name: $name) {\n      token\n      device {\n        ...DrmmKioskDeviceFields\n      }\n    }\n  }\n": typeof types.DrmmIssueKioskDeviceDocument,
    "\n  mutation DrmmRevokeKioskDevice($id: ID!) {\n    revokeKioskDevice(id: $id) {\n      ...DrmmKioskDeviceFields\n    }\n  }\n": typeof types.DrmmRevokeKioskDeviceDocument,
    "\n  query DrmmQuestionnaires($tenantId: ID!, $after: String) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n    questionnaires(tenantId: $tenantId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmQuestionnaireSummaryFields\n        questions {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DrmmQuestionnairesDocument,
    "\n  query DrmmQuestionnaire($id: ID!) {\n    questionnaire(id: $id) {\n      ...DrmmQuestionnaireFields\n    }\n  }\n": typeof types.DrmmQuestionnaireDocument,
    "\n  query DrmmQuestionnaireVersions($tenantId: ID, $key: String!) {\n    questionnaires(tenantId: $tenantId, key: $key, first: 50) {\n      nodes {\n        ...DrmmQuestionnaireSummaryFields\n      }\n    }\n  }\n": typeof types.DrmmQuestionnaireVersionsDocument,
    "\n  mutation DrmmCreateQuestionnaire($input: CreateQuestionnaireInput!) {\n    createQuestionnaire(input: $input) {\n      ...DrmmQuestionnaireSummaryFields\n    }\n  }\n": typeof types.DrmmCreateQuestionnaireDocument,
    "\n  mutation DrmmUpdateQuestionnaire($id: ID!, $input: QuestionnaireContentInput!) {\n    updateQuestionnaire(id: $id, input: $input) {\n      ...DrmmQuestionnaireSummaryFields\n    }\n  }\n": typeof types.DrmmUpdateQuestionnaireDocument,
    "\n  mutation DrmmReviseQuestionnaire($id: ID!, $input: QuestionnaireContentInput!) {\n    reviseQuestionnaire(id: $id, input: $input) {\n      ...DrmmQuestionnaireSummaryFields\n    }\n  }\n": typeof types.DrmmReviseQuestionnaireDocument,
    "\n  query DrmmSurveyPanels($tenantId: ID!, $after: String) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n    surveyPanels(tenantId: $tenantId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmPanelFields\n        members(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.DrmmSurveyPanelsDocument,
    "\n  query DrmmSurveyPanel($id: ID!, $membersAfter: String) {\n    surveyPanel(id: $id) {\n      ...DrmmPanelFields\n      viewerCanManage\n      viewerCanSeeEmails\n      members(first: 50, after: $membersAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...DrmmPanelMemberFields\n        }\n      }\n    }\n  }\n": typeof types.DrmmSurveyPanelDocument,
    "\n  mutation DrmmCreatePanel($input: PanelInput!) {\n    createPanel(input: $input) {\n      ...DrmmPanelFields\n    }\n  }\n": typeof types.DrmmCreatePanelDocument,
    "\n  mutation DrmmAddPanelMember($panelId: ID!, $input: PanelMemberInput!) {\n    addPanelMember(panelId: $panelId, input: $input) {\n      ...DrmmPanelMemberFields\n    }\n  }\n": typeof types.DrmmAddPanelMemberDocument,
    "\n  mutation DrmmUpdatePanelMember($id: ID!, $input: UpdatePanelMemberInput!) {\n    updatePanelMember(id: $id, input: $input) {\n      ...DrmmPanelMemberFields\n    }\n  }\n": typeof types.DrmmUpdatePanelMemberDocument,
    "\n  query DrmmCampaignChoices($tenantId: ID) {\n    questionnaires(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmQuestionnaireSummaryFields\n      }\n    }\n    surveyPanels(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmPanelFields\n      }\n    }\n  }\n": typeof types.DrmmCampaignChoicesDocument,
    "\n  mutation DrmmCreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...DrmmCampaignFields\n    }\n  }\n": typeof types.DrmmCreateCampaignDocument,
    "\n  query DrmmSurveyCampaign($id: ID!) {\n    campaign(id: $id) {\n      ...DrmmCampaignFields\n      questionnaire {\n        ...DrmmQuestionnaireFields\n      }\n      findings(first: 50) {\n        totalCount\n        nodes {\n          ...DrmmFindingFields\n        }\n      }\n    }\n  }\n": typeof types.DrmmSurveyCampaignDocument,
    "\n  mutation DrmmUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...DrmmCampaignFields\n    }\n  }\n": typeof types.DrmmUpdateCampaignDocument,
    "\n  mutation DrmmSendInvitations($campaignId: ID!) {\n    sendInvitations(campaignId: $campaignId) {\n      ...DrmmSendReportFields\n    }\n  }\n": typeof types.DrmmSendInvitationsDocument,
    "\n  mutation DrmmSendReminders($campaignId: ID!) {\n    sendReminders(campaignId: $campaignId) {\n      ...DrmmSendReportFields\n    }\n  }\n": typeof types.DrmmSendRemindersDocument,
    "\n  mutation DrmmPublishResults($campaignId: ID!) {\n    publishResults(campaignId: $campaignId) {\n      ...DrmmCampaignFields\n    }\n  }\n": typeof types.DrmmPublishResultsDocument,
    "\n  mutation DrmmAddFinding($campaignId: ID!, $input: FindingInput!) {\n    addFinding(campaignId: $campaignId, input: $input) {\n      ...DrmmFindingFields\n    }\n  }\n": typeof types.DrmmAddFindingDocument,
    "\n  mutation DrmmEnterPaperResponse($campaignId: ID!, $filledOn: String!, $answers: [AnswerInput!]!, $clientId: String) {\n    enterPaperResponse(campaignId: $campaignId, filledOn: $filledOn, answers: $answers, clientId: $clientId) {\n      responseId\n      duplicate\n    }\n  }\n": typeof types.DrmmEnterPaperResponseDocument,
    "\n  query DrmmCampaignInvitations($id: ID!, $after: String) {\n    campaign(id: $id) {\n      id\n      invitations(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          sentAt\n          reminderCount\n          responded\n          member {\n            id\n            name\n            organization\n            position\n          }\n        }\n      }\n    }\n  }\n": typeof types.DrmmCampaignInvitationsDocument,
    "\n  query DrmmCampaignComments($id: ID!, $after: String) {\n    campaign(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          text\n          channel\n        }\n      }\n    }\n  }\n": typeof types.DrmmCampaignCommentsDocument,
    "\n  query DrmmCampaignMailMessages($id: ID!, $after: String) {\n    campaign(id: $id) {\n      id\n      mailMessages(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          status\n          statusLabel\n          attempts\n          createdAt\n          nextAttemptAt\n          sentAt\n          member {\n            id\n            name\n            organization\n          }\n        }\n      }\n    }\n  }\n": typeof types.DrmmCampaignMailMessagesDocument,
};
const documents: Documents = {
    "\n  fragment DrmmDirectorateFields on Directorate {\n    id\n    code\n    name\n  }\n": types.DrmmDirectorateFieldsFragmentDoc,
    "\n  fragment DrmmCommitteeRightsFields on Committee {\n    id\n    tenantId\n    viewerCanManage\n  }\n": types.DrmmCommitteeRightsFieldsFragmentDoc,
    "\n  fragment DrmmCommitteeSummaryFields on Committee {\n    id\n    name\n    decisionDate\n    decisionReference\n    chairName\n    chairTitle\n    ownerDirectorate {\n      code\n      name\n    }\n    colleges {\n      id\n      name\n    }\n    meetings(first: 1) {\n      totalCount\n    }\n  }\n": types.DrmmCommitteeSummaryFieldsFragmentDoc,
    "\n  fragment DrmmCommitteeFields on Committee {\n    ...DrmmCommitteeRightsFields\n    kind\n    name\n    decisionText\n    chairName\n    chairTitle\n    meetingIntervalMonths\n    colleges {\n      id\n      name\n      position\n    }\n  }\n": types.DrmmCommitteeFieldsFragmentDoc,
    "\n  fragment DrmmMemberFields on Member {\n    id\n    name\n    organisation\n    role\n    contact\n    mandateStart\n    mandateEnd\n    college {\n      id\n    }\n  }\n": types.DrmmMemberFieldsFragmentDoc,
    "\n  fragment DrmmFollowUpFields on FollowUp {\n    id\n    title\n    dueDate\n    done\n  }\n": types.DrmmFollowUpFieldsFragmentDoc,
    "\n  fragment DrmmMeetingSummaryFields on Meeting {\n    id\n    title\n    scheduledAt\n    place\n    status\n  }\n": types.DrmmMeetingSummaryFieldsFragmentDoc,
    "\n  fragment DrmmMeetingFields on Meeting {\n    ...DrmmMeetingSummaryFields\n    chairName\n    attendanceSheetPdfPath\n  }\n": types.DrmmMeetingFieldsFragmentDoc,
    "\n  fragment DrmmMeetingInvitationFields on Invitation {\n    id\n    name\n    organisation\n    member {\n      id\n    }\n    attendance\n    representedBy\n    signed\n  }\n": types.DrmmMeetingInvitationFieldsFragmentDoc,
    "\n  fragment DrmmMinutesFields on Minutes {\n    id\n    version\n    status\n    pdfPath\n    publishedAt\n    caseOfficers\n    caseOfficerContacts\n    sections {\n      id\n      presentation\n      conclusions\n      agendaItem {\n        id\n        position\n        title\n      }\n    }\n  }\n": types.DrmmMinutesFieldsFragmentDoc,
    "\n  fragment DrmmProposalFields on Proposal {\n    id\n    authorName\n    text\n    status\n    answer\n    viewerCanMoveOn\n    routings {\n      id\n      bodyName\n      directorate {\n        code\n        name\n      }\n    }\n  }\n": types.DrmmProposalFieldsFragmentDoc,
    "\n  fragment DrmmActionPlanFields on ActionPlan {\n    id\n    year\n    title\n    viewerCanManage\n    committee {\n      id\n    }\n  }\n": types.DrmmActionPlanFieldsFragmentDoc,
    "\n  fragment DrmmActionFields on Action {\n    id\n    reference\n    title\n    status\n    progress\n    dueDate\n    overdue\n    viewerCanReportProgress\n    ownerDirectorate {\n      code\n      name\n    }\n  }\n": types.DrmmActionFieldsFragmentDoc,
    "\n  query DrmmCommittees($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      viewerCan {\n        id\n        createCommittees\n      }\n    }\n    committees(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmCommitteeSummaryFields\n      }\n    }\n    committeeCadence(all: true, tenantId: $tenantId, first: 50) {\n      nodes {\n        committee {\n          id\n        }\n        state\n        dueBy\n        nextMeetingDate\n        followUpsDue {\n          id\n          title\n          dueDate\n        }\n      }\n    }\n  }\n": types.DrmmCommitteesDocument,
    "\n  query DrmmCommittee($id: ID!) {\n    committee(id: $id) {\n      ...DrmmCommitteeFields\n      members(first: 60) {\n        nodes {\n          ...DrmmMemberFields\n        }\n      }\n      meetings(first: 20) {\n        nodes {\n          ...DrmmMeetingSummaryFields\n        }\n      }\n      followUps {\n        ...DrmmFollowUpFields\n      }\n    }\n  }\n": types.DrmmCommitteeDocument,
    "\n  query DrmmMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...DrmmMeetingFields\n      committee {\n        ...DrmmCommitteeRightsFields\n        name\n      }\n      agenda {\n        id\n        position\n        title\n        description\n      }\n      minutesVersions {\n        ...DrmmMinutesFields\n      }\n      proposals(first: 50) {\n        nodes {\n          ...DrmmProposalFields\n        }\n      }\n    }\n  }\n": types.DrmmMeetingDocument,
    "\n  query DrmmMeetingInvitations($id: ID!, $after: String) {\n    meeting(id: $id) {\n      id\n      invitations(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...DrmmMeetingInvitationFields\n        }\n      }\n    }\n  }\n": types.DrmmMeetingInvitationsDocument,
    "\n  mutation DrmmRecordAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {\n    recordAttendance(meetingId: $meetingId, entries: $entries) {\n      ...DrmmMeetingInvitationFields\n    }\n  }\n": types.DrmmRecordAttendanceDocument,
    "\n  mutation DrmmValidateMinutes($id: ID!) {\n    validateMinutes(id: $id) {\n      ...DrmmMinutesFields\n    }\n  }\n": types.DrmmValidateMinutesDocument,
    "\n  mutation DrmmPublishMinutes($id: ID!) {\n    publishMinutes(id: $id) {\n      ...DrmmMinutesFields\n    }\n  }\n": types.DrmmPublishMinutesDocument,
    "\n  query DrmmProposals($after: String) {\n    proposals(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmProposalFields\n        meeting {\n          id\n          title\n          scheduledAt\n        }\n      }\n    }\n  }\n": types.DrmmProposalsDocument,
    "\n  query DrmmActionPlans($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      viewerCan {\n        id\n        createActionPlans\n        createServicesActionPlans\n      }\n    }\n    actionPlans(tenantId: $tenantId, first: 20) {\n      nodes {\n        ...DrmmActionPlanFields\n      }\n    }\n    committees(tenantId: $tenantId, first: 20) {\n      nodes {\n        ...DrmmCommitteeRightsFields\n        name\n      }\n    }\n  }\n": types.DrmmActionPlansDocument,
    "\n  query DrmmPlanActions($planId: ID!) {\n    actions(filter: { planId: $planId }, first: 100) {\n      totalCount\n      nodes {\n        ...DrmmActionFields\n      }\n    }\n  }\n": types.DrmmPlanActionsDocument,
    "\n  mutation DrmmDraftMinutes($meetingId: ID!, $input: MinutesInput!) {\n    draftMinutes(meetingId: $meetingId, input: $input) {\n      ...DrmmMinutesFields\n    }\n  }\n": types.DrmmDraftMinutesDocument,
    "\n  mutation DrmmEditMinutes($id: ID!, $input: MinutesInput!) {\n    editMinutes(id: $id, input: $input) {\n      ...DrmmMinutesFields\n    }\n  }\n": types.DrmmEditMinutesDocument,
    "\n  mutation DrmmCorrectMinutes($id: ID!) {\n    correctMinutes(id: $id) {\n      ...DrmmMinutesFields\n    }\n  }\n": types.DrmmCorrectMinutesDocument,
    "\n  mutation DrmmUpdateProposalStatus($id: ID!, $status: ProposalStatus!, $answer: String, $note: String) {\n    updateProposalStatus(id: $id, status: $status, answer: $answer, note: $note) {\n      ...DrmmProposalFields\n    }\n  }\n": types.DrmmUpdateProposalStatusDocument,
    "\n  mutation DrmmReportActionProgress($id: ID!, $progress: Int!, $note: String) {\n    reportActionProgress(id: $id, progress: $progress, note: $note) {\n      ...DrmmActionFields\n    }\n  }\n": types.DrmmReportActionProgressDocument,
    "\n  mutation DrmmCreateCommittee($input: CreateCommitteeInput!) {\n    createCommittee(input: $input) {\n      ...DrmmCommitteeFields\n    }\n  }\n": types.DrmmCreateCommitteeDocument,
    "\n  mutation DrmmUpdateCommittee($id: ID!, $input: UpdateCommitteeInput!) {\n    updateCommittee(id: $id, input: $input) {\n      ...DrmmCommitteeFields\n    }\n  }\n": types.DrmmUpdateCommitteeDocument,
    "\n  mutation DrmmAddMember($committeeId: ID!, $input: MemberInput!) {\n    addMember(committeeId: $committeeId, input: $input) {\n      ...DrmmMemberFields\n    }\n  }\n": types.DrmmAddMemberDocument,
    "\n  mutation DrmmUpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...DrmmMemberFields\n    }\n  }\n": types.DrmmUpdateMemberDocument,
    "\n  mutation DrmmAddFollowUp($committeeId: ID!, $title: String!, $dueDate: String!) {\n    addFollowUp(committeeId: $committeeId, title: $title, dueDate: $dueDate) {\n      ...DrmmFollowUpFields\n    }\n  }\n": types.DrmmAddFollowUpDocument,
    "\n  mutation DrmmSetFollowUpDone($id: ID!, $done: Boolean!) {\n    setFollowUpDone(id: $id, done: $done) {\n      ...DrmmFollowUpFields\n    }\n  }\n": types.DrmmSetFollowUpDoneDocument,
    "\n  mutation DrmmScheduleMeeting($committeeId: ID!, $input: ScheduleMeetingInput!) {\n    scheduleMeeting(committeeId: $committeeId, input: $input) {\n      ...DrmmMeetingSummaryFields\n    }\n  }\n": types.DrmmScheduleMeetingDocument,
    "\n  mutation DrmmMarkMeetingHeld($id: ID!) {\n    markMeetingHeld(id: $id) {\n      ...DrmmMeetingFields\n    }\n  }\n": types.DrmmMarkMeetingHeldDocument,
    "\n  mutation DrmmCancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      ...DrmmMeetingFields\n    }\n  }\n": types.DrmmCancelMeetingDocument,
    "\n  query DrmmDirectorates($tenantId: ID) {\n    directorates(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmDirectorateFields\n      }\n    }\n  }\n": types.DrmmDirectoratesDocument,
    "\n  mutation DrmmRaiseProposal($meetingId: ID!, $input: RaiseProposalInput!) {\n    raiseProposal(meetingId: $meetingId, input: $input) {\n      ...DrmmProposalFields\n    }\n  }\n": types.DrmmRaiseProposalDocument,
    "\n  mutation DrmmCreateActionPlan($committeeId: ID, $title: String!, $year: Int!) {\n    createActionPlan(committeeId: $committeeId, title: $title, year: $year) {\n      ...DrmmActionPlanFields\n    }\n  }\n": types.DrmmCreateActionPlanDocument,
    "\n  mutation DrmmAddAction($planId: ID!, $input: ActionInput!) {\n    addAction(planId: $planId, input: $input) {\n      ...DrmmActionFields\n    }\n  }\n": types.DrmmAddActionDocument,
    "\n  query DrmmActionPlanCsv($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      year\n      csv\n    }\n  }\n": types.DrmmActionPlanCsvDocument,
    "\n  mutation DrmmImportActionPlanCsv($planId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importActionPlanCsv(planId: $planId, csv: $csv, dryRun: $dryRun) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      rejected\n      issues {\n        line\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DrmmImportActionPlanCsvDocument,
    "\n  query DrmmAcceptedProposals {\n    proposals(filter: { status: ACCEPTED }, first: 50) {\n      nodes {\n        id\n        text\n        authorName\n      }\n    }\n  }\n": types.DrmmAcceptedProposalsDocument,
    "\n  query DrmmCommitteeMeetings($committeeId: ID!) {\n    committee(id: $committeeId) {\n      id\n      meetings(first: 20) {\n        nodes {\n          ...DrmmMeetingSummaryFields\n        }\n      }\n    }\n  }\n": types.DrmmCommitteeMeetingsDocument,
    "\n  query DrmmSurveyFindings($tenantId: ID) {\n    campaigns(tenantId: $tenantId, first: 10) {\n      nodes {\n        id\n        title\n        findings(first: 20) {\n          nodes {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n": types.DrmmSurveyFindingsDocument,
    "\n  query DrmmQualityCorrespondence($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      correspondenceTableau(from: $from, to: $to) {\n        total {\n          received\n          onTimeRate\n          medianDelayWorkingDays\n          backlog\n          overdue\n        }\n      }\n    }\n  }\n": types.DrmmQualityCorrespondenceDocument,
    "\n  query DrmmQualitySurveys($tenantId: ID, $year: Int) {\n    campaigns(tenantId: $tenantId, year: $year, first: 10) {\n      nodes {\n        id\n        title\n        state\n        results {\n          respondents\n          dimensions {\n            dimension\n            label\n            satisfaction {\n              rate\n            }\n            comparison {\n              trend\n              difference\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DrmmQualitySurveysDocument,
    "\n  query DrmmQualityPlan($tenantId: ID) {\n    committeeCadence(all: true, tenantId: $tenantId, first: 50) {\n      nodes {\n        committee {\n          id\n          name\n        }\n        state\n        dueBy\n      }\n    }\n    actionPlans(tenantId: $tenantId, first: 20) {\n      nodes {\n        id\n        year\n        title\n      }\n    }\n  }\n": types.DrmmQualityPlanDocument,
    "\n  query DrmmQualityPlanActions($planId: ID!) {\n    all: actions(filter: { planId: $planId }, first: 1) {\n      totalCount\n    }\n    done: actions(filter: { planId: $planId, status: DONE }, first: 1) {\n      totalCount\n    }\n    overdue: actions(filter: { planId: $planId, overdue: true }, first: 1) {\n      totalCount\n    }\n  }\n": types.DrmmQualityPlanActionsDocument,
    "\n  query DrmmLabellings($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      labellings(first: 10) {\n        nodes {\n          id\n          certifiedOn\n          expiresOn\n          viewerCanManage\n          referential {\n            id\n            code\n            name\n            version\n            open\n          }\n          modules {\n            code\n            name\n            mandatory\n          }\n          nextDeadline {\n            kind\n            dueOn\n            state\n            warning\n          }\n          deadlines {\n            kind\n            dueOn\n            state\n            warning\n            audit {\n              id\n              plannedOn\n              heldOn\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DrmmLabellingsDocument,
    "\n  query DrmmLabellingAudits($id: ID!) {\n    labelling(id: $id) {\n      id\n      audits(first: 50) {\n        totalCount\n        nodes {\n          id\n          kind\n          plannedOn\n          heldOn\n          auditor\n          outcome\n        }\n      }\n    }\n  }\n": types.DrmmLabellingAuditsDocument,
    "\n  query DrmmReferential($id: ID!) {\n    referential(id: $id) {\n      id\n      name\n      version\n      completeness\n      note\n      source\n      engagements(first: 50) {\n        nodes {\n          id\n          number\n          theme\n          text\n          module {\n            code\n            name\n          }\n          indicators {\n            id\n            code\n            name\n            unit\n            target\n            definition\n            published\n            computation\n          }\n        }\n      }\n    }\n  }\n": types.DrmmReferentialDocument,
    "\n  mutation DrmmPlanAudit($labellingId: ID!, $input: PlanAuditInput!) {\n    planAudit(labellingId: $labellingId, input: $input) {\n      id\n    }\n  }\n": types.DrmmPlanAuditDocument,
    "\n  mutation DrmmRecordAudit($id: ID!, $input: RecordAuditInput!) {\n    recordAudit(id: $id, input: $input) {\n      id\n      heldOn\n    }\n  }\n": types.DrmmRecordAuditDocument,
    "\n  query DrmmIndicatorValues($tenantId: ID!, $period: String!, $referentialId: ID!) {\n    indicatorValues(tenantId: $tenantId, period: $period, referentialId: $referentialId, first: 100) {\n      nodes {\n        id\n        value\n        source\n        origin\n        numerator\n        sampleSize\n        targetMet\n        formulaVersion\n        recordedByName\n        updatedAt\n        indicator {\n          id\n        }\n      }\n    }\n  }\n": types.DrmmIndicatorValuesDocument,
    "\n  mutation DrmmEnterIndicatorValue($input: EnterIndicatorValueInput!) {\n    enterIndicatorValue(input: $input) {\n      id\n      value\n    }\n  }\n": types.DrmmEnterIndicatorValueDocument,
    "\n  mutation DrmmImportIndicatorValues($csv: String!, $dryRun: Boolean!) {\n    importIndicatorValues(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      issues {\n        line\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DrmmImportIndicatorValuesDocument,
    "\n  mutation DrmmComputeIndicatorValues($period: String!) {\n    computeIndicatorValues(period: $period) {\n      indicator {\n        id\n        name\n      }\n      value {\n        id\n      }\n      reason\n    }\n  }\n": types.DrmmComputeIndicatorValuesDocument,
    "\n  query DrmmPublicationDraft($quarter: String!, $cutOffDate: String) {\n    publicationDraft(quarter: $quarter, cutOffDate: $cutOffDate) {\n      quarter\n      label\n      cutOffDate\n      viewerCanPublish\n      current {\n        id\n        version\n        figures {\n          code\n          value\n        }\n      }\n      figures {\n        recordedAfterCutOff\n        indicator {\n          id\n          code\n          name\n          unit\n          target\n          engagement {\n            id\n            referential {\n              id\n              name\n              version\n            }\n          }\n        }\n        value {\n          id\n          value\n          numerator\n          sampleSize\n          source\n          origin\n        }\n      }\n    }\n  }\n": types.DrmmPublicationDraftDocument,
    "\n  query DrmmPublications($tenantId: ID!, $quarter: String!) {\n    publications(tenantId: $tenantId, quarter: $quarter, first: 20) {\n      totalCount\n      nodes {\n        id\n        version\n        status\n        cutOffDate\n        correctionReason\n        publishedAt\n        publishedByName\n        replacedAt\n        openData {\n          json\n          csv\n          posterA4\n          posterA3\n        }\n      }\n    }\n  }\n": types.DrmmPublicationsDocument,
    "\n  mutation DrmmPublishQuarter($input: PublishQuarterInput!) {\n    publishQuarter(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.DrmmPublishQuarterDocument,
    "\n  mutation DrmmCorrectPublication($input: CorrectPublicationInput!) {\n    correctPublication(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.DrmmCorrectPublicationDocument,
    "\n  fragment DrmmSurveyCapabilities on Tenant {\n    id\n    viewerCan {\n      id\n      manageSurveys\n      issueKioskTokens\n    }\n  }\n": types.DrmmSurveyCapabilitiesFragmentDoc,
    "\n  fragment DrmmQuestionFields on Question {\n    id\n    key\n    position\n    text\n    help\n    kind\n    dimension\n    required\n    options {\n      key\n      label\n    }\n    minValue\n    maxValue\n  }\n": types.DrmmQuestionFieldsFragmentDoc,
    "\n  fragment DrmmQuestionnaireSummaryFields on Questionnaire {\n    id\n    key\n    version\n    title\n    frozenAt\n  }\n": types.DrmmQuestionnaireSummaryFieldsFragmentDoc,
    "\n  fragment DrmmQuestionnaireFields on Questionnaire {\n    ...DrmmQuestionnaireSummaryFields\n    description\n    viewerCanManage\n    tenant {\n      id\n    }\n    sections {\n      id\n      position\n      title\n      questions {\n        ...DrmmQuestionFields\n      }\n    }\n  }\n": types.DrmmQuestionnaireFieldsFragmentDoc,
    "\n  fragment DrmmPanelFields on SurveyPanel {\n    id\n    name\n    kind\n    description\n  }\n": types.DrmmPanelFieldsFragmentDoc,
    "\n  fragment DrmmPanelMemberFields on PanelMember {\n    id\n    name\n    organization\n    position\n    civility\n    office\n    active\n    email\n  }\n": types.DrmmPanelMemberFieldsFragmentDoc,
    "\n  fragment DrmmCampaignSummaryFields on Campaign {\n    id\n    year\n    title\n    channel\n    opensOn\n    closesOn\n    state\n    responseCount\n    responseRate {\n      invited\n      responded\n      rate\n    }\n  }\n": types.DrmmCampaignSummaryFieldsFragmentDoc,
    "\n  fragment DrmmCampaignFields on Campaign {\n    ...DrmmCampaignSummaryFields\n    publishedAt\n    viewerCanManage\n    viewerCanKeyInPaperForms\n    responseRate {\n      members\n      reminded\n    }\n    tenant {\n      id\n    }\n    panel {\n      ...DrmmPanelFields\n    }\n  }\n": types.DrmmCampaignFieldsFragmentDoc,
    "\n  fragment DrmmFindingFields on SurveyFinding {\n    id\n    kind\n    dimension\n    questionKey\n    text\n    createdAt\n  }\n": types.DrmmFindingFieldsFragmentDoc,
    "\n  fragment DrmmSendReportFields on SendReport {\n    queued\n    skipped\n  }\n": types.DrmmSendReportFieldsFragmentDoc,
    "\n  fragment DrmmFeedbackFields on Feedback {\n    id\n    receivedOn\n    channel\n    category\n    text\n    contact\n    status\n    answer\n    answeredAt\n    viewerCanAnswer\n  }\n": types.DrmmFeedbackFieldsFragmentDoc,
    "\n  fragment DrmmKioskDeviceFields on KioskDevice {\n    id\n    name\n    issuedAt\n    revokedAt\n    lastSeenAt\n  }\n": types.DrmmKioskDeviceFieldsFragmentDoc,
    "\n  query DrmmCampaigns($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n    campaigns(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmCampaignSummaryFields\n      }\n    }\n  }\n": types.DrmmCampaignsDocument,
    "\n  query DrmmCampaignResults($id: ID!) {\n    campaign(id: $id) {\n      id\n      year\n      title\n      state\n      results {\n        baseline\n        respondents\n        comparedTo {\n          id\n          year\n          title\n        }\n        respondentsByChannel {\n          channel\n          respondents\n        }\n        dimensions {\n          dimension\n          label\n          questionCount\n          satisfaction {\n            rate\n            withOpinion\n            lower\n            upper\n          }\n          comparison {\n            trend\n            difference\n            previous {\n              rate\n            }\n          }\n        }\n        questions {\n          respondents\n          question {\n            id\n            position\n            text\n          }\n          satisfaction {\n            rate\n            withOpinion\n          }\n          comparison {\n            trend\n            difference\n          }\n        }\n      }\n    }\n  }\n": types.DrmmCampaignResultsDocument,
    "\n  query DrmmFeedbacks($filter: FeedbackFilter!, $after: String) {\n    feedbacks(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmFeedbackFields\n      }\n    }\n  }\n": types.DrmmFeedbacksDocument,
    "\n  mutation DrmmAnswerFeedback($id: ID!, $answer: String!) {\n    answerFeedback(id: $id, answer: $answer) {\n      ...DrmmFeedbackFields\n    }\n  }\n": types.DrmmAnswerFeedbackDocument,
    "\n  mutation DrmmSetFeedbackStatus($id: ID!, $status: FeedbackStatus!) {\n    setFeedbackStatus(id: $id, status: $status) {\n      ...DrmmFeedbackFields\n    }\n  }\n": types.DrmmSetFeedbackStatusDocument,
    "\n  query DrmmKioskCapabilities($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n  }\n": types.DrmmKioskCapabilitiesDocument,
    "\n  query DrmmKioskDevices {\n    kioskDevices(first: 100) {\n      nodes {\n        ...DrmmKioskDeviceFields\n      }\n    }\n  }\n": types.DrmmKioskDevicesDocument,
    "\n  mutation DrmmIssueKioskDevice($name: String!) {\n    issueKioskDevice(name: $name) {\n      token\n      device {\n        ...DrmmKioskDeviceFields\n      }\n    }\n  }\n": types.DrmmIssueKioskDeviceDocument,
    "\n  mutation DrmmRevokeKioskDevice($id: ID!) {\n    revokeKioskDevice(id: $id) {\n      ...DrmmKioskDeviceFields\n    }\n  }\n": types.DrmmRevokeKioskDeviceDocument,
    "\n  query DrmmQuestionnaires($tenantId: ID!, $after: String) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n    questionnaires(tenantId: $tenantId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmQuestionnaireSummaryFields\n        questions {\n          id\n        }\n      }\n    }\n  }\n": types.DrmmQuestionnairesDocument,
    "\n  query DrmmQuestionnaire($id: ID!) {\n    questionnaire(id: $id) {\n      ...DrmmQuestionnaireFields\n    }\n  }\n": types.DrmmQuestionnaireDocument,
    "\n  query DrmmQuestionnaireVersions($tenantId: ID, $key: String!) {\n    questionnaires(tenantId: $tenantId, key: $key, first: 50) {\n      nodes {\n        ...DrmmQuestionnaireSummaryFields\n      }\n    }\n  }\n": types.DrmmQuestionnaireVersionsDocument,
    "\n  mutation DrmmCreateQuestionnaire($input: CreateQuestionnaireInput!) {\n    createQuestionnaire(input: $input) {\n      ...DrmmQuestionnaireSummaryFields\n    }\n  }\n": types.DrmmCreateQuestionnaireDocument,
    "\n  mutation DrmmUpdateQuestionnaire($id: ID!, $input: QuestionnaireContentInput!) {\n    updateQuestionnaire(id: $id, input: $input) {\n      ...DrmmQuestionnaireSummaryFields\n    }\n  }\n": types.DrmmUpdateQuestionnaireDocument,
    "\n  mutation DrmmReviseQuestionnaire($id: ID!, $input: QuestionnaireContentInput!) {\n    reviseQuestionnaire(id: $id, input: $input) {\n      ...DrmmQuestionnaireSummaryFields\n    }\n  }\n": types.DrmmReviseQuestionnaireDocument,
    "\n  query DrmmSurveyPanels($tenantId: ID!, $after: String) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n    surveyPanels(tenantId: $tenantId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmPanelFields\n        members(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.DrmmSurveyPanelsDocument,
    "\n  query DrmmSurveyPanel($id: ID!, $membersAfter: String) {\n    surveyPanel(id: $id) {\n      ...DrmmPanelFields\n      viewerCanManage\n      viewerCanSeeEmails\n      members(first: 50, after: $membersAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...DrmmPanelMemberFields\n        }\n      }\n    }\n  }\n": types.DrmmSurveyPanelDocument,
    "\n  mutation DrmmCreatePanel($input: PanelInput!) {\n    createPanel(input: $input) {\n      ...DrmmPanelFields\n    }\n  }\n": types.DrmmCreatePanelDocument,
    "\n  mutation DrmmAddPanelMember($panelId: ID!, $input: PanelMemberInput!) {\n    addPanelMember(panelId: $panelId, input: $input) {\n      ...DrmmPanelMemberFields\n    }\n  }\n": types.DrmmAddPanelMemberDocument,
    "\n  mutation DrmmUpdatePanelMember($id: ID!, $input: UpdatePanelMemberInput!) {\n    updatePanelMember(id: $id, input: $input) {\n      ...DrmmPanelMemberFields\n    }\n  }\n": types.DrmmUpdatePanelMemberDocument,
    "\n  query DrmmCampaignChoices($tenantId: ID) {\n    questionnaires(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmQuestionnaireSummaryFields\n      }\n    }\n    surveyPanels(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmPanelFields\n      }\n    }\n  }\n": types.DrmmCampaignChoicesDocument,
    "\n  mutation DrmmCreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...DrmmCampaignFields\n    }\n  }\n": types.DrmmCreateCampaignDocument,
    "\n  query DrmmSurveyCampaign($id: ID!) {\n    campaign(id: $id) {\n      ...DrmmCampaignFields\n      questionnaire {\n        ...DrmmQuestionnaireFields\n      }\n      findings(first: 50) {\n        totalCount\n        nodes {\n          ...DrmmFindingFields\n        }\n      }\n    }\n  }\n": types.DrmmSurveyCampaignDocument,
    "\n  mutation DrmmUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...DrmmCampaignFields\n    }\n  }\n": types.DrmmUpdateCampaignDocument,
    "\n  mutation DrmmSendInvitations($campaignId: ID!) {\n    sendInvitations(campaignId: $campaignId) {\n      ...DrmmSendReportFields\n    }\n  }\n": types.DrmmSendInvitationsDocument,
    "\n  mutation DrmmSendReminders($campaignId: ID!) {\n    sendReminders(campaignId: $campaignId) {\n      ...DrmmSendReportFields\n    }\n  }\n": types.DrmmSendRemindersDocument,
    "\n  mutation DrmmPublishResults($campaignId: ID!) {\n    publishResults(campaignId: $campaignId) {\n      ...DrmmCampaignFields\n    }\n  }\n": types.DrmmPublishResultsDocument,
    "\n  mutation DrmmAddFinding($campaignId: ID!, $input: FindingInput!) {\n    addFinding(campaignId: $campaignId, input: $input) {\n      ...DrmmFindingFields\n    }\n  }\n": types.DrmmAddFindingDocument,
    "\n  mutation DrmmEnterPaperResponse($campaignId: ID!, $filledOn: String!, $answers: [AnswerInput!]!, $clientId: String) {\n    enterPaperResponse(campaignId: $campaignId, filledOn: $filledOn, answers: $answers, clientId: $clientId) {\n      responseId\n      duplicate\n    }\n  }\n": types.DrmmEnterPaperResponseDocument,
    "\n  query DrmmCampaignInvitations($id: ID!, $after: String) {\n    campaign(id: $id) {\n      id\n      invitations(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          sentAt\n          reminderCount\n          responded\n          member {\n            id\n            name\n            organization\n            position\n          }\n        }\n      }\n    }\n  }\n": types.DrmmCampaignInvitationsDocument,
    "\n  query DrmmCampaignComments($id: ID!, $after: String) {\n    campaign(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          text\n          channel\n        }\n      }\n    }\n  }\n": types.DrmmCampaignCommentsDocument,
    "\n  query DrmmCampaignMailMessages($id: ID!, $after: String) {\n    campaign(id: $id) {\n      id\n      mailMessages(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          status\n          statusLabel\n          attempts\n          createdAt\n          nextAttemptAt\n          sentAt\n          member {\n            id\n            name\n            organization\n          }\n        }\n      }\n    }\n  }\n": types.DrmmCampaignMailMessagesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmDirectorateFields on Directorate {\n    id\n    code\n    name\n  }\n"): (typeof documents)["\n  fragment DrmmDirectorateFields on Directorate {\n    id\n    code\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmCommitteeRightsFields on Committee {\n    id\n    tenantId\n    viewerCanManage\n  }\n"): (typeof documents)["\n  fragment DrmmCommitteeRightsFields on Committee {\n    id\n    tenantId\n    viewerCanManage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmCommitteeSummaryFields on Committee {\n    id\n    name\n    decisionDate\n    decisionReference\n    chairName\n    chairTitle\n    ownerDirectorate {\n      code\n      name\n    }\n    colleges {\n      id\n      name\n    }\n    meetings(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  fragment DrmmCommitteeSummaryFields on Committee {\n    id\n    name\n    decisionDate\n    decisionReference\n    chairName\n    chairTitle\n    ownerDirectorate {\n      code\n      name\n    }\n    colleges {\n      id\n      name\n    }\n    meetings(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmCommitteeFields on Committee {\n    ...DrmmCommitteeRightsFields\n    kind\n    name\n    decisionText\n    chairName\n    chairTitle\n    meetingIntervalMonths\n    colleges {\n      id\n      name\n      position\n    }\n  }\n"): (typeof documents)["\n  fragment DrmmCommitteeFields on Committee {\n    ...DrmmCommitteeRightsFields\n    kind\n    name\n    decisionText\n    chairName\n    chairTitle\n    meetingIntervalMonths\n    colleges {\n      id\n      name\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmMemberFields on Member {\n    id\n    name\n    organisation\n    role\n    contact\n    mandateStart\n    mandateEnd\n    college {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment DrmmMemberFields on Member {\n    id\n    name\n    organisation\n    role\n    contact\n    mandateStart\n    mandateEnd\n    college {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmFollowUpFields on FollowUp {\n    id\n    title\n    dueDate\n    done\n  }\n"): (typeof documents)["\n  fragment DrmmFollowUpFields on FollowUp {\n    id\n    title\n    dueDate\n    done\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmMeetingSummaryFields on Meeting {\n    id\n    title\n    scheduledAt\n    place\n    status\n  }\n"): (typeof documents)["\n  fragment DrmmMeetingSummaryFields on Meeting {\n    id\n    title\n    scheduledAt\n    place\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmMeetingFields on Meeting {\n    ...DrmmMeetingSummaryFields\n    chairName\n    attendanceSheetPdfPath\n  }\n"): (typeof documents)["\n  fragment DrmmMeetingFields on Meeting {\n    ...DrmmMeetingSummaryFields\n    chairName\n    attendanceSheetPdfPath\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmMeetingInvitationFields on Invitation {\n    id\n    name\n    organisation\n    member {\n      id\n    }\n    attendance\n    representedBy\n    signed\n  }\n"): (typeof documents)["\n  fragment DrmmMeetingInvitationFields on Invitation {\n    id\n    name\n    organisation\n    member {\n      id\n    }\n    attendance\n    representedBy\n    signed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmMinutesFields on Minutes {\n    id\n    version\n    status\n    pdfPath\n    publishedAt\n    caseOfficers\n    caseOfficerContacts\n    sections {\n      id\n      presentation\n      conclusions\n      agendaItem {\n        id\n        position\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DrmmMinutesFields on Minutes {\n    id\n    version\n    status\n    pdfPath\n    publishedAt\n    caseOfficers\n    caseOfficerContacts\n    sections {\n      id\n      presentation\n      conclusions\n      agendaItem {\n        id\n        position\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmProposalFields on Proposal {\n    id\n    authorName\n    text\n    status\n    answer\n    viewerCanMoveOn\n    routings {\n      id\n      bodyName\n      directorate {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DrmmProposalFields on Proposal {\n    id\n    authorName\n    text\n    status\n    answer\n    viewerCanMoveOn\n    routings {\n      id\n      bodyName\n      directorate {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmActionPlanFields on ActionPlan {\n    id\n    year\n    title\n    viewerCanManage\n    committee {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment DrmmActionPlanFields on ActionPlan {\n    id\n    year\n    title\n    viewerCanManage\n    committee {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmActionFields on Action {\n    id\n    reference\n    title\n    status\n    progress\n    dueDate\n    overdue\n    viewerCanReportProgress\n    ownerDirectorate {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DrmmActionFields on Action {\n    id\n    reference\n    title\n    status\n    progress\n    dueDate\n    overdue\n    viewerCanReportProgress\n    ownerDirectorate {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmCommittees($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      viewerCan {\n        id\n        createCommittees\n      }\n    }\n    committees(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmCommitteeSummaryFields\n      }\n    }\n    committeeCadence(all: true, tenantId: $tenantId, first: 50) {\n      nodes {\n        committee {\n          id\n        }\n        state\n        dueBy\n        nextMeetingDate\n        followUpsDue {\n          id\n          title\n          dueDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmCommittees($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      viewerCan {\n        id\n        createCommittees\n      }\n    }\n    committees(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmCommitteeSummaryFields\n      }\n    }\n    committeeCadence(all: true, tenantId: $tenantId, first: 50) {\n      nodes {\n        committee {\n          id\n        }\n        state\n        dueBy\n        nextMeetingDate\n        followUpsDue {\n          id\n          title\n          dueDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmCommittee($id: ID!) {\n    committee(id: $id) {\n      ...DrmmCommitteeFields\n      members(first: 60) {\n        nodes {\n          ...DrmmMemberFields\n        }\n      }\n      meetings(first: 20) {\n        nodes {\n          ...DrmmMeetingSummaryFields\n        }\n      }\n      followUps {\n        ...DrmmFollowUpFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmCommittee($id: ID!) {\n    committee(id: $id) {\n      ...DrmmCommitteeFields\n      members(first: 60) {\n        nodes {\n          ...DrmmMemberFields\n        }\n      }\n      meetings(first: 20) {\n        nodes {\n          ...DrmmMeetingSummaryFields\n        }\n      }\n      followUps {\n        ...DrmmFollowUpFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...DrmmMeetingFields\n      committee {\n        ...DrmmCommitteeRightsFields\n        name\n      }\n      agenda {\n        id\n        position\n        title\n        description\n      }\n      minutesVersions {\n        ...DrmmMinutesFields\n      }\n      proposals(first: 50) {\n        nodes {\n          ...DrmmProposalFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmMeeting($id: ID!) {\n    meeting(id: $id) {\n      ...DrmmMeetingFields\n      committee {\n        ...DrmmCommitteeRightsFields\n        name\n      }\n      agenda {\n        id\n        position\n        title\n        description\n      }\n      minutesVersions {\n        ...DrmmMinutesFields\n      }\n      proposals(first: 50) {\n        nodes {\n          ...DrmmProposalFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmMeetingInvitations($id: ID!, $after: String) {\n    meeting(id: $id) {\n      id\n      invitations(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...DrmmMeetingInvitationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmMeetingInvitations($id: ID!, $after: String) {\n    meeting(id: $id) {\n      id\n      invitations(first: 50, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...DrmmMeetingInvitationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmRecordAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {\n    recordAttendance(meetingId: $meetingId, entries: $entries) {\n      ...DrmmMeetingInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmRecordAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {\n    recordAttendance(meetingId: $meetingId, entries: $entries) {\n      ...DrmmMeetingInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmValidateMinutes($id: ID!) {\n    validateMinutes(id: $id) {\n      ...DrmmMinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmValidateMinutes($id: ID!) {\n    validateMinutes(id: $id) {\n      ...DrmmMinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmPublishMinutes($id: ID!) {\n    publishMinutes(id: $id) {\n      ...DrmmMinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmPublishMinutes($id: ID!) {\n    publishMinutes(id: $id) {\n      ...DrmmMinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmProposals($after: String) {\n    proposals(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmProposalFields\n        meeting {\n          id\n          title\n          scheduledAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmProposals($after: String) {\n    proposals(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmProposalFields\n        meeting {\n          id\n          title\n          scheduledAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmActionPlans($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      viewerCan {\n        id\n        createActionPlans\n        createServicesActionPlans\n      }\n    }\n    actionPlans(tenantId: $tenantId, first: 20) {\n      nodes {\n        ...DrmmActionPlanFields\n      }\n    }\n    committees(tenantId: $tenantId, first: 20) {\n      nodes {\n        ...DrmmCommitteeRightsFields\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmActionPlans($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      viewerCan {\n        id\n        createActionPlans\n        createServicesActionPlans\n      }\n    }\n    actionPlans(tenantId: $tenantId, first: 20) {\n      nodes {\n        ...DrmmActionPlanFields\n      }\n    }\n    committees(tenantId: $tenantId, first: 20) {\n      nodes {\n        ...DrmmCommitteeRightsFields\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmPlanActions($planId: ID!) {\n    actions(filter: { planId: $planId }, first: 100) {\n      totalCount\n      nodes {\n        ...DrmmActionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmPlanActions($planId: ID!) {\n    actions(filter: { planId: $planId }, first: 100) {\n      totalCount\n      nodes {\n        ...DrmmActionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmDraftMinutes($meetingId: ID!, $input: MinutesInput!) {\n    draftMinutes(meetingId: $meetingId, input: $input) {\n      ...DrmmMinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmDraftMinutes($meetingId: ID!, $input: MinutesInput!) {\n    draftMinutes(meetingId: $meetingId, input: $input) {\n      ...DrmmMinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmEditMinutes($id: ID!, $input: MinutesInput!) {\n    editMinutes(id: $id, input: $input) {\n      ...DrmmMinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmEditMinutes($id: ID!, $input: MinutesInput!) {\n    editMinutes(id: $id, input: $input) {\n      ...DrmmMinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmCorrectMinutes($id: ID!) {\n    correctMinutes(id: $id) {\n      ...DrmmMinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmCorrectMinutes($id: ID!) {\n    correctMinutes(id: $id) {\n      ...DrmmMinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmUpdateProposalStatus($id: ID!, $status: ProposalStatus!, $answer: String, $note: String) {\n    updateProposalStatus(id: $id, status: $status, answer: $answer, note: $note) {\n      ...DrmmProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmUpdateProposalStatus($id: ID!, $status: ProposalStatus!, $answer: String, $note: String) {\n    updateProposalStatus(id: $id, status: $status, answer: $answer, note: $note) {\n      ...DrmmProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmReportActionProgress($id: ID!, $progress: Int!, $note: String) {\n    reportActionProgress(id: $id, progress: $progress, note: $note) {\n      ...DrmmActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmReportActionProgress($id: ID!, $progress: Int!, $note: String) {\n    reportActionProgress(id: $id, progress: $progress, note: $note) {\n      ...DrmmActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmCreateCommittee($input: CreateCommitteeInput!) {\n    createCommittee(input: $input) {\n      ...DrmmCommitteeFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmCreateCommittee($input: CreateCommitteeInput!) {\n    createCommittee(input: $input) {\n      ...DrmmCommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmUpdateCommittee($id: ID!, $input: UpdateCommitteeInput!) {\n    updateCommittee(id: $id, input: $input) {\n      ...DrmmCommitteeFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmUpdateCommittee($id: ID!, $input: UpdateCommitteeInput!) {\n    updateCommittee(id: $id, input: $input) {\n      ...DrmmCommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmAddMember($committeeId: ID!, $input: MemberInput!) {\n    addMember(committeeId: $committeeId, input: $input) {\n      ...DrmmMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmAddMember($committeeId: ID!, $input: MemberInput!) {\n    addMember(committeeId: $committeeId, input: $input) {\n      ...DrmmMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmUpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...DrmmMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmUpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...DrmmMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmAddFollowUp($committeeId: ID!, $title: String!, $dueDate: String!) {\n    addFollowUp(committeeId: $committeeId, title: $title, dueDate: $dueDate) {\n      ...DrmmFollowUpFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmAddFollowUp($committeeId: ID!, $title: String!, $dueDate: String!) {\n    addFollowUp(committeeId: $committeeId, title: $title, dueDate: $dueDate) {\n      ...DrmmFollowUpFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmSetFollowUpDone($id: ID!, $done: Boolean!) {\n    setFollowUpDone(id: $id, done: $done) {\n      ...DrmmFollowUpFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmSetFollowUpDone($id: ID!, $done: Boolean!) {\n    setFollowUpDone(id: $id, done: $done) {\n      ...DrmmFollowUpFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmScheduleMeeting($committeeId: ID!, $input: ScheduleMeetingInput!) {\n    scheduleMeeting(committeeId: $committeeId, input: $input) {\n      ...DrmmMeetingSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmScheduleMeeting($committeeId: ID!, $input: ScheduleMeetingInput!) {\n    scheduleMeeting(committeeId: $committeeId, input: $input) {\n      ...DrmmMeetingSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmMarkMeetingHeld($id: ID!) {\n    markMeetingHeld(id: $id) {\n      ...DrmmMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmMarkMeetingHeld($id: ID!) {\n    markMeetingHeld(id: $id) {\n      ...DrmmMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmCancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      ...DrmmMeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmCancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      ...DrmmMeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmDirectorates($tenantId: ID) {\n    directorates(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmDirectorateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmDirectorates($tenantId: ID) {\n    directorates(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmDirectorateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmRaiseProposal($meetingId: ID!, $input: RaiseProposalInput!) {\n    raiseProposal(meetingId: $meetingId, input: $input) {\n      ...DrmmProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmRaiseProposal($meetingId: ID!, $input: RaiseProposalInput!) {\n    raiseProposal(meetingId: $meetingId, input: $input) {\n      ...DrmmProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmCreateActionPlan($committeeId: ID, $title: String!, $year: Int!) {\n    createActionPlan(committeeId: $committeeId, title: $title, year: $year) {\n      ...DrmmActionPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmCreateActionPlan($committeeId: ID, $title: String!, $year: Int!) {\n    createActionPlan(committeeId: $committeeId, title: $title, year: $year) {\n      ...DrmmActionPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmAddAction($planId: ID!, $input: ActionInput!) {\n    addAction(planId: $planId, input: $input) {\n      ...DrmmActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmAddAction($planId: ID!, $input: ActionInput!) {\n    addAction(planId: $planId, input: $input) {\n      ...DrmmActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmActionPlanCsv($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      year\n      csv\n    }\n  }\n"): (typeof documents)["\n  query DrmmActionPlanCsv($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      year\n      csv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmImportActionPlanCsv($planId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importActionPlanCsv(planId: $planId, csv: $csv, dryRun: $dryRun) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      rejected\n      issues {\n        line\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmImportActionPlanCsv($planId: ID!, $csv: String!, $dryRun: Boolean!) {\n    importActionPlanCsv(planId: $planId, csv: $csv, dryRun: $dryRun) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      rejected\n      issues {\n        line\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmAcceptedProposals {\n    proposals(filter: { status: ACCEPTED }, first: 50) {\n      nodes {\n        id\n        text\n        authorName\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmAcceptedProposals {\n    proposals(filter: { status: ACCEPTED }, first: 50) {\n      nodes {\n        id\n        text\n        authorName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmCommitteeMeetings($committeeId: ID!) {\n    committee(id: $committeeId) {\n      id\n      meetings(first: 20) {\n        nodes {\n          ...DrmmMeetingSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmCommitteeMeetings($committeeId: ID!) {\n    committee(id: $committeeId) {\n      id\n      meetings(first: 20) {\n        nodes {\n          ...DrmmMeetingSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmSurveyFindings($tenantId: ID) {\n    campaigns(tenantId: $tenantId, first: 10) {\n      nodes {\n        id\n        title\n        findings(first: 20) {\n          nodes {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmSurveyFindings($tenantId: ID) {\n    campaigns(tenantId: $tenantId, first: 10) {\n      nodes {\n        id\n        title\n        findings(first: 20) {\n          nodes {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmQualityCorrespondence($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      correspondenceTableau(from: $from, to: $to) {\n        total {\n          received\n          onTimeRate\n          medianDelayWorkingDays\n          backlog\n          overdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmQualityCorrespondence($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      correspondenceTableau(from: $from, to: $to) {\n        total {\n          received\n          onTimeRate\n          medianDelayWorkingDays\n          backlog\n          overdue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmQualitySurveys($tenantId: ID, $year: Int) {\n    campaigns(tenantId: $tenantId, year: $year, first: 10) {\n      nodes {\n        id\n        title\n        state\n        results {\n          respondents\n          dimensions {\n            dimension\n            label\n            satisfaction {\n              rate\n            }\n            comparison {\n              trend\n              difference\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmQualitySurveys($tenantId: ID, $year: Int) {\n    campaigns(tenantId: $tenantId, year: $year, first: 10) {\n      nodes {\n        id\n        title\n        state\n        results {\n          respondents\n          dimensions {\n            dimension\n            label\n            satisfaction {\n              rate\n            }\n            comparison {\n              trend\n              difference\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmQualityPlan($tenantId: ID) {\n    committeeCadence(all: true, tenantId: $tenantId, first: 50) {\n      nodes {\n        committee {\n          id\n          name\n        }\n        state\n        dueBy\n      }\n    }\n    actionPlans(tenantId: $tenantId, first: 20) {\n      nodes {\n        id\n        year\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmQualityPlan($tenantId: ID) {\n    committeeCadence(all: true, tenantId: $tenantId, first: 50) {\n      nodes {\n        committee {\n          id\n          name\n        }\n        state\n        dueBy\n      }\n    }\n    actionPlans(tenantId: $tenantId, first: 20) {\n      nodes {\n        id\n        year\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmQualityPlanActions($planId: ID!) {\n    all: actions(filter: { planId: $planId }, first: 1) {\n      totalCount\n    }\n    done: actions(filter: { planId: $planId, status: DONE }, first: 1) {\n      totalCount\n    }\n    overdue: actions(filter: { planId: $planId, overdue: true }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DrmmQualityPlanActions($planId: ID!) {\n    all: actions(filter: { planId: $planId }, first: 1) {\n      totalCount\n    }\n    done: actions(filter: { planId: $planId, status: DONE }, first: 1) {\n      totalCount\n    }\n    overdue: actions(filter: { planId: $planId, overdue: true }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmLabellings($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      labellings(first: 10) {\n        nodes {\n          id\n          certifiedOn\n          expiresOn\n          viewerCanManage\n          referential {\n            id\n            code\n            name\n            version\n            open\n          }\n          modules {\n            code\n            name\n            mandatory\n          }\n          nextDeadline {\n            kind\n            dueOn\n            state\n            warning\n          }\n          deadlines {\n            kind\n            dueOn\n            state\n            warning\n            audit {\n              id\n              plannedOn\n              heldOn\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmLabellings($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      labellings(first: 10) {\n        nodes {\n          id\n          certifiedOn\n          expiresOn\n          viewerCanManage\n          referential {\n            id\n            code\n            name\n            version\n            open\n          }\n          modules {\n            code\n            name\n            mandatory\n          }\n          nextDeadline {\n            kind\n            dueOn\n            state\n            warning\n          }\n          deadlines {\n            kind\n            dueOn\n            state\n            warning\n            audit {\n              id\n              plannedOn\n              heldOn\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmLabellingAudits($id: ID!) {\n    labelling(id: $id) {\n      id\n      audits(first: 50) {\n        totalCount\n        nodes {\n          id\n          kind\n          plannedOn\n          heldOn\n          auditor\n          outcome\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmLabellingAudits($id: ID!) {\n    labelling(id: $id) {\n      id\n      audits(first: 50) {\n        totalCount\n        nodes {\n          id\n          kind\n          plannedOn\n          heldOn\n          auditor\n          outcome\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmReferential($id: ID!) {\n    referential(id: $id) {\n      id\n      name\n      version\n      completeness\n      note\n      source\n      engagements(first: 50) {\n        nodes {\n          id\n          number\n          theme\n          text\n          module {\n            code\n            name\n          }\n          indicators {\n            id\n            code\n            name\n            unit\n            target\n            definition\n            published\n            computation\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmReferential($id: ID!) {\n    referential(id: $id) {\n      id\n      name\n      version\n      completeness\n      note\n      source\n      engagements(first: 50) {\n        nodes {\n          id\n          number\n          theme\n          text\n          module {\n            code\n            name\n          }\n          indicators {\n            id\n            code\n            name\n            unit\n            target\n            definition\n            published\n            computation\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmPlanAudit($labellingId: ID!, $input: PlanAuditInput!) {\n    planAudit(labellingId: $labellingId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmPlanAudit($labellingId: ID!, $input: PlanAuditInput!) {\n    planAudit(labellingId: $labellingId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmRecordAudit($id: ID!, $input: RecordAuditInput!) {\n    recordAudit(id: $id, input: $input) {\n      id\n      heldOn\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmRecordAudit($id: ID!, $input: RecordAuditInput!) {\n    recordAudit(id: $id, input: $input) {\n      id\n      heldOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmIndicatorValues($tenantId: ID!, $period: String!, $referentialId: ID!) {\n    indicatorValues(tenantId: $tenantId, period: $period, referentialId: $referentialId, first: 100) {\n      nodes {\n        id\n        value\n        source\n        origin\n        numerator\n        sampleSize\n        targetMet\n        formulaVersion\n        recordedByName\n        updatedAt\n        indicator {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmIndicatorValues($tenantId: ID!, $period: String!, $referentialId: ID!) {\n    indicatorValues(tenantId: $tenantId, period: $period, referentialId: $referentialId, first: 100) {\n      nodes {\n        id\n        value\n        source\n        origin\n        numerator\n        sampleSize\n        targetMet\n        formulaVersion\n        recordedByName\n        updatedAt\n        indicator {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmEnterIndicatorValue($input: EnterIndicatorValueInput!) {\n    enterIndicatorValue(input: $input) {\n      id\n      value\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmEnterIndicatorValue($input: EnterIndicatorValueInput!) {\n    enterIndicatorValue(input: $input) {\n      id\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmImportIndicatorValues($csv: String!, $dryRun: Boolean!) {\n    importIndicatorValues(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      issues {\n        line\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmImportIndicatorValues($csv: String!, $dryRun: Boolean!) {\n    importIndicatorValues(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      applied\n      created\n      updated\n      unchanged\n      issues {\n        line\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmComputeIndicatorValues($period: String!) {\n    computeIndicatorValues(period: $period) {\n      indicator {\n        id\n        name\n      }\n      value {\n        id\n      }\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmComputeIndicatorValues($period: String!) {\n    computeIndicatorValues(period: $period) {\n      indicator {\n        id\n        name\n      }\n      value {\n        id\n      }\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmPublicationDraft($quarter: String!, $cutOffDate: String) {\n    publicationDraft(quarter: $quarter, cutOffDate: $cutOffDate) {\n      quarter\n      label\n      cutOffDate\n      viewerCanPublish\n      current {\n        id\n        version\n        figures {\n          code\n          value\n        }\n      }\n      figures {\n        recordedAfterCutOff\n        indicator {\n          id\n          code\n          name\n          unit\n          target\n          engagement {\n            id\n            referential {\n              id\n              name\n              version\n            }\n          }\n        }\n        value {\n          id\n          value\n          numerator\n          sampleSize\n          source\n          origin\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmPublicationDraft($quarter: String!, $cutOffDate: String) {\n    publicationDraft(quarter: $quarter, cutOffDate: $cutOffDate) {\n      quarter\n      label\n      cutOffDate\n      viewerCanPublish\n      current {\n        id\n        version\n        figures {\n          code\n          value\n        }\n      }\n      figures {\n        recordedAfterCutOff\n        indicator {\n          id\n          code\n          name\n          unit\n          target\n          engagement {\n            id\n            referential {\n              id\n              name\n              version\n            }\n          }\n        }\n        value {\n          id\n          value\n          numerator\n          sampleSize\n          source\n          origin\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmPublications($tenantId: ID!, $quarter: String!) {\n    publications(tenantId: $tenantId, quarter: $quarter, first: 20) {\n      totalCount\n      nodes {\n        id\n        version\n        status\n        cutOffDate\n        correctionReason\n        publishedAt\n        publishedByName\n        replacedAt\n        openData {\n          json\n          csv\n          posterA4\n          posterA3\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmPublications($tenantId: ID!, $quarter: String!) {\n    publications(tenantId: $tenantId, quarter: $quarter, first: 20) {\n      totalCount\n      nodes {\n        id\n        version\n        status\n        cutOffDate\n        correctionReason\n        publishedAt\n        publishedByName\n        replacedAt\n        openData {\n          json\n          csv\n          posterA4\n          posterA3\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmPublishQuarter($input: PublishQuarterInput!) {\n    publishQuarter(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmPublishQuarter($input: PublishQuarterInput!) {\n    publishQuarter(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmCorrectPublication($input: CorrectPublicationInput!) {\n    correctPublication(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmCorrectPublication($input: CorrectPublicationInput!) {\n    correctPublication(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmSurveyCapabilities on Tenant {\n    id\n    viewerCan {\n      id\n      manageSurveys\n      issueKioskTokens\n    }\n  }\n"): (typeof documents)["\n  fragment DrmmSurveyCapabilities on Tenant {\n    id\n    viewerCan {\n      id\n      manageSurveys\n      issueKioskTokens\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmQuestionFields on Question {\n    id\n    key\n    position\n    text\n    help\n    kind\n    dimension\n    required\n    options {\n      key\n      label\n    }\n    minValue\n    maxValue\n  }\n"): (typeof documents)["\n  fragment DrmmQuestionFields on Question {\n    id\n    key\n    position\n    text\n    help\n    kind\n    dimension\n    required\n    options {\n      key\n      label\n    }\n    minValue\n    maxValue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmQuestionnaireSummaryFields on Questionnaire {\n    id\n    key\n    version\n    title\n    frozenAt\n  }\n"): (typeof documents)["\n  fragment DrmmQuestionnaireSummaryFields on Questionnaire {\n    id\n    key\n    version\n    title\n    frozenAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmQuestionnaireFields on Questionnaire {\n    ...DrmmQuestionnaireSummaryFields\n    description\n    viewerCanManage\n    tenant {\n      id\n    }\n    sections {\n      id\n      position\n      title\n      questions {\n        ...DrmmQuestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DrmmQuestionnaireFields on Questionnaire {\n    ...DrmmQuestionnaireSummaryFields\n    description\n    viewerCanManage\n    tenant {\n      id\n    }\n    sections {\n      id\n      position\n      title\n      questions {\n        ...DrmmQuestionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmPanelFields on SurveyPanel {\n    id\n    name\n    kind\n    description\n  }\n"): (typeof documents)["\n  fragment DrmmPanelFields on SurveyPanel {\n    id\n    name\n    kind\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmPanelMemberFields on PanelMember {\n    id\n    name\n    organization\n    position\n    civility\n    office\n    active\n    email\n  }\n"): (typeof documents)["\n  fragment DrmmPanelMemberFields on PanelMember {\n    id\n    name\n    organization\n    position\n    civility\n    office\n    active\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmCampaignSummaryFields on Campaign {\n    id\n    year\n    title\n    channel\n    opensOn\n    closesOn\n    state\n    responseCount\n    responseRate {\n      invited\n      responded\n      rate\n    }\n  }\n"): (typeof documents)["\n  fragment DrmmCampaignSummaryFields on Campaign {\n    id\n    year\n    title\n    channel\n    opensOn\n    closesOn\n    state\n    responseCount\n    responseRate {\n      invited\n      responded\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmCampaignFields on Campaign {\n    ...DrmmCampaignSummaryFields\n    publishedAt\n    viewerCanManage\n    viewerCanKeyInPaperForms\n    responseRate {\n      members\n      reminded\n    }\n    tenant {\n      id\n    }\n    panel {\n      ...DrmmPanelFields\n    }\n  }\n"): (typeof documents)["\n  fragment DrmmCampaignFields on Campaign {\n    ...DrmmCampaignSummaryFields\n    publishedAt\n    viewerCanManage\n    viewerCanKeyInPaperForms\n    responseRate {\n      members\n      reminded\n    }\n    tenant {\n      id\n    }\n    panel {\n      ...DrmmPanelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmFindingFields on SurveyFinding {\n    id\n    kind\n    dimension\n    questionKey\n    text\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DrmmFindingFields on SurveyFinding {\n    id\n    kind\n    dimension\n    questionKey\n    text\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmSendReportFields on SendReport {\n    queued\n    skipped\n  }\n"): (typeof documents)["\n  fragment DrmmSendReportFields on SendReport {\n    queued\n    skipped\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmFeedbackFields on Feedback {\n    id\n    receivedOn\n    channel\n    category\n    text\n    contact\n    status\n    answer\n    answeredAt\n    viewerCanAnswer\n  }\n"): (typeof documents)["\n  fragment DrmmFeedbackFields on Feedback {\n    id\n    receivedOn\n    channel\n    category\n    text\n    contact\n    status\n    answer\n    answeredAt\n    viewerCanAnswer\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrmmKioskDeviceFields on KioskDevice {\n    id\n    name\n    issuedAt\n    revokedAt\n    lastSeenAt\n  }\n"): (typeof documents)["\n  fragment DrmmKioskDeviceFields on KioskDevice {\n    id\n    name\n    issuedAt\n    revokedAt\n    lastSeenAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmCampaigns($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n    campaigns(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmCampaignSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmCampaigns($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n    campaigns(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmCampaignSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmCampaignResults($id: ID!) {\n    campaign(id: $id) {\n      id\n      year\n      title\n      state\n      results {\n        baseline\n        respondents\n        comparedTo {\n          id\n          year\n          title\n        }\n        respondentsByChannel {\n          channel\n          respondents\n        }\n        dimensions {\n          dimension\n          label\n          questionCount\n          satisfaction {\n            rate\n            withOpinion\n            lower\n            upper\n          }\n          comparison {\n            trend\n            difference\n            previous {\n              rate\n            }\n          }\n        }\n        questions {\n          respondents\n          question {\n            id\n            position\n            text\n          }\n          satisfaction {\n            rate\n            withOpinion\n          }\n          comparison {\n            trend\n            difference\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmCampaignResults($id: ID!) {\n    campaign(id: $id) {\n      id\n      year\n      title\n      state\n      results {\n        baseline\n        respondents\n        comparedTo {\n          id\n          year\n          title\n        }\n        respondentsByChannel {\n          channel\n          respondents\n        }\n        dimensions {\n          dimension\n          label\n          questionCount\n          satisfaction {\n            rate\n            withOpinion\n            lower\n            upper\n          }\n          comparison {\n            trend\n            difference\n            previous {\n              rate\n            }\n          }\n        }\n        questions {\n          respondents\n          question {\n            id\n            position\n            text\n          }\n          satisfaction {\n            rate\n            withOpinion\n          }\n          comparison {\n            trend\n            difference\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmFeedbacks($filter: FeedbackFilter!, $after: String) {\n    feedbacks(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmFeedbackFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmFeedbacks($filter: FeedbackFilter!, $after: String) {\n    feedbacks(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmFeedbackFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmAnswerFeedback($id: ID!, $answer: String!) {\n    answerFeedback(id: $id, answer: $answer) {\n      ...DrmmFeedbackFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmAnswerFeedback($id: ID!, $answer: String!) {\n    answerFeedback(id: $id, answer: $answer) {\n      ...DrmmFeedbackFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmSetFeedbackStatus($id: ID!, $status: FeedbackStatus!) {\n    setFeedbackStatus(id: $id, status: $status) {\n      ...DrmmFeedbackFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmSetFeedbackStatus($id: ID!, $status: FeedbackStatus!) {\n    setFeedbackStatus(id: $id, status: $status) {\n      ...DrmmFeedbackFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmKioskCapabilities($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n  }\n"): (typeof documents)["\n  query DrmmKioskCapabilities($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmKioskDevices {\n    kioskDevices(first: 100) {\n      nodes {\n        ...DrmmKioskDeviceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmKioskDevices {\n    kioskDevices(first: 100) {\n      nodes {\n        ...DrmmKioskDeviceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmIssueKioskDevice($name: String!) {\n    issueKioskDevice(name: $name) {\n      token\n      device {\n        ...DrmmKioskDeviceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmIssueKioskDevice($name: String!) {\n    issueKioskDevice(name: $name) {\n      token\n      device {\n        ...DrmmKioskDeviceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmRevokeKioskDevice($id: ID!) {\n    revokeKioskDevice(id: $id) {\n      ...DrmmKioskDeviceFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmRevokeKioskDevice($id: ID!) {\n    revokeKioskDevice(id: $id) {\n      ...DrmmKioskDeviceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmQuestionnaires($tenantId: ID!, $after: String) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n    questionnaires(tenantId: $tenantId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmQuestionnaireSummaryFields\n        questions {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmQuestionnaires($tenantId: ID!, $after: String) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n    questionnaires(tenantId: $tenantId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmQuestionnaireSummaryFields\n        questions {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmQuestionnaire($id: ID!) {\n    questionnaire(id: $id) {\n      ...DrmmQuestionnaireFields\n    }\n  }\n"): (typeof documents)["\n  query DrmmQuestionnaire($id: ID!) {\n    questionnaire(id: $id) {\n      ...DrmmQuestionnaireFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmQuestionnaireVersions($tenantId: ID, $key: String!) {\n    questionnaires(tenantId: $tenantId, key: $key, first: 50) {\n      nodes {\n        ...DrmmQuestionnaireSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmQuestionnaireVersions($tenantId: ID, $key: String!) {\n    questionnaires(tenantId: $tenantId, key: $key, first: 50) {\n      nodes {\n        ...DrmmQuestionnaireSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmCreateQuestionnaire($input: CreateQuestionnaireInput!) {\n    createQuestionnaire(input: $input) {\n      ...DrmmQuestionnaireSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmCreateQuestionnaire($input: CreateQuestionnaireInput!) {\n    createQuestionnaire(input: $input) {\n      ...DrmmQuestionnaireSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmUpdateQuestionnaire($id: ID!, $input: QuestionnaireContentInput!) {\n    updateQuestionnaire(id: $id, input: $input) {\n      ...DrmmQuestionnaireSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmUpdateQuestionnaire($id: ID!, $input: QuestionnaireContentInput!) {\n    updateQuestionnaire(id: $id, input: $input) {\n      ...DrmmQuestionnaireSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmReviseQuestionnaire($id: ID!, $input: QuestionnaireContentInput!) {\n    reviseQuestionnaire(id: $id, input: $input) {\n      ...DrmmQuestionnaireSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmReviseQuestionnaire($id: ID!, $input: QuestionnaireContentInput!) {\n    reviseQuestionnaire(id: $id, input: $input) {\n      ...DrmmQuestionnaireSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmSurveyPanels($tenantId: ID!, $after: String) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n    surveyPanels(tenantId: $tenantId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmPanelFields\n        members(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmSurveyPanels($tenantId: ID!, $after: String) {\n    tenant(id: $tenantId) {\n      ...DrmmSurveyCapabilities\n    }\n    surveyPanels(tenantId: $tenantId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DrmmPanelFields\n        members(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmSurveyPanel($id: ID!, $membersAfter: String) {\n    surveyPanel(id: $id) {\n      ...DrmmPanelFields\n      viewerCanManage\n      viewerCanSeeEmails\n      members(first: 50, after: $membersAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...DrmmPanelMemberFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmSurveyPanel($id: ID!, $membersAfter: String) {\n    surveyPanel(id: $id) {\n      ...DrmmPanelFields\n      viewerCanManage\n      viewerCanSeeEmails\n      members(first: 50, after: $membersAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...DrmmPanelMemberFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmCreatePanel($input: PanelInput!) {\n    createPanel(input: $input) {\n      ...DrmmPanelFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmCreatePanel($input: PanelInput!) {\n    createPanel(input: $input) {\n      ...DrmmPanelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmAddPanelMember($panelId: ID!, $input: PanelMemberInput!) {\n    addPanelMember(panelId: $panelId, input: $input) {\n      ...DrmmPanelMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmAddPanelMember($panelId: ID!, $input: PanelMemberInput!) {\n    addPanelMember(panelId: $panelId, input: $input) {\n      ...DrmmPanelMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmUpdatePanelMember($id: ID!, $input: UpdatePanelMemberInput!) {\n    updatePanelMember(id: $id, input: $input) {\n      ...DrmmPanelMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmUpdatePanelMember($id: ID!, $input: UpdatePanelMemberInput!) {\n    updatePanelMember(id: $id, input: $input) {\n      ...DrmmPanelMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmCampaignChoices($tenantId: ID) {\n    questionnaires(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmQuestionnaireSummaryFields\n      }\n    }\n    surveyPanels(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmPanelFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmCampaignChoices($tenantId: ID) {\n    questionnaires(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmQuestionnaireSummaryFields\n      }\n    }\n    surveyPanels(tenantId: $tenantId, first: 50) {\n      nodes {\n        ...DrmmPanelFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmCreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...DrmmCampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmCreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...DrmmCampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmSurveyCampaign($id: ID!) {\n    campaign(id: $id) {\n      ...DrmmCampaignFields\n      questionnaire {\n        ...DrmmQuestionnaireFields\n      }\n      findings(first: 50) {\n        totalCount\n        nodes {\n          ...DrmmFindingFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmSurveyCampaign($id: ID!) {\n    campaign(id: $id) {\n      ...DrmmCampaignFields\n      questionnaire {\n        ...DrmmQuestionnaireFields\n      }\n      findings(first: 50) {\n        totalCount\n        nodes {\n          ...DrmmFindingFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...DrmmCampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...DrmmCampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmSendInvitations($campaignId: ID!) {\n    sendInvitations(campaignId: $campaignId) {\n      ...DrmmSendReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmSendInvitations($campaignId: ID!) {\n    sendInvitations(campaignId: $campaignId) {\n      ...DrmmSendReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmSendReminders($campaignId: ID!) {\n    sendReminders(campaignId: $campaignId) {\n      ...DrmmSendReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmSendReminders($campaignId: ID!) {\n    sendReminders(campaignId: $campaignId) {\n      ...DrmmSendReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmPublishResults($campaignId: ID!) {\n    publishResults(campaignId: $campaignId) {\n      ...DrmmCampaignFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmPublishResults($campaignId: ID!) {\n    publishResults(campaignId: $campaignId) {\n      ...DrmmCampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmAddFinding($campaignId: ID!, $input: FindingInput!) {\n    addFinding(campaignId: $campaignId, input: $input) {\n      ...DrmmFindingFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmAddFinding($campaignId: ID!, $input: FindingInput!) {\n    addFinding(campaignId: $campaignId, input: $input) {\n      ...DrmmFindingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrmmEnterPaperResponse($campaignId: ID!, $filledOn: String!, $answers: [AnswerInput!]!, $clientId: String) {\n    enterPaperResponse(campaignId: $campaignId, filledOn: $filledOn, answers: $answers, clientId: $clientId) {\n      responseId\n      duplicate\n    }\n  }\n"): (typeof documents)["\n  mutation DrmmEnterPaperResponse($campaignId: ID!, $filledOn: String!, $answers: [AnswerInput!]!, $clientId: String) {\n    enterPaperResponse(campaignId: $campaignId, filledOn: $filledOn, answers: $answers, clientId: $clientId) {\n      responseId\n      duplicate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmCampaignInvitations($id: ID!, $after: String) {\n    campaign(id: $id) {\n      id\n      invitations(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          sentAt\n          reminderCount\n          responded\n          member {\n            id\n            name\n            organization\n            position\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmCampaignInvitations($id: ID!, $after: String) {\n    campaign(id: $id) {\n      id\n      invitations(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          sentAt\n          reminderCount\n          responded\n          member {\n            id\n            name\n            organization\n            position\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmCampaignComments($id: ID!, $after: String) {\n    campaign(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          text\n          channel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmCampaignComments($id: ID!, $after: String) {\n    campaign(id: $id) {\n      id\n      comments(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          text\n          channel\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrmmCampaignMailMessages($id: ID!, $after: String) {\n    campaign(id: $id) {\n      id\n      mailMessages(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          status\n          statusLabel\n          attempts\n          createdAt\n          nextAttemptAt\n          sentAt\n          member {\n            id\n            name\n            organization\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrmmCampaignMailMessages($id: ID!, $after: String) {\n    campaign(id: $id) {\n      id\n      mailMessages(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          kind\n          status\n          statusLabel\n          attempts\n          createdAt\n          nextAttemptAt\n          sentAt\n          member {\n            id\n            name\n            organization\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;