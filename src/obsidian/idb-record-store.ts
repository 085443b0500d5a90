// A small IndexedDB store of records keyed by note path, one entry per note (never one giant blob
// alone: a peer crashed writing a single huge cache; the index's snapshot, index-snapshot.ts, is an
// extra entry beside them, under a key no path can be). Local to this device, never synced.
// Where IndexedDB is missing (some mobile webviews) it falls back to memory: the index is rebuilt.

export interface RecordStore<T> {
	/** Every record; `pause` is awaited between batches (each read and deserialised in a task of its own). */
	readAll(pause?: () => Promise<void>): Promise<Map<string, T>>;
	/** The values of `keys`, read in one transaction; a key the store does not hold is left out. */
	read(keys: readonly string[]): Promise<Map<string, T>>;
	write(changed: Map<string, T>, removed: Iterable<string>): Promise<void>;
	clear(): Promise<void>;
	/** Closes the connection (when the plugin unloads); the store is not used afterwards. */
	close?(): void;
}

const STORE_NAME = "records";
const READ_BATCH = 500; // records per read: deserialising 10,000 at once was one task of ~115 ms (bench), 500 take ~6 ms

/** The databases of earlier index schemas (`<prefix>-v1` … `<prefix>-v<schema - 1>`) are deleted: they would never be read again. */
export function forgetOlderStores(factory: Pick<IDBFactory, "deleteDatabase">, prefix: string, schema: number): void {
	for (let version = 1; version < schema; version++) {
		try {
			factory.deleteDatabase(`${prefix}-v${version}`); // a request that completes in the background; a missing database is no error
		} catch {
			// A store that refuses to delete costs disk space, nothing else.
		}
	}
}

/** Opens (or creates) the database `<prefix>-v<schema>` for this vault and index schema, and drops older schemas' databases. */
export async function openRecordStore<T>(prefix: string, schema: number): Promise<RecordStore<T>> {
	const factory = (window as Window & { indexedDB?: IDBFactory }).indexedDB;
	if (!factory) return new MemoryRecordStore<T>();
	forgetOlderStores(factory, prefix, schema);
	const databaseName = `${prefix}-v${schema}`;
	try {
		const db = await openDatabase(factory, databaseName);
		return new IdbRecordStore<T>(db);
	} catch {
		return new MemoryRecordStore<T>();
	}
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = factory.open(name, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE_NAME);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error("IndexedDB could not be opened"));
		request.onblocked = () => reject(new Error("IndexedDB is blocked by another window"));
	});
}

function done(transaction: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		transaction.oncomplete = () => resolve();
		transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB write failed"));
		transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB write aborted"));
	});
}

class IdbRecordStore<T> implements RecordStore<T> {
	constructor(private readonly db: IDBDatabase) {}

	/**
	 * Every key first, then the records in batches of READ_BATCH keys, each batch's keys and values in
	 * one transaction of its own (`pause` between them lets the app paint). A key added or removed
	 * inside a batch not yet read fails the read (the caller then indexes the vault afresh); a record
	 * rewritten, or a key added past the last one, between two batches is not seen: as with the save,
	 * which spans several transactions too, each record is whole but the store may be read between two
	 * states (the next start's reconciliation re-reads any note whose size or mtime disagrees).
	 */
	async readAll(pause: () => Promise<void> = () => Promise.resolve()): Promise<Map<string, T>> {
		const { keys } = await this.readRange(null, false);
		const records = new Map<string, T>();
		for (let at = 0; at < keys.length; at += READ_BATCH) {
			if (at > 0) await pause();
			const listed = keys.slice(at, at + READ_BATCH);
			const batch = await this.readRange(IDBKeyRange.bound(listed[0], listed[listed.length - 1]), true);
			if (batch.keys.length !== listed.length || batch.keys.some((key, i) => keyText(key) !== keyText(listed[i]))) throw new Error("IndexedDB changed while it was read");
			for (let i = 0; i < batch.keys.length; i++) records.set(keyText(batch.keys[i]), batch.values[i] as T);
		}
		return records;
	}

	read(keys: readonly string[]): Promise<Map<string, T>> {
		return new Promise((resolve, reject) => {
			const found = new Map<string, T>();
			if (keys.length === 0) return resolve(found);
			const store = this.db.transaction(STORE_NAME, "readonly").objectStore(STORE_NAME);
			keys.forEach((key, n) => {
				const request = store.get(key);
				request.onerror = () => reject(request.error ?? new Error("IndexedDB read failed"));
				request.onsuccess = () => {
					if (request.result !== undefined) found.set(key, request.result as T);
					if (n === keys.length - 1) resolve(found); // a transaction's requests complete in order
				};
			});
		});
	}

	/** In one read-only transaction: the keys in `range` (every key when null), and their values when `withValues`. */
	private readRange(range: IDBKeyRange | null, withValues: boolean): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
		return new Promise((resolve, reject) => {
			const store = this.db.transaction(STORE_NAME, "readonly").objectStore(STORE_NAME);
			const keys = store.getAllKeys(range);
			const values = withValues ? store.getAll(range) : null;
			const failed = (request: IDBRequest): void => reject(request.error ?? new Error("IndexedDB read failed"));
			keys.onerror = () => failed(keys);
			if (values) values.onerror = () => failed(values);
			(values ?? keys).onsuccess = () => resolve({ keys: keys.result, values: values?.result ?? [] }); // a transaction's requests complete in order
		});
	}

	async write(changed: Map<string, T>, removed: Iterable<string>): Promise<void> {
		const transaction = this.db.transaction(STORE_NAME, "readwrite");
		const store = transaction.objectStore(STORE_NAME);
		for (const [key, value] of changed) store.put(value, key);
		for (const key of removed) store.delete(key);
		await done(transaction);
	}

	async clear(): Promise<void> {
		const transaction = this.db.transaction(STORE_NAME, "readwrite");
		transaction.objectStore(STORE_NAME).clear();
		await done(transaction);
	}

	close(): void {
		this.db.close();
	}
}

/** A record's key as the index names it: paths are strings (any other key, never written, as its JSON). */
function keyText(key: IDBValidKey): string {
	return typeof key === "string" ? key : JSON.stringify(key);
}

/** A deep copy where the platform has structuredClone (older webviews do not: then the value itself). */
function copyOf<T>(value: T): T {
	return typeof structuredClone === "function" ? structuredClone(value) : value;
}

export class MemoryRecordStore<T> implements RecordStore<T> {
	private readonly records = new Map<string, T>();

	readAll(_pause?: () => Promise<void>): Promise<Map<string, T>> {
		const copies = new Map<string, T>();
		for (const [key, value] of this.records) copies.set(key, copyOf(value)); // fresh objects, as IndexedDB reads them
		return Promise.resolve(copies);
	}

	read(keys: readonly string[]): Promise<Map<string, T>> {
		const copies = new Map<string, T>();
		for (const key of keys) if (this.records.has(key)) copies.set(key, copyOf(this.records.get(key) as T));
		return Promise.resolve(copies);
	}

	write(changed: Map<string, T>, removed: Iterable<string>): Promise<void> {
		for (const [key, value] of changed) this.records.set(key, copyOf(value)); // a copy, as IndexedDB keeps
		for (const key of removed) this.records.delete(key);
		return Promise.resolve();
	}

	clear(): Promise<void> {
		this.records.clear();
		return Promise.resolve();
	}
}
