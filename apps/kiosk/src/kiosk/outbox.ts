import { outcomeOf, refusalOf, retryAfterOf, retryDelay } from './outcome.js';
import type { QueuedResponse, ResponseQueue } from './queue.js';

export interface OutboxStatus {
  /** Responses in the queue, not yet acknowledged by the server. */
  waiting: number;
  /** DEVICE_REVOKED or DEVICE_UNKNOWN once the server refused the tablet's token; else null. */
  deviceRefusal: string | null;
  /** Whether the last response sent reached the server (true), failed on the way (false), or none was sent yet (null). */
  reached: boolean | null;
}

/** Sends one response; resolves once the server returned its receipt, throws otherwise. */
export type Submit = (response: QueuedResponse) => Promise<void>;

/**
 * Sends the queue to the server, oldest first, one at a time. A round stops at the first failure
 * that is not the response's own fault (network down, server unavailable): the next round comes
 * with the browser's `online` event or after a growing delay (5 s doubling to 5 min), or the delay
 * the server asked for when it refused a response sent too soon after the others. The
 * server's receipt, a duplicate included, is what removes a response from the queue.
 */
export class Outbox {
  private status: OutboxStatus = { waiting: 0, deviceRefusal: null, reached: null };
  private listeners = new Set<() => void>();
  private failures = 0;
  /** The delay the server asked for on the last refusal (retryAfterSeconds), in milliseconds. */
  private askedDelay: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly online = () => {
    this.failures = 0;
    void this.flush();
  };

  constructor(
    private readonly queue: ResponseQueue,
    private readonly submit: Submit,
  ) {}

  /** Resolves once the queue has been counted, so that the status shown is never a guess. */
  async start(): Promise<void> {
    this.stopped = false;
    this.update({ waiting: (await this.queue.all()).length });
    window.addEventListener('online', this.online);
    void this.flush();
  }

  stop(): void {
    this.stopped = true;
    window.removeEventListener('online', this.online);
    clearTimeout(this.timer);
  }

  /** Writes the response to the queue (durably) before trying to send it. */
  async enqueue(response: QueuedResponse): Promise<void> {
    await this.queue.add(response);
    this.update({ waiting: this.status.waiting + 1 });
    void this.flush();
  }

  /** After a new device token: the queue is sent again, with it. */
  resume(): void {
    this.failures = 0;
    this.update({ deviceRefusal: null });
    void this.flush();
  }

  flush(): Promise<void> {
    if (this.running) {
      // A response queued during a round is sent by the next one, right after.
      this.again = true;
      return this.running;
    }
    this.running = this.round().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.flush();
      }
    });
    return this.running;
  }

  private async round(): Promise<void> {
    clearTimeout(this.timer);
    if (this.stopped || this.status.deviceRefusal) return;
    let failed: boolean;
    this.askedDelay = null;
    try {
      failed = await this.sendAll();
      this.update({ waiting: (await this.queue.all()).length });
    } catch {
      // IndexedDB itself failed (storage under pressure, say): the queue is tried again later.
      failed = true;
    }
    this.failures = failed ? this.failures + 1 : 0;
    if (failed && !this.stopped && !this.status.deviceRefusal) this.timer = setTimeout(() => void this.flush(), this.askedDelay ?? retryDelay(this.failures));
  }

  /** Sends the queue in order; true when a round must be tried again later. */
  private async sendAll(): Promise<boolean> {
    const waiting = await this.queue.all();
    for (const response of waiting) {
      try {
        await this.submit(response);
        await this.queue.remove(response.clientId);
        if (this.status.reached !== true) this.update({ reached: true });
        continue;
      } catch (error) {
        const outcome = outcomeOf(error);
        if (outcome === 'drop') {
          await this.queue.remove(response.clientId);
          // The tablet's only trace of an answer the server will never accept (e.g. collected
          // before the campaign closed and sent after): kept in the browser's console.
          // eslint-disable-next-line no-console
          console.warn(`[borne] réponse ${response.clientId} du ${response.finishedAt} abandonnée : ${refusalOf(error)} (enquête ${response.campaignId})`);
          continue;
        }
        if (outcome === 'device') {
          this.update({ deviceRefusal: refusalOf(error) });
          return false;
        }
        this.askedDelay = retryAfterOf(error);
        if (this.status.reached !== false) this.update({ reached: false });
        return true;
      }
    }
    return false;
  }

  private update(change: Partial<OutboxStatus>): void {
    this.status = { ...this.status, ...change };
    for (const listener of this.listeners) listener();
  }

  /** For useSyncExternalStore. */
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  snapshot = () => this.status;
}
