import type { AnswerInput } from '../generated/graphql.js';

/** A finished response waiting for the server's receipt. */
export interface QueuedResponse {
  /** Made on the tablet once, sent unchanged on every retry: the server stores it once. */
  clientId: string;
  campaignId: string;
  answers: AnswerInput[];
  /** When the respondent finished (ISO 8601), for the log lines. */
  finishedAt: string;
}

const DATABASE = 'qualipref-kiosk';
const STORE = 'responses';

/** A client id matching the API's rule (8–100 of A–Z a–z 0–9 - _): a random UUID. */
export function newClientId(): string {
  return `borne-${crypto.randomUUID()}`;
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
  });

/**
 * The tablet's queue of responses, in IndexedDB: a response is written here before anything is
 * sent, so that a network cut, a reload or a tablet restart loses nothing; it is removed only
 * once the server has answered for it.
 */
export class ResponseQueue {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(): Promise<ResponseQueue> {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'clientId' });
    };
    return new ResponseQueue(await done(request));
  }

  private async run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const transaction = this.db.transaction(STORE, mode);
    const result = await done(action(transaction.objectStore(STORE)));
    // Resolved only once the transaction is committed, so that a written response is durable.
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
    return result;
  }

  async add(response: QueuedResponse): Promise<void> {
    await this.run('readwrite', (store) => store.put(response));
  }

  /** Every waiting response, oldest first. */
  async all(): Promise<QueuedResponse[]> {
    const responses = await this.run('readonly', (store) => store.getAll() as IDBRequest<QueuedResponse[]>);
    return responses.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  }

  async remove(clientId: string): Promise<void> {
    await this.run('readwrite', (store) => store.delete(clientId));
  }
}
