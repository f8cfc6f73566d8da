import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { AnonymousAccess } from '../domain/deps.js';
import * as useCases from '../domain/sessions.js';
import type { Context } from './context.js';

@ObjectType('SignInPayload', { description: 'A successful sign-in: the bearer token to send as `Authorization: Bearer <token>`.' })
export class SignInPayload {
  @Field(() => String, { description: 'Short-lived JWT.' })
  token!: string;

  @Field(() => Date, { description: 'When the token expires: refresh the session before it (refreshSession).' })
  expiresAt!: Date;

  @Field(() => String, { description: 'Single-use refresh token: trade it with refreshSession for a new token and a new refresh token. Keep it secret.' })
  refreshToken!: string;

  @Field(() => Date, { description: 'End of the session: after it, sign in again.' })
  refreshExpiresAt!: Date;
}

/** Sign-in, refresh and sign-out run before any identity: the kit's anonymous path, a fork per lookup. */
const anonymous = (ctx: Context): AnonymousAccess => ({ fork: (variables) => ctx.fork(variables), app: ctx.app, requestId: ctx.requestId, log: ctx.log, clientAddress: ctx.clientAddress });

@Resolver()
export class SessionResolver {
  @Mutation(() => SignInPayload, { description: 'Signs in with e-mail and password and returns a short-lived token. Fails with UNAUTHENTICATED, reason BAD_CREDENTIALS, on a wrong address or password (the same answer for both); LIMIT_EXCEEDED, reason TOO_MANY_ATTEMPTS, with extensions.retryAfterSeconds, past the attempts of the account or of the client address (each sign-in of a batch counts).' })
  signIn(
    @Ctx() ctx: Context,
    @Arg('email', () => String, { description: 'Professional e-mail address.' }) email: string,
    @Arg('password', () => String, { description: 'Password.' }) password: string,
  ): Promise<useCases.SignInResult> {
    return useCases.signIn(anonymous(ctx), email, password);
  }

  @Mutation(() => SignInPayload, {
    description: 'Trades a refresh token for a new token and a new refresh token of the same session (the one sent is used up). UNAUTHENTICATED with reason REFRESH_UNKNOWN, REFRESH_EXPIRED, or REFRESH_REUSED (a used token came back: the session is closed).',
  })
  refreshSession(@Ctx() ctx: Context, @Arg('refreshToken', () => String, { description: 'The refresh token of the last sign-in or refresh.' }) refreshToken: string): Promise<useCases.SignInResult> {
    return useCases.refreshSession(anonymous(ctx), refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of a refresh token (its token stays valid until it expires, at most 15 minutes). Always true.' })
  signOut(@Ctx() ctx: Context, @Arg('refreshToken', () => String, { description: 'The session’s refresh token.' }) refreshToken: string): Promise<boolean> {
    return useCases.signOut(anonymous(ctx), refreshToken);
  }
}
