import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from 'pino';

/** One log line per GraphQL operation: its name, duration, error codes and request id. */
export function requestLogPlugin<TContext extends BaseContext & { requestId: string }>(log: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          log.info(
            {
              requestId: contextValue.requestId,
              operation: operationName ?? null,
              ms: Math.round((performance.now() - started) * 10) / 10,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
