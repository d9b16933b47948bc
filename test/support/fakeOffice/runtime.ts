/**
 * The fake Office.js runtime: a request context that queues commands, and on `sync()` sends them as
 * one request (its JSON is measured against the 5 MB payload limit), runs them in order against the
 * model (model.ts) and fills in what was loaded. The proxy objects are in proxies/.
 */
import { FakeOfficeError } from './errors';
import type { WorkbookModel } from './model';
import { FakeObject } from './proxies/base';
import { FakeWorkbook } from './proxies/workbook';

const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;

export interface RequestStats {
  requestBytes: number;
  responseBytes: number;
  commands: number;
  /** Time the fake spent serializing and executing this request (not the caller's time). */
  fakeMs: number;
}

export interface FakeEnvironment {
  model: WorkbookModel;
  /** Highest ExcelApi minor version this "Excel" implements: 9 for ExcelApi 1.9. */
  apiMinor: number;
  userIsEditingCell: boolean;
  /** Resolves when the user leaves cell edit mode (for delayForCellEdit). */
  cellEditDone: Promise<void>;
  requests: RequestStats[];
  bareLoads: number;
  /**
   * Longest RangeAreas.address this "Excel" returns: longer lists are cut after the last whole
   * area that fits, while areaCount stays true. No limit is documented either way; this lets a
   * test show what a host does if Excel ever shortens the list.
   */
  areasAddressLimit?: number;
  /** Excel refuses a later request with this error (OfficeExtension.Error's code and English text). */
  failure?: { code: string; message: string; afterSyncs: number };
}

interface Command {
  wire: unknown;
  exec(): void;
}

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] };

/** "1.13" -> 13: ExcelApi versions compare by minor number (1.13 is newer than 1.9). */
export function apiMinor(version: string | number): number {
  const text = typeof version === 'number' ? String(version) : version;
  const m = /^1\.(\d+)$/.exec(text);
  if (!m) throw new Error(`fake: ExcelApi version ${text}`);
  return Number(m[1]);
}

export function needApi(env: FakeEnvironment, version: string, what: string): void {
  if (env.apiMinor < apiMinor(version)) {
    // An older Office.js simply has no such member.
    throw new TypeError(`${what} is not a function (needs ExcelApi ${version})`);
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: Command[] = [];
  private nextId = 1;
  executing = false;
  private response: unknown[] = [];
  /** Objects whose null-ness becomes readable at the next sync. */
  private pending: FakeObject[] = [];

  constructor(
    readonly env: FakeEnvironment,
    private readonly delayForCellEdit: boolean,
  ) {
    this.workbook = new FakeWorkbook(this, null, 'workbook', [], () => env.model, false);
  }

  get model(): WorkbookModel {
    return this.env.model;
  }

  id(): number {
    return this.nextId++;
  }

  enqueue(wire: unknown, exec: () => void): void {
    if (this.executing) {
      exec();
      return;
    }
    this.queue.push({ wire, exec });
  }

  track(obj: FakeObject): void {
    this.pending.push(obj);
  }

  respond(entry: unknown): void {
    this.response.push(entry);
  }

  async sync(): Promise<void> {
    const started = performance.now();
    const queue = this.queue;
    const pending = this.pending;
    this.queue = [];
    this.pending = [];
    const requestBytes = Buffer.byteLength(JSON.stringify(queue.map((c) => c.wire)), 'utf8');
    const stats: RequestStats = { requestBytes, responseBytes: 0, commands: queue.length, fakeMs: 0 };
    this.env.requests.push(stats);
    stats.fakeMs = performance.now() - started;
    if (this.env.userIsEditingCell) {
      if (!this.delayForCellEdit) {
        throw new FakeOfficeError(
          'InvalidOperation',
          'The request cannot be processed while Excel is in cell edit mode.',
        );
      }
      await this.env.cellEditDone;
    }
    const failure = this.env.failure;
    if (failure && failure.afterSyncs-- <= 0) {
      delete this.env.failure;
      throw new FakeOfficeError(failure.code, failure.message);
    }
    if (requestBytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit. Please refer to the documentation: "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
      );
    }
    this.response = [];
    this.executing = true;
    try {
      for (const c of queue) c.exec();
    } finally {
      this.executing = false;
      for (const p of pending) p.markSynced();
    }
    const responseBytes = Buffer.byteLength(JSON.stringify(this.response), 'utf8');
    stats.responseBytes = responseBytes;
    stats.fakeMs = performance.now() - started;
    if (responseBytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    }
  }
}
