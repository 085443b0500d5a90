// A small IndexedDB store of records keyed by note path, one entry per note (never one giant
// blob: a peer crashed writing a single huge cache). Local to this device, never synced.
// Where IndexedDB is missing (some mobile webviews) it falls back to memory: the index is rebuilt.

export interface RecordStore<T> {
	readAll(): Promise<Map<string, T>>;
	write(changed: Map<string, T>, removed: Iterable<string>): Promise<void>;
	clear(): Promise<void>;
	/** Closes the connection (when the plugin unloads); the store is not used afterwards. */
	close?(): void;
}

const STORE_NAME = "records";

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

	/** Every record in two requests (keys, then values, in the same key order) rather than one cursor step per note. */
	readAll(): Promise<Map<string, T>> {
		return new Promise((resolve, reject) => {
			const store = this.db.transaction(STORE_NAME, "readonly").objectStore(STORE_NAME);
			const keys = store.getAllKeys();
			const values = store.getAll();
			const failed = (request: IDBRequest): void => reject(request.error ?? new Error("IndexedDB read failed"));
			keys.onerror = () => failed(keys);
			values.onerror = () => failed(values);
			values.onsuccess = () => {
				const records = new Map<string, T>();
				const found = keys.result;
				if (found.length !== values.result.length) return reject(new Error("IndexedDB changed while it was read"));
				for (let i = 0; i < found.length; i++) records.set(typeof found[i] === "string" ? (found[i] as string) : JSON.stringify(found[i]), values.result[i] as T);
				resolve(records);
			};
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

/** A deep copy where the platform has structuredClone (older webviews do not: then the value itself). */
function copyOf<T>(value: T): T {
	return typeof structuredClone === "function" ? structuredClone(value) : value;
}

export class MemoryRecordStore<T> implements RecordStore<T> {
	private readonly records = new Map<string, T>();

	readAll(): Promise<Map<string, T>> {
		const copies = new Map<string, T>();
		for (const [key, value] of this.records) copies.set(key, copyOf(value)); // fresh objects, as IndexedDB reads them
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
