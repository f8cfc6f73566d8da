import { randomBytes, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP server received it. */
export interface ReceivedMail {
  from: string;
  to: string[];
  /** The raw message (headers and body), as sent over SMTP. */
  raw: string;
  /** Whether it came over TLS (implicit, or after STARTTLS). */
  secure: boolean;
}

export interface SmtpCapture {
  url: string;
  messages: ReceivedMail[];
  /** Resolves once `count` messages have been received. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Refuses every message from now on with this permanent SMTP reply (e.g. a relay that rejects the sender), or accepts again with null. */
  refuse(reply: string | null): void;
  /** Stops listening, as a server that is down: connections are refused until `up`. */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  stop(): Promise<void>;
}

/** A certificate authority made for one test run, and a certificate it signed for 127.0.0.1. */
export interface TestCertificates {
  /** The authority's certificate (PEM): what a client must trust. */
  ca: string;
  cert: string;
  key: string;
}

/** A fresh CA and a server certificate for 127.0.0.1 it signed, valid one day, made with WebCrypto (no OpenSSL call). */
export async function makeTestCertificates(): Promise<TestCertificates> {
  // Node's WebCrypto is the standard one; the DOM typings it is declared with are not in this build.
  x509.cryptoProvider.set(webcrypto as never);
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const notBefore = new Date(Date.now() - 3_600_000);
  const notAfter = new Date(Date.now() + 86_400_000);
  const caKeys = (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomBytes(8).toString('hex'),
    name: 'CN=Qualipref test CA',
    notBefore,
    notAfter,
    keys: caKeys,
    signingAlgorithm: algorithm,
    extensions: [new x509.BasicConstraintsExtension(true, 0, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)],
  });
  const serverKeys = (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomBytes(8).toString('hex'),
    subject: 'CN=127.0.0.1',
    issuer: ca.subject,
    notBefore,
    notAfter,
    publicKey: serverKeys.publicKey,
    signingKey: caKeys.privateKey,
    signingAlgorithm: algorithm,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'ip', value: '127.0.0.1' }]),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', serverKeys.privateKey)).toString('base64');
  const key = `-----BEGIN PRIVATE KEY-----\n${pkcs8.match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----\n`;
  return { ca: ca.toString('pem'), cert: cert.toString('pem'), key };
}

export interface SmtpCaptureOptions {
  /**
   * `starttls`: plain SMTP that offers STARTTLS (smtp://); `implicit`: TLS from the first byte
   * (smtps://). Both with `certificates`; without `tls` the server speaks plain SMTP only.
   */
  tls?: 'starttls' | 'implicit';
  certificates?: TestCertificates;
}

/** A real SMTP server on a free local port that keeps every message it accepts. */
export async function startSmtpCapture(options: SmtpCaptureOptions = {}): Promise<SmtpCapture> {
  const messages: ReceivedMail[] = [];
  let refusal: string | null = null;
  if (options.tls && !options.certificates) throw new Error('a TLS SMTP server needs certificates');
  const tls = options.tls && options.certificates ? { key: options.certificates.key, cert: options.certificates.cert } : null;
  const create = () =>
    new SMTPServer({
      authOptional: true,
      ...(tls ? { ...tls, secure: options.tls === 'implicit' } : { disabledCommands: ['STARTTLS'] }),
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (refusal) {
            const error = Object.assign(new Error(refusal), { responseCode: 550 });
            callback(error);
            return;
          }
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
            secure: session.secure,
          });
          callback();
        });
      },
    });
  const listen = (server: SMTPServer, port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  const close = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));
  let server: SMTPServer | null = create();
  await listen(server, 0);
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `${options.tls === 'implicit' ? 'smtps' : 'smtp'}://127.0.0.1:${port}`,
    messages,
    async waitFor(count, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, received ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return messages;
    },
    refuse(reply) {
      refusal = reply;
    },
    async down() {
      if (server) await close(server);
      server = null;
    },
    async up() {
      if (server) return;
      server = create();
      await listen(server, port);
    },
    stop: async () => {
      if (server) await close(server);
      server = null;
    },
  };
}

/** The body of a plain-text message, quoted-printable decoded. */
export function mailText(mail: ReceivedMail): string {
  const body = mail.raw.split(/\r?\n\r?\n/).slice(1).join('\n\n');
  return body
    .replace(/=\r?\n/g, '')
    .replace(/(=[0-9A-F]{2})+/g, (match) => Buffer.from(match.replaceAll('=', ''), 'hex').toString('utf8'));
}
