import { pino, type Logger } from 'pino';

/** JSON logs on stdout, one line per event, with the service's name on each. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info')): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'password', '*.password', 'variables.password'], censor: '[redacted]' },
  });
}

export type { Logger };
