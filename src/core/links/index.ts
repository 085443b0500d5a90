// The link writer's public surface: render hubs, plan, apply, undo, describe.
export type * from "./hub-model";
export { BLOCK_END, BLOCK_START, renderHubBlock, themeNotePath, type HubRenderOptions } from "./hub-render";
export { findHubBlocks, upsertHubBlock, removeHubBlock, type BlockRange } from "./hub-block";
export { shiftHubLines } from "./line-shift";
export { planLinks, planUnlink } from "./plan";
export { applyLinkPlan, type AppliedEdit, type ApplyResult } from "./apply";
export { describePlan, countEdits } from "./describe";
export { emptyLedger, parseLedger, renameInLedger, hashText } from "./ledger";
export { textFrontmatterWriter, themePropertyLink } from "./property-plan";
export { readListProperty, setListProperty } from "./frontmatter-list";
