import { graphql } from './generated/gql';

export const SIGN_IN = graphql(`
  mutation ConsoleSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      expiresAt
      refreshToken
      refreshExpiresAt
    }
  }
`);

export const ME = graphql(`
  query ConsoleMe {
    me {
      id
      email
      displayName
      role
      readableTenantIds
      tenant {
        id
        name
        kind
        timeZone
      }
      directorate {
        id
        code
        name
      }
    }
  }
`);
