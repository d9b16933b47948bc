/**
 * Base of every proxy: as in Office.js, every method or property set only queues a command, and
 * reading anything that was not loaded and synced throws PropertyNotLoaded.
 */
import { FakeOfficeError, propertyNotLoaded } from '../errors';
import type { SheetModel, TableModel, WorkbookModel } from '../model';
import { FakeRequestContext } from '../runtime';
import type { FakeEnvironment, LoadOption } from '../runtime';

/** Base of every proxy: instantiation is itself a queued command, as in Office.js. */
export abstract class FakeObject<T = unknown> {
  readonly _id: number;
  protected _target: T | null | undefined = undefined;
  private _synced = false;
  private readonly _loaded = new Map<string, unknown>();
  private readonly _children = new Map<string, FakeObject>();

  constructor(
    readonly context: FakeRequestContext,
    parent: FakeObject | null,
    method: string,
    args: unknown[],
    resolve: () => T | null,
    orNull: boolean,
  ) {
    this._id = context.id();
    context.track(this);
    context.enqueue({ a: 'new', o: this._id, p: parent?._id ?? null, m: method, args }, () => {
      if (parent && parent._target === null) {
        this._target = null;
        return;
      }
      const t = resolve();
      if (t === null && !orNull) {
        throw new FakeOfficeError(
          'ItemNotFound',
          'The requested resource doesn\u2019t exist.',
          `${method}(${args.map(String).join(', ')})`,
        );
      }
      this._target = t;
    });
  }

  markSynced(): void {
    this._synced = true;
  }

  get isNullObject(): boolean {
    if (!this._synced) throw propertyNotLoaded('isNullObject');
    return this._target === null;
  }

  /** The live target while commands run; null objects make every command a no-op. */
  protected t(): T | null {
    if (this._target === undefined) throw new Error('fake: object used before it was instantiated');
    return this._target;
  }

  protected env(): FakeEnvironment {
    return this.context.env;
  }

  protected child<C extends FakeObject>(key: string, make: () => C): C {
    let c = this._children.get(key) as C | undefined;
    if (!c) {
      c = make();
      this._children.set(key, c);
    }
    return c;
  }

  /** Scalar properties a bare load() would fetch. */
  protected abstract scalars(): string[];
  protected abstract readScalar(target: T, name: string): unknown;
  /** Navigation properties (child objects) that a load path may pass through. */
  protected navigate(_name: string): FakeObject | undefined {
    return undefined;
  }

  load(option?: LoadOption): this {
    let paths: string[];
    if (option === undefined) {
      this.env().bareLoads += 1;
      paths = this.scalars();
    } else if (typeof option === 'string') {
      paths = option.split(',');
    } else if (Array.isArray(option)) {
      paths = option;
    } else {
      const sel = option.select ?? [];
      paths = typeof sel === 'string' ? sel.split(',') : sel;
    }
    paths = paths.map((p) => p.trim()).filter((p) => p !== '');
    this.context.enqueue({ a: 'load', o: this._id, props: paths }, () => this.runLoad(paths));
    return this;
  }

  /** Runs while the request executes: fills the local cache and records the response. */
  runLoad(paths: string[]): void {
    const target = this.t();
    if (target === null) return;
    const nested = new Map<string, string[]>();
    const out: Record<string, unknown> = {};
    for (const path of paths) {
      const slash = path.indexOf('/');
      if (slash >= 0) {
        const head = path.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
        continue;
      }
      const nav = this.navigate(path);
      if (nav) {
        nav.runLoad([]);
        continue;
      }
      const value = this.readScalar(target, path);
      this._loaded.set(path, value);
      out[path] = value;
    }
    for (const [head, rest] of nested) {
      const nav = this.navigate(head);
      if (!nav) throw new FakeOfficeError('InvalidArgument', `Cannot load '${head}'.`);
      nav.runLoad(rest);
    }
    this.context.respond({ o: this._id, v: out });
  }

  protected loaded<V>(name: string): V {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name);
    return this._loaded.get(name) as V;
  }

  protected setLoaded(name: string, value: unknown): void {
    this._loaded.set(name, value);
  }

  /** Queues a property set; `apply` runs at sync unless this is a null object. */
  protected queueSet(name: string, value: unknown, apply: (t: T) => void): void {
    this.context.enqueue({ a: 'set', o: this._id, p: name, v: value }, () => {
      const t = this.t();
      if (t !== null) apply(t);
    });
  }

  protected queueCall(method: string, args: unknown[], apply: (t: T) => void): void {
    this.context.enqueue({ a: 'call', o: this._id, m: method, args }, () => {
      const t = this.t();
      if (t !== null) apply(t);
    });
  }

  toJSON(): unknown {
    return Object.fromEntries(this._loaded);
  }
}

/** A collection: `items` is readable after load of (a path through) items. */
export abstract class FakeCollection<E, P extends FakeObject> extends FakeObject<
  E[] | WorkbookModel | SheetModel | TableModel
> {
  private _items: P[] | undefined;

  protected abstract list(): E[];
  protected abstract wrap(entity: E): P;

  get items(): P[] {
    if (this._items === undefined) throw propertyNotLoaded('items');
    return this._items;
  }

  protected override scalars(): string[] {
    return ['items'];
  }

  protected override readScalar(): unknown {
    return undefined;
  }

  override runLoad(paths: string[]): void {
    const target = this.t();
    if (target === null) return;
    const itemPaths = paths.filter((p) => p === 'items' || p.startsWith('items/')).map((p) => p.slice(6));
    const direct = paths.filter((p) => !(p === 'items' || p.startsWith('items/')));
    // Loading a collection with plain property names loads those on every item (Office.js rule).
    const perItem = [...itemPaths.filter((p) => p !== ''), ...direct.filter((p) => p !== 'count')];
    if (direct.includes('count')) this.setLoaded('count', this.list().length);
    if (itemPaths.length > 0 || perItem.length > 0 || paths.length === 0) {
      this._items = this.list().map((e) => this.wrap(e));
      for (const item of this._items) item.runLoad(perItem.length > 0 ? perItem : []);
    }
  }

  protected attached<C extends FakeObject>(make: () => C): C {
    const wasExecuting = this.context.executing;
    this.context.executing = true;
    try {
      const c = make();
      c.markSynced();
      return c;
    } finally {
      this.context.executing = wasExecuting;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, application, names
