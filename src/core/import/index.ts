// The importer's public surface: converters, the planner, the inbox and clipboard helpers.
export { convertImport, convertClipboard, detectImportFormat, CLIPBOARD_FILE_NAME, type ImportFormat } from "./convert";
export { planImport, appendMissingHighlights, type ExistingNoteReader } from "./planner";
export { planInboxImport, isWaitingInInbox, IMPORTED_SUBFOLDER, type InboxFile, type InboxPlan, type PlannedMove } from "./inbox";
export { safeFileName } from "./file-name";
export { looksBinary, normalizeLineEndings } from "./text-input";
export type * from "./types";
