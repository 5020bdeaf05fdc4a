/**
 * Presets: named, typed sandbox and approval policies, for thread and turn params.
 *
 * The protocol spells a policy differently per request: thread params (`thread/start`,
 * `thread/resume`, `thread/fork`) take a sandbox mode (`sandbox: "workspace-write"`), turn params
 * (`turn/start`) a sandbox policy object (`sandboxPolicy: { type: "workspaceWrite" }`). A preset
 * carries both, as ready-to-spread fragments: `.thread` for thread params, `.turn` for turn params.
 *
 * - Sandbox: `readOnly`, `workspaceWrite` (the working directory is writable), `fullAccess`
 *   (no sandbox at all).
 * - Approval, who is asked before a command runs: `never` (nobody), `onRequest` (the model asks
 *   when it wants to leave the sandbox), `untrusted` (every command outside a trusted set).
 *
 * These are what the server enforces. How this client answers the approval requests it then
 * receives is `Approvals`' business.
 *
 * ```ts
 * import { Codex, Presets } from "effect-codex"
 *
 * const thread = Codex.startThread(Presets.thread(Presets.workspaceWrite, Presets.onRequest))
 * const run = (threadId: string) =>
 *   Codex.run(threadId, "fix the tests", { params: Presets.turn(Presets.readOnly, Presets.never) })
 * ```
 *
 * @since 0.1.0
 */
import type { AskForApproval, SandboxMode } from "./generated/schemas.js"

/**
 * The sandbox policy object a sandbox mode stands for in turn params.
 *
 * @since 0.1.0
 * @category models
 */
export type PolicyOf<Mode extends SandboxMode> = Mode extends "read-only" ? { readonly type: "readOnly" }
  : Mode extends "workspace-write" ? { readonly type: "workspaceWrite" }
  : { readonly type: "dangerFullAccess" }

/**
 * A sandbox preset: its mode (thread params) and policy (turn params), and the fragments that set
 * them.
 *
 * @since 0.1.0
 * @category models
 */
export interface SandboxPreset<Mode extends SandboxMode = SandboxMode> {
  readonly _tag: "SandboxPreset"
  /** The mode, as thread params spell it (`sandbox`). */
  readonly mode: Mode
  /** The policy, as turn params spell it (`sandboxPolicy`). */
  readonly policy: PolicyOf<Mode>
  /** `{ sandbox }`, for `thread/start`, `thread/resume` and `thread/fork` params. */
  readonly thread: { readonly sandbox: Mode }
  /** `{ sandboxPolicy }`, for `turn/start` params (`TurnOptions.params`). */
  readonly turn: { readonly sandboxPolicy: PolicyOf<Mode> }
}

/**
 * The approval policies a preset names (the protocol's `AskForApproval` also has a `granular`
 * form, for fine-grained control; pass that one as `approvalPolicy` directly).
 *
 * @since 0.1.0
 * @category models
 */
export type ApprovalName = Extract<AskForApproval, string>

/**
 * An approval preset: its policy, and the fragment that sets it (the same key, `approvalPolicy`,
 * in thread and turn params; both fields exist so that a preset is always spread the same way).
 *
 * @since 0.1.0
 * @category models
 */
export interface ApprovalPreset<Name extends ApprovalName = ApprovalName> {
  readonly _tag: "ApprovalPreset"
  readonly policy: Name
  /** `{ approvalPolicy }`, for thread params. */
  readonly thread: { readonly approvalPolicy: Name }
  /** `{ approvalPolicy }`, for turn params. */
  readonly turn: { readonly approvalPolicy: Name }
}

const sandbox = <Mode extends SandboxMode>(mode: Mode, policy: PolicyOf<Mode>): SandboxPreset<Mode> => ({
  _tag: "SandboxPreset",
  mode,
  policy,
  thread: { sandbox: mode },
  turn: { sandboxPolicy: policy }
})

const approval = <Name extends ApprovalName>(policy: Name): ApprovalPreset<Name> => ({
  _tag: "ApprovalPreset",
  policy,
  thread: { approvalPolicy: policy },
  turn: { approvalPolicy: policy }
})

/**
 * Read-only sandbox: commands may read files, not write them, and have no network.
 *
 * @since 0.1.0
 * @category sandbox
 */
export const readOnly: SandboxPreset<"read-only"> = sandbox("read-only", { type: "readOnly" })

/**
 * Workspace-write sandbox: commands may write in the working directory (and the thread's writable
 * roots), nowhere else, and have no network.
 *
 * @since 0.1.0
 * @category sandbox
 */
export const workspaceWrite: SandboxPreset<"workspace-write"> = sandbox("workspace-write", { type: "workspaceWrite" })

/**
 * No sandbox (`danger-full-access`): commands run with the server's full rights, network
 * included. Only where something else contains the server (a container, a throwaway VM).
 *
 * @since 0.1.0
 * @category sandbox
 */
export const fullAccess: SandboxPreset<"danger-full-access"> = sandbox("danger-full-access", {
  type: "dangerFullAccess"
})

/**
 * Never ask: what the sandbox forbids fails, and the model is told so. For unattended runs.
 *
 * @since 0.1.0
 * @category approval
 */
export const never: ApprovalPreset<"never"> = approval("never")

/**
 * Ask on request: commands run in the sandbox; the model asks (an approval request to this
 * client) when it wants to go beyond it.
 *
 * @since 0.1.0
 * @category approval
 */
export const onRequest: ApprovalPreset<"on-request"> = approval("on-request")

/**
 * Untrusted: every command outside a small set of known-safe ones is sent for approval first.
 *
 * @since 0.1.0
 * @category approval
 */
export const untrusted: ApprovalPreset<"untrusted"> = approval("untrusted")

/**
 * Thread params for a sandbox and an approval preset: `{ sandbox, approvalPolicy }`, to pass to
 * `Codex.startThread`, `resumeThread`, `forkThread` (alone, or spread with other params).
 *
 * @example
 * ```ts
 * import { Codex, Presets } from "effect-codex"
 *
 * const thread = Codex.startThread({
 *   ...Presets.thread(Presets.workspaceWrite, Presets.onRequest),
 *   model: "gpt-5.5"
 * })
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const thread = <Mode extends SandboxMode, Name extends ApprovalName>(
  sandbox: SandboxPreset<Mode>,
  approval: ApprovalPreset<Name>
): { readonly sandbox: Mode; readonly approvalPolicy: Name } => ({ ...sandbox.thread, ...approval.thread })

/**
 * Turn params for a sandbox and an approval preset: `{ sandboxPolicy, approvalPolicy }`, to pass
 * as `TurnOptions.params` (the turn's and the thread's later turns' policies).
 *
 * @example
 * ```ts
 * import { Codex, Presets } from "effect-codex"
 *
 * const review = (threadId: string) =>
 *   Codex.run(threadId, "review the diff, change nothing", {
 *     params: Presets.turn(Presets.readOnly, Presets.never)
 *   })
 * ```
 *
 * @since 0.1.0
 * @category combinators
 */
export const turn = <Mode extends SandboxMode, Name extends ApprovalName>(
  sandbox: SandboxPreset<Mode>,
  approval: ApprovalPreset<Name>
): { readonly sandboxPolicy: PolicyOf<Mode>; readonly approvalPolicy: Name } => ({
  ...sandbox.turn,
  ...approval.turn
})

