// Development only: without SMTP_URL, `npm start` gives the surveys service this local SMTP
// server, which keeps each message as an .eml file, so that invitations (and their personal
// links) can be read without a real mail server.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface MailSink {
  url: string;
  dir: string;
  stop(): Promise<void>;
}

export async function startMailSink(dir: string, port: number, write: (line: string) => void): Promise<MailSink> {
  await mkdir(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++count}.eml`);
        writeFile(file, Buffer.concat(chunks))
          .then(() => {
            write(`[mail] to ${to}: ${file}`);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { url: `smtp://127.0.0.1:${actual}`, dir, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
