/** Why a token was refused; the gateway and subgraphs answer UNAUTHENTICATED with it. */
export type TokenProblem = 'MISSING' | 'EXPIRED' | 'INVALID';

export class TokenError extends Error {
  constructor(
    readonly problem: TokenProblem,
    message: string,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}
