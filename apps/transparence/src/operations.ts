import { graphql } from './generated/index.js';

// The one public operation: the sites, to name them and find them by their code.

export const SITES = graphql(`
  query PublicSites($first: Int!) {
    tenantPublishers(first: $first) {
      nodes {
        id
        code
        kind
        name
      }
    }
  }
`);
