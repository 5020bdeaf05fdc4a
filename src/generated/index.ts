/**
 * generated from codex 0.169.0; do not edit.
 * Regenerate with `npm run generate` (scripts/generate.ts).
 */
export * from "./schemas.js"
export * from "./methods.js"
