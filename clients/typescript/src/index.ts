export * from "./client.js";
export type * as catalog from "./generated/catalog.js";
export type * as session from "./generated/session.js";
export type * as progress from "./generated/progress.js";
export type * as notification from "./generated/notification.js";
