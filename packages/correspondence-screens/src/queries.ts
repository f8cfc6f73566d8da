import { graphql } from './generated/gql';

export const DIRECTORATES_OF_TENANT = graphql(`
  query CorrespondenceDirectorates($tenantId: ID) {
    directorates(tenantId: $tenantId, first: 100) {
      nodes {
        id
        code
        name
        tenantId
        viewerCanRecordCorrespondence
      }
    }
  }
`);

export const DIRECTORATE_TABLEAU = graphql(`
  query DirectorateTableau($directorateId: ID!, $from: String!, $to: String!) {
    tableauDeSuivi(directorateId: $directorateId, from: $from, to: $to) {
      from
      to
      total {
        received
        withoutDelayTarget
        answered
        answeredWithDelayTarget
        answeredOnTime
        onTimeRate
        medianDelayWorkingDays
        p90DelayWorkingDays
        backlog
        overdue
      }
      byChannel {
        channel
        received
        withoutDelayTarget
        answered
        answeredWithDelayTarget
        onTimeRate
        medianDelayWorkingDays
        p90DelayWorkingDays
        backlog
        overdue
      }
      csv
    }
  }
`);

export const DIRECTORATE_ITEMS = graphql(`
  query DirectorateItems($filter: CorrespondenceItemFilter!, $after: String) {
    correspondenceItems(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        tenantId
        channel
        subject
        correspondentKind
        correspondentName
        gedReference
        receivedAt
        dueDate
        answeredAt
        delayWorkingDays
        reopenedAt
        reopenReason
        status
        service {
          id
          code
          name
        }
        directorate {
          id
        }
      }
    }
  }
`);

export const ANSWER_ITEM = graphql(`
  mutation AnswerCorrespondenceItem($id: ID!, $answeredAt: DateTimeISO!, $answerChannel: CorrespondenceChannel) {
    answerCorrespondenceItem(id: $id, answeredAt: $answeredAt, answerChannel: $answerChannel) {
      id
      answeredAt
      answerChannel
      delayWorkingDays
      status
    }
  }
`);

export const DIRECTORATE_SERVICES = graphql(`
  query CorrespondenceServices($directorateId: ID!) {
    services(directorateId: $directorateId, first: 50) {
      nodes {
        id
        code
        name
        active
      }
    }
  }
`);

export const REGISTER_ITEM = graphql(`
  mutation RegisterCorrespondenceItem($input: RegisterCorrespondenceItemInput!) {
    registerCorrespondenceItem(input: $input) {
      id
      subject
      dueDate
      status
      delayTarget {
        id
        label
      }
    }
  }
`);

export const REOPEN_ITEM = graphql(`
  mutation ReopenCorrespondenceItem($id: ID!, $reason: String!) {
    reopenCorrespondenceItem(id: $id, reason: $reason) {
      id
      answeredAt
      reopenedAt
      reopenReason
      status
    }
  }
`);

export const IMPORT_GED_CSV = graphql(`
  mutation ImportGedCsv($csv: String!, $mapping: GedColumnMapping, $serviceId: ID, $fileName: String, $dryRun: Boolean!) {
    importGedCsv(csv: $csv, mapping: $mapping, serviceId: $serviceId, fileName: $fileName, dryRun: $dryRun) {
      mode
      dryRun
      applied
      rows
      created
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