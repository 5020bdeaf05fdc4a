/**
 * generated from codex 0.169.0; do not edit.
 * Regenerate with `npm run generate` (scripts/generate.ts).
 */
import * as Schema from "effect/Schema"
import { force, lazy } from "./lazy.js"

/**
 * A path that is guaranteed to be absolute and normalized (though it is not guaranteed to be canonicalized or exist on the filesystem).
 *
 * IMPORTANT: When deserializing an `AbsolutePathBuf`, a base path must be set using [AbsolutePathBufGuard::new]. If no base path is set, the deserialization will fail unless the path being deserialized is already absolute.
 */
export type AbsolutePathBuf = string
export const AbsolutePathBuf: Schema.Schema<AbsolutePathBuf> = lazy("AbsolutePathBuf", () => Schema.String)

export type PlanType = "free" | "go" | "plus" | "pro" | "prolite" | "promax" | "team" | "self_serve_business_prolite" | "self_serve_business_usage_based" | "business" | "ent26" | "enterprise_cbp_automation" | "enterprise_cbp_usage_based" | "enterprise" | "edu" | "edu_plus" | "edu_pro" | "sci" | "sci_plus" | "unknown"
export const PlanType: Schema.Schema<PlanType> = lazy("PlanType", () => Schema.Literal("free", "go", "plus", "pro", "prolite", "promax", "team", "self_serve_business_prolite", "self_serve_business_usage_based", "business", "ent26", "enterprise_cbp_automation", "enterprise_cbp_usage_based", "enterprise", "edu", "edu_plus", "edu_pro", "sci", "sci_plus", "unknown"))

export interface ApiKeyAccount {
  readonly type: "apiKey"
}
export const ApiKeyAccount: Schema.Schema<ApiKeyAccount> = lazy("ApiKeyAccount", () => Schema.Struct({
  type: Schema.Literal("apiKey")
}))

export interface ChatgptAccount {
  readonly email: string | null
  readonly planType: PlanType
  readonly type: "chatgpt"
  /**
   * Display name of the selected ChatGPT workspace, when available.
   */
  readonly workspaceName?: string | null | undefined
}
export const ChatgptAccount: Schema.Schema<ChatgptAccount> = lazy("ChatgptAccount", () => Schema.Struct({
  email: Schema.NullOr(Schema.String),
  planType: force(PlanType),
  type: Schema.Literal("chatgpt"),
  workspaceName: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface AmazonBedrockAccount {
  readonly type: "amazonBedrock"
  /**
   * @default false
   */
  readonly usesCodexManagedCredentials?: boolean | undefined
}
export const AmazonBedrockAccount: Schema.Schema<AmazonBedrockAccount> = lazy("AmazonBedrockAccount", () => Schema.Struct({
  type: Schema.Literal("amazonBedrock"),
  usesCodexManagedCredentials: Schema.optional(Schema.Boolean)
}))

/**
 * Google Cloud Vertex AI with externally managed credentials.
 */
export interface GcpAccount {
  readonly type: "gcp"
}
export const GcpAccount: Schema.Schema<GcpAccount> = lazy("GcpAccount", () => Schema.Struct({
  type: Schema.Literal("gcp")
}))

export type Account = (ApiKeyAccount | ChatgptAccount | AmazonBedrockAccount | GcpAccount)
export const Account: Schema.Schema<Account> = lazy("Account", () => Schema.Union(
  force(ApiKeyAccount),
  force(ChatgptAccount),
  force(AmazonBedrockAccount),
  force(GcpAccount)
))

export type DesktopOnboardingEntrypoint = "life_sciences"
export const DesktopOnboardingEntrypoint: Schema.Schema<DesktopOnboardingEntrypoint> = lazy("DesktopOnboardingEntrypoint", () => Schema.Literal("life_sciences"))

export interface AccountLoginCompletedNotification {
  readonly error?: string | null | undefined
  readonly loginId?: string | null | undefined
  readonly onboardingEntrypoint?: DesktopOnboardingEntrypoint | null | undefined
  readonly success: boolean
}
export const AccountLoginCompletedNotification: Schema.Schema<AccountLoginCompletedNotification> = lazy("AccountLoginCompletedNotification", () => Schema.Struct({
  error: Schema.optional(Schema.NullOr(Schema.String)),
  loginId: Schema.optional(Schema.NullOr(Schema.String)),
  onboardingEntrypoint: Schema.optional(Schema.NullOr(force(DesktopOnboardingEntrypoint))),
  success: Schema.Boolean
}))

export interface CreditsSnapshot {
  readonly balance?: string | null | undefined
  readonly hasCredits: boolean
  readonly unlimited: boolean
}
export const CreditsSnapshot: Schema.Schema<CreditsSnapshot> = lazy("CreditsSnapshot", () => Schema.Struct({
  balance: Schema.optional(Schema.NullOr(Schema.String)),
  hasCredits: Schema.Boolean,
  unlimited: Schema.Boolean
}))

export interface SpendControlLimitSnapshot {
  readonly limit: string
  /**
   * @format int32
   */
  readonly remainingPercent: number
  /**
   * @format int64
   */
  readonly resetsAt: number
  readonly used: string
}
export const SpendControlLimitSnapshot: Schema.Schema<SpendControlLimitSnapshot> = lazy("SpendControlLimitSnapshot", () => Schema.Struct({
  limit: Schema.String,
  remainingPercent: Schema.Number,
  resetsAt: Schema.Number,
  used: Schema.String
}))

export interface RateLimitWindow {
  /**
   * @format int64
   */
  readonly resetsAt?: number | null | undefined
  /**
   * @format int32
   */
  readonly usedPercent: number
  /**
   * @format int64
   */
  readonly windowDurationMins?: number | null | undefined
}
export const RateLimitWindow: Schema.Schema<RateLimitWindow> = lazy("RateLimitWindow", () => Schema.Struct({
  resetsAt: Schema.optional(Schema.NullOr(Schema.Number)),
  usedPercent: Schema.Number,
  windowDurationMins: Schema.optional(Schema.NullOr(Schema.Number))
}))

export type RateLimitReachedType = "rate_limit_reached" | "workspace_owner_credits_depleted" | "workspace_member_credits_depleted" | "workspace_owner_usage_limit_reached" | "workspace_member_usage_limit_reached"
export const RateLimitReachedType: Schema.Schema<RateLimitReachedType> = lazy("RateLimitReachedType", () => Schema.Literal("rate_limit_reached", "workspace_owner_credits_depleted", "workspace_member_credits_depleted", "workspace_owner_usage_limit_reached", "workspace_member_usage_limit_reached"))

export interface RateLimitSnapshot {
  readonly credits?: CreditsSnapshot | null | undefined
  readonly individualLimit?: SpendControlLimitSnapshot | null | undefined
  readonly limitId?: string | null | undefined
  readonly limitName?: string | null | undefined
  /**
   * Normal model whose display name and reasoning options describe this quota alias.
   */
  readonly normalModelSlug?: string | null | undefined
  readonly planType?: PlanType | null | undefined
  readonly primary?: RateLimitWindow | null | undefined
  readonly rateLimitReachedType?: RateLimitReachedType | null | undefined
  readonly secondary?: RateLimitWindow | null | undefined
  /**
   * Backend-reported spend-control state. `None` is unavailable, not a sparse-update recovery.
   */
  readonly spendControlReached?: boolean | null | undefined
}
export const RateLimitSnapshot: Schema.Schema<RateLimitSnapshot> = lazy("RateLimitSnapshot", () => Schema.Struct({
  credits: Schema.optional(Schema.NullOr(force(CreditsSnapshot))),
  individualLimit: Schema.optional(Schema.NullOr(force(SpendControlLimitSnapshot))),
  limitId: Schema.optional(Schema.NullOr(Schema.String)),
  limitName: Schema.optional(Schema.NullOr(Schema.String)),
  normalModelSlug: Schema.optional(Schema.NullOr(Schema.String)),
  planType: Schema.optional(Schema.NullOr(force(PlanType))),
  primary: Schema.optional(Schema.NullOr(force(RateLimitWindow))),
  rateLimitReachedType: Schema.optional(Schema.NullOr(force(RateLimitReachedType))),
  secondary: Schema.optional(Schema.NullOr(force(RateLimitWindow))),
  spendControlReached: Schema.optional(Schema.NullOr(Schema.Boolean))
}))

/**
 * Sparse rolling rate-limit update.
 *
 * Clients should merge available values into the most recent `account/rateLimits/read` response or refetch that snapshot. Nullable account metadata may be unavailable in a rolling update and does not clear a previously observed value.
 */
export interface AccountRateLimitsUpdatedNotification {
  readonly rateLimits: RateLimitSnapshot
}
export const AccountRateLimitsUpdatedNotification: Schema.Schema<AccountRateLimitsUpdatedNotification> = lazy("AccountRateLimitsUpdatedNotification", () => Schema.Struct({
  rateLimits: force(RateLimitSnapshot)
}))

/**
 * Backend routing policy. Wire values match the accounts/check contract.
 */
export type AccountRoutingOverride = "NO_CONSTRAINT" | "us" | "us_cr"
export const AccountRoutingOverride: Schema.Schema<AccountRoutingOverride> = lazy("AccountRoutingOverride", () => Schema.Literal("NO_CONSTRAINT", "us", "us_cr"))

export interface AccountSecuritySetupAction {
  readonly label: string
  readonly url: string
}
export const AccountSecuritySetupAction: Schema.Schema<AccountSecuritySetupAction> = lazy("AccountSecuritySetupAction", () => Schema.Struct({
  label: Schema.String,
  url: Schema.String
}))

export interface AccountSecuritySetupNotice {
  readonly accountId: string
  readonly action: AccountSecuritySetupAction
  readonly description: string
  readonly title: string
  readonly userId: string
}
export const AccountSecuritySetupNotice: Schema.Schema<AccountSecuritySetupNotice> = lazy("AccountSecuritySetupNotice", () => Schema.Struct({
  accountId: Schema.String,
  action: force(AccountSecuritySetupAction),
  description: Schema.String,
  title: Schema.String,
  userId: Schema.String
}))

export type AccountSessionWorkspaceKind = "personal" | "workspace"
export const AccountSessionWorkspaceKind: Schema.Schema<AccountSessionWorkspaceKind> = lazy("AccountSessionWorkspaceKind", () => Schema.Literal("personal", "workspace"))

export interface AccountSessionWorkspace {
  readonly accountId: string
  readonly imageUrl?: string | null | undefined
  readonly kind?: AccountSessionWorkspaceKind | null | undefined
  readonly name?: string | null | undefined
}
export const AccountSessionWorkspace: Schema.Schema<AccountSessionWorkspace> = lazy("AccountSessionWorkspace", () => Schema.Struct({
  accountId: Schema.String,
  imageUrl: Schema.optional(Schema.NullOr(Schema.String)),
  kind: Schema.optional(Schema.NullOr(force(AccountSessionWorkspaceKind))),
  name: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface AccountSession {
  readonly displayName?: string | null | undefined
  readonly email?: string | null | undefined
  readonly imageUrl?: string | null | undefined
  readonly isActive: boolean
  /**
   * @format int64
   */
  readonly lastUsedAt: number
  readonly selectedWorkspaceAccountId?: string | null | undefined
  readonly sessionId: string
  readonly userId?: string | null | undefined
  readonly workspaces: ReadonlyArray<AccountSessionWorkspace>
}
export const AccountSession: Schema.Schema<AccountSession> = lazy("AccountSession", () => Schema.Struct({
  displayName: Schema.optional(Schema.NullOr(Schema.String)),
  email: Schema.optional(Schema.NullOr(Schema.String)),
  imageUrl: Schema.optional(Schema.NullOr(Schema.String)),
  isActive: Schema.Boolean,
  lastUsedAt: Schema.Number,
  selectedWorkspaceAccountId: Schema.optional(Schema.NullOr(Schema.String)),
  sessionId: Schema.String,
  userId: Schema.optional(Schema.NullOr(Schema.String)),
  workspaces: Schema.Array(force(AccountSessionWorkspace))
}))

export interface AccountSessionsListParams {
  readonly refreshWorkspaceMetadata?: boolean | undefined
}
export const AccountSessionsListParams: Schema.Schema<AccountSessionsListParams> = lazy("AccountSessionsListParams", () => Schema.Struct({
  refreshWorkspaceMetadata: Schema.optional(Schema.Boolean)
}))

export interface AccountSessionsResponse {
  readonly activeSessionId?: string | null | undefined
  readonly sessions: ReadonlyArray<AccountSession>
}
export const AccountSessionsResponse: Schema.Schema<AccountSessionsResponse> = lazy("AccountSessionsResponse", () => Schema.Struct({
  activeSessionId: Schema.optional(Schema.NullOr(Schema.String)),
  sessions: Schema.Array(force(AccountSession))
}))

export interface AccountSessionsSwitchParams {
  /**
   * Workspace to select within that login; this is not a user identifier.
   */
  readonly accountId: string
  /**
   * Allow Core to start browser sign-in if this session needs SSO for the workspace.
   */
  readonly allowBrowserLogin?: boolean | undefined
  /**
   * Opaque active-login identifier returned by accountSession/list.
   */
  readonly sessionId: string
}
export const AccountSessionsSwitchParams: Schema.Schema<AccountSessionsSwitchParams> = lazy("AccountSessionsSwitchParams", () => Schema.Struct({
  accountId: Schema.String,
  allowBrowserLogin: Schema.optional(Schema.Boolean),
  sessionId: Schema.String
}))

export interface Sessionsv2AccountSessionsSwitchResponse {
  readonly activeSessionId?: string | null | undefined
  readonly sessions: ReadonlyArray<AccountSession>
}
export const Sessionsv2AccountSessionsSwitchResponse: Schema.Schema<Sessionsv2AccountSessionsSwitchResponse> = lazy("Sessionsv2AccountSessionsSwitchResponse", () => Schema.Struct({
  activeSessionId: Schema.optional(Schema.NullOr(Schema.String)),
  sessions: Schema.Array(force(AccountSession))
}))

export type AccountSessionsSwitchResponse = (Sessionsv2AccountSessionsSwitchResponse | {
  readonly auth_url: string
  readonly login_id: string
})
export const AccountSessionsSwitchResponse: Schema.Schema<AccountSessionsSwitchResponse> = lazy("AccountSessionsSwitchResponse", () => Schema.Union(
  force(Sessionsv2AccountSessionsSwitchResponse),
  Schema.Struct({
  auth_url: Schema.String,
  login_id: Schema.String
})
))

export interface AccountTokenUsageDailyBucket {
  readonly startDate: string
  /**
   * @format int64
   */
  readonly tokens: number
}
export const AccountTokenUsageDailyBucket: Schema.Schema<AccountTokenUsageDailyBucket> = lazy("AccountTokenUsageDailyBucket", () => Schema.Struct({
  startDate: Schema.String,
  tokens: Schema.Number
}))

export interface AccountTokenUsageSummary {
  /**
   * @format int64
   */
  readonly currentStreakDays?: number | null | undefined
  /**
   * @format int64
   */
  readonly lifetimeTokens?: number | null | undefined
  /**
   * @format int64
   */
  readonly longestRunningTurnSec?: number | null | undefined
  /**
   * @format int64
   */
  readonly longestStreakDays?: number | null | undefined
  /**
   * @format int64
   */
  readonly peakDailyTokens?: number | null | undefined
}
export const AccountTokenUsageSummary: Schema.Schema<AccountTokenUsageSummary> = lazy("AccountTokenUsageSummary", () => Schema.Struct({
  currentStreakDays: Schema.optional(Schema.NullOr(Schema.Number)),
  lifetimeTokens: Schema.optional(Schema.NullOr(Schema.Number)),
  longestRunningTurnSec: Schema.optional(Schema.NullOr(Schema.Number)),
  longestStreakDays: Schema.optional(Schema.NullOr(Schema.Number)),
  peakDailyTokens: Schema.optional(Schema.NullOr(Schema.Number))
}))

/**
 * Authentication mode for OpenAI-backed providers.
 */
export type AuthMode = "apikey" | "chatgpt" | "chatgptAuthTokens" | "headers" | "agentIdentity" | "personalAccessToken" | "bedrockApiKey" | "bedrockAccessKeys"
export const AuthMode: Schema.Schema<AuthMode> = lazy("AuthMode", () => Schema.Literal("apikey", "chatgpt", "chatgptAuthTokens", "headers", "agentIdentity", "personalAccessToken", "bedrockApiKey", "bedrockAccessKeys"))

export interface AccountUpdatedNotification {
  readonly authMode?: AuthMode | null | undefined
  readonly planType?: PlanType | null | undefined
}
export const AccountUpdatedNotification: Schema.Schema<AccountUpdatedNotification> = lazy("AccountUpdatedNotification", () => Schema.Struct({
  authMode: Schema.optional(Schema.NullOr(force(AuthMode))),
  planType: Schema.optional(Schema.NullOr(force(PlanType)))
}))

export interface ActivePermissionProfile {
  /**
   * Parent profile identifier from the selected permissions profile's `extends` setting, when present.
   * @default null
   */
  readonly extends?: string | null | undefined
  /**
   * Identifier from `default_permissions` or the implicit built-in default, such as `:workspace` or a user-defined `[permissions.<id>]` profile.
   */
  readonly id: string
}
export const ActivePermissionProfile: Schema.Schema<ActivePermissionProfile> = lazy("ActivePermissionProfile", () => Schema.Struct({
  extends: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.String
}))

export type AddCreditsNudgeCreditType = "credits" | "usage_limit"
export const AddCreditsNudgeCreditType: Schema.Schema<AddCreditsNudgeCreditType> = lazy("AddCreditsNudgeCreditType", () => Schema.Literal("credits", "usage_limit"))

export type AddCreditsNudgeEmailStatus = "sent" | "cooldown_active"
export const AddCreditsNudgeEmailStatus: Schema.Schema<AddCreditsNudgeEmailStatus> = lazy("AddCreditsNudgeEmailStatus", () => Schema.Literal("sent", "cooldown_active"))

export type AdditionalContextKind = "untrusted" | "application"
export const AdditionalContextKind: Schema.Schema<AdditionalContextKind> = lazy("AdditionalContextKind", () => Schema.Literal("untrusted", "application"))

export interface AdditionalContextEntry {
  readonly kind: AdditionalContextKind
  /**
   * Optional name for untrusted context, used to label its tool output.
   */
  readonly name?: string | null | undefined
  readonly value: string
}
export const AdditionalContextEntry: Schema.Schema<AdditionalContextEntry> = lazy("AdditionalContextEntry", () => Schema.Struct({
  kind: force(AdditionalContextKind),
  name: Schema.optional(Schema.NullOr(Schema.String)),
  value: Schema.String
}))

export type FileSystemAccessMode = "read" | "write" | "deny"
export const FileSystemAccessMode: Schema.Schema<FileSystemAccessMode> = lazy("FileSystemAccessMode", () => Schema.Literal("read", "write", "deny"))

export type LegacyAppPathString = string
export const LegacyAppPathString: Schema.Schema<LegacyAppPathString> = lazy("LegacyAppPathString", () => Schema.String)

export interface RootFileSystemSpecialPath {
  readonly kind: "root"
}
export const RootFileSystemSpecialPath: Schema.Schema<RootFileSystemSpecialPath> = lazy("RootFileSystemSpecialPath", () => Schema.Struct({
  kind: Schema.Literal("root")
}))

export interface MinimalFileSystemSpecialPath {
  readonly kind: "minimal"
}
export const MinimalFileSystemSpecialPath: Schema.Schema<MinimalFileSystemSpecialPath> = lazy("MinimalFileSystemSpecialPath", () => Schema.Struct({
  kind: Schema.Literal("minimal")
}))

export interface KindFileSystemSpecialPath {
  readonly kind: "project_roots"
  readonly subpath?: LegacyAppPathString | null | undefined
}
export const KindFileSystemSpecialPath: Schema.Schema<KindFileSystemSpecialPath> = lazy("KindFileSystemSpecialPath", () => Schema.Struct({
  kind: Schema.Literal("project_roots"),
  subpath: Schema.optional(Schema.NullOr(force(LegacyAppPathString)))
}))

export interface TmpdirFileSystemSpecialPath {
  readonly kind: "tmpdir"
}
export const TmpdirFileSystemSpecialPath: Schema.Schema<TmpdirFileSystemSpecialPath> = lazy("TmpdirFileSystemSpecialPath", () => Schema.Struct({
  kind: Schema.Literal("tmpdir")
}))

export interface SlashTmpFileSystemSpecialPath {
  readonly kind: "slash_tmp"
}
export const SlashTmpFileSystemSpecialPath: Schema.Schema<SlashTmpFileSystemSpecialPath> = lazy("SlashTmpFileSystemSpecialPath", () => Schema.Struct({
  kind: Schema.Literal("slash_tmp")
}))

export type FileSystemSpecialPath = (RootFileSystemSpecialPath | MinimalFileSystemSpecialPath | KindFileSystemSpecialPath | TmpdirFileSystemSpecialPath | SlashTmpFileSystemSpecialPath | {
  readonly kind: "unknown"
  readonly path: string
  readonly subpath?: LegacyAppPathString | null | undefined
})
export const FileSystemSpecialPath: Schema.Schema<FileSystemSpecialPath> = lazy("FileSystemSpecialPath", () => Schema.Union(
  force(RootFileSystemSpecialPath),
  force(MinimalFileSystemSpecialPath),
  force(KindFileSystemSpecialPath),
  force(TmpdirFileSystemSpecialPath),
  force(SlashTmpFileSystemSpecialPath),
  Schema.Struct({
  kind: Schema.Literal("unknown"),
  path: Schema.String,
  subpath: Schema.optional(Schema.NullOr(force(LegacyAppPathString)))
})
))

export interface PathFileSystemPath {
  readonly path: LegacyAppPathString
  readonly type: "path"
}
export const PathFileSystemPath: Schema.Schema<PathFileSystemPath> = lazy("PathFileSystemPath", () => Schema.Struct({
  path: force(LegacyAppPathString),
  type: Schema.Literal("path")
}))

export interface GlobPatternFileSystemPath {
  readonly pattern: string
  readonly type: "glob_pattern"
}
export const GlobPatternFileSystemPath: Schema.Schema<GlobPatternFileSystemPath> = lazy("GlobPatternFileSystemPath", () => Schema.Struct({
  pattern: Schema.String,
  type: Schema.Literal("glob_pattern")
}))

export interface SpecialFileSystemPath {
  readonly type: "special"
  readonly value: FileSystemSpecialPath
}
export const SpecialFileSystemPath: Schema.Schema<SpecialFileSystemPath> = lazy("SpecialFileSystemPath", () => Schema.Struct({
  type: Schema.Literal("special"),
  value: force(FileSystemSpecialPath)
}))

export type FileSystemPath = (PathFileSystemPath | GlobPatternFileSystemPath | SpecialFileSystemPath)
export const FileSystemPath: Schema.Schema<FileSystemPath> = lazy("FileSystemPath", () => Schema.Union(
  force(PathFileSystemPath),
  force(GlobPatternFileSystemPath),
  force(SpecialFileSystemPath)
))

export interface FileSystemSandboxEntry {
  readonly access: FileSystemAccessMode
  readonly path: FileSystemPath
}
export const FileSystemSandboxEntry: Schema.Schema<FileSystemSandboxEntry> = lazy("FileSystemSandboxEntry", () => Schema.Struct({
  access: force(FileSystemAccessMode),
  path: force(FileSystemPath)
}))

export interface AdditionalFileSystemPermissions {
  readonly entries?: ReadonlyArray<FileSystemSandboxEntry> | null | undefined
  /**
   * @format uint
   */
  readonly globScanMaxDepth?: number | null | undefined
  /**
   * This will be removed in favor of `entries`.
   */
  readonly read?: ReadonlyArray<LegacyAppPathString> | null | undefined
  /**
   * This will be removed in favor of `entries`.
   */
  readonly write?: ReadonlyArray<LegacyAppPathString> | null | undefined
}
export const AdditionalFileSystemPermissions: Schema.Schema<AdditionalFileSystemPermissions> = lazy("AdditionalFileSystemPermissions", () => Schema.Struct({
  entries: Schema.optional(Schema.NullOr(Schema.Array(force(FileSystemSandboxEntry)))),
  globScanMaxDepth: Schema.optional(Schema.NullOr(Schema.Number)),
  read: Schema.optional(Schema.NullOr(Schema.Array(force(LegacyAppPathString)))),
  write: Schema.optional(Schema.NullOr(Schema.Array(force(LegacyAppPathString))))
}))

export interface AdditionalNetworkPermissions {
  readonly enabled?: boolean | null | undefined
}
export const AdditionalNetworkPermissions: Schema.Schema<AdditionalNetworkPermissions> = lazy("AdditionalNetworkPermissions", () => Schema.Struct({
  enabled: Schema.optional(Schema.NullOr(Schema.Boolean))
}))

export interface AdditionalPermissionProfile {
  readonly fileSystem?: AdditionalFileSystemPermissions | null | undefined
  /**
   * Partial overlay used for per-command permission requests.
   */
  readonly network?: AdditionalNetworkPermissions | null | undefined
}
export const AdditionalPermissionProfile: Schema.Schema<AdditionalPermissionProfile> = lazy("AdditionalPermissionProfile", () => Schema.Struct({
  fileSystem: Schema.optional(Schema.NullOr(force(AdditionalFileSystemPermissions))),
  network: Schema.optional(Schema.NullOr(force(AdditionalNetworkPermissions)))
}))

export type AgentMessageDelivery = "async"
export const AgentMessageDelivery: Schema.Schema<AgentMessageDelivery> = lazy("AgentMessageDelivery", () => Schema.Literal("async"))

export interface AgentMessageDeltaNotification {
  readonly delta: string
  readonly itemId: string
  readonly threadId: string
  readonly turnId: string
}
export const AgentMessageDeltaNotification: Schema.Schema<AgentMessageDeltaNotification> = lazy("AgentMessageDeltaNotification", () => Schema.Struct({
  delta: Schema.String,
  itemId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))

/**
 * A presentation instruction for Chat to apply to this answer when recovering history.
 */
export interface AgentMessageDisplay {
  /**
   * Unknown actions must be left for the producing client to handle.
   */
  readonly action: string
  readonly blockType?: string | null | undefined
  readonly checkTrustedContacts?: boolean | null | undefined
  readonly cyberTrustedAccess?: boolean | null | undefined
}
export const AgentMessageDisplay: Schema.Schema<AgentMessageDisplay> = lazy("AgentMessageDisplay", () => Schema.Struct({
  action: Schema.String,
  blockType: Schema.optional(Schema.NullOr(Schema.String)),
  checkTrustedContacts: Schema.optional(Schema.NullOr(Schema.Boolean)),
  cyberTrustedAccess: Schema.optional(Schema.NullOr(Schema.Boolean))
}))

export interface InputTextAgentMessageInputContent {
  readonly text: string
  readonly type: "input_text"
}
export const InputTextAgentMessageInputContent: Schema.Schema<InputTextAgentMessageInputContent> = lazy("InputTextAgentMessageInputContent", () => Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("input_text")
}))

export interface EncryptedContentAgentMessageInputContent {
  readonly encrypted_content: string
  readonly type: "encrypted_content"
}
export const EncryptedContentAgentMessageInputContent: Schema.Schema<EncryptedContentAgentMessageInputContent> = lazy("EncryptedContentAgentMessageInputContent", () => Schema.Struct({
  encrypted_content: Schema.String,
  type: Schema.Literal("encrypted_content")
}))

export type AgentMessageInputContent = (InputTextAgentMessageInputContent | EncryptedContentAgentMessageInputContent)
export const AgentMessageInputContent: Schema.Schema<AgentMessageInputContent> = lazy("AgentMessageInputContent", () => Schema.Union(
  force(InputTextAgentMessageInputContent),
  force(EncryptedContentAgentMessageInputContent)
))

export interface AgentMessageModeration {
  readonly display?: AgentMessageDisplay | null | undefined
  readonly moderated: boolean
}
export const AgentMessageModeration: Schema.Schema<AgentMessageModeration> = lazy("AgentMessageModeration", () => Schema.Struct({
  display: Schema.optional(Schema.NullOr(force(AgentMessageDisplay))),
  moderated: Schema.Boolean
}))

export type AgentPath = string
export const AgentPath: Schema.Schema<AgentPath> = lazy("AgentPath", () => Schema.String)

export type AllowDenyRequirement = "allow" | "deny"
export const AllowDenyRequirement: Schema.Schema<AllowDenyRequirement> = lazy("AllowDenyRequirement", () => Schema.Literal("allow", "deny"))

export interface AnalyticsConfig {
  readonly enabled?: boolean | null | undefined
}
export const AnalyticsConfig: Schema.Schema<AnalyticsConfig> = lazy("AnalyticsConfig", () => Schema.Struct({
  enabled: Schema.optional(Schema.NullOr(Schema.Boolean))
}))

/**
 * EXPERIMENTAL - app metadata returned by app-list APIs.
 */
export interface AppBranding {
  readonly category?: string | null | undefined
  readonly developer?: string | null | undefined
  readonly isDiscoverableApp: boolean
  readonly privacyPolicy?: string | null | undefined
  readonly termsOfService?: string | null | undefined
  readonly website?: string | null | undefined
}
export const AppBranding: Schema.Schema<AppBranding> = lazy("AppBranding", () => Schema.Struct({
  category: Schema.optional(Schema.NullOr(Schema.String)),
  developer: Schema.optional(Schema.NullOr(Schema.String)),
  isDiscoverableApp: Schema.Boolean,
  privacyPolicy: Schema.optional(Schema.NullOr(Schema.String)),
  termsOfService: Schema.optional(Schema.NullOr(Schema.String)),
  website: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * Configures who approval requests are routed to for review. Examples include sandbox escapes, blocked network access, MCP approval prompts, and ARC escalations. Defaults to `user`. `auto_review` uses a carefully prompted subagent to gather relevant context and apply a risk-based decision framework before approving or denying the request. The legacy value `guardian_subagent` is accepted for compatibility.
 */
export type ApprovalsReviewer = "user" | "auto_review" | "guardian_subagent"
export const ApprovalsReviewer: Schema.Schema<ApprovalsReviewer> = lazy("ApprovalsReviewer", () => Schema.Literal("user", "auto_review", "guardian_subagent"))

export type AppToolApproval = "auto" | "prompt" | "writes" | "approve"
export const AppToolApproval: Schema.Schema<AppToolApproval> = lazy("AppToolApproval", () => Schema.Literal("auto", "prompt", "writes", "approve"))

/**
 * Account settings for a single app.
 */
export type AppLinksConfig = { readonly [key: string]: unknown }
export const AppLinksConfig: Schema.Schema<AppLinksConfig> = lazy("AppLinksConfig", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * A model-facing surface on which a tool can be exposed.
 */
export type ToolExposureSurface = "code_mode" | "deferred" | "direct"
export const ToolExposureSurface: Schema.Schema<ToolExposureSurface> = lazy("ToolExposureSurface", () => Schema.Literal("code_mode", "deferred", "direct"))

export type AppToolsConfig = { readonly [key: string]: unknown }
export const AppToolsConfig: Schema.Schema<AppToolsConfig> = lazy("AppToolsConfig", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface AppConfig {
  readonly approvals_reviewer?: ApprovalsReviewer | null | undefined
  readonly default_tools_approval_mode?: AppToolApproval | null | undefined
  readonly default_tools_enabled?: boolean | null | undefined
  readonly destructive_enabled?: boolean | null | undefined
  /**
   * @default true
   */
  readonly enabled?: boolean | undefined
  /**
   * Per-account approval settings keyed by link ID.
   */
  readonly links?: AppLinksConfig | null | undefined
  /**
   * Additional model-facing surfaces omitted for this connector's tools.
   */
  readonly omit_tools_from?: ReadonlyArray<ToolExposureSurface> | null | undefined
  readonly open_world_enabled?: boolean | null | undefined
  readonly tools?: AppToolsConfig | null | undefined
}
export const AppConfig: Schema.Schema<AppConfig> = lazy("AppConfig", () => Schema.Struct({
  approvals_reviewer: Schema.optional(Schema.NullOr(force(ApprovalsReviewer))),
  default_tools_approval_mode: Schema.optional(Schema.NullOr(force(AppToolApproval))),
  default_tools_enabled: Schema.optional(Schema.NullOr(Schema.Boolean)),
  destructive_enabled: Schema.optional(Schema.NullOr(Schema.Boolean)),
  enabled: Schema.optional(Schema.Boolean),
  links: Schema.optional(Schema.NullOr(force(AppLinksConfig))),
  omit_tools_from: Schema.optional(Schema.NullOr(Schema.Array(force(ToolExposureSurface)))),
  open_world_enabled: Schema.optional(Schema.NullOr(Schema.Boolean)),
  tools: Schema.optional(Schema.NullOr(force(AppToolsConfig)))
}))

export interface AppReview {
  readonly status: string
}
export const AppReview: Schema.Schema<AppReview> = lazy("AppReview", () => Schema.Struct({
  status: Schema.String
}))

export interface AppScreenshot {
  readonly fileId?: string | null | undefined
  readonly url?: string | null | undefined
  readonly userPrompt: string
}
export const AppScreenshot: Schema.Schema<AppScreenshot> = lazy("AppScreenshot", () => Schema.Struct({
  fileId: Schema.optional(Schema.NullOr(Schema.String)),
  url: Schema.optional(Schema.NullOr(Schema.String)),
  userPrompt: Schema.String
}))

export interface AppMetadata {
  readonly categories?: ReadonlyArray<string> | null | undefined
  readonly developer?: string | null | undefined
  readonly firstPartyRequiresInstall?: boolean | null | undefined
  readonly review?: AppReview | null | undefined
  readonly screenshots?: ReadonlyArray<AppScreenshot> | null | undefined
  readonly seoDescription?: string | null | undefined
  readonly showInComposerWhenUnlinked?: boolean | null | undefined
  readonly subCategories?: ReadonlyArray<string> | null | undefined
  readonly version?: string | null | undefined
  readonly versionId?: string | null | undefined
  readonly versionNotes?: string | null | undefined
}
export const AppMetadata: Schema.Schema<AppMetadata> = lazy("AppMetadata", () => Schema.Struct({
  categories: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  developer: Schema.optional(Schema.NullOr(Schema.String)),
  firstPartyRequiresInstall: Schema.optional(Schema.NullOr(Schema.Boolean)),
  review: Schema.optional(Schema.NullOr(force(AppReview))),
  screenshots: Schema.optional(Schema.NullOr(Schema.Array(force(AppScreenshot)))),
  seoDescription: Schema.optional(Schema.NullOr(Schema.String)),
  showInComposerWhenUnlinked: Schema.optional(Schema.NullOr(Schema.Boolean)),
  subCategories: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  version: Schema.optional(Schema.NullOr(Schema.String)),
  versionId: Schema.optional(Schema.NullOr(Schema.String)),
  versionNotes: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * EXPERIMENTAL - app metadata returned by app-list APIs.
 */
export interface AppInfo {
  readonly appMetadata?: AppMetadata | null | undefined
  readonly branding?: AppBranding | null | undefined
  readonly description?: string | null | undefined
  readonly distributionChannel?: string | null | undefined
  readonly iconAssets?: { readonly [key: string]: string } | null | undefined
  readonly iconDarkAssets?: { readonly [key: string]: string } | null | undefined
  readonly id: string
  readonly installUrl?: string | null | undefined
  /**
   * @default false
   */
  readonly isAccessible?: boolean | undefined
  /**
   * Whether this app is enabled in config.toml. Example: ```toml [apps.bad_app] enabled = false ```
   * @default true
   */
  readonly isEnabled?: boolean | undefined
  readonly labels?: { readonly [key: string]: string } | null | undefined
  readonly logoUrl?: string | null | undefined
  readonly logoUrlDark?: string | null | undefined
  readonly name: string
  /**
   * @default []
   */
  readonly pluginDisplayNames?: ReadonlyArray<string> | undefined
}
export const AppInfo: Schema.Schema<AppInfo> = lazy("AppInfo", () => Schema.Struct({
  appMetadata: Schema.optional(Schema.NullOr(force(AppMetadata))),
  branding: Schema.optional(Schema.NullOr(force(AppBranding))),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  distributionChannel: Schema.optional(Schema.NullOr(Schema.String)),
  iconAssets: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  iconDarkAssets: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  id: Schema.String,
  installUrl: Schema.optional(Schema.NullOr(Schema.String)),
  isAccessible: Schema.optional(Schema.Boolean),
  isEnabled: Schema.optional(Schema.Boolean),
  labels: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  logoUrl: Schema.optional(Schema.NullOr(Schema.String)),
  logoUrlDark: Schema.optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  pluginDisplayNames: Schema.optional(Schema.Array(Schema.String))
}))

/**
 * Approval settings for a connected account within an app.
 */
export interface AppLinkConfig {
  readonly approvals_reviewer?: ApprovalsReviewer | null | undefined
  readonly default_tools_approval_mode?: AppToolApproval | null | undefined
}
export const AppLinkConfig: Schema.Schema<AppLinkConfig> = lazy("AppLinkConfig", () => Schema.Struct({
  approvals_reviewer: Schema.optional(Schema.NullOr(force(ApprovalsReviewer))),
  default_tools_approval_mode: Schema.optional(Schema.NullOr(force(AppToolApproval)))
}))

/**
 * EXPERIMENTAL - notification emitted when the app list changes.
 */
export interface AppListUpdatedNotification {
  readonly data: ReadonlyArray<AppInfo>
}
export const AppListUpdatedNotification: Schema.Schema<AppListUpdatedNotification> = lazy("AppListUpdatedNotification", () => Schema.Struct({
  data: Schema.Array(force(AppInfo))
}))

/**
 * EXPERIMENTAL - app metadata summary for plugin responses.
 */
export interface AppSummary {
  readonly category?: string | null | undefined
  readonly description?: string | null | undefined
  readonly id: string
  readonly installUrl?: string | null | undefined
  readonly name: string
}
export const AppSummary: Schema.Schema<AppSummary> = lazy("AppSummary", () => Schema.Struct({
  category: Schema.optional(Schema.NullOr(Schema.String)),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.String,
  installUrl: Schema.optional(Schema.NullOr(Schema.String)),
  name: Schema.String
}))

export type AppTemplateUnavailableReason = "NOT_CONFIGURED_FOR_WORKSPACE" | "NO_ACTIVE_WORKSPACE"
export const AppTemplateUnavailableReason: Schema.Schema<AppTemplateUnavailableReason> = lazy("AppTemplateUnavailableReason", () => Schema.Literal("NOT_CONFIGURED_FOR_WORKSPACE", "NO_ACTIVE_WORKSPACE"))

export interface AppTemplateSummary {
  readonly canonicalConnectorId?: string | null | undefined
  readonly category?: string | null | undefined
  readonly description?: string | null | undefined
  readonly logoUrl?: string | null | undefined
  readonly logoUrlDark?: string | null | undefined
  readonly materializedAppIds: ReadonlyArray<string>
  readonly name: string
  readonly reason?: AppTemplateUnavailableReason | null | undefined
  readonly templateId: string
}
export const AppTemplateSummary: Schema.Schema<AppTemplateSummary> = lazy("AppTemplateSummary", () => Schema.Struct({
  canonicalConnectorId: Schema.optional(Schema.NullOr(Schema.String)),
  category: Schema.optional(Schema.NullOr(Schema.String)),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  logoUrl: Schema.optional(Schema.NullOr(Schema.String)),
  logoUrlDark: Schema.optional(Schema.NullOr(Schema.String)),
  materializedAppIds: Schema.Array(Schema.String),
  name: Schema.String,
  reason: Schema.optional(Schema.NullOr(force(AppTemplateUnavailableReason))),
  templateId: Schema.String
}))

export interface AppToolConfig {
  readonly approval_mode?: AppToolApproval | null | undefined
  readonly enabled?: boolean | null | undefined
}
export const AppToolConfig: Schema.Schema<AppToolConfig> = lazy("AppToolConfig", () => Schema.Struct({
  approval_mode: Schema.optional(Schema.NullOr(force(AppToolApproval))),
  enabled: Schema.optional(Schema.NullOr(Schema.Boolean))
}))

/**
 * EXPERIMENTAL - metadata returned by app/read.
 */
export interface AppToolSummary {
  readonly description: string
  readonly disabledReason?: string | null | undefined
  /**
   * @default true
   */
  readonly isEnabled?: boolean | undefined
  /**
   * @default false
   */
  readonly isReadOnly?: boolean | undefined
  readonly name: string
  readonly title?: string | null | undefined
}
export const AppToolSummary: Schema.Schema<AppToolSummary> = lazy("AppToolSummary", () => Schema.Struct({
  description: Schema.String,
  disabledReason: Schema.optional(Schema.NullOr(Schema.String)),
  isEnabled: Schema.optional(Schema.Boolean),
  isReadOnly: Schema.optional(Schema.Boolean),
  name: Schema.String,
  title: Schema.optional(Schema.NullOr(Schema.String))
}))

export type NetworkDomainPermission = "allow" | "deny"
export const NetworkDomainPermission: Schema.Schema<NetworkDomainPermission> = lazy("NetworkDomainPermission", () => Schema.Literal("allow", "deny"))

export interface ApplicationNetworkRequirements {
  readonly domains: { readonly [key: string]: NetworkDomainPermission }
  /**
   * When enabled, only explicitly allowed exact domains may be contacted.
   */
  readonly enabled: boolean
}
export const ApplicationNetworkRequirements: Schema.Schema<ApplicationNetworkRequirements> = lazy("ApplicationNetworkRequirements", () => Schema.Struct({
  domains: Schema.Record({ key: Schema.String, value: force(NetworkDomainPermission) }),
  enabled: Schema.Boolean
}))

/**
 * Managed storage settings for new Desktop workspaces, not filesystem access restrictions.
 */
export interface ApplicationStorageRequirements {
  readonly defaultProjectParent?: LegacyAppPathString | null | undefined
  readonly projectlessWorkspaceRoot?: LegacyAppPathString | null | undefined
}
export const ApplicationStorageRequirements: Schema.Schema<ApplicationStorageRequirements> = lazy("ApplicationStorageRequirements", () => Schema.Struct({
  defaultProjectParent: Schema.optional(Schema.NullOr(force(LegacyAppPathString))),
  projectlessWorkspaceRoot: Schema.optional(Schema.NullOr(force(LegacyAppPathString)))
}))

export interface ApplicationRequirements {
  readonly network?: ApplicationNetworkRequirements | null | undefined
  readonly storage?: ApplicationStorageRequirements | null | undefined
}
export const ApplicationRequirements: Schema.Schema<ApplicationRequirements> = lazy("ApplicationRequirements", () => Schema.Struct({
  network: Schema.optional(Schema.NullOr(force(ApplicationNetworkRequirements))),
  storage: Schema.optional(Schema.NullOr(force(ApplicationStorageRequirements)))
}))

export type ThreadId = string
export const ThreadId: Schema.Schema<ThreadId> = lazy("ThreadId", () => Schema.String)

export interface AddFileChange {
  readonly content: string
  readonly type: "add"
}
export const AddFileChange: Schema.Schema<AddFileChange> = lazy("AddFileChange", () => Schema.Struct({
  content: Schema.String,
  type: Schema.Literal("add")
}))

export interface DeleteFileChange {
  readonly content: string
  readonly type: "delete"
}
export const DeleteFileChange: Schema.Schema<DeleteFileChange> = lazy("DeleteFileChange", () => Schema.Struct({
  content: Schema.String,
  type: Schema.Literal("delete")
}))

export interface UpdateFileChange {
  readonly move_path?: string | null | undefined
  readonly type: "update"
  readonly unified_diff: string
}
export const UpdateFileChange: Schema.Schema<UpdateFileChange> = lazy("UpdateFileChange", () => Schema.Struct({
  move_path: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("update"),
  unified_diff: Schema.String
}))

export type FileChange = (AddFileChange | DeleteFileChange | UpdateFileChange)
export const FileChange: Schema.Schema<FileChange> = lazy("FileChange", () => Schema.Union(
  force(AddFileChange),
  force(DeleteFileChange),
  force(UpdateFileChange)
))

export interface ApplyPatchApprovalParams {
  /**
   * Use to correlate this with [codex_protocol::protocol::PatchApplyBeginEvent] and [codex_protocol::protocol::PatchApplyEndEvent].
   */
  readonly callId: string
  readonly conversationId: ThreadId
  readonly fileChanges: { readonly [key: string]: FileChange }
  /**
   * When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today).
   */
  readonly grantRoot?: string | null | undefined
  /**
   * Optional explanatory reason (e.g. request for extra write access).
   */
  readonly reason?: string | null | undefined
}
export const ApplyPatchApprovalParams: Schema.Schema<ApplyPatchApprovalParams> = lazy("ApplyPatchApprovalParams", () => Schema.Struct({
  callId: Schema.String,
  conversationId: force(ThreadId),
  fileChanges: Schema.Record({ key: Schema.String, value: force(FileChange) }),
  grantRoot: Schema.optional(Schema.NullOr(Schema.String)),
  reason: Schema.optional(Schema.NullOr(Schema.String))
}))

export type NetworkPolicyRuleAction = "allow" | "deny"
export const NetworkPolicyRuleAction: Schema.Schema<NetworkPolicyRuleAction> = lazy("NetworkPolicyRuleAction", () => Schema.Literal("allow", "deny"))

export interface NetworkPolicyAmendment {
  readonly action: NetworkPolicyRuleAction
  readonly host: string
}
export const NetworkPolicyAmendment: Schema.Schema<NetworkPolicyAmendment> = lazy("NetworkPolicyAmendment", () => Schema.Struct({
  action: force(NetworkPolicyRuleAction),
  host: Schema.String
}))

/**
 * User has approved this command and wants to apply the proposed execpolicy amendment so future matching commands are permitted.
 */
export interface ApprovedExecpolicyAmendmentReviewDecision {
  readonly approved_execpolicy_amendment: {
      readonly proposed_execpolicy_amendment: ReadonlyArray<string>
    }
}
export const ApprovedExecpolicyAmendmentReviewDecision: Schema.Schema<ApprovedExecpolicyAmendmentReviewDecision> = lazy("ApprovedExecpolicyAmendmentReviewDecision", () => Schema.Struct({
  approved_execpolicy_amendment: Schema.Struct({
      proposed_execpolicy_amendment: Schema.Array(Schema.String)
    })
}))

/**
 * User chose to persist a network policy rule (allow/deny) for future requests to the same host.
 */
export interface NetworkPolicyAmendmentReviewDecision {
  readonly network_policy_amendment: {
      readonly network_policy_amendment: NetworkPolicyAmendment
    }
}
export const NetworkPolicyAmendmentReviewDecision: Schema.Schema<NetworkPolicyAmendmentReviewDecision> = lazy("NetworkPolicyAmendmentReviewDecision", () => Schema.Struct({
  network_policy_amendment: Schema.Struct({
      network_policy_amendment: force(NetworkPolicyAmendment)
    })
}))

/**
 * User has denied this command and the agent should not execute it, but it should continue the session and try something else.
 */
export interface DeniedReviewDecision {
  readonly denied: {
      readonly rejection: string
    }
}
export const DeniedReviewDecision: Schema.Schema<DeniedReviewDecision> = lazy("DeniedReviewDecision", () => Schema.Struct({
  denied: Schema.Struct({
      rejection: Schema.String
    })
}))

/**
 * User's decision in response to an ExecApprovalRequest.
 */
export type ReviewDecision = ("approved" | ApprovedExecpolicyAmendmentReviewDecision | "approved_for_session" | "approved_mcp_policy_amendment" | NetworkPolicyAmendmentReviewDecision | DeniedReviewDecision | "timed_out" | "abort")
export const ReviewDecision: Schema.Schema<ReviewDecision> = lazy("ReviewDecision", () => Schema.Union(
  Schema.Literal("approved"),
  force(ApprovedExecpolicyAmendmentReviewDecision),
  Schema.Literal("approved_for_session"),
  Schema.Literal("approved_mcp_policy_amendment"),
  force(NetworkPolicyAmendmentReviewDecision),
  force(DeniedReviewDecision),
  Schema.Literal("timed_out"),
  Schema.Literal("abort")
))

export interface ApplyPatchApprovalResponse {
  readonly decision: ReviewDecision
}
export const ApplyPatchApprovalResponse: Schema.Schema<ApplyPatchApprovalResponse> = lazy("ApplyPatchApprovalResponse", () => Schema.Struct({
  decision: force(ReviewDecision)
}))

export interface AppsDefaultConfig {
  readonly approvals_reviewer?: ApprovalsReviewer | null | undefined
  readonly default_tools_approval_mode?: AppToolApproval | null | undefined
  /**
   * @default true
   */
  readonly destructive_enabled?: boolean | undefined
  /**
   * @default true
   */
  readonly enabled?: boolean | undefined
  /**
   * @default true
   */
  readonly open_world_enabled?: boolean | undefined
}
export const AppsDefaultConfig: Schema.Schema<AppsDefaultConfig> = lazy("AppsDefaultConfig", () => Schema.Struct({
  approvals_reviewer: Schema.optional(Schema.NullOr(force(ApprovalsReviewer))),
  default_tools_approval_mode: Schema.optional(Schema.NullOr(force(AppToolApproval))),
  destructive_enabled: Schema.optional(Schema.Boolean),
  enabled: Schema.optional(Schema.Boolean),
  open_world_enabled: Schema.optional(Schema.Boolean)
}))

export interface AppsConfig {
  /**
   * @default null
   */
  readonly _default?: AppsDefaultConfig | null | undefined
}
export const AppsConfig: Schema.Schema<AppsConfig> = lazy("AppsConfig", () => Schema.Struct({
  _default: Schema.optional(Schema.NullOr(force(AppsDefaultConfig)))
}))

/**
 * Read the committed installed connector runtime snapshot.
 */
export interface AppsInstalledParams {
  /**
   * When true and Apps are permitted, refresh and publish the hosted connector runtime tool snapshot first.
   */
  readonly forceRefresh?: boolean | undefined
  /**
   * Optional loaded thread id used to evaluate effective app configuration.
   */
  readonly threadId?: string | null | undefined
}
export const AppsInstalledParams: Schema.Schema<AppsInstalledParams> = lazy("AppsInstalledParams", () => Schema.Struct({
  forceRefresh: Schema.optional(Schema.Boolean),
  threadId: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * Installed connector runtime state.
 */
export interface InstalledApp {
  /**
   * Whether the connector is enabled and has a non-synthetic, model-visible tool allowed by effective MCP and app/tool policy in the committed runtime snapshot.
   */
  readonly callable: boolean
  /**
   * Effective enabled state after applying global, workspace, local, and managed configuration at read time.
   */
  readonly enabled: boolean
  readonly id: string
  /**
   * Best-effort name carried by the runtime tool catalog. Canonical app metadata remains owned by `app/read`.
   */
  readonly runtimeName?: string | null | undefined
}
export const InstalledApp: Schema.Schema<InstalledApp> = lazy("InstalledApp", () => Schema.Struct({
  callable: Schema.Boolean,
  enabled: Schema.Boolean,
  id: Schema.String,
  runtimeName: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * The installed connectors in one committed runtime snapshot.
 */
export interface AppsInstalledResponse {
  readonly apps: ReadonlyArray<InstalledApp>
}
export const AppsInstalledResponse: Schema.Schema<AppsInstalledResponse> = lazy("AppsInstalledResponse", () => Schema.Struct({
  apps: Schema.Array(force(InstalledApp))
}))

/**
 * EXPERIMENTAL - list available apps/connectors.
 */
export interface AppsListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null | undefined
  /**
   * When true, bypass app caches and fetch the latest data from sources.
   */
  readonly forceRefetch?: boolean | undefined
  /**
   * Optional page size; defaults to a reasonable server-side value.
   * @format uint32
   */
  readonly limit?: number | null | undefined
  /**
   * Optional thread id used to evaluate app feature gating from that thread's config.
   */
  readonly threadId?: string | null | undefined
}
export const AppsListParams: Schema.Schema<AppsListParams> = lazy("AppsListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  forceRefetch: Schema.optional(Schema.Boolean),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  threadId: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * EXPERIMENTAL - app list response.
 */
export interface AppsListResponse {
  readonly data: ReadonlyArray<AppInfo>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  readonly nextCursor?: string | null | undefined
}
export const AppsListResponse: Schema.Schema<AppsListResponse> = lazy("AppsListResponse", () => Schema.Struct({
  data: Schema.Array(force(AppInfo)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * EXPERIMENTAL - read metadata for specific apps/connectors.
 */
export interface AppsReadParams {
  /**
   * App ids to read. The server accepts at most 100 ids and deduplicates repeated ids while preserving their first-request order.
   */
  readonly appIds: ReadonlyArray<string>
  /**
   * When true, include display-only public tool summaries in the returned metadata.
   */
  readonly includeTools?: boolean | undefined
  /**
   * Optional loaded thread id used to evaluate effective app configuration.
   */
  readonly threadId?: string | null | undefined
}
export const AppsReadParams: Schema.Schema<AppsReadParams> = lazy("AppsReadParams", () => Schema.Struct({
  appIds: Schema.Array(Schema.String),
  includeTools: Schema.optional(Schema.Boolean),
  threadId: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * EXPERIMENTAL - metadata returned by app/read.
 */
export interface ConnectorMetadata {
  readonly description?: string | null | undefined
  readonly distributionChannel?: string | null | undefined
  readonly iconUrl?: string | null | undefined
  readonly iconUrlDark?: string | null | undefined
  readonly id: string
  readonly installUrl?: string | null | undefined
  readonly name: string
  /**
   * @default []
   */
  readonly pluginDisplayNames?: ReadonlyArray<string> | undefined
  readonly toolSummaries?: ReadonlyArray<AppToolSummary> | null | undefined
}
export const ConnectorMetadata: Schema.Schema<ConnectorMetadata> = lazy("ConnectorMetadata", () => Schema.Struct({
  description: Schema.optional(Schema.NullOr(Schema.String)),
  distributionChannel: Schema.optional(Schema.NullOr(Schema.String)),
  iconUrl: Schema.optional(Schema.NullOr(Schema.String)),
  iconUrlDark: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.String,
  installUrl: Schema.optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  pluginDisplayNames: Schema.optional(Schema.Array(Schema.String)),
  toolSummaries: Schema.optional(Schema.NullOr(Schema.Array(force(AppToolSummary))))
}))

/**
 * EXPERIMENTAL - app/read response.
 */
export interface AppsReadResponse {
  readonly apps: ReadonlyArray<ConnectorMetadata>
  readonly missingAppIds: ReadonlyArray<string>
}
export const AppsReadResponse: Schema.Schema<AppsReadResponse> = lazy("AppsReadResponse", () => Schema.Struct({
  apps: Schema.Array(force(ConnectorMetadata)),
  missingAppIds: Schema.Array(Schema.String)
}))

export interface GranularAskForApproval {
  readonly granular: {
      readonly mcp_elicitations: boolean
      /**
       * @default false
       */
      readonly request_permissions?: boolean | undefined
      readonly rules: boolean
      readonly sandbox_approval: boolean
      /**
       * @default false
       */
      readonly skill_approval?: boolean | undefined
    }
}
export const GranularAskForApproval: Schema.Schema<GranularAskForApproval> = lazy("GranularAskForApproval", () => Schema.Struct({
  granular: Schema.Struct({
      mcp_elicitations: Schema.Boolean,
      request_permissions: Schema.optional(Schema.Boolean),
      rules: Schema.Boolean,
      sandbox_approval: Schema.Boolean,
      skill_approval: Schema.optional(Schema.Boolean)
    })
}))

export type AskForApproval = ("untrusted" | "on-request" | "never" | GranularAskForApproval)
export const AskForApproval: Schema.Schema<AskForApproval> = lazy("AskForApproval", () => Schema.Union(
  Schema.Literal("untrusted", "on-request", "never"),
  force(GranularAskForApproval)
))

export interface AsyncUserInputQuestion {
  readonly options?: ReadonlyArray<string> | null | undefined
  readonly title: string
}
export const AsyncUserInputQuestion: Schema.Schema<AsyncUserInputQuestion> = lazy("AsyncUserInputQuestion", () => Schema.Struct({
  options: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  title: Schema.String
}))

export type AttestationGenerateParams = { readonly [key: string]: unknown }
export const AttestationGenerateParams: Schema.Schema<AttestationGenerateParams> = lazy("AttestationGenerateParams", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface AttestationGenerateResponse {
  /**
   * Opaque client attestation token.
   */
  readonly token: string
}
export const AttestationGenerateResponse: Schema.Schema<AttestationGenerateResponse> = lazy("AttestationGenerateResponse", () => Schema.Struct({
  token: Schema.String
}))

export interface AuthRecoveryNotification {
  readonly message: string
  readonly provider: string
  readonly threadId: string
  readonly turnId: string
}
export const AuthRecoveryNotification: Schema.Schema<AuthRecoveryNotification> = lazy("AuthRecoveryNotification", () => Schema.Struct({
  message: Schema.String,
  provider: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))

/**
 * Selects which part of the active context is charged against `model_auto_compact_token_limit`.
 */
export type AutoCompactTokenLimitScope = "total" | "body_after_prefix"
export const AutoCompactTokenLimitScope: Schema.Schema<AutoCompactTokenLimitScope> = lazy("AutoCompactTokenLimitScope", () => Schema.Literal("total", "body_after_prefix"))

/**
 * [UNSTABLE] Source that produced a terminal approval auto-review decision.
 */
export type AutoReviewDecisionSource = "agent"
export const AutoReviewDecisionSource: Schema.Schema<AutoReviewDecisionSource> = lazy("AutoReviewDecisionSource", () => Schema.Literal("agent"))

export interface AutoReviewRequirements {
  readonly ignoreRules?: ReadonlyArray<string> | null | undefined
  readonly requiredOnModels?: ReadonlyArray<string> | null | undefined
}
export const AutoReviewRequirements: Schema.Schema<AutoReviewRequirements> = lazy("AutoReviewRequirements", () => Schema.Struct({
  ignoreRules: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  requiredOnModels: Schema.optional(Schema.NullOr(Schema.Array(Schema.String)))
}))

export type AwsCredentialType = "accessKeys" | "bedrockApiKey"
export const AwsCredentialType: Schema.Schema<AwsCredentialType> = lazy("AwsCredentialType", () => Schema.Literal("accessKeys", "bedrockApiKey"))

export interface BedrockAwsProfile {
  readonly name: string
  readonly region?: string | null | undefined
}
export const BedrockAwsProfile: Schema.Schema<BedrockAwsProfile> = lazy("BedrockAwsProfile", () => Schema.Struct({
  name: Schema.String,
  region: Schema.optional(Schema.NullOr(Schema.String))
}))

export type BedrockCheckGovCloudRequirementsParams = { readonly [key: string]: unknown }
export const BedrockCheckGovCloudRequirementsParams: Schema.Schema<BedrockCheckGovCloudRequirementsParams> = lazy("BedrockCheckGovCloudRequirementsParams", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Advisory check of the current Bedrock configuration after login or setup.
 */
export interface BedrockCheckGovCloudRequirementsResponse {
  /**
   * Whether the active Bedrock authentication resolves to a GovCloud region.
   */
  readonly isGovCloud: boolean
  /**
   * Whether GovCloud is selected and the managed requirements miss the baseline. A false value is not a general certification of the network configuration.
   */
  readonly shouldWarn: boolean
}
export const BedrockCheckGovCloudRequirementsResponse: Schema.Schema<BedrockCheckGovCloudRequirementsResponse> = lazy("BedrockCheckGovCloudRequirementsResponse", () => Schema.Struct({
  isGovCloud: Schema.Boolean,
  shouldWarn: Schema.Boolean
}))

export type BedrockDiscoverParams = { readonly [key: string]: unknown }
export const BedrockDiscoverParams: Schema.Schema<BedrockDiscoverParams> = lazy("BedrockDiscoverParams", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface BedrockEnvironmentCredential {
  readonly region?: string | null | undefined
  readonly type: AwsCredentialType
}
export const BedrockEnvironmentCredential: Schema.Schema<BedrockEnvironmentCredential> = lazy("BedrockEnvironmentCredential", () => Schema.Struct({
  region: Schema.optional(Schema.NullOr(Schema.String)),
  type: force(AwsCredentialType)
}))

export interface BedrockDiscoverResponse {
  readonly environmentCredentials: ReadonlyArray<BedrockEnvironmentCredential>
  readonly profiles: ReadonlyArray<BedrockAwsProfile>
}
export const BedrockDiscoverResponse: Schema.Schema<BedrockDiscoverResponse> = lazy("BedrockDiscoverResponse", () => Schema.Struct({
  environmentCredentials: Schema.Array(force(BedrockEnvironmentCredential)),
  profiles: Schema.Array(force(BedrockAwsProfile))
}))

export type BedrockProviderId = "amazon-bedrock" | "amazon-bedrock-runtime"
export const BedrockProviderId: Schema.Schema<BedrockProviderId> = lazy("BedrockProviderId", () => Schema.Literal("amazon-bedrock", "amazon-bedrock-runtime"))

export interface Profilev2BedrockSetupParams {
  readonly profile: string
  readonly region: string
  readonly type: "profile"
}
export const Profilev2BedrockSetupParams: Schema.Schema<Profilev2BedrockSetupParams> = lazy("Profilev2BedrockSetupParams", () => Schema.Struct({
  profile: Schema.String,
  region: Schema.String,
  type: Schema.Literal("profile")
}))

export interface Environmentv2BedrockSetupParams {
  readonly region: string
  readonly type: "environment"
}
export const Environmentv2BedrockSetupParams: Schema.Schema<Environmentv2BedrockSetupParams> = lazy("Environmentv2BedrockSetupParams", () => Schema.Struct({
  region: Schema.String,
  type: Schema.Literal("environment")
}))

export type BedrockSetupParams = (Profilev2BedrockSetupParams | Environmentv2BedrockSetupParams)
export const BedrockSetupParams: Schema.Schema<BedrockSetupParams> = lazy("BedrockSetupParams", () => Schema.Union(
  force(Profilev2BedrockSetupParams),
  force(Environmentv2BedrockSetupParams)
))

export type BedrockSetupResponse = { readonly [key: string]: unknown }
export const BedrockSetupResponse: Schema.Schema<BedrockSetupResponse> = lazy("BedrockSetupResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type BrowserUseAccessApprovalLifetime = "turn" | "thread"
export const BrowserUseAccessApprovalLifetime: Schema.Schema<BrowserUseAccessApprovalLifetime> = lazy("BrowserUseAccessApprovalLifetime", () => Schema.Literal("turn", "thread"))

export interface BrowserUseOriginPolicyConfig {
  readonly access?: AllowDenyRequirement | null | undefined
  readonly downloads?: AllowDenyRequirement | null | undefined
  readonly full_cdp_access?: AllowDenyRequirement | null | undefined
  readonly uploads?: AllowDenyRequirement | null | undefined
}
export const BrowserUseOriginPolicyConfig: Schema.Schema<BrowserUseOriginPolicyConfig> = lazy("BrowserUseOriginPolicyConfig", () => Schema.Struct({
  access: Schema.optional(Schema.NullOr(force(AllowDenyRequirement))),
  downloads: Schema.optional(Schema.NullOr(force(AllowDenyRequirement))),
  full_cdp_access: Schema.optional(Schema.NullOr(force(AllowDenyRequirement))),
  uploads: Schema.optional(Schema.NullOr(force(AllowDenyRequirement)))
}))

export interface BrowserUseConfig {
  readonly allow_history_access?: boolean | null | undefined
  readonly default_origin_policy?: BrowserUseOriginPolicyConfig | null | undefined
  readonly origins?: { readonly [key: string]: BrowserUseOriginPolicyConfig } | null | undefined
}
export const BrowserUseConfig: Schema.Schema<BrowserUseConfig> = lazy("BrowserUseConfig", () => Schema.Struct({
  allow_history_access: Schema.optional(Schema.NullOr(Schema.Boolean)),
  default_origin_policy: Schema.optional(Schema.NullOr(force(BrowserUseOriginPolicyConfig))),
  origins: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: force(BrowserUseOriginPolicyConfig) })))
}))

export interface RequestHeader {
  readonly name: string
  readonly value: string
}
export const RequestHeader: Schema.Schema<RequestHeader> = lazy("RequestHeader", () => Schema.Struct({
  name: Schema.String,
  value: Schema.String
}))

export interface BrowserUseExtensionRequirements {
  readonly requestHeaders?: ReadonlyArray<RequestHeader> | null | undefined
}
export const BrowserUseExtensionRequirements: Schema.Schema<BrowserUseExtensionRequirements> = lazy("BrowserUseExtensionRequirements", () => Schema.Struct({
  requestHeaders: Schema.optional(Schema.NullOr(Schema.Array(force(RequestHeader))))
}))

export interface BrowserUseOriginPolicy {
  readonly access?: AllowDenyRequirement | null | undefined
  readonly accessApprovalLifetime?: BrowserUseAccessApprovalLifetime | null | undefined
  readonly autoReview?: AllowDenyRequirement | null | undefined
  readonly downloads?: AllowDenyRequirement | null | undefined
  readonly fullCdpAccess?: AllowDenyRequirement | null | undefined
  readonly persistentApproval?: boolean | null | undefined
  readonly uploads?: AllowDenyRequirement | null | undefined
}
export const BrowserUseOriginPolicy: Schema.Schema<BrowserUseOriginPolicy> = lazy("BrowserUseOriginPolicy", () => Schema.Struct({
  access: Schema.optional(Schema.NullOr(force(AllowDenyRequirement))),
  accessApprovalLifetime: Schema.optional(Schema.NullOr(force(BrowserUseAccessApprovalLifetime))),
  autoReview: Schema.optional(Schema.NullOr(force(AllowDenyRequirement))),
  downloads: Schema.optional(Schema.NullOr(force(AllowDenyRequirement))),
  fullCdpAccess: Schema.optional(Schema.NullOr(force(AllowDenyRequirement))),
  persistentApproval: Schema.optional(Schema.NullOr(Schema.Boolean)),
  uploads: Schema.optional(Schema.NullOr(force(AllowDenyRequirement)))
}))

export interface BrowserUseRequirements {
  readonly allowGlobalPersistentApproval?: boolean | null | undefined
  readonly allowHistoryAccess?: boolean | null | undefined
  readonly allowWebmcp?: boolean | null | undefined
  readonly defaultOriginPolicy?: BrowserUseOriginPolicy | null | undefined
  readonly disableAutoReview?: boolean | null | undefined
  readonly extension?: BrowserUseExtensionRequirements | null | undefined
  readonly origins?: { readonly [key: string]: BrowserUseOriginPolicy } | null | undefined
}
export const BrowserUseRequirements: Schema.Schema<BrowserUseRequirements> = lazy("BrowserUseRequirements", () => Schema.Struct({
  allowGlobalPersistentApproval: Schema.optional(Schema.NullOr(Schema.Boolean)),
  allowHistoryAccess: Schema.optional(Schema.NullOr(Schema.Boolean)),
  allowWebmcp: Schema.optional(Schema.NullOr(Schema.Boolean)),
  defaultOriginPolicy: Schema.optional(Schema.NullOr(force(BrowserUseOriginPolicy))),
  disableAutoReview: Schema.optional(Schema.NullOr(Schema.Boolean)),
  extension: Schema.optional(Schema.NullOr(force(BrowserUseExtensionRequirements))),
  origins: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: force(BrowserUseOriginPolicy) })))
}))

export interface ByteRange {
  /**
   * @format uint
   */
  readonly end: number
  /**
   * @format uint
   */
  readonly start: number
}
export const ByteRange: Schema.Schema<ByteRange> = lazy("ByteRange", () => Schema.Struct({
  end: Schema.Number,
  start: Schema.Number
}))

export interface CancelLoginAccountParams {
  readonly loginId: string
}
export const CancelLoginAccountParams: Schema.Schema<CancelLoginAccountParams> = lazy("CancelLoginAccountParams", () => Schema.Struct({
  loginId: Schema.String
}))

export type CancelLoginAccountStatus = "canceled" | "notFound"
export const CancelLoginAccountStatus: Schema.Schema<CancelLoginAccountStatus> = lazy("CancelLoginAccountStatus", () => Schema.Literal("canceled", "notFound"))

export interface CancelLoginAccountResponse {
  readonly status: CancelLoginAccountStatus
}
export const CancelLoginAccountResponse: Schema.Schema<CancelLoginAccountResponse> = lazy("CancelLoginAccountResponse", () => Schema.Struct({
  status: force(CancelLoginAccountStatus)
}))

/**
 * A path owned by an execution environment.
 */
export interface EnvironmentCapabilityRootLocation {
  readonly environmentId: string
  /**
   * Absolute path for the root in the selected environment.
   */
  readonly path: string
  readonly type: "environment"
}
export const EnvironmentCapabilityRootLocation: Schema.Schema<EnvironmentCapabilityRootLocation> = lazy("EnvironmentCapabilityRootLocation", () => Schema.Struct({
  environmentId: Schema.String,
  path: Schema.String,
  type: Schema.Literal("environment")
}))

/**
 * Location used to resolve a selected capability root.
 */
export type CapabilityRootLocation = EnvironmentCapabilityRootLocation
export const CapabilityRootLocation: Schema.Schema<CapabilityRootLocation> = lazy("CapabilityRootLocation", () => force(EnvironmentCapabilityRootLocation))

export type ChatgptAuthTokensRefreshReason = "unauthorized"
export const ChatgptAuthTokensRefreshReason: Schema.Schema<ChatgptAuthTokensRefreshReason> = lazy("ChatgptAuthTokensRefreshReason", () => Schema.Literal("unauthorized"))

export interface ChatgptAuthTokensRefreshParams {
  /**
   * Workspace/account identifier that Codex was previously using.
   *
   * Clients that manage multiple accounts/workspaces can use this as a hint to refresh the token for the correct workspace.
   *
   * This may be `null` when the prior auth state did not include a workspace identifier (`chatgpt_account_id`).
   */
  readonly previousAccountId?: string | null | undefined
  readonly reason: ChatgptAuthTokensRefreshReason
}
export const ChatgptAuthTokensRefreshParams: Schema.Schema<ChatgptAuthTokensRefreshParams> = lazy("ChatgptAuthTokensRefreshParams", () => Schema.Struct({
  previousAccountId: Schema.optional(Schema.NullOr(Schema.String)),
  reason: force(ChatgptAuthTokensRefreshReason)
}))

export interface ChatgptAuthTokensRefreshResponse {
  readonly accessToken: string
  readonly chatgptAccountId: string
  readonly chatgptPlanType?: string | null | undefined
}
export const ChatgptAuthTokensRefreshResponse: Schema.Schema<ChatgptAuthTokensRefreshResponse> = lazy("ChatgptAuthTokensRefreshResponse", () => Schema.Struct({
  accessToken: Schema.String,
  chatgptAccountId: Schema.String,
  chatgptPlanType: Schema.optional(Schema.NullOr(Schema.String))
}))

export type CliAuthCredentialsStoreMode = "file" | "keyring" | "auto" | "ephemeral"
export const CliAuthCredentialsStoreMode: Schema.Schema<CliAuthCredentialsStoreMode> = lazy("CliAuthCredentialsStoreMode", () => Schema.Literal("file", "keyring", "auto", "ephemeral"))

export interface ClientInfo {
  readonly name: string
  readonly title?: string | null | undefined
  readonly version: string
}
export const ClientInfo: Schema.Schema<ClientInfo> = lazy("ClientInfo", () => Schema.Struct({
  name: Schema.String,
  title: Schema.optional(Schema.NullOr(Schema.String)),
  version: Schema.String
}))

export interface InitializedNotification {
  readonly method: "initialized"
}
export const InitializedNotification: Schema.Schema<InitializedNotification> = lazy("InitializedNotification", () => Schema.Struct({
  method: Schema.Literal("initialized")
}))

export type ClientNotification = InitializedNotification
export const ClientNotification: Schema.Schema<ClientNotification> = lazy("ClientNotification", () => force(InitializedNotification))

export type RequestId = (string | number)
export const RequestId: Schema.Schema<RequestId> = lazy("RequestId", () => Schema.Union(
  Schema.String,
  Schema.Number
))

/**
 * Client-declared capabilities negotiated during initialize.
 */
export interface InitializeCapabilities {
  /**
   * Opt into receiving experimental API methods and fields.
   * @default false
   */
  readonly experimentalApi?: boolean | undefined
  /**
   * Use explicit gateway OAuth login instead of automatic browser authorization. Applies to this app-server's gateway runtime; later connections cannot undo it.
   */
  readonly explicitGatewayOauth?: boolean | undefined
  /**
   * MCP extension settings declared by the app-server client.
   */
  readonly extensions?: { readonly [key: string]: unknown } | null | undefined
  /**
   * Legacy opt-in for the `openai/form` MCP extension.
   *
   * New clients should declare `openai/form` in [`Self::extensions`].
   */
  readonly mcpServerOpenaiFormElicitation?: boolean | undefined
  /**
   * Exact notification method names that should be suppressed for this connection (for example `thread/started`).
   */
  readonly optOutNotificationMethods?: ReadonlyArray<string> | null | undefined
  /**
   * Opt into `attestation/generate` requests for upstream `x-oai-attestation`.
   * @default false
   */
  readonly requestAttestation?: boolean | undefined
  /**
   * Present `humanCommand` approvals to a person and return only a one-time decision. Requires `experimentalApi`. Pending requests can be replayed to compatible clients.
   */
  readonly requiredHumanApproval?: boolean | undefined
}
export const InitializeCapabilities: Schema.Schema<InitializeCapabilities> = lazy("InitializeCapabilities", () => Schema.Struct({
  experimentalApi: Schema.optional(Schema.Boolean),
  explicitGatewayOauth: Schema.optional(Schema.Boolean),
  extensions: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  mcpServerOpenaiFormElicitation: Schema.optional(Schema.Boolean),
  optOutNotificationMethods: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  requestAttestation: Schema.optional(Schema.Boolean),
  requiredHumanApproval: Schema.optional(Schema.Boolean)
}))

export interface InitializeParams {
  readonly capabilities?: InitializeCapabilities | null | undefined
  readonly clientInfo: ClientInfo
}
export const InitializeParams: Schema.Schema<InitializeParams> = lazy("InitializeParams", () => Schema.Struct({
  capabilities: Schema.optional(Schema.NullOr(force(InitializeCapabilities))),
  clientInfo: force(ClientInfo)
}))

export type ServerDiagnosticsParams = { readonly [key: string]: unknown }
export const ServerDiagnosticsParams: Schema.Schema<ServerDiagnosticsParams> = lazy("ServerDiagnosticsParams", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type UserVerificationStatusParams = { readonly [key: string]: unknown }
export const UserVerificationStatusParams: Schema.Schema<UserVerificationStatusParams> = lazy("UserVerificationStatusParams", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type UserVerificationEnrollParams = { readonly [key: string]: unknown }
export const UserVerificationEnrollParams: Schema.Schema<UserVerificationEnrollParams> = lazy("UserVerificationEnrollParams", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type UserVerificationDeleteParams = { readonly [key: string]: unknown }
export const UserVerificationDeleteParams: Schema.Schema<UserVerificationDeleteParams> = lazy("UserVerificationDeleteParams", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Local signing primitive, independent of any pending elicitation.
 */
export interface UserVerificationVerifyParams {
  /**
   * Unpadded base64url encoding of 1–4096 challenge bytes.
   */
  readonly challenge: string
  /**
   * Additional display context; at most 4096 UTF-8 bytes.
   */
  readonly description: string
  /**
   * Display context already approved by the UI; 1–256 UTF-8 bytes.
   */
  readonly title: string
}
export const UserVerificationVerifyParams: Schema.Schema<UserVerificationVerifyParams> = lazy("UserVerificationVerifyParams", () => Schema.Struct({
  challenge: Schema.String,
  description: Schema.String,
  title: Schema.String
}))

/**
 * Cancels a native verification RPC issued on this connection, not an elicitation. Use a fresh request ID for each operation and a distinct ID for this cancellation RPC.
 */
export interface UserVerificationCancelParams {
  readonly requestId: RequestId
}
export const UserVerificationCancelParams: Schema.Schema<UserVerificationCancelParams> = lazy("UserVerificationCancelParams", () => Schema.Struct({
  requestId: force(RequestId)
}))

export interface FunctionDynamicToolNamespaceTool {
  readonly deferLoading?: boolean | undefined
  readonly description: string
  readonly inputSchema: unknown
  readonly name: string
  readonly type: "function"
}
export const FunctionDynamicToolNamespaceTool: Schema.Schema<FunctionDynamicToolNamespaceTool> = lazy("FunctionDynamicToolNamespaceTool", () => Schema.Struct({
  deferLoading: Schema.optional(Schema.Boolean),
  description: Schema.String,
  inputSchema: Schema.Unknown,
  name: Schema.String,
  type: Schema.Literal("function")
}))

export type DynamicToolNamespaceTool = FunctionDynamicToolNamespaceTool
export const DynamicToolNamespaceTool: Schema.Schema<DynamicToolNamespaceTool> = lazy("DynamicToolNamespaceTool", () => force(FunctionDynamicToolNamespaceTool))

export interface FunctionDynamicToolSpec {
  readonly deferLoading?: boolean | undefined
  readonly description: string
  readonly inputSchema: unknown
  readonly name: string
  readonly type: "function"
}
export const FunctionDynamicToolSpec: Schema.Schema<FunctionDynamicToolSpec> = lazy("FunctionDynamicToolSpec", () => Schema.Struct({
  deferLoading: Schema.optional(Schema.Boolean),
  description: Schema.String,
  inputSchema: Schema.Unknown,
  name: Schema.String,
  type: Schema.Literal("function")
}))

export interface NamespaceDynamicToolSpec {
  readonly description: string
  readonly name: string
  readonly tools: ReadonlyArray<DynamicToolNamespaceTool>
  readonly type: "namespace"
}
export const NamespaceDynamicToolSpec: Schema.Schema<NamespaceDynamicToolSpec> = lazy("NamespaceDynamicToolSpec", () => Schema.Struct({
  description: Schema.String,
  name: Schema.String,
  tools: Schema.Array(force(DynamicToolNamespaceTool)),
  type: Schema.Literal("namespace")
}))

export type DynamicToolSpec = (FunctionDynamicToolSpec | NamespaceDynamicToolSpec)
export const DynamicToolSpec: Schema.Schema<DynamicToolSpec> = lazy("DynamicToolSpec", () => Schema.Union(
  force(FunctionDynamicToolSpec),
  force(NamespaceDynamicToolSpec)
))

export interface TurnEnvironmentParams {
  readonly cwd: LegacyAppPathString
  readonly environmentId: string
  /**
   * Environment-native runtime workspace roots. Omitted defaults to `cwd`.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<LegacyAppPathString> | null | undefined
}
export const TurnEnvironmentParams: Schema.Schema<TurnEnvironmentParams> = lazy("TurnEnvironmentParams", () => Schema.Struct({
  cwd: force(LegacyAppPathString),
  environmentId: Schema.String,
  runtimeWorkspaceRoots: Schema.optional(Schema.NullOr(Schema.Array(force(LegacyAppPathString))))
}))

export type ThreadHistoryMode = "legacy" | "paginated"
export const ThreadHistoryMode: Schema.Schema<ThreadHistoryMode> = lazy("ThreadHistoryMode", () => Schema.Literal("legacy", "paginated"))

export interface CustomMultiAgentMode {
  readonly custom: string
}
export const CustomMultiAgentMode: Schema.Schema<CustomMultiAgentMode> = lazy("CustomMultiAgentMode", () => Schema.Struct({
  custom: Schema.String
}))

/**
 * Controls the effective multi-agent delegation instructions for a turn. `custom` means the configured mode hint defines the policy instead of a built-in policy.
 */
export type MultiAgentMode = ("explicitRequestOnly" | "proactive" | CustomMultiAgentMode)
export const MultiAgentMode: Schema.Schema<MultiAgentMode> = lazy("MultiAgentMode", () => Schema.Union(
  Schema.Literal("explicitRequestOnly", "proactive"),
  force(CustomMultiAgentMode)
))

/**
 * Deprecated: `friendly` and `pragmatic` no longer select a style.
 */
export type Personality = "none" | "friendly" | "pragmatic"
export const Personality: Schema.Schema<Personality> = lazy("Personality", () => Schema.Literal("none", "friendly", "pragmatic"))

export type SandboxMode = "read-only" | "workspace-write" | "danger-full-access"
export const SandboxMode: Schema.Schema<SandboxMode> = lazy("SandboxMode", () => Schema.Literal("read-only", "workspace-write", "danger-full-access"))

/**
 * A user-selected root that can expose one or more runtime capabilities.
 */
export interface SelectedCapabilityRoot {
  /**
   * Stable identifier supplied by the capability selection platform.
   */
  readonly id: string
  /**
   * Where the selected root can be resolved.
   */
  readonly location: CapabilityRootLocation
}
export const SelectedCapabilityRoot: Schema.Schema<SelectedCapabilityRoot> = lazy("SelectedCapabilityRoot", () => Schema.Struct({
  id: Schema.String,
  location: force(CapabilityRootLocation)
}))

export type ThreadStartSource = "startup" | "clear"
export const ThreadStartSource: Schema.Schema<ThreadStartSource> = lazy("ThreadStartSource", () => Schema.Literal("startup", "clear"))

export type ThreadSource = string
export const ThreadSource: Schema.Schema<ThreadSource> = lazy("ThreadSource", () => Schema.String)

export interface ThreadStartParams {
  /**
   * Allow a provider with an authoritative static model catalog to replace an unavailable requested model with its default.
   */
  readonly allowProviderModelFallback?: boolean | undefined
  readonly approvalPolicy?: AskForApproval | null | undefined
  /**
   * Override where approval requests are routed for review on this thread and subsequent turns.
   */
  readonly approvalsReviewer?: ApprovalsReviewer | null | undefined
  readonly baseInstructions?: string | null | undefined
  readonly config?: { readonly [key: string]: unknown } | null | undefined
  readonly cwd?: string | null | undefined
  /**
   * Initial Daybreak choice for this persistent thread. Omitted or null leaves it unset. This does not select a turn's `cyberAccessProgram` or grant access. Not supported for ephemeral threads.
   */
  readonly daybreakEnabled?: boolean | null | undefined
  readonly developerInstructions?: string | null | undefined
  /**
   * @default null
   */
  readonly dynamicTools?: ReadonlyArray<DynamicToolSpec> | null | undefined
  /**
   * Optional sticky environments for this thread.
   *
   * Omitted selects the default environment when environment access is enabled. Empty disables environment access for turns that do not provide a turn override. Non-empty selects the first environment as the current turn environment.
   */
  readonly environments?: ReadonlyArray<TurnEnvironmentParams> | null | undefined
  readonly ephemeral?: boolean | null | undefined
  /**
   * If true, opt into emitting raw Responses API items on the event stream. This is for internal use only (e.g. Codex Cloud).
   */
  readonly experimentalRawEvents?: boolean | undefined
  /**
   * Persisted thread history contract to use for this new thread.
   */
  readonly historyMode?: ThreadHistoryMode | null | undefined
  /**
   * Test-only experimental field used to validate experimental gating and schema filtering behavior in a stable way.
   */
  readonly mockExperimentalField?: string | null | undefined
  readonly model?: string | null | undefined
  readonly modelProvider?: string | null | undefined
  /**
   * @deprecated Ignored. Use Ultra reasoning effort for proactive multi-agent behavior.
   */
  readonly multiAgentMode?: MultiAgentMode | null | undefined
  /**
   * Named profile id for this thread. Cannot be combined with `sandbox`.
   */
  readonly permissions?: string | null | undefined
  /**
   * @deprecated `friendly` and `pragmatic` no longer select a style.
   */
  readonly personality?: Personality | null | undefined
  /**
   * Optional project identity for this new thread. Durable threads persist the assignment; ephemeral threads expose it only in live responses.
   */
  readonly projectId?: string | null | undefined
  /**
   * Replace the thread's runtime workspace roots. Paths must be absolute.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf> | null | undefined
  readonly sandbox?: SandboxMode | null | undefined
  /**
   * Capability roots selected for this thread by the hosting platform.
   */
  readonly selectedCapabilityRoots?: ReadonlyArray<SelectedCapabilityRoot> | null | undefined
  readonly serviceName?: string | null | undefined
  readonly serviceTier?: string | null | undefined
  readonly sessionStartSource?: ThreadStartSource | null | undefined
  /**
   * Optional client-supplied analytics source classification for this thread.
   */
  readonly threadSource?: ThreadSource | null | undefined
}
export const ThreadStartParams: Schema.Schema<ThreadStartParams> = lazy("ThreadStartParams", () => Schema.Struct({
  allowProviderModelFallback: Schema.optional(Schema.Boolean),
  approvalPolicy: Schema.optional(Schema.NullOr(force(AskForApproval))),
  approvalsReviewer: Schema.optional(Schema.NullOr(force(ApprovalsReviewer))),
  baseInstructions: Schema.optional(Schema.NullOr(Schema.String)),
  config: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  cwd: Schema.optional(Schema.NullOr(Schema.String)),
  daybreakEnabled: Schema.optional(Schema.NullOr(Schema.Boolean)),
  developerInstructions: Schema.optional(Schema.NullOr(Schema.String)),
  dynamicTools: Schema.optional(Schema.NullOr(Schema.Array(force(DynamicToolSpec)))),
  environments: Schema.optional(Schema.NullOr(Schema.Array(force(TurnEnvironmentParams)))),
  ephemeral: Schema.optional(Schema.NullOr(Schema.Boolean)),
  experimentalRawEvents: Schema.optional(Schema.Boolean),
  historyMode: Schema.optional(Schema.NullOr(force(ThreadHistoryMode))),
  mockExperimentalField: Schema.optional(Schema.NullOr(Schema.String)),
  model: Schema.optional(Schema.NullOr(Schema.String)),
  modelProvider: Schema.optional(Schema.NullOr(Schema.String)),
  multiAgentMode: Schema.optional(Schema.NullOr(force(MultiAgentMode))),
  permissions: Schema.optional(Schema.NullOr(Schema.String)),
  personality: Schema.optional(Schema.NullOr(force(Personality))),
  projectId: Schema.optional(Schema.NullOr(Schema.String)),
  runtimeWorkspaceRoots: Schema.optional(Schema.NullOr(Schema.Array(force(AbsolutePathBuf)))),
  sandbox: Schema.optional(Schema.NullOr(force(SandboxMode))),
  selectedCapabilityRoots: Schema.optional(Schema.NullOr(Schema.Array(force(SelectedCapabilityRoot)))),
  serviceName: Schema.optional(Schema.NullOr(Schema.String)),
  serviceTier: Schema.optional(Schema.NullOr(Schema.String)),
  sessionStartSource: Schema.optional(Schema.NullOr(force(ThreadStartSource))),
  threadSource: Schema.optional(Schema.NullOr(force(ThreadSource)))
}))

export type ImageDetail = "auto" | "low" | "high" | "original"
export const ImageDetail: Schema.Schema<ImageDetail> = lazy("ImageDetail", () => Schema.Literal("auto", "low", "high", "original"))

export interface InputTextContentItem {
  readonly text: string
  readonly type: "input_text"
}
export const InputTextContentItem: Schema.Schema<InputTextContentItem> = lazy("InputTextContentItem", () => Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("input_text")
}))

export interface ImageUrlContentItem {
  readonly detail?: ImageDetail | null | undefined
  readonly image_url: string
  readonly type: "input_image"
}
export const ImageUrlContentItem: Schema.Schema<ImageUrlContentItem> = lazy("ImageUrlContentItem", () => Schema.Struct({
  detail: Schema.optional(Schema.NullOr(force(ImageDetail))),
  image_url: Schema.String,
  type: Schema.Literal("input_image")
}))

export interface FileIdContentItem {
  readonly detail?: ImageDetail | null | undefined
  readonly file_id: string
  readonly type: "input_image"
}
export const FileIdContentItem: Schema.Schema<FileIdContentItem> = lazy("FileIdContentItem", () => Schema.Struct({
  detail: Schema.optional(Schema.NullOr(force(ImageDetail))),
  file_id: Schema.String,
  type: Schema.Literal("input_image")
}))

export type InputImageContentItem = (ImageUrlContentItem | FileIdContentItem)
export const InputImageContentItem: Schema.Schema<InputImageContentItem> = lazy("InputImageContentItem", () => Schema.Union(
  force(ImageUrlContentItem),
  force(FileIdContentItem)
))

export interface AudioUrlContentItem {
  readonly audio_url: string
  readonly type: "input_audio"
}
export const AudioUrlContentItem: Schema.Schema<AudioUrlContentItem> = lazy("AudioUrlContentItem", () => Schema.Struct({
  audio_url: Schema.String,
  type: Schema.Literal("input_audio")
}))

/**
 * Inline audio data or an uploaded file loaded by the Responses API.
 */
export type InputAudioContentItem = (AudioUrlContentItem | {
  readonly file_id: string
  readonly type: "input_audio"
})
export const InputAudioContentItem: Schema.Schema<InputAudioContentItem> = lazy("InputAudioContentItem", () => Schema.Union(
  force(AudioUrlContentItem),
  Schema.Struct({
  file_id: Schema.String,
  type: Schema.Literal("input_audio")
})
))

export interface OutputTextContentItem {
  readonly annotations?: ReadonlyArray<unknown> | null | undefined
  readonly logprobs?: ReadonlyArray<unknown> | null | undefined
  readonly text: string
  readonly type: "output_text"
}
export const OutputTextContentItem: Schema.Schema<OutputTextContentItem> = lazy("OutputTextContentItem", () => Schema.Struct({
  annotations: Schema.optional(Schema.NullOr(Schema.Array(Schema.Unknown))),
  logprobs: Schema.optional(Schema.NullOr(Schema.Array(Schema.Unknown))),
  text: Schema.String,
  type: Schema.Literal("output_text")
}))

export type ContentItem = (InputTextContentItem | InputImageContentItem | InputAudioContentItem | OutputTextContentItem)
export const ContentItem: Schema.Schema<ContentItem> = lazy("ContentItem", () => Schema.Union(
  force(InputTextContentItem),
  force(InputImageContentItem),
  force(InputAudioContentItem),
  force(OutputTextContentItem)
))

/**
 * Internal Responses API passthrough metadata copied into underlying chat messages.
 *
 * Responses API strongly types this payload. Do not modify it without first getting API approval and making the corresponding Responses API change.
 */
export interface InternalChatMessageMetadataPassthrough {
  readonly turn_id?: string | null | undefined
}
export const InternalChatMessageMetadataPassthrough: Schema.Schema<InternalChatMessageMetadataPassthrough> = lazy("InternalChatMessageMetadataPassthrough", () => Schema.Struct({
  turn_id: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * Classifies assistant text as commentary, a partial answer, or a terminal answer.
 *
 * Providers do not emit this consistently, so callers must treat `None` as "phase unknown" and keep compatibility behavior for legacy models.
 */
export type MessagePhase = "commentary" | "partial_answer" | "final_answer"
export const MessagePhase: Schema.Schema<MessagePhase> = lazy("MessagePhase", () => Schema.Literal("commentary", "partial_answer", "final_answer"))

export interface ReasoningTextReasoningItemContent {
  readonly text: string
  readonly type: "reasoning_text"
}
export const ReasoningTextReasoningItemContent: Schema.Schema<ReasoningTextReasoningItemContent> = lazy("ReasoningTextReasoningItemContent", () => Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("reasoning_text")
}))

export interface TextReasoningItemContent {
  readonly text: string
  readonly type: "text"
}
export const TextReasoningItemContent: Schema.Schema<TextReasoningItemContent> = lazy("TextReasoningItemContent", () => Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("text")
}))

export type ReasoningItemContent = (ReasoningTextReasoningItemContent | TextReasoningItemContent)
export const ReasoningItemContent: Schema.Schema<ReasoningItemContent> = lazy("ReasoningItemContent", () => Schema.Union(
  force(ReasoningTextReasoningItemContent),
  force(TextReasoningItemContent)
))

export interface SummaryTextReasoningItemReasoningSummary {
  readonly text: string
  readonly type: "summary_text"
}
export const SummaryTextReasoningItemReasoningSummary: Schema.Schema<SummaryTextReasoningItemReasoningSummary> = lazy("SummaryTextReasoningItemReasoningSummary", () => Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("summary_text")
}))

export type ReasoningItemReasoningSummary = SummaryTextReasoningItemReasoningSummary
export const ReasoningItemReasoningSummary: Schema.Schema<ReasoningItemReasoningSummary> = lazy("ReasoningItemReasoningSummary", () => force(SummaryTextReasoningItemReasoningSummary))

export interface ExecLocalShellAction {
  readonly command: ReadonlyArray<string>
  readonly env?: { readonly [key: string]: string } | null | undefined
  /**
   * @format uint64
   */
  readonly timeout_ms?: number | null | undefined
  readonly type: "exec"
  readonly user?: string | null | undefined
  readonly working_directory?: string | null | undefined
}
export const ExecLocalShellAction: Schema.Schema<ExecLocalShellAction> = lazy("ExecLocalShellAction", () => Schema.Struct({
  command: Schema.Array(Schema.String),
  env: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  timeout_ms: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("exec"),
  user: Schema.optional(Schema.NullOr(Schema.String)),
  working_directory: Schema.optional(Schema.NullOr(Schema.String))
}))

export type LocalShellAction = ExecLocalShellAction
export const LocalShellAction: Schema.Schema<LocalShellAction> = lazy("LocalShellAction", () => force(ExecLocalShellAction))

export type LocalShellStatus = "completed" | "in_progress" | "incomplete"
export const LocalShellStatus: Schema.Schema<LocalShellStatus> = lazy("LocalShellStatus", () => Schema.Literal("completed", "in_progress", "incomplete"))

export interface InputTextFunctionCallOutputContentItem {
  readonly text: string
  readonly type: "input_text"
}
export const InputTextFunctionCallOutputContentItem: Schema.Schema<InputTextFunctionCallOutputContentItem> = lazy("InputTextFunctionCallOutputContentItem", () => Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("input_text")
}))

export interface ImageUrlFunctionCallOutputContentItem {
  readonly detail?: ImageDetail | null | undefined
  readonly image_url: string
  readonly type: "input_image"
}
export const ImageUrlFunctionCallOutputContentItem: Schema.Schema<ImageUrlFunctionCallOutputContentItem> = lazy("ImageUrlFunctionCallOutputContentItem", () => Schema.Struct({
  detail: Schema.optional(Schema.NullOr(force(ImageDetail))),
  image_url: Schema.String,
  type: Schema.Literal("input_image")
}))

export interface FileIdFunctionCallOutputContentItem {
  readonly detail?: ImageDetail | null | undefined
  readonly file_id: string
  readonly type: "input_image"
}
export const FileIdFunctionCallOutputContentItem: Schema.Schema<FileIdFunctionCallOutputContentItem> = lazy("FileIdFunctionCallOutputContentItem", () => Schema.Struct({
  detail: Schema.optional(Schema.NullOr(force(ImageDetail))),
  file_id: Schema.String,
  type: Schema.Literal("input_image")
}))

export type InputImageFunctionCallOutputContentItem = (ImageUrlFunctionCallOutputContentItem | FileIdFunctionCallOutputContentItem)
export const InputImageFunctionCallOutputContentItem: Schema.Schema<InputImageFunctionCallOutputContentItem> = lazy("InputImageFunctionCallOutputContentItem", () => Schema.Union(
  force(ImageUrlFunctionCallOutputContentItem),
  force(FileIdFunctionCallOutputContentItem)
))

export interface AudioUrlFunctionCallOutputContentItem {
  readonly audio_url: string
  readonly type: "input_audio"
}
export const AudioUrlFunctionCallOutputContentItem: Schema.Schema<AudioUrlFunctionCallOutputContentItem> = lazy("AudioUrlFunctionCallOutputContentItem", () => Schema.Struct({
  audio_url: Schema.String,
  type: Schema.Literal("input_audio")
}))

/**
 * Inline audio data or an uploaded file loaded by the Responses API.
 */
export type InputAudioFunctionCallOutputContentItem = (AudioUrlFunctionCallOutputContentItem | {
  readonly file_id: string
  readonly type: "input_audio"
})
export const InputAudioFunctionCallOutputContentItem: Schema.Schema<InputAudioFunctionCallOutputContentItem> = lazy("InputAudioFunctionCallOutputContentItem", () => Schema.Union(
  force(AudioUrlFunctionCallOutputContentItem),
  Schema.Struct({
  file_id: Schema.String,
  type: Schema.Literal("input_audio")
})
))

export interface EncryptedContentFunctionCallOutputContentItem {
  readonly encrypted_content: string
  readonly type: "encrypted_content"
}
export const EncryptedContentFunctionCallOutputContentItem: Schema.Schema<EncryptedContentFunctionCallOutputContentItem> = lazy("EncryptedContentFunctionCallOutputContentItem", () => Schema.Struct({
  encrypted_content: Schema.String,
  type: Schema.Literal("encrypted_content")
}))

/**
 * Responses API compatible content items that can be returned by a tool call. This is a subset of ContentItem with the types we support as function call outputs.
 */
export type FunctionCallOutputContentItem = (InputTextFunctionCallOutputContentItem | InputImageFunctionCallOutputContentItem | InputAudioFunctionCallOutputContentItem | EncryptedContentFunctionCallOutputContentItem)
export const FunctionCallOutputContentItem: Schema.Schema<FunctionCallOutputContentItem> = lazy("FunctionCallOutputContentItem", () => Schema.Union(
  force(InputTextFunctionCallOutputContentItem),
  force(InputImageFunctionCallOutputContentItem),
  force(InputAudioFunctionCallOutputContentItem),
  force(EncryptedContentFunctionCallOutputContentItem)
))

export type FunctionCallOutputBody = (string | ReadonlyArray<FunctionCallOutputContentItem>)
export const FunctionCallOutputBody: Schema.Schema<FunctionCallOutputBody> = lazy("FunctionCallOutputBody", () => Schema.Union(
  Schema.String,
  Schema.Array(force(FunctionCallOutputContentItem))
))

export interface SearchResponsesApiWebSearchAction {
  readonly queries?: ReadonlyArray<string> | null | undefined
  readonly query?: string | null | undefined
  readonly type: "search"
}
export const SearchResponsesApiWebSearchAction: Schema.Schema<SearchResponsesApiWebSearchAction> = lazy("SearchResponsesApiWebSearchAction", () => Schema.Struct({
  queries: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  query: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("search")
}))

export interface OpenPageResponsesApiWebSearchAction {
  readonly type: "open_page"
  readonly url?: string | null | undefined
}
export const OpenPageResponsesApiWebSearchAction: Schema.Schema<OpenPageResponsesApiWebSearchAction> = lazy("OpenPageResponsesApiWebSearchAction", () => Schema.Struct({
  type: Schema.Literal("open_page"),
  url: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface FindInPageResponsesApiWebSearchAction {
  readonly pattern?: string | null | undefined
  readonly type: "find_in_page"
  readonly url?: string | null | undefined
}
export const FindInPageResponsesApiWebSearchAction: Schema.Schema<FindInPageResponsesApiWebSearchAction> = lazy("FindInPageResponsesApiWebSearchAction", () => Schema.Struct({
  pattern: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("find_in_page"),
  url: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface OtherResponsesApiWebSearchAction {
  readonly type: "other"
}
export const OtherResponsesApiWebSearchAction: Schema.Schema<OtherResponsesApiWebSearchAction> = lazy("OtherResponsesApiWebSearchAction", () => Schema.Struct({
  type: Schema.Literal("other")
}))

export type ResponsesApiWebSearchAction = (SearchResponsesApiWebSearchAction | OpenPageResponsesApiWebSearchAction | FindInPageResponsesApiWebSearchAction | OtherResponsesApiWebSearchAction)
export const ResponsesApiWebSearchAction: Schema.Schema<ResponsesApiWebSearchAction> = lazy("ResponsesApiWebSearchAction", () => Schema.Union(
  force(SearchResponsesApiWebSearchAction),
  force(OpenPageResponsesApiWebSearchAction),
  force(FindInPageResponsesApiWebSearchAction),
  force(OtherResponsesApiWebSearchAction)
))

/**
 * A non-empty reasoning effort value advertised by the model.
 */
export type ReasoningEffort = string
export const ReasoningEffort: Schema.Schema<ReasoningEffort> = lazy("ReasoningEffort", () => Schema.String)

/**
 * Reasoning settings interpreted by the backend for the routed model.
 */
export interface ConfigurationReasoning {
  readonly effort: ReasoningEffort
}
export const ConfigurationReasoning: Schema.Schema<ConfigurationReasoning> = lazy("ConfigurationReasoning", () => Schema.Struct({
  effort: force(ReasoningEffort)
}))

export interface AdditionalToolsResponseItem {
  readonly id?: string | null | undefined
  readonly role: string
  readonly tools: ReadonlyArray<unknown>
  readonly type: "additional_tools"
}
export const AdditionalToolsResponseItem: Schema.Schema<AdditionalToolsResponseItem> = lazy("AdditionalToolsResponseItem", () => Schema.Struct({
  id: Schema.optional(Schema.NullOr(Schema.String)),
  role: Schema.String,
  tools: Schema.Array(Schema.Unknown),
  type: Schema.Literal("additional_tools")
}))

export interface MessageResponseItem {
  readonly content: ReadonlyArray<ContentItem>
  readonly encrypted_content?: string | null | undefined
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly phase?: MessagePhase | null | undefined
  readonly role: string
  readonly status?: string | null | undefined
  readonly type: "message"
}
export const MessageResponseItem: Schema.Schema<MessageResponseItem> = lazy("MessageResponseItem", () => Schema.Struct({
  content: Schema.Array(force(ContentItem)),
  encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  phase: Schema.optional(Schema.NullOr(force(MessagePhase))),
  role: Schema.String,
  status: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("message")
}))

export interface AgentMessageResponseItem {
  readonly author: string
  readonly content: ReadonlyArray<AgentMessageInputContent>
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly recipient: string
  readonly type: "agent_message"
}
export const AgentMessageResponseItem: Schema.Schema<AgentMessageResponseItem> = lazy("AgentMessageResponseItem", () => Schema.Struct({
  author: Schema.String,
  content: Schema.Array(force(AgentMessageInputContent)),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  recipient: Schema.String,
  type: Schema.Literal("agent_message")
}))

export interface ReasoningResponseItem {
  /**
   * @default null
   */
  readonly content?: ReadonlyArray<ReasoningItemContent> | null | undefined
  readonly encrypted_content?: string | null | undefined
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly summary: ReadonlyArray<ReasoningItemReasoningSummary>
  readonly type: "reasoning"
}
export const ReasoningResponseItem: Schema.Schema<ReasoningResponseItem> = lazy("ReasoningResponseItem", () => Schema.Struct({
  content: Schema.optional(Schema.NullOr(Schema.Array(force(ReasoningItemContent)))),
  encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  summary: Schema.Array(force(ReasoningItemReasoningSummary)),
  type: Schema.Literal("reasoning")
}))

export interface LocalShellCallResponseItem {
  readonly action: LocalShellAction
  /**
   * Set when using the Responses API.
   */
  readonly call_id?: string | null | undefined
  readonly encrypted_content?: string | null | undefined
  /**
   * Legacy id field retained for compatibility with older payloads.
   */
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly status: LocalShellStatus
  readonly type: "local_shell_call"
}
export const LocalShellCallResponseItem: Schema.Schema<LocalShellCallResponseItem> = lazy("LocalShellCallResponseItem", () => Schema.Struct({
  action: force(LocalShellAction),
  call_id: Schema.optional(Schema.NullOr(Schema.String)),
  encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  status: force(LocalShellStatus),
  type: Schema.Literal("local_shell_call")
}))

export interface FunctionCallResponseItem {
  readonly arguments: string
  readonly call_id: string
  readonly encrypted_content?: string | null | undefined
  readonly encrypted_function_args?: ReadonlyArray<string> | null | undefined
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly name: string
  readonly namespace?: string | null | undefined
  readonly status?: string | null | undefined
  readonly type: "function_call"
}
export const FunctionCallResponseItem: Schema.Schema<FunctionCallResponseItem> = lazy("FunctionCallResponseItem", () => Schema.Struct({
  arguments: Schema.String,
  call_id: Schema.String,
  encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
  encrypted_function_args: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  name: Schema.String,
  namespace: Schema.optional(Schema.NullOr(Schema.String)),
  status: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("function_call")
}))

export interface ToolSearchCallResponseItem {
  readonly arguments: unknown
  readonly call_id?: string | null | undefined
  readonly encrypted_content?: string | null | undefined
  readonly execution: string
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly status?: string | null | undefined
  readonly type: "tool_search_call"
}
export const ToolSearchCallResponseItem: Schema.Schema<ToolSearchCallResponseItem> = lazy("ToolSearchCallResponseItem", () => Schema.Struct({
  arguments: Schema.Unknown,
  call_id: Schema.optional(Schema.NullOr(Schema.String)),
  encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
  execution: Schema.String,
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  status: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("tool_search_call")
}))

export interface FunctionCallOutputResponseItem {
  readonly call_id?: string | null | undefined
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly name?: string | null | undefined
  readonly namespace?: string | null | undefined
  readonly output: FunctionCallOutputBody
  readonly type: "function_call_output"
}
export const FunctionCallOutputResponseItem: Schema.Schema<FunctionCallOutputResponseItem> = lazy("FunctionCallOutputResponseItem", () => Schema.Struct({
  call_id: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  name: Schema.optional(Schema.NullOr(Schema.String)),
  namespace: Schema.optional(Schema.NullOr(Schema.String)),
  output: force(FunctionCallOutputBody),
  type: Schema.Literal("function_call_output")
}))

export interface CustomToolCallResponseItem {
  readonly call_id: string
  readonly encrypted_content?: string | null | undefined
  readonly id?: string | null | undefined
  readonly input: string
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly name: string
  readonly namespace?: string | null | undefined
  readonly status?: string | null | undefined
  readonly type: "custom_tool_call"
}
export const CustomToolCallResponseItem: Schema.Schema<CustomToolCallResponseItem> = lazy("CustomToolCallResponseItem", () => Schema.Struct({
  call_id: Schema.String,
  encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  input: Schema.String,
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  name: Schema.String,
  namespace: Schema.optional(Schema.NullOr(Schema.String)),
  status: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("custom_tool_call")
}))

export interface CustomToolCallOutputResponseItem {
  readonly call_id: string
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly name?: string | null | undefined
  readonly output: FunctionCallOutputBody
  readonly type: "custom_tool_call_output"
}
export const CustomToolCallOutputResponseItem: Schema.Schema<CustomToolCallOutputResponseItem> = lazy("CustomToolCallOutputResponseItem", () => Schema.Struct({
  call_id: Schema.String,
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  name: Schema.optional(Schema.NullOr(Schema.String)),
  output: force(FunctionCallOutputBody),
  type: Schema.Literal("custom_tool_call_output")
}))

export interface ToolSearchOutputResponseItem {
  readonly call_id?: string | null | undefined
  readonly execution: string
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly status: string
  readonly tools: ReadonlyArray<unknown>
  readonly type: "tool_search_output"
}
export const ToolSearchOutputResponseItem: Schema.Schema<ToolSearchOutputResponseItem> = lazy("ToolSearchOutputResponseItem", () => Schema.Struct({
  call_id: Schema.optional(Schema.NullOr(Schema.String)),
  execution: Schema.String,
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  status: Schema.String,
  tools: Schema.Array(Schema.Unknown),
  type: Schema.Literal("tool_search_output")
}))

export interface WebSearchCallResponseItem {
  readonly action?: ResponsesApiWebSearchAction | null | undefined
  readonly encrypted_content?: string | null | undefined
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly status?: string | null | undefined
  readonly type: "web_search_call"
}
export const WebSearchCallResponseItem: Schema.Schema<WebSearchCallResponseItem> = lazy("WebSearchCallResponseItem", () => Schema.Struct({
  action: Schema.optional(Schema.NullOr(force(ResponsesApiWebSearchAction))),
  encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  status: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("web_search_call")
}))

export interface ImageGenerationCallResponseItem {
  readonly encrypted_content?: string | null | undefined
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly result: string
  readonly revised_prompt?: string | null | undefined
  readonly status: string
  readonly type: "image_generation_call"
}
export const ImageGenerationCallResponseItem: Schema.Schema<ImageGenerationCallResponseItem> = lazy("ImageGenerationCallResponseItem", () => Schema.Struct({
  encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  result: Schema.String,
  revised_prompt: Schema.optional(Schema.NullOr(Schema.String)),
  status: Schema.String,
  type: Schema.Literal("image_generation_call")
}))

export interface CompactionResponseItem {
  readonly encrypted_content: string
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly type: "compaction"
}
export const CompactionResponseItem: Schema.Schema<CompactionResponseItem> = lazy("CompactionResponseItem", () => Schema.Struct({
  encrypted_content: Schema.String,
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  type: Schema.Literal("compaction")
}))

/**
 * A durable input control interpreted by the backend at its position in history.
 */
export interface ConfigurationUpdateResponseItem {
  readonly reasoning: ConfigurationReasoning
  readonly type: "configuration_update"
}
export const ConfigurationUpdateResponseItem: Schema.Schema<ConfigurationUpdateResponseItem> = lazy("ConfigurationUpdateResponseItem", () => Schema.Struct({
  reasoning: force(ConfigurationReasoning),
  type: Schema.Literal("configuration_update")
}))

export interface CompactionTriggerResponseItem {
  readonly type: "compaction_trigger"
}
export const CompactionTriggerResponseItem: Schema.Schema<CompactionTriggerResponseItem> = lazy("CompactionTriggerResponseItem", () => Schema.Struct({
  type: Schema.Literal("compaction_trigger")
}))

export interface ContextCompactionResponseItem {
  readonly encrypted_content?: string | null | undefined
  readonly id?: string | null | undefined
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null | undefined
  readonly type: "context_compaction"
}
export const ContextCompactionResponseItem: Schema.Schema<ContextCompactionResponseItem> = lazy("ContextCompactionResponseItem", () => Schema.Struct({
  encrypted_content: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: Schema.optional(Schema.NullOr(force(InternalChatMessageMetadataPassthrough))),
  type: Schema.Literal("context_compaction")
}))

export interface OtherResponseItem {
  readonly type: "other"
}
export const OtherResponseItem: Schema.Schema<OtherResponseItem> = lazy("OtherResponseItem", () => Schema.Struct({
  type: Schema.Literal("other")
}))

export type ResponseItem = (AdditionalToolsResponseItem | MessageResponseItem | AgentMessageResponseItem | ReasoningResponseItem | LocalShellCallResponseItem | FunctionCallResponseItem | ToolSearchCallResponseItem | FunctionCallOutputResponseItem | CustomToolCallResponseItem | CustomToolCallOutputResponseItem | ToolSearchOutputResponseItem | WebSearchCallResponseItem | ImageGenerationCallResponseItem | CompactionResponseItem | ConfigurationUpdateResponseItem | CompactionTriggerResponseItem | ContextCompactionResponseItem | OtherResponseItem)
export const ResponseItem: Schema.Schema<ResponseItem> = lazy("ResponseItem", () => Schema.Union(
  force(AdditionalToolsResponseItem),
  force(MessageResponseItem),
  force(AgentMessageResponseItem),
  force(ReasoningResponseItem),
  force(LocalShellCallResponseItem),
  force(FunctionCallResponseItem),
  force(ToolSearchCallResponseItem),
  force(FunctionCallOutputResponseItem),
  force(CustomToolCallResponseItem),
  force(CustomToolCallOutputResponseItem),
  force(ToolSearchOutputResponseItem),
  force(WebSearchCallResponseItem),
  force(ImageGenerationCallResponseItem),
  force(CompactionResponseItem),
  force(ConfigurationUpdateResponseItem),
  force(CompactionTriggerResponseItem),
  force(ContextCompactionResponseItem),
  force(OtherResponseItem)
))

export type TurnItemsView = "notLoaded" | "summary" | "full"
export const TurnItemsView: Schema.Schema<TurnItemsView> = lazy("TurnItemsView", () => Schema.Literal("notLoaded", "summary", "full"))

export type SortDirection = "asc" | "desc"
export const SortDirection: Schema.Schema<SortDirection> = lazy("SortDirection", () => Schema.Literal("asc", "desc"))

export interface ThreadResumeInitialTurnsPageParams {
  /**
   * How much item detail to include for each returned turn; defaults to summary.
   */
  readonly itemsView?: TurnItemsView | null | undefined
  /**
   * Optional turn page size.
   * @format uint32
   */
  readonly limit?: number | null | undefined
  /**
   * Optional turn pagination direction; defaults to descending.
   */
  readonly sortDirection?: SortDirection | null | undefined
}
export const ThreadResumeInitialTurnsPageParams: Schema.Schema<ThreadResumeInitialTurnsPageParams> = lazy("ThreadResumeInitialTurnsPageParams", () => Schema.Struct({
  itemsView: Schema.optional(Schema.NullOr(force(TurnItemsView))),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  sortDirection: Schema.optional(Schema.NullOr(force(SortDirection)))
}))

/**
 * There are three ways to resume a thread: 1. By thread_id: load the thread from disk by thread_id and resume it. 2. By history: instantiate the thread from memory and resume it. 3. By path: load the thread from disk by path and resume it.
 *
 * For non-running threads, the precedence is: history > non-empty path > thread_id. If using history or a non-empty path for a non-running thread, the thread_id param will be ignored.
 *
 * If thread_id identifies a running thread, app-server rejoins that thread and treats a non-empty path as a consistency check against the active rollout path. Empty string path values are treated as absent.
 *
 * Prefer using thread_id whenever possible.
 */
export interface ThreadResumeParams {
  readonly approvalPolicy?: AskForApproval | null | undefined
  /**
   * Override where approval requests are routed for review on this thread and subsequent turns.
   */
  readonly approvalsReviewer?: ApprovalsReviewer | null | undefined
  readonly baseInstructions?: string | null | undefined
  readonly config?: { readonly [key: string]: unknown } | null | undefined
  readonly cwd?: string | null | undefined
  readonly developerInstructions?: string | null | undefined
  /**
   * When true, return only thread metadata and live-resume state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after resuming. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead.
   */
  readonly excludeTurns?: boolean | undefined
  /**
   * [UNSTABLE] FOR CODEX CLOUD - DO NOT USE. If specified, the thread will be resumed with the provided history instead of loaded from disk.
   */
  readonly history?: ReadonlyArray<ResponseItem> | null | undefined
  /**
   * When present, include a `thread/turns/list` page in the resume response so clients can bootstrap recent turns without a second request.
   */
  readonly initialTurnsPage?: ThreadResumeInitialTurnsPageParams | null | undefined
  /**
   * Configuration overrides for the resumed thread, if any.
   */
  readonly model?: string | null | undefined
  readonly modelProvider?: string | null | undefined
  /**
   * [UNSTABLE] Specify the rollout path to resume from. If specified for a non-running thread, the thread_id param will be ignored. If thread_id identifies a running thread, the path must match the active rollout path.
   * @default null
   */
  readonly path?: string | null | undefined
  /**
   * Named profile id for the resumed thread. Cannot be combined with `sandbox`.
   */
  readonly permissions?: string | null | undefined
  /**
   * @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
   */
  readonly personality?: Personality | null | undefined
  /**
   * Replace the thread's runtime workspace roots. Paths must be absolute.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf> | null | undefined
  readonly sandbox?: SandboxMode | null | undefined
  readonly serviceTier?: string | null | undefined
  readonly threadId: string
}
export const ThreadResumeParams: Schema.Schema<ThreadResumeParams> = lazy("ThreadResumeParams", () => Schema.Struct({
  approvalPolicy: Schema.optional(Schema.NullOr(force(AskForApproval))),
  approvalsReviewer: Schema.optional(Schema.NullOr(force(ApprovalsReviewer))),
  baseInstructions: Schema.optional(Schema.NullOr(Schema.String)),
  config: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  cwd: Schema.optional(Schema.NullOr(Schema.String)),
  developerInstructions: Schema.optional(Schema.NullOr(Schema.String)),
  excludeTurns: Schema.optional(Schema.Boolean),
  history: Schema.optional(Schema.NullOr(Schema.Array(force(ResponseItem)))),
  initialTurnsPage: Schema.optional(Schema.NullOr(force(ThreadResumeInitialTurnsPageParams))),
  model: Schema.optional(Schema.NullOr(Schema.String)),
  modelProvider: Schema.optional(Schema.NullOr(Schema.String)),
  path: Schema.optional(Schema.NullOr(Schema.String)),
  permissions: Schema.optional(Schema.NullOr(Schema.String)),
  personality: Schema.optional(Schema.NullOr(force(Personality))),
  runtimeWorkspaceRoots: Schema.optional(Schema.NullOr(Schema.Array(force(AbsolutePathBuf)))),
  sandbox: Schema.optional(Schema.NullOr(force(SandboxMode))),
  serviceTier: Schema.optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String
}))

/**
 * There are two ways to fork a thread: 1. By thread_id: load the thread from disk by thread_id and fork it into a new thread. 2. By path: load the thread from disk by path and fork it into a new thread.
 *
 * If using a non-empty path, the thread_id param will be ignored. Empty string path values are treated as absent.
 *
 * Prefer using thread_id whenever possible.
 */
export interface ThreadForkParams {
  readonly approvalPolicy?: AskForApproval | null | undefined
  /**
   * Override where approval requests are routed for review on this thread and subsequent turns.
   */
  readonly approvalsReviewer?: ApprovalsReviewer | null | undefined
  /**
   * Persist the fork as an attached thread of its resolved source, hidden from ordinary lists. The source cannot be deleted while attached threads exist. Requires a paginated source and local storage; incompatible with ephemeral and deferGoalContinuation. Omitted or false creates an ordinary fork.
   */
  readonly attachToSource?: boolean | undefined
  readonly baseInstructions?: string | null | undefined
  /**
   * Optional turn id to fork before, excluding that turn and all later turns. Cannot be combined with `last_turn_id`.
   */
  readonly beforeTurnId?: string | null | undefined
  readonly config?: { readonly [key: string]: unknown } | null | undefined
  readonly cwd?: string | null | undefined
  /**
   * When true, carry the source thread's current goal into the fork without starting its initial automatic continuation. The next explicit turn owns the goal lifecycle, and normal automatic continuation resumes after it.
   */
  readonly deferGoalContinuation?: boolean | undefined
  readonly developerInstructions?: string | null | undefined
  readonly ephemeral?: boolean | undefined
  /**
   * When true, return only thread metadata and live fork state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after forking. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead.
   */
  readonly excludeTurns?: boolean | undefined
  /**
   * Disable MCP servers in prediction mode when the inherited window uses incremental tools on Responses Lite. Requires `experimentalPredictionMode: true`.
   */
  readonly experimentalDisablePredictionMcp?: boolean | undefined
  /**
   * Start from the loaded parent's effective config, tools, environments, and persisted history to maximize prompt-cache reuse. Requires a loaded, persisted parent and `ephemeral: true`. Enables `features.reasoning_effort_override` on the fork. Only `config.thread_unload_delay_secs` may override the inherited config. Cannot be combined with `path`, `lastTurnId`, or `beforeTurnId`.
   */
  readonly experimentalPredictionMode?: boolean | undefined
  /**
   * Optional last turn id to fork through, inclusive.
   *
   * When specified, turns after `last_turn_id` are omitted from the fork. The referenced turn cannot be in progress.
   */
  readonly lastTurnId?: string | null | undefined
  /**
   * Configuration overrides for the forked thread, if any.
   */
  readonly model?: string | null | undefined
  readonly modelProvider?: string | null | undefined
  /**
   * [UNSTABLE] Specify the rollout path to fork from. If specified, the thread_id param will be ignored.
   * @default null
   */
  readonly path?: string | null | undefined
  /**
   * Named profile id for the forked thread. Cannot be combined with `sandbox`.
   */
  readonly permissions?: string | null | undefined
  /**
   * Replace the thread's runtime workspace roots. Paths must be absolute.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf> | null | undefined
  readonly sandbox?: SandboxMode | null | undefined
  readonly serviceTier?: string | null | undefined
  readonly threadId: string
  /**
   * Optional client-supplied analytics source classification for this forked thread.
   */
  readonly threadSource?: ThreadSource | null | undefined
}
export const ThreadForkParams: Schema.Schema<ThreadForkParams> = lazy("ThreadForkParams", () => Schema.Struct({
  approvalPolicy: Schema.optional(Schema.NullOr(force(AskForApproval))),
  approvalsReviewer: Schema.optional(Schema.NullOr(force(ApprovalsReviewer))),
  attachToSource: Schema.optional(Schema.Boolean),
  baseInstructions: Schema.optional(Schema.NullOr(Schema.String)),
  beforeTurnId: Schema.optional(Schema.NullOr(Schema.String)),
  config: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  cwd: Schema.optional(Schema.NullOr(Schema.String)),
  deferGoalContinuation: Schema.optional(Schema.Boolean),
  developerInstructions: Schema.optional(Schema.NullOr(Schema.String)),
  ephemeral: Schema.optional(Schema.Boolean),
  excludeTurns: Schema.optional(Schema.Boolean),
  experimentalDisablePredictionMcp: Schema.optional(Schema.Boolean),
  experimentalPredictionMode: Schema.optional(Schema.Boolean),
  lastTurnId: Schema.optional(Schema.NullOr(Schema.String)),
  model: Schema.optional(Schema.NullOr(Schema.String)),
  modelProvider: Schema.optional(Schema.NullOr(Schema.String)),
  path: Schema.optional(Schema.NullOr(Schema.String)),
  permissions: Schema.optional(Schema.NullOr(Schema.String)),
  runtimeWorkspaceRoots: Schema.optional(Schema.NullOr(Schema.Array(force(AbsolutePathBuf)))),
  sandbox: Schema.optional(Schema.NullOr(force(SandboxMode))),
  serviceTier: Schema.optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String,
  threadSource: Schema.optional(Schema.NullOr(force(ThreadSource)))
}))

export interface ThreadSampleParams {
  /**
   * Allow sampling the latest turn before it finishes.
   */
  readonly allowInProgressTurn?: boolean | undefined
  /**
   * Disable MCP servers when the inherited window uses incremental tools on Responses Lite.
   */
  readonly disableMcp?: boolean | undefined
  /**
   * Applied only when the provider and model support cache-preserving reasoning-effort updates.
   */
  readonly effort?: ReasoningEffort | null | undefined
  /**
   * The loaded source's latest turn, which must be finished (completed, failed, or interrupted) unless `allowInProgressTurn` is true.
   */
  readonly expectedTurnId: string
  /**
   * Override upstream interruption on cancellation for this sample; otherwise inherit the parent.
   */
  readonly interruptOnCancel?: boolean | null | undefined
  readonly prompt: string
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata.
   */
  readonly responsesapiClientMetadata?: { readonly [key: string]: string } | null | undefined
  readonly threadId: string
  readonly threadSource?: ThreadSource | null | undefined
  readonly turnTrigger?: string | null | undefined
}
export const ThreadSampleParams: Schema.Schema<ThreadSampleParams> = lazy("ThreadSampleParams", () => Schema.Struct({
  allowInProgressTurn: Schema.optional(Schema.Boolean),
  disableMcp: Schema.optional(Schema.Boolean),
  effort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  expectedTurnId: Schema.String,
  interruptOnCancel: Schema.optional(Schema.NullOr(Schema.Boolean)),
  prompt: Schema.String,
  responsesapiClientMetadata: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  threadId: Schema.String,
  threadSource: Schema.optional(Schema.NullOr(force(ThreadSource))),
  turnTrigger: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ThreadSampleCancelParams {
  readonly requestId: RequestId
}
export const ThreadSampleCancelParams: Schema.Schema<ThreadSampleCancelParams> = lazy("ThreadSampleCancelParams", () => Schema.Struct({
  requestId: force(RequestId)
}))

export interface ThreadArchiveParams {
  readonly threadId: string
}
export const ThreadArchiveParams: Schema.Schema<ThreadArchiveParams> = lazy("ThreadArchiveParams", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadDeleteParams {
  readonly threadId: string
}
export const ThreadDeleteParams: Schema.Schema<ThreadDeleteParams> = lazy("ThreadDeleteParams", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadUnsubscribeParams {
  readonly threadId: string
}
export const ThreadUnsubscribeParams: Schema.Schema<ThreadUnsubscribeParams> = lazy("ThreadUnsubscribeParams", () => Schema.Struct({
  threadId: Schema.String
}))

/**
 * Parameters for `thread/increment_elicitation`.
 */
export interface ThreadIncrementElicitationParams {
  /**
   * Thread whose out-of-band elicitation counter should be incremented.
   */
  readonly threadId: string
}
export const ThreadIncrementElicitationParams: Schema.Schema<ThreadIncrementElicitationParams> = lazy("ThreadIncrementElicitationParams", () => Schema.Struct({
  threadId: Schema.String
}))

/**
 * Parameters for `thread/decrement_elicitation`.
 */
export interface ThreadDecrementElicitationParams {
  /**
   * Thread whose out-of-band elicitation counter should be decremented.
   */
  readonly threadId: string
}
export const ThreadDecrementElicitationParams: Schema.Schema<ThreadDecrementElicitationParams> = lazy("ThreadDecrementElicitationParams", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadSetNameParams {
  readonly name: string
  readonly threadId: string
}
export const ThreadSetNameParams: Schema.Schema<ThreadSetNameParams> = lazy("ThreadSetNameParams", () => Schema.Struct({
  name: Schema.String,
  threadId: Schema.String
}))

export interface ThreadPredictionRequestParams {
  readonly sourceTurnId: string
  readonly threadId: string
}
export const ThreadPredictionRequestParams: Schema.Schema<ThreadPredictionRequestParams> = lazy("ThreadPredictionRequestParams", () => Schema.Struct({
  sourceTurnId: Schema.String,
  threadId: Schema.String
}))

/**
 * Distinguishes explicit user actions from automatic goal lifecycle mutations.
 */
export type ThreadGoalMutationOrigin = "user" | "automatic"
export const ThreadGoalMutationOrigin: Schema.Schema<ThreadGoalMutationOrigin> = lazy("ThreadGoalMutationOrigin", () => Schema.Literal("user", "automatic"))

export type ThreadGoalStatus = "active" | "paused" | "blocked" | "usageLimited" | "budgetLimited" | "complete"
export const ThreadGoalStatus: Schema.Schema<ThreadGoalStatus> = lazy("ThreadGoalStatus", () => Schema.Literal("active", "paused", "blocked", "usageLimited", "budgetLimited", "complete"))

export interface ThreadGoalSetParams {
  readonly objective?: string | null | undefined
  /**
   * Missing provenance does not supply user authorization.
   */
  readonly origin?: ThreadGoalMutationOrigin | null | undefined
  readonly status?: ThreadGoalStatus | null | undefined
  readonly threadId: string
  /**
   * @format int64
   */
  readonly tokenBudget?: number | null | undefined
}
export const ThreadGoalSetParams: Schema.Schema<ThreadGoalSetParams> = lazy("ThreadGoalSetParams", () => Schema.Struct({
  objective: Schema.optional(Schema.NullOr(Schema.String)),
  origin: Schema.optional(Schema.NullOr(force(ThreadGoalMutationOrigin))),
  status: Schema.optional(Schema.NullOr(force(ThreadGoalStatus))),
  threadId: Schema.String,
  tokenBudget: Schema.optional(Schema.NullOr(Schema.Number))
}))

export interface ThreadGoalGetParams {
  readonly threadId: string
}
export const ThreadGoalGetParams: Schema.Schema<ThreadGoalGetParams> = lazy("ThreadGoalGetParams", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadGoalClearParams {
  /**
   * Missing provenance does not supply user authorization.
   */
  readonly origin?: ThreadGoalMutationOrigin | null | undefined
  readonly threadId: string
}
export const ThreadGoalClearParams: Schema.Schema<ThreadGoalClearParams> = lazy("ThreadGoalClearParams", () => Schema.Struct({
  origin: Schema.optional(Schema.NullOr(force(ThreadGoalMutationOrigin))),
  threadId: Schema.String
}))

export interface TextElement {
  /**
   * Byte range in the parent `text` buffer that this element occupies.
   */
  readonly byteRange: ByteRange
  /**
   * Optional human-readable placeholder for the element, displayed in the UI.
   */
  readonly placeholder?: string | null | undefined
}
export const TextElement: Schema.Schema<TextElement> = lazy("TextElement", () => Schema.Struct({
  byteRange: force(ByteRange),
  placeholder: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface TextUserInput {
  readonly text: string
  /**
   * UI-defined spans within `text` used to render or persist special elements.
   * @default []
   */
  readonly text_elements?: ReadonlyArray<TextElement> | undefined
  readonly type: "text"
}
export const TextUserInput: Schema.Schema<TextUserInput> = lazy("TextUserInput", () => Schema.Struct({
  text: Schema.String,
  text_elements: Schema.optional(Schema.Array(force(TextElement))),
  type: Schema.Literal("text")
}))

export interface UrlUserInput {
  /**
   * @default null
   */
  readonly detail?: ImageDetail | null | undefined
  readonly type: "image"
  readonly url: string
}
export const UrlUserInput: Schema.Schema<UrlUserInput> = lazy("UrlUserInput", () => Schema.Struct({
  detail: Schema.optional(Schema.NullOr(force(ImageDetail))),
  type: Schema.Literal("image"),
  url: Schema.String
}))

export interface FileIdUserInput {
  /**
   * @default null
   */
  readonly detail?: ImageDetail | null | undefined
  readonly fileId: string
  readonly type: "image"
}
export const FileIdUserInput: Schema.Schema<FileIdUserInput> = lazy("FileIdUserInput", () => Schema.Struct({
  detail: Schema.optional(Schema.NullOr(force(ImageDetail))),
  fileId: Schema.String,
  type: Schema.Literal("image")
}))

export type ImageUserInput = (UrlUserInput | FileIdUserInput)
export const ImageUserInput: Schema.Schema<ImageUserInput> = lazy("ImageUserInput", () => Schema.Union(
  force(UrlUserInput),
  force(FileIdUserInput)
))

export interface LocalImageUserInput {
  /**
   * @default null
   */
  readonly detail?: ImageDetail | null | undefined
  readonly path: string
  readonly type: "localImage"
}
export const LocalImageUserInput: Schema.Schema<LocalImageUserInput> = lazy("LocalImageUserInput", () => Schema.Struct({
  detail: Schema.optional(Schema.NullOr(force(ImageDetail))),
  path: Schema.String,
  type: Schema.Literal("localImage")
}))

export type AudioUserInput = ({
  readonly type: "audio"
  readonly url: string
} | {
  readonly fileId: string
  readonly type: "audio"
})
export const AudioUserInput: Schema.Schema<AudioUserInput> = lazy("AudioUserInput", () => Schema.Union(
  Schema.Struct({
  type: Schema.Literal("audio"),
  url: Schema.String
}),
  Schema.Struct({
  fileId: Schema.String,
  type: Schema.Literal("audio")
})
))

export interface LocalAudioUserInput {
  readonly path: string
  readonly type: "localAudio"
}
export const LocalAudioUserInput: Schema.Schema<LocalAudioUserInput> = lazy("LocalAudioUserInput", () => Schema.Struct({
  path: Schema.String,
  type: Schema.Literal("localAudio")
}))

export interface SkillUserInput {
  readonly name: string
  readonly path: string
  readonly type: "skill"
}
export const SkillUserInput: Schema.Schema<SkillUserInput> = lazy("SkillUserInput", () => Schema.Struct({
  name: Schema.String,
  path: Schema.String,
  type: Schema.Literal("skill")
}))

export interface MentionUserInput {
  readonly name: string
  readonly path: string
  readonly type: "mention"
}
export const MentionUserInput: Schema.Schema<MentionUserInput> = lazy("MentionUserInput", () => Schema.Struct({
  name: Schema.String,
  path: Schema.String,
  type: Schema.Literal("mention")
}))

export type UserInput = (TextUserInput | ImageUserInput | LocalImageUserInput | AudioUserInput | LocalAudioUserInput | SkillUserInput | MentionUserInput)
export const UserInput: Schema.Schema<UserInput> = lazy("UserInput", () => Schema.Union(
  force(TextUserInput),
  force(ImageUserInput),
  force(LocalImageUserInput),
  force(AudioUserInput),
  force(LocalAudioUserInput),
  force(SkillUserInput),
  force(MentionUserInput)
))

export interface ThreadQueueAddParams {
  readonly clientUserMessageId: string
  readonly input: ReadonlyArray<UserInput>
  /**
   * ResponsesAPI metadata captured from the client submitting this input.
   */
  readonly responsesapiClientMetadata?: { readonly [key: string]: string } | null | undefined
  readonly threadId: string
}
export const ThreadQueueAddParams: Schema.Schema<ThreadQueueAddParams> = lazy("ThreadQueueAddParams", () => Schema.Struct({
  clientUserMessageId: Schema.String,
  input: Schema.Array(force(UserInput)),
  responsesapiClientMetadata: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  threadId: Schema.String
}))

export interface ThreadQueueListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null | undefined
  /**
   * Optional page size; defaults to the standard thread-list page size.
   * @format uint32
   */
  readonly limit?: number | null | undefined
  readonly threadId: string
}
export const ThreadQueueListParams: Schema.Schema<ThreadQueueListParams> = lazy("ThreadQueueListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  threadId: Schema.String
}))

export interface ThreadQueueUpdateParams {
  readonly input: ReadonlyArray<UserInput>
  readonly queuedSubmissionId: string
  /**
   * Non-empty metadata replaces the input's metadata; omission or an empty map preserves it.
   */
  readonly responsesapiClientMetadata?: { readonly [key: string]: string } | null | undefined
  readonly threadId: string
}
export const ThreadQueueUpdateParams: Schema.Schema<ThreadQueueUpdateParams> = lazy("ThreadQueueUpdateParams", () => Schema.Struct({
  input: Schema.Array(force(UserInput)),
  queuedSubmissionId: Schema.String,
  responsesapiClientMetadata: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  threadId: Schema.String
}))

export interface ThreadQueueDeleteParams {
  readonly queuedSubmissionId: string
  readonly threadId: string
}
export const ThreadQueueDeleteParams: Schema.Schema<ThreadQueueDeleteParams> = lazy("ThreadQueueDeleteParams", () => Schema.Struct({
  queuedSubmissionId: Schema.String,
  threadId: Schema.String
}))

export interface ThreadQueueReorderParams {
  readonly queuedSubmissionIds: ReadonlyArray<string>
  readonly threadId: string
}
export const ThreadQueueReorderParams: Schema.Schema<ThreadQueueReorderParams> = lazy("ThreadQueueReorderParams", () => Schema.Struct({
  queuedSubmissionIds: Schema.Array(Schema.String),
  threadId: Schema.String
}))

export interface ThreadQueueStartParams {
  readonly queuedSubmissionId?: string | null | undefined
  readonly threadId: string
}
export const ThreadQueueStartParams: Schema.Schema<ThreadQueueStartParams> = lazy("ThreadQueueStartParams", () => Schema.Struct({
  queuedSubmissionId: Schema.optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String
}))

export interface ThreadMetadataGitInfoUpdateParams {
  /**
   * Omit to leave the stored branch unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
   */
  readonly branch?: string | null | undefined
  /**
   * Omit to leave the stored origin URL unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
   */
  readonly originUrl?: string | null | undefined
  /**
   * Omit to leave the stored commit unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
   */
  readonly sha?: string | null | undefined
}
export const ThreadMetadataGitInfoUpdateParams: Schema.Schema<ThreadMetadataGitInfoUpdateParams> = lazy("ThreadMetadataGitInfoUpdateParams", () => Schema.Struct({
  branch: Schema.optional(Schema.NullOr(Schema.String)),
  originUrl: Schema.optional(Schema.NullOr(Schema.String)),
  sha: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ThreadMetadataUpdateParams {
  /**
   * Save the client's Daybreak choice for this persistent thread. Omitted or null leaves it unchanged. This does not select a turn's `cyberAccessProgram` or grant access.
   */
  readonly daybreakEnabled?: boolean | null | undefined
  /**
   * Patch the stored Git metadata for this thread. Omit a field to leave it unchanged, set it to `null` to clear it, or provide a string to replace the stored value.
   */
  readonly gitInfo?: ThreadMetadataGitInfoUpdateParams | null | undefined
  /**
   * Omit to leave the project unchanged, use an empty string to clear it, or provide an existing project ID to assign it.
   */
  readonly projectId?: string | null | undefined
  readonly threadId: string
}
export const ThreadMetadataUpdateParams: Schema.Schema<ThreadMetadataUpdateParams> = lazy("ThreadMetadataUpdateParams", () => Schema.Struct({
  daybreakEnabled: Schema.optional(Schema.NullOr(Schema.Boolean)),
  gitInfo: Schema.optional(Schema.NullOr(force(ThreadMetadataGitInfoUpdateParams))),
  projectId: Schema.optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String
}))

/**
 * Parameters for creating or locating an attachment on its owning thread.
 */
export interface ThreadAttachmentAddParams {
  readonly attachmentType: string
  readonly identityKey: string
  readonly payload: unknown
  readonly threadId: string
}
export const ThreadAttachmentAddParams: Schema.Schema<ThreadAttachmentAddParams> = lazy("ThreadAttachmentAddParams", () => Schema.Struct({
  attachmentType: Schema.String,
  identityKey: Schema.String,
  payload: Schema.Unknown,
  threadId: Schema.String
}))

/**
 * Parameters for listing attachments from one thread.
 */
export interface ThreadAttachmentListParams {
  readonly cursor?: string | null | undefined
  /**
   * @format uint32
   */
  readonly limit?: number | null | undefined
  readonly threadId: string
}
export const ThreadAttachmentListParams: Schema.Schema<ThreadAttachmentListParams> = lazy("ThreadAttachmentListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  threadId: Schema.String
}))

/**
 * Parameters for reverse lookup by attachment identity within this server's store.
 */
export interface ThreadAttachmentOwnerListParams {
  /**
   * Omitted or null returns all matches; false returns non-archived threads only.
   */
  readonly archived?: boolean | null | undefined
  readonly attachmentType: string
  readonly cursor?: string | null | undefined
  readonly identityKey: string
  /**
   * @format uint32
   */
  readonly limit?: number | null | undefined
}
export const ThreadAttachmentOwnerListParams: Schema.Schema<ThreadAttachmentOwnerListParams> = lazy("ThreadAttachmentOwnerListParams", () => Schema.Struct({
  archived: Schema.optional(Schema.NullOr(Schema.Boolean)),
  attachmentType: Schema.String,
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  identityKey: Schema.String,
  limit: Schema.optional(Schema.NullOr(Schema.Number))
}))

/**
 * Parameters for deleting an attachment by its stable thread-local identity.
 */
export interface ThreadAttachmentRemoveParams {
  readonly attachmentType: string
  readonly identityKey: string
  readonly threadId: string
}
export const ThreadAttachmentRemoveParams: Schema.Schema<ThreadAttachmentRemoveParams> = lazy("ThreadAttachmentRemoveParams", () => Schema.Struct({
  attachmentType: Schema.String,
  identityKey: Schema.String,
  threadId: Schema.String
}))

/**
 * Parameters for moving a thread within a server-owned section ordering.
 */
export interface ThreadSectionMoveParams {
  /**
   * Existing thread to insert before; omission or null appends to the section.
   */
  readonly beforeThreadId?: string | null | undefined
  /**
   * Destination section, or `null` to remove the thread from its section.
   */
  readonly sectionId: string | null
  /**
   * Thread to move into, within, or out of a section.
   */
  readonly threadId: string
}
export const ThreadSectionMoveParams: Schema.Schema<ThreadSectionMoveParams> = lazy("ThreadSectionMoveParams", () => Schema.Struct({
  beforeThreadId: Schema.optional(Schema.NullOr(Schema.String)),
  sectionId: Schema.NullOr(Schema.String),
  threadId: Schema.String
}))

/**
 * Initial collaboration mode to use when the TUI starts.
 */
export type ModeKind = "plan" | "default"
export const ModeKind: Schema.Schema<ModeKind> = lazy("ModeKind", () => Schema.Literal("plan", "default"))

/**
 * Settings for a collaboration mode.
 */
export interface Settings {
  readonly developer_instructions?: string | null | undefined
  readonly model: string
  readonly reasoning_effort?: ReasoningEffort | null | undefined
}
export const Settings: Schema.Schema<Settings> = lazy("Settings", () => Schema.Struct({
  developer_instructions: Schema.optional(Schema.NullOr(Schema.String)),
  model: Schema.String,
  reasoning_effort: Schema.optional(Schema.NullOr(force(ReasoningEffort)))
}))

/**
 * Collaboration mode for a Codex session.
 */
export interface CollaborationMode {
  readonly mode: ModeKind
  readonly settings: Settings
}
export const CollaborationMode: Schema.Schema<CollaborationMode> = lazy("CollaborationMode", () => Schema.Struct({
  mode: force(ModeKind),
  settings: force(Settings)
}))

export type NetworkAccess = "restricted" | "enabled"
export const NetworkAccess: Schema.Schema<NetworkAccess> = lazy("NetworkAccess", () => Schema.Literal("restricted", "enabled"))

export interface DangerFullAccessSandboxPolicy {
  readonly type: "dangerFullAccess"
}
export const DangerFullAccessSandboxPolicy: Schema.Schema<DangerFullAccessSandboxPolicy> = lazy("DangerFullAccessSandboxPolicy", () => Schema.Struct({
  type: Schema.Literal("dangerFullAccess")
}))

export interface ReadOnlySandboxPolicy {
  /**
   * @default false
   */
  readonly networkAccess?: boolean | undefined
  readonly type: "readOnly"
}
export const ReadOnlySandboxPolicy: Schema.Schema<ReadOnlySandboxPolicy> = lazy("ReadOnlySandboxPolicy", () => Schema.Struct({
  networkAccess: Schema.optional(Schema.Boolean),
  type: Schema.Literal("readOnly")
}))

export interface ExternalSandboxSandboxPolicy {
  /**
   * @default "restricted"
   */
  readonly networkAccess?: NetworkAccess | undefined
  readonly type: "externalSandbox"
}
export const ExternalSandboxSandboxPolicy: Schema.Schema<ExternalSandboxSandboxPolicy> = lazy("ExternalSandboxSandboxPolicy", () => Schema.Struct({
  networkAccess: Schema.optional(force(NetworkAccess)),
  type: Schema.Literal("externalSandbox")
}))

export interface WorkspaceWriteSandboxPolicy {
  /**
   * @default false
   */
  readonly excludeSlashTmp?: boolean | undefined
  /**
   * @default false
   */
  readonly excludeTmpdirEnvVar?: boolean | undefined
  /**
   * @default false
   */
  readonly networkAccess?: boolean | undefined
  readonly type: "workspaceWrite"
  /**
   * @default []
   */
  readonly writableRoots?: ReadonlyArray<AbsolutePathBuf> | undefined
}
export const WorkspaceWriteSandboxPolicy: Schema.Schema<WorkspaceWriteSandboxPolicy> = lazy("WorkspaceWriteSandboxPolicy", () => Schema.Struct({
  excludeSlashTmp: Schema.optional(Schema.Boolean),
  excludeTmpdirEnvVar: Schema.optional(Schema.Boolean),
  networkAccess: Schema.optional(Schema.Boolean),
  type: Schema.Literal("workspaceWrite"),
  writableRoots: Schema.optional(Schema.Array(force(AbsolutePathBuf)))
}))

export type SandboxPolicy = (DangerFullAccessSandboxPolicy | ReadOnlySandboxPolicy | ExternalSandboxSandboxPolicy | WorkspaceWriteSandboxPolicy)
export const SandboxPolicy: Schema.Schema<SandboxPolicy> = lazy("SandboxPolicy", () => Schema.Union(
  force(DangerFullAccessSandboxPolicy),
  force(ReadOnlySandboxPolicy),
  force(ExternalSandboxSandboxPolicy),
  force(WorkspaceWriteSandboxPolicy)
))

/**
 * A summary of the reasoning performed by the model. This can be useful for debugging and understanding the model's reasoning process. See https://platform.openai.com/docs/guides/reasoning?api-mode=responses#reasoning-summaries
 */
export type ReasoningSummary = "auto" | "concise" | "detailed" | "none"
export const ReasoningSummary: Schema.Schema<ReasoningSummary> = lazy("ReasoningSummary", () => Schema.Literal("auto", "concise", "detailed", "none"))

export interface ThreadSettingsUpdateParams {
  /**
   * Override the approval policy for subsequent turns.
   */
  readonly approvalPolicy?: AskForApproval | null | undefined
  /**
   * Override where approval requests are routed for subsequent turns.
   */
  readonly approvalsReviewer?: ApprovalsReviewer | null | undefined
  /**
   * EXPERIMENTAL - Set a pre-set collaboration mode for subsequent turns.
   *
   * For `collaboration_mode.settings.developer_instructions`, `null` means "use the built-in instructions for the selected mode".
   */
  readonly collaborationMode?: CollaborationMode | null | undefined
  /**
   * Override the working directory for subsequent turns.
   */
  readonly cwd?: string | null | undefined
  /**
   * Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it.
   */
  readonly disabledPluginIds?: ReadonlyArray<string> | null | undefined
  /**
   * Override the reasoning effort for subsequent turns.
   */
  readonly effort?: ReasoningEffort | null | undefined
  /**
   * Replace the environments for future turns without changing the running turn. Omitted/null preserves the selection unless `cwd` is also provided, which selects the default environments for that directory. [] clears the selection.
   */
  readonly environments?: ReadonlyArray<TurnEnvironmentParams> | null | undefined
  /**
   * Override the model for subsequent turns.
   */
  readonly model?: string | null | undefined
  /**
   * @deprecated Ignored. Use `effort: "ultra"` for proactive multi-agent behavior.
   */
  readonly multiAgentMode?: MultiAgentMode | null | undefined
  /**
   * Select a named permissions profile id for subsequent turns. Cannot be combined with `sandboxPolicy`.
   */
  readonly permissions?: string | null | undefined
  /**
   * @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
   */
  readonly personality?: Personality | null | undefined
  /**
   * Override the sandbox policy for subsequent turns.
   */
  readonly sandboxPolicy?: SandboxPolicy | null | undefined
  /**
   * Override the service tier for subsequent turns. `null` clears the current service tier; omission leaves it unchanged.
   */
  readonly serviceTier?: string | null | undefined
  /**
   * Override the reasoning summary for subsequent turns.
   */
  readonly summary?: ReasoningSummary | null | undefined
  readonly threadId: string
}
export const ThreadSettingsUpdateParams: Schema.Schema<ThreadSettingsUpdateParams> = lazy("ThreadSettingsUpdateParams", () => Schema.Struct({
  approvalPolicy: Schema.optional(Schema.NullOr(force(AskForApproval))),
  approvalsReviewer: Schema.optional(Schema.NullOr(force(ApprovalsReviewer))),
  collaborationMode: Schema.optional(Schema.NullOr(force(CollaborationMode))),
  cwd: Schema.optional(Schema.NullOr(Schema.String)),
  disabledPluginIds: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  effort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  environments: Schema.optional(Schema.NullOr(Schema.Array(force(TurnEnvironmentParams)))),
  model: Schema.optional(Schema.NullOr(Schema.String)),
  multiAgentMode: Schema.optional(Schema.NullOr(force(MultiAgentMode))),
  permissions: Schema.optional(Schema.NullOr(Schema.String)),
  personality: Schema.optional(Schema.NullOr(force(Personality))),
  sandboxPolicy: Schema.optional(Schema.NullOr(force(SandboxPolicy))),
  serviceTier: Schema.optional(Schema.NullOr(Schema.String)),
  summary: Schema.optional(Schema.NullOr(force(ReasoningSummary))),
  threadId: Schema.String
}))

export type ThreadMemoryMode = "enabled" | "disabled"
export const ThreadMemoryMode: Schema.Schema<ThreadMemoryMode> = lazy("ThreadMemoryMode", () => Schema.Literal("enabled", "disabled"))

export interface ThreadMemoryModeSetParams {
  readonly mode: ThreadMemoryMode
  readonly threadId: string
}
export const ThreadMemoryModeSetParams: Schema.Schema<ThreadMemoryModeSetParams> = lazy("ThreadMemoryModeSetParams", () => Schema.Struct({
  mode: force(ThreadMemoryMode),
  threadId: Schema.String
}))

export interface ThreadMemoryReadParams {
  /**
   * The thread must already be started or resumed.
   */
  readonly threadId: string
}
export const ThreadMemoryReadParams: Schema.Schema<ThreadMemoryReadParams> = lazy("ThreadMemoryReadParams", () => Schema.Struct({
  threadId: Schema.String
}))

export interface MemoryStatusParams {
  /**
   * Required distinct consolidated threads. Defaults to 20; supported range is 1..=4096.
   * @format uint32
   */
  readonly minConsolidatedThreads?: number | null | undefined
}
export const MemoryStatusParams: Schema.Schema<MemoryStatusParams> = lazy("MemoryStatusParams", () => Schema.Struct({
  minConsolidatedThreads: Schema.optional(Schema.NullOr(Schema.Number))
}))

export interface ThreadUnarchiveParams {
  readonly threadId: string
}
export const ThreadUnarchiveParams: Schema.Schema<ThreadUnarchiveParams> = lazy("ThreadUnarchiveParams", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadCompactStartParams {
  readonly threadId: string
}
export const ThreadCompactStartParams: Schema.Schema<ThreadCompactStartParams> = lazy("ThreadCompactStartParams", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadShellCommandParams {
  /**
   * Shell command string evaluated by the thread's configured shell. Unlike `command/exec`, this intentionally preserves shell syntax such as pipes, redirects, and quoting. This runs unsandboxed with full access rather than inheriting the thread sandbox policy.
   */
  readonly command: string
  readonly threadId: string
  /**
   * Maximum execution time in milliseconds. Defaults to one hour when omitted or null. Must be non-negative; zero requests an immediate timeout, not unlimited execution. Does not affect the immediate RPC acknowledgement.
   * @format int64
   */
  readonly timeoutMs?: number | null | undefined
}
export const ThreadShellCommandParams: Schema.Schema<ThreadShellCommandParams> = lazy("ThreadShellCommandParams", () => Schema.Struct({
  command: Schema.String,
  threadId: Schema.String,
  timeoutMs: Schema.optional(Schema.NullOr(Schema.Number))
}))

export interface ThreadApproveGuardianDeniedActionParams {
  /**
   * Serialized `codex_protocol::protocol::GuardianAssessmentEvent`.
   */
  readonly event: unknown
  readonly threadId: string
}
export const ThreadApproveGuardianDeniedActionParams: Schema.Schema<ThreadApproveGuardianDeniedActionParams> = lazy("ThreadApproveGuardianDeniedActionParams", () => Schema.Struct({
  event: Schema.Unknown,
  threadId: Schema.String
}))

export interface ThreadBackgroundTerminalsCleanParams {
  readonly threadId: string
}
export const ThreadBackgroundTerminalsCleanParams: Schema.Schema<ThreadBackgroundTerminalsCleanParams> = lazy("ThreadBackgroundTerminalsCleanParams", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadBackgroundTerminalsListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null | undefined
  /**
   * Optional page size.
   * @format uint32
   */
  readonly limit?: number | null | undefined
  readonly threadId: string
}
export const ThreadBackgroundTerminalsListParams: Schema.Schema<ThreadBackgroundTerminalsListParams> = lazy("ThreadBackgroundTerminalsListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  threadId: Schema.String
}))

export interface ThreadBackgroundTerminalsTerminateParams {
  readonly processId: string
  readonly threadId: string
}
export const ThreadBackgroundTerminalsTerminateParams: Schema.Schema<ThreadBackgroundTerminalsTerminateParams> = lazy("ThreadBackgroundTerminalsTerminateParams", () => Schema.Struct({
  processId: Schema.String,
  threadId: Schema.String
}))

/**
 * Replace a paginated thread's durable history with the prefix before one turn.
 *
 * This only changes persisted conversation history. It does not revert local file changes.
 */
export interface ThreadRevertParams {
  /**
   * Turn excluded from the replacement history, together with every later turn.
   */
  readonly beforeTurnId: string
  readonly threadId: string
}
export const ThreadRevertParams: Schema.Schema<ThreadRevertParams> = lazy("ThreadRevertParams", () => Schema.Struct({
  beforeTurnId: Schema.String,
  threadId: Schema.String
}))

export type ThreadListCwdFilter = (string | ReadonlyArray<string>)
export const ThreadListCwdFilter: Schema.Schema<ThreadListCwdFilter> = lazy("ThreadListCwdFilter", () => Schema.Union(
  Schema.String,
  Schema.Array(Schema.String)
))

export type ThreadSortKey = "created_at" | "updated_at" | "recency_at" | "section_position"
export const ThreadSortKey: Schema.Schema<ThreadSortKey> = lazy("ThreadSortKey", () => Schema.Literal("created_at", "updated_at", "recency_at", "section_position"))

export type ThreadSourceKind = "cli" | "vscode" | "exec" | "appServer" | "subAgent" | "subAgentReview" | "subAgentCompact" | "subAgentThreadSpawn" | "subAgentOther" | "unknown"
export const ThreadSourceKind: Schema.Schema<ThreadSourceKind> = lazy("ThreadSourceKind", () => Schema.Literal("cli", "vscode", "exec", "appServer", "subAgent", "subAgentReview", "subAgentCompact", "subAgentThreadSpawn", "subAgentOther", "unknown"))

export interface ThreadListParams {
  /**
   * Optional ancestor thread filter. Returns spawned descendants at any depth, excluding the ancestor itself. Mutually exclusive with `parentThreadId`.
   */
  readonly ancestorThreadId?: string | null | undefined
  /**
   * Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned.
   */
  readonly archived?: boolean | null | undefined
  /**
   * Return only persistent threads attached to this thread, including empty threads. Mutually exclusive with parentThreadId and ancestorThreadId. Omitting this filter keeps attached threads hidden from ordinary listings.
   */
  readonly attachedToThreadId?: string | null | undefined
  /**
   * Show local history visible to the current ChatGPT account. Defaults to false.
   */
  readonly currentAccountOnly?: boolean | undefined
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null | undefined
  /**
   * Optional cwd filter or filters; when set, only threads whose session cwd exactly matches one of these paths are returned.
   */
  readonly cwd?: ThreadListCwdFilter | null | undefined
  /**
   * Thread IDs to exclude before applying the result limit. Up to 100 entries; invalid IDs or a larger list are rejected, never truncated. Send the same exclusions on each page. Omitted, null, or empty means no exclusions.
   */
  readonly excludedThreadIds?: ReadonlyArray<string> | null | undefined
  /**
   * Include persistent threads attached to a parent when searching by title.
   */
  readonly includeAttachedThreads?: boolean | undefined
  /**
   * Optional page size; defaults to a reasonable server-side value.
   * @format uint32
   */
  readonly limit?: number | null | undefined
  /**
   * Optional provider filter; when set, only sessions recorded under these providers are returned. When present but empty, includes all providers.
   */
  readonly modelProviders?: ReadonlyArray<string> | null | undefined
  /**
   * Optional originator allowlist, matching any supplied value exactly. Supported by hosted backends only; the local app-server rejects a nonempty list. Omitted or empty lists leave originators unrestricted.
   */
  readonly originators?: ReadonlyArray<string> | null | undefined
  /**
   * Optional direct parent thread filter. Mutually exclusive with `ancestorThreadId`.
   */
  readonly parentThreadId?: string | null | undefined
  /**
   * Omit to include every project, set to null for unassigned threads, or provide a project ID to return only threads in that project.
   */
  readonly projectId?: string | null | undefined
  /**
   * Optional substring filter for the extracted thread title.
   */
  readonly searchTerm?: string | null | undefined
  /**
   * Omit to include every section, set to `null` for unsectioned threads, or provide a section ID to return only threads in that section.
   */
  readonly sectionId?: string | null | undefined
  /**
   * Optional sort direction; defaults to descending (newest first).
   */
  readonly sortDirection?: SortDirection | null | undefined
  /**
   * Optional sort key; defaults to created_at.
   */
  readonly sortKey?: ThreadSortKey | null | undefined
  /**
   * Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources.
   */
  readonly sourceKinds?: ReadonlyArray<ThreadSourceKind> | null | undefined
  /**
   * If true, return from the state DB without scanning JSONL rollouts to repair thread metadata. Omitted or false preserves scan-and-repair behavior.
   */
  readonly useStateDbOnly?: boolean | undefined
}
export const ThreadListParams: Schema.Schema<ThreadListParams> = lazy("ThreadListParams", () => Schema.Struct({
  ancestorThreadId: Schema.optional(Schema.NullOr(Schema.String)),
  archived: Schema.optional(Schema.NullOr(Schema.Boolean)),
  attachedToThreadId: Schema.optional(Schema.NullOr(Schema.String)),
  currentAccountOnly: Schema.optional(Schema.Boolean),
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  cwd: Schema.optional(Schema.NullOr(force(ThreadListCwdFilter))),
  excludedThreadIds: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  includeAttachedThreads: Schema.optional(Schema.Boolean),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  modelProviders: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  originators: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  parentThreadId: Schema.optional(Schema.NullOr(Schema.String)),
  projectId: Schema.optional(Schema.NullOr(Schema.String)),
  searchTerm: Schema.optional(Schema.NullOr(Schema.String)),
  sectionId: Schema.optional(Schema.NullOr(Schema.String)),
  sortDirection: Schema.optional(Schema.NullOr(force(SortDirection))),
  sortKey: Schema.optional(Schema.NullOr(force(ThreadSortKey))),
  sourceKinds: Schema.optional(Schema.NullOr(Schema.Array(force(ThreadSourceKind)))),
  useStateDbOnly: Schema.optional(Schema.Boolean)
}))

export type ProjectSortKey = "position" | "recencyAt"
export const ProjectSortKey: Schema.Schema<ProjectSortKey> = lazy("ProjectSortKey", () => Schema.Literal("position", "recencyAt"))

export interface ProjectListParams {
  readonly cursor?: string | null | undefined
  /**
   * @format uint32
   */
  readonly limit?: number | null | undefined
  /**
   * Requires sortKey. Defaults to asc for position and desc for recencyAt.
   */
  readonly sortDirection?: SortDirection | null | undefined
  /**
   * Defaults to position. Recency sorting always places empty projects last.
   */
  readonly sortKey?: ProjectSortKey | null | undefined
}
export const ProjectListParams: Schema.Schema<ProjectListParams> = lazy("ProjectListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  sortDirection: Schema.optional(Schema.NullOr(force(SortDirection))),
  sortKey: Schema.optional(Schema.NullOr(force(ProjectSortKey)))
}))

export interface ProjectReadParams {
  readonly projectId: string
}
export const ProjectReadParams: Schema.Schema<ProjectReadParams> = lazy("ProjectReadParams", () => Schema.Struct({
  projectId: Schema.String
}))

export interface ProjectRoot {
  readonly path: AbsolutePathBuf
}
export const ProjectRoot: Schema.Schema<ProjectRoot> = lazy("ProjectRoot", () => Schema.Struct({
  path: force(AbsolutePathBuf)
}))

export interface ProjectCreateParams {
  readonly idempotencyKey: string
  readonly metadata?: { readonly [key: string]: string } | null | undefined
  readonly name: string
  readonly roots: ReadonlyArray<ProjectRoot>
}
export const ProjectCreateParams: Schema.Schema<ProjectCreateParams> = lazy("ProjectCreateParams", () => Schema.Struct({
  idempotencyKey: Schema.String,
  metadata: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  name: Schema.String,
  roots: Schema.Array(force(ProjectRoot))
}))

export interface ProjectImportParams {
  readonly idempotencyKey: string
  readonly metadata?: { readonly [key: string]: string } | null | undefined
  readonly name: string
  readonly roots: ReadonlyArray<ProjectRoot>
  readonly threads?: ReadonlyArray<string> | null | undefined
}
export const ProjectImportParams: Schema.Schema<ProjectImportParams> = lazy("ProjectImportParams", () => Schema.Struct({
  idempotencyKey: Schema.String,
  metadata: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  name: Schema.String,
  roots: Schema.Array(force(ProjectRoot)),
  threads: Schema.optional(Schema.NullOr(Schema.Array(Schema.String)))
}))

export interface ProjectUpdateParams {
  readonly metadata?: { readonly [key: string]: string } | null | undefined
  readonly name?: string | null | undefined
  readonly projectId: string
  readonly roots?: ReadonlyArray<ProjectRoot> | null | undefined
}
export const ProjectUpdateParams: Schema.Schema<ProjectUpdateParams> = lazy("ProjectUpdateParams", () => Schema.Struct({
  metadata: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  name: Schema.optional(Schema.NullOr(Schema.String)),
  projectId: Schema.String,
  roots: Schema.optional(Schema.NullOr(Schema.Array(force(ProjectRoot))))
}))

export interface ProjectMoveParams {
  readonly beforeProjectId?: string | null | undefined
  readonly projectId: string
}
export const ProjectMoveParams: Schema.Schema<ProjectMoveParams> = lazy("ProjectMoveParams", () => Schema.Struct({
  beforeProjectId: Schema.optional(Schema.NullOr(Schema.String)),
  projectId: Schema.String
}))

export interface ProjectDeleteParams {
  readonly projectId: string
}
export const ProjectDeleteParams: Schema.Schema<ProjectDeleteParams> = lazy("ProjectDeleteParams", () => Schema.Struct({
  projectId: Schema.String
}))

/**
 * Parameters for listing independently persisted thread sections.
 */
export interface ThreadSectionListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null | undefined
  /**
   * Maximum number of sections to return.
   * @format uint32
   */
  readonly limit?: number | null | undefined
}
export const ThreadSectionListParams: Schema.Schema<ThreadSectionListParams> = lazy("ThreadSectionListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  limit: Schema.optional(Schema.NullOr(Schema.Number))
}))

/**
 * Extensible visual presentation for a custom thread section.
 */
export interface ThreadSectionAppearance {
  readonly color?: string | null | undefined
  readonly icon?: string | null | undefined
}
export const ThreadSectionAppearance: Schema.Schema<ThreadSectionAppearance> = lazy("ThreadSectionAppearance", () => Schema.Struct({
  color: Schema.optional(Schema.NullOr(Schema.String)),
  icon: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * Parameters for creating an independently persisted thread section.
 */
export interface ThreadSectionCreateParams {
  /**
   * @default null
   */
  readonly appearance?: ThreadSectionAppearance | null | undefined
  /**
   * The user-visible name of the section.
   */
  readonly name: string
}
export const ThreadSectionCreateParams: Schema.Schema<ThreadSectionCreateParams> = lazy("ThreadSectionCreateParams", () => Schema.Struct({
  appearance: Schema.optional(Schema.NullOr(force(ThreadSectionAppearance))),
  name: Schema.String
}))

/**
 * Parameters for updating an independently persisted thread section.
 */
export interface ThreadSectionUpdateParams {
  /**
   * Omit to preserve appearance, use `null` to clear it, or provide a replacement.
   */
  readonly appearance?: ThreadSectionAppearance | null | undefined
  /**
   * The updated user-visible name of the section.
   */
  readonly name: string
  /**
   * The stable, server-generated identity of the section to update.
   */
  readonly sectionId: string
}
export const ThreadSectionUpdateParams: Schema.Schema<ThreadSectionUpdateParams> = lazy("ThreadSectionUpdateParams", () => Schema.Struct({
  appearance: Schema.optional(Schema.NullOr(force(ThreadSectionAppearance))),
  name: Schema.String,
  sectionId: Schema.String
}))

/**
 * Parameters for deleting an independently persisted thread section.
 */
export interface ThreadSectionDeleteParams {
  /**
   * The stable, server-generated identity of the section to delete.
   */
  readonly sectionId: string
}
export const ThreadSectionDeleteParams: Schema.Schema<ThreadSectionDeleteParams> = lazy("ThreadSectionDeleteParams", () => Schema.Struct({
  sectionId: Schema.String
}))

export type ThreadSearchSortKey = "created_at" | "updated_at" | "recency_at"
export const ThreadSearchSortKey: Schema.Schema<ThreadSearchSortKey> = lazy("ThreadSearchSortKey", () => Schema.Literal("created_at", "updated_at", "recency_at"))

export interface ThreadSearchParams {
  /**
   * Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned.
   */
  readonly archived?: boolean | null | undefined
  /**
   * Show local history visible to the current ChatGPT account. Defaults to false.
   */
  readonly currentAccountOnly?: boolean | undefined
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null | undefined
  /**
   * Include persistent threads attached to a parent in search results.
   */
  readonly includeAttachedThreads?: boolean | undefined
  /**
   * Optional page size; defaults to a reasonable server-side value.
   * @format uint32
   */
  readonly limit?: number | null | undefined
  /**
   * Required substring/full-text query for thread search.
   */
  readonly searchTerm: string
  /**
   * Optional sort direction; defaults to descending (newest first).
   */
  readonly sortDirection?: SortDirection | null | undefined
  /**
   * Optional sort key; defaults to created_at.
   */
  readonly sortKey?: ThreadSearchSortKey | null | undefined
  /**
   * Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources.
   */
  readonly sourceKinds?: ReadonlyArray<ThreadSourceKind> | null | undefined
}
export const ThreadSearchParams: Schema.Schema<ThreadSearchParams> = lazy("ThreadSearchParams", () => Schema.Struct({
  archived: Schema.optional(Schema.NullOr(Schema.Boolean)),
  currentAccountOnly: Schema.optional(Schema.Boolean),
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  includeAttachedThreads: Schema.optional(Schema.Boolean),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  searchTerm: Schema.String,
  sortDirection: Schema.optional(Schema.NullOr(force(SortDirection))),
  sortKey: Schema.optional(Schema.NullOr(force(ThreadSearchSortKey))),
  sourceKinds: Schema.optional(Schema.NullOr(Schema.Array(force(ThreadSourceKind))))
}))

/**
 * Parameters for searching visible message occurrences within one paginated thread.
 */
export interface ThreadSearchOccurrencesParams {
  /**
   * Opaque cursor returned by a previous call for the same thread and search term.
   */
  readonly cursor?: string | null | undefined
  /**
   * Optional occurrence page size.
   * @format uint32
   */
  readonly limit?: number | null | undefined
  /**
   * Case-insensitive literal substring to find in visible user messages and both partial and final assistant answers.
   */
  readonly searchTerm: string
  readonly threadId: string
}
export const ThreadSearchOccurrencesParams: Schema.Schema<ThreadSearchOccurrencesParams> = lazy("ThreadSearchOccurrencesParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  searchTerm: Schema.String,
  threadId: Schema.String
}))

export interface ThreadLoadedListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null | undefined
  /**
   * Optional page size; defaults to no limit.
   * @format uint32
   */
  readonly limit?: number | null | undefined
}
export const ThreadLoadedListParams: Schema.Schema<ThreadLoadedListParams> = lazy("ThreadLoadedListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  limit: Schema.optional(Schema.NullOr(Schema.Number))
}))

export interface ThreadReadParams {
  /**
   * When true, include turns and their items from rollout history. Full-history hydration is deprecated for paginated threads; prefer a metadata-only read and page with `thread/turns/list` and `thread/items/list`.
   */
  readonly includeTurns?: boolean | undefined
  readonly threadId: string
}
export const ThreadReadParams: Schema.Schema<ThreadReadParams> = lazy("ThreadReadParams", () => Schema.Struct({
  includeTurns: Schema.optional(Schema.Boolean),
  threadId: Schema.String
}))

export interface ReadThreadReadStateOperation {
  readonly type: "read"
}
export const ReadThreadReadStateOperation: Schema.Schema<ReadThreadReadStateOperation> = lazy("ReadThreadReadStateOperation", () => Schema.Struct({
  type: Schema.Literal("read")
}))

export interface UnreadThreadReadStateOperation {
  readonly type: "unread"
}
export const UnreadThreadReadStateOperation: Schema.Schema<UnreadThreadReadStateOperation> = lazy("UnreadThreadReadStateOperation", () => Schema.Struct({
  type: Schema.Literal("unread")
}))

export type ThreadReadStateOperation = (ReadThreadReadStateOperation | UnreadThreadReadStateOperation)
export const ThreadReadStateOperation: Schema.Schema<ThreadReadStateOperation> = lazy("ThreadReadStateOperation", () => Schema.Union(
  force(ReadThreadReadStateOperation),
  force(UnreadThreadReadStateOperation)
))

export interface ThreadReadStateUpdateParams {
  /**
   * Revision of the row or transcript actually seen. Conflicts require a fresh user action.
   */
  readonly expectedRevision: string
  readonly operation: ThreadReadStateOperation
  readonly threadId: string
}
export const ThreadReadStateUpdateParams: Schema.Schema<ThreadReadStateUpdateParams> = lazy("ThreadReadStateUpdateParams", () => Schema.Struct({
  expectedRevision: Schema.String,
  operation: force(ThreadReadStateOperation),
  threadId: Schema.String
}))

export interface ThreadTurnsListParams {
  /**
   * Opaque cursor to pass to the next call to continue after the last turn.
   */
  readonly cursor?: string | null | undefined
  /**
   * How much item detail to include for each returned turn; defaults to summary.
   */
  readonly itemsView?: TurnItemsView | null | undefined
  /**
   * Optional turn page size.
   * @format uint32
   */
  readonly limit?: number | null | undefined
  /**
   * Optional turn pagination direction; defaults to descending.
   */
  readonly sortDirection?: SortDirection | null | undefined
  readonly threadId: string
}
export const ThreadTurnsListParams: Schema.Schema<ThreadTurnsListParams> = lazy("ThreadTurnsListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  itemsView: Schema.optional(Schema.NullOr(force(TurnItemsView))),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  sortDirection: Schema.optional(Schema.NullOr(force(SortDirection))),
  threadId: Schema.String
}))

export interface ItemThreadItemsListAnchor {
  readonly itemId: string
  readonly type: "item"
}
export const ItemThreadItemsListAnchor: Schema.Schema<ItemThreadItemsListAnchor> = lazy("ItemThreadItemsListAnchor", () => Schema.Struct({
  itemId: Schema.String,
  type: Schema.Literal("item")
}))

/**
 * An exclusive item position within the requested visible turn.
 */
export type ThreadItemsListAnchor = ItemThreadItemsListAnchor
export const ThreadItemsListAnchor: Schema.Schema<ThreadItemsListAnchor> = lazy("ThreadItemsListAnchor", () => force(ItemThreadItemsListAnchor))

/**
 * Starting position for an item-history page.
 */
export type ThreadItemsListCursor = (string | ThreadItemsListAnchor)
export const ThreadItemsListCursor: Schema.Schema<ThreadItemsListCursor> = lazy("ThreadItemsListCursor", () => Schema.Union(
  Schema.String,
  force(ThreadItemsListAnchor)
))

export interface ThreadItemOutputDeferral {
  /**
   * Defer nonempty output from successful commands.
   */
  readonly commandExecution?: boolean | undefined
  /**
   * Defer nonempty plain-text results from successful MCP tool calls.
   */
  readonly mcpToolCall?: boolean | undefined
}
export const ThreadItemOutputDeferral: Schema.Schema<ThreadItemOutputDeferral> = lazy("ThreadItemOutputDeferral", () => Schema.Struct({
  commandExecution: Schema.optional(Schema.Boolean),
  mcpToolCall: Schema.optional(Schema.Boolean)
}))

export interface ThreadItemsListParams {
  /**
   * Opaque continuation cursor or an exclusive item anchor in the requested visible turn. An item anchor requires a non-empty `turnId`; ascending (the default) returns items after it, and descending returns items before it. Continue with the returned string cursor.
   */
  readonly cursor?: ThreadItemsListCursor | null | undefined
  /**
   * For a single turn, choose which saved outputs to fetch separately by item ID.
   */
  readonly deferOutput?: ThreadItemOutputDeferral | null | undefined
  /**
   * Optional item page size.
   * @format uint32
   */
  readonly limit?: number | null | undefined
  /**
   * Optional item pagination direction; defaults to ascending.
   */
  readonly sortDirection?: SortDirection | null | undefined
  readonly threadId: string
  /**
   * Optional turn id to filter by. When omitted, returns items across the thread.
   */
  readonly turnId?: string | null | undefined
}
export const ThreadItemsListParams: Schema.Schema<ThreadItemsListParams> = lazy("ThreadItemsListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(force(ThreadItemsListCursor))),
  deferOutput: Schema.optional(Schema.NullOr(force(ThreadItemOutputDeferral))),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  sortDirection: Schema.optional(Schema.NullOr(force(SortDirection))),
  threadId: Schema.String,
  turnId: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * EXPERIMENTAL - retrieve a bounded set of persisted items from one turn.
 */
export interface ThreadItemsReadParams {
  /**
   * Item IDs to retrieve. Supply 1 to 100 IDs.
   */
  readonly itemIds: ReadonlyArray<string>
  readonly threadId: string
  readonly turnId: string
}
export const ThreadItemsReadParams: Schema.Schema<ThreadItemsReadParams> = lazy("ThreadItemsReadParams", () => Schema.Struct({
  itemIds: Schema.Array(Schema.String),
  threadId: Schema.String,
  turnId: Schema.String
}))

/**
 * Calling `thread/guardianReview` subscribes the connection to the thread. The subscription remains after the review completes, keeping the thread loaded until the client calls `thread/unsubscribe` or disconnects.
 */
export interface ThreadGuardianReviewParams {
  readonly threadId: string
}
export const ThreadGuardianReviewParams: Schema.Schema<ThreadGuardianReviewParams> = lazy("ThreadGuardianReviewParams", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadInjectItemsParams {
  /**
   * Raw Responses API items to append to the thread's model-visible history.
   */
  readonly items: ReadonlyArray<unknown>
  readonly threadId: string
}
export const ThreadInjectItemsParams: Schema.Schema<ThreadInjectItemsParams> = lazy("ThreadInjectItemsParams", () => Schema.Struct({
  items: Schema.Array(Schema.Unknown),
  threadId: Schema.String
}))

/**
 * Prepare an approved plan for the first turn of a fresh thread.
 */
export interface ThreadPrepareApprovedPlanParams {
  /**
   * Absolute path to the optional app-server copy of the plan.
   */
  readonly attachmentPath?: string | null | undefined
  readonly markdown: string
  readonly threadId: string
}
export const ThreadPrepareApprovedPlanParams: Schema.Schema<ThreadPrepareApprovedPlanParams> = lazy("ThreadPrepareApprovedPlanParams", () => Schema.Struct({
  attachmentPath: Schema.optional(Schema.NullOr(Schema.String)),
  markdown: Schema.String,
  threadId: Schema.String
}))

export interface SkillsListParams {
  /**
   * When empty, defaults to the current session working directory.
   */
  readonly cwds?: ReadonlyArray<string> | undefined
  /**
   * When true, bypass the skills cache and re-scan skills from disk.
   */
  readonly forceReload?: boolean | undefined
}
export const SkillsListParams: Schema.Schema<SkillsListParams> = lazy("SkillsListParams", () => Schema.Struct({
  cwds: Schema.optional(Schema.Array(Schema.String)),
  forceReload: Schema.optional(Schema.Boolean)
}))

export interface SkillsExtraRootsSetParams {
  readonly extraRoots: ReadonlyArray<AbsolutePathBuf>
}
export const SkillsExtraRootsSetParams: Schema.Schema<SkillsExtraRootsSetParams> = lazy("SkillsExtraRootsSetParams", () => Schema.Struct({
  extraRoots: Schema.Array(force(AbsolutePathBuf))
}))

export interface HooksListParams {
  /**
   * Working directories to inspect when no thread is specified. An empty list uses the session cwd.
   */
  readonly cwds?: ReadonlyArray<string> | undefined
  /**
   * List a loaded thread's hooks, including its selected environments. Omit `cwds` in this mode.
   */
  readonly threadId?: string | null | undefined
}
export const HooksListParams: Schema.Schema<HooksListParams> = lazy("HooksListParams", () => Schema.Struct({
  cwds: Schema.optional(Schema.Array(Schema.String)),
  threadId: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface MarketplaceAddParams {
  readonly refName?: string | null | undefined
  readonly source: string
  readonly sparsePaths?: ReadonlyArray<string> | null | undefined
}
export const MarketplaceAddParams: Schema.Schema<MarketplaceAddParams> = lazy("MarketplaceAddParams", () => Schema.Struct({
  refName: Schema.optional(Schema.NullOr(Schema.String)),
  source: Schema.String,
  sparsePaths: Schema.optional(Schema.NullOr(Schema.Array(Schema.String)))
}))

export interface MarketplaceRemoveParams {
  readonly marketplaceName: string
}
export const MarketplaceRemoveParams: Schema.Schema<MarketplaceRemoveParams> = lazy("MarketplaceRemoveParams", () => Schema.Struct({
  marketplaceName: Schema.String
}))

export interface MarketplaceUpgradeParams {
  readonly marketplaceName?: string | null | undefined
}
export const MarketplaceUpgradeParams: Schema.Schema<MarketplaceUpgradeParams> = lazy("MarketplaceUpgradeParams", () => Schema.Struct({
  marketplaceName: Schema.optional(Schema.NullOr(Schema.String))
}))

export type PluginListMarketplaceKind = "local" | "vertical" | "workspace-directory" | "shared-with-me" | "created-by-me-remote"
export const PluginListMarketplaceKind: Schema.Schema<PluginListMarketplaceKind> = lazy("PluginListMarketplaceKind", () => Schema.Literal("local", "vertical", "workspace-directory", "shared-with-me", "created-by-me-remote"))

export interface PluginListParams {
  /**
   * Optional working directories used to discover repo marketplaces. When omitted, only home-scoped marketplaces and the official curated marketplace are considered.
   */
  readonly cwds?: ReadonlyArray<AbsolutePathBuf> | null | undefined
  /**
   * Whether the client requests a fresh remote plugin catalog fetch.
   */
  readonly forceRefetch?: boolean | undefined
  /**
   * Optional marketplace kind filter. When omitted, only local marketplaces are queried, plus the default remote catalog when enabled by feature flag.
   */
  readonly marketplaceKinds?: ReadonlyArray<PluginListMarketplaceKind> | null | undefined
}
export const PluginListParams: Schema.Schema<PluginListParams> = lazy("PluginListParams", () => Schema.Struct({
  cwds: Schema.optional(Schema.NullOr(Schema.Array(force(AbsolutePathBuf)))),
  forceRefetch: Schema.optional(Schema.Boolean),
  marketplaceKinds: Schema.optional(Schema.NullOr(Schema.Array(force(PluginListMarketplaceKind))))
}))

export type PluginSearchScope = "global" | "workspace" | "personal"
export const PluginSearchScope: Schema.Schema<PluginSearchScope> = lazy("PluginSearchScope", () => Schema.Literal("global", "workspace", "personal"))

export interface PluginSearchParams {
  readonly cursor?: string | null | undefined
  readonly cwds?: ReadonlyArray<AbsolutePathBuf> | null | undefined
  /**
   * @format uint32
   */
  readonly limit?: number | null | undefined
  readonly scope?: PluginSearchScope | null | undefined
  readonly searchTerm: string
}
export const PluginSearchParams: Schema.Schema<PluginSearchParams> = lazy("PluginSearchParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  cwds: Schema.optional(Schema.NullOr(Schema.Array(force(AbsolutePathBuf)))),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  scope: Schema.optional(Schema.NullOr(force(PluginSearchScope))),
  searchTerm: Schema.String
}))

export interface PluginInstalledParams {
  /**
   * Optional working directories used to discover repo marketplaces.
   */
  readonly cwds?: ReadonlyArray<AbsolutePathBuf> | null | undefined
  /**
   * Additional uninstalled plugin names that should be returned when present locally. This is used by mention surfaces that intentionally expose install entrypoints.
   */
  readonly installSuggestionPluginNames?: ReadonlyArray<string> | null | undefined
}
export const PluginInstalledParams: Schema.Schema<PluginInstalledParams> = lazy("PluginInstalledParams", () => Schema.Struct({
  cwds: Schema.optional(Schema.NullOr(Schema.Array(force(AbsolutePathBuf)))),
  installSuggestionPluginNames: Schema.optional(Schema.NullOr(Schema.Array(Schema.String)))
}))

export interface PluginReconcileParams {
  /**
   * Optional client-provided reason recorded with the reconciliation attempt.
   */
  readonly reason?: string | null | undefined
}
export const PluginReconcileParams: Schema.Schema<PluginReconcileParams> = lazy("PluginReconcileParams", () => Schema.Struct({
  reason: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface PluginReadParams {
  readonly marketplacePath?: AbsolutePathBuf | null | undefined
  readonly pluginName: string
  readonly remoteMarketplaceName?: string | null | undefined
}
export const PluginReadParams: Schema.Schema<PluginReadParams> = lazy("PluginReadParams", () => Schema.Struct({
  marketplacePath: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  pluginName: Schema.String,
  remoteMarketplaceName: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface PluginSkillReadParams {
  readonly remoteMarketplaceName: string
  readonly remotePluginId: string
  readonly skillName: string
}
export const PluginSkillReadParams: Schema.Schema<PluginSkillReadParams> = lazy("PluginSkillReadParams", () => Schema.Struct({
  remoteMarketplaceName: Schema.String,
  remotePluginId: Schema.String,
  skillName: Schema.String
}))

export type PluginShareDiscoverability = "LISTED" | "UNLISTED" | "PRIVATE"
export const PluginShareDiscoverability: Schema.Schema<PluginShareDiscoverability> = lazy("PluginShareDiscoverability", () => Schema.Literal("LISTED", "UNLISTED", "PRIVATE"))

export type PluginSharePrincipalType = "user" | "group" | "workspace"
export const PluginSharePrincipalType: Schema.Schema<PluginSharePrincipalType> = lazy("PluginSharePrincipalType", () => Schema.Literal("user", "group", "workspace"))

export type PluginShareTargetRole = "reader" | "editor"
export const PluginShareTargetRole: Schema.Schema<PluginShareTargetRole> = lazy("PluginShareTargetRole", () => Schema.Literal("reader", "editor"))

export interface PluginShareTarget {
  readonly principalId: string
  readonly principalType: PluginSharePrincipalType
  readonly role: PluginShareTargetRole
}
export const PluginShareTarget: Schema.Schema<PluginShareTarget> = lazy("PluginShareTarget", () => Schema.Struct({
  principalId: Schema.String,
  principalType: force(PluginSharePrincipalType),
  role: force(PluginShareTargetRole)
}))

export interface PluginShareSaveParams {
  readonly discoverability?: PluginShareDiscoverability | null | undefined
  readonly pluginPath: AbsolutePathBuf
  readonly remotePluginId?: string | null | undefined
  readonly shareTargets?: ReadonlyArray<PluginShareTarget> | null | undefined
}
export const PluginShareSaveParams: Schema.Schema<PluginShareSaveParams> = lazy("PluginShareSaveParams", () => Schema.Struct({
  discoverability: Schema.optional(Schema.NullOr(force(PluginShareDiscoverability))),
  pluginPath: force(AbsolutePathBuf),
  remotePluginId: Schema.optional(Schema.NullOr(Schema.String)),
  shareTargets: Schema.optional(Schema.NullOr(Schema.Array(force(PluginShareTarget))))
}))

export type PluginShareUpdateDiscoverability = "UNLISTED" | "PRIVATE" | "LISTED"
export const PluginShareUpdateDiscoverability: Schema.Schema<PluginShareUpdateDiscoverability> = lazy("PluginShareUpdateDiscoverability", () => Schema.Literal("UNLISTED", "PRIVATE", "LISTED"))

export interface PluginShareUpdateTargetsParams {
  readonly discoverability: PluginShareUpdateDiscoverability
  readonly remotePluginId: string
  readonly shareTargets: ReadonlyArray<PluginShareTarget>
}
export const PluginShareUpdateTargetsParams: Schema.Schema<PluginShareUpdateTargetsParams> = lazy("PluginShareUpdateTargetsParams", () => Schema.Struct({
  discoverability: force(PluginShareUpdateDiscoverability),
  remotePluginId: Schema.String,
  shareTargets: Schema.Array(force(PluginShareTarget))
}))

export type PluginShareListParams = { readonly [key: string]: unknown }
export const PluginShareListParams: Schema.Schema<PluginShareListParams> = lazy("PluginShareListParams", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface PluginShareCheckoutParams {
  readonly remotePluginId: string
}
export const PluginShareCheckoutParams: Schema.Schema<PluginShareCheckoutParams> = lazy("PluginShareCheckoutParams", () => Schema.Struct({
  remotePluginId: Schema.String
}))

export interface PluginShareDeleteParams {
  readonly remotePluginId: string
}
export const PluginShareDeleteParams: Schema.Schema<PluginShareDeleteParams> = lazy("PluginShareDeleteParams", () => Schema.Struct({
  remotePluginId: Schema.String
}))

/**
 * Read a file from the host filesystem.
 */
export interface FsReadFileParams {
  /**
   * Absolute path to read.
   */
  readonly path: AbsolutePathBuf
}
export const FsReadFileParams: Schema.Schema<FsReadFileParams> = lazy("FsReadFileParams", () => Schema.Struct({
  path: force(AbsolutePathBuf)
}))

/**
 * Write a file on the host filesystem.
 */
export interface FsWriteFileParams {
  /**
   * File contents encoded as base64.
   */
  readonly dataBase64: string
  /**
   * Absolute path to write.
   */
  readonly path: AbsolutePathBuf
}
export const FsWriteFileParams: Schema.Schema<FsWriteFileParams> = lazy("FsWriteFileParams", () => Schema.Struct({
  dataBase64: Schema.String,
  path: force(AbsolutePathBuf)
}))

/**
 * Create a directory on the host filesystem.
 */
export interface FsCreateDirectoryParams {
  /**
   * Absolute directory path to create.
   */
  readonly path: AbsolutePathBuf
  /**
   * Whether parent directories should also be created. Defaults to `true`.
   */
  readonly recursive?: boolean | null | undefined
}
export const FsCreateDirectoryParams: Schema.Schema<FsCreateDirectoryParams> = lazy("FsCreateDirectoryParams", () => Schema.Struct({
  path: force(AbsolutePathBuf),
  recursive: Schema.optional(Schema.NullOr(Schema.Boolean))
}))

/**
 * Request metadata for an absolute path.
 */
export interface FsGetMetadataParams {
  /**
   * Absolute path to inspect.
   */
  readonly path: AbsolutePathBuf
}
export const FsGetMetadataParams: Schema.Schema<FsGetMetadataParams> = lazy("FsGetMetadataParams", () => Schema.Struct({
  path: force(AbsolutePathBuf)
}))

/**
 * List direct child names for a directory.
 */
export interface FsReadDirectoryParams {
  /**
   * Absolute directory path to read.
   */
  readonly path: AbsolutePathBuf
}
export const FsReadDirectoryParams: Schema.Schema<FsReadDirectoryParams> = lazy("FsReadDirectoryParams", () => Schema.Struct({
  path: force(AbsolutePathBuf)
}))

/**
 * Remove a file or directory tree from the host filesystem.
 */
export interface FsRemoveParams {
  /**
   * Whether missing paths should be ignored. Defaults to `true`.
   */
  readonly force?: boolean | null | undefined
  /**
   * Absolute path to remove.
   */
  readonly path: AbsolutePathBuf
  /**
   * Whether directory removal should recurse. Defaults to `true`.
   */
  readonly recursive?: boolean | null | undefined
}
export const FsRemoveParams: Schema.Schema<FsRemoveParams> = lazy("FsRemoveParams", () => Schema.Struct({
  force: Schema.optional(Schema.NullOr(Schema.Boolean)),
  path: force(AbsolutePathBuf),
  recursive: Schema.optional(Schema.NullOr(Schema.Boolean))
}))

/**
 * Copy a file or directory tree on the host filesystem.
 */
export interface FsCopyParams {
  /**
   * Absolute destination path.
   */
  readonly destinationPath: AbsolutePathBuf
  /**
   * Required for directory copies; ignored for file copies.
   */
  readonly recursive?: boolean | undefined
  /**
   * Absolute source path.
   */
  readonly sourcePath: AbsolutePathBuf
}
export const FsCopyParams: Schema.Schema<FsCopyParams> = lazy("FsCopyParams", () => Schema.Struct({
  destinationPath: force(AbsolutePathBuf),
  recursive: Schema.optional(Schema.Boolean),
  sourcePath: force(AbsolutePathBuf)
}))

/**
 * Start filesystem watch notifications for an absolute path.
 */
export interface FsWatchParams {
  /**
   * Absolute file or directory path to watch.
   */
  readonly path: AbsolutePathBuf
  /**
   * Connection-scoped watch identifier used for `fs/unwatch` and `fs/changed`.
   */
  readonly watchId: string
}
export const FsWatchParams: Schema.Schema<FsWatchParams> = lazy("FsWatchParams", () => Schema.Struct({
  path: force(AbsolutePathBuf),
  watchId: Schema.String
}))

/**
 * Stop filesystem watch notifications for a prior `fs/watch`.
 */
export interface FsUnwatchParams {
  /**
   * Watch identifier previously provided to `fs/watch`.
   */
  readonly watchId: string
}
export const FsUnwatchParams: Schema.Schema<FsUnwatchParams> = lazy("FsUnwatchParams", () => Schema.Struct({
  watchId: Schema.String
}))

export interface SkillsConfigWriteParams {
  readonly enabled: boolean
  /**
   * Name-based selector.
   */
  readonly name?: string | null | undefined
  /**
   * Path-based selector.
   */
  readonly path?: AbsolutePathBuf | null | undefined
}
export const SkillsConfigWriteParams: Schema.Schema<SkillsConfigWriteParams> = lazy("SkillsConfigWriteParams", () => Schema.Struct({
  enabled: Schema.Boolean,
  name: Schema.optional(Schema.NullOr(Schema.String)),
  path: Schema.optional(Schema.NullOr(force(AbsolutePathBuf)))
}))

export interface PluginInstallParams {
  /**
   * Client-generated identifier used to correlate one installation attempt.
   */
  readonly installAttemptId?: string | null | undefined
  readonly marketplacePath?: AbsolutePathBuf | null | undefined
  readonly pluginName: string
  readonly remoteMarketplaceName?: string | null | undefined
}
export const PluginInstallParams: Schema.Schema<PluginInstallParams> = lazy("PluginInstallParams", () => Schema.Struct({
  installAttemptId: Schema.optional(Schema.NullOr(Schema.String)),
  marketplacePath: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  pluginName: Schema.String,
  remoteMarketplaceName: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface PluginUninstallParams {
  readonly pluginId: string
}
export const PluginUninstallParams: Schema.Schema<PluginUninstallParams> = lazy("PluginUninstallParams", () => Schema.Struct({
  pluginId: Schema.String
}))

/**
 * Requested cyber treatment for an OpenAI model turn. Authorization and model-tier restrictions remain server-owned.
 */
export type CyberAccessProgram = "standard" | "daybreakBlue" | "daybreakRed"
export const CyberAccessProgram: Schema.Schema<CyberAccessProgram> = lazy("CyberAccessProgram", () => Schema.Literal("standard", "daybreakBlue", "daybreakRed"))

export interface TurnToolOutput {
  readonly name: string
  readonly namespace?: string | null | undefined
  readonly output: FunctionCallOutputBody
  /**
   * Requests retention of this output in the thread's model history.
   */
  readonly retain?: boolean | undefined
}
export const TurnToolOutput: Schema.Schema<TurnToolOutput> = lazy("TurnToolOutput", () => Schema.Struct({
  name: Schema.String,
  namespace: Schema.optional(Schema.NullOr(Schema.String)),
  output: force(FunctionCallOutputBody),
  retain: Schema.optional(Schema.Boolean)
}))

export interface TurnStartParams {
  /**
   * Optional client-provided context fragments keyed by an opaque source identifier.
   */
  readonly additionalContext?: { readonly [key: string]: AdditionalContextEntry } | null | undefined
  /**
   * Override the approval policy for this turn and subsequent turns.
   */
  readonly approvalPolicy?: AskForApproval | null | undefined
  /**
   * Override where approval requests are routed for review on this turn and subsequent turns.
   */
  readonly approvalsReviewer?: ApprovalsReviewer | null | undefined
  readonly clientUserMessageId?: string | null | undefined
  /**
   * EXPERIMENTAL - Set a pre-set collaboration mode. Takes precedence over model, reasoning_effort, and developer instructions if set.
   *
   * For `collaboration_mode.settings.developer_instructions`, `null` means "use the built-in instructions for the selected mode".
   */
  readonly collaborationMode?: CollaborationMode | null | undefined
  /**
   * Override the working directory for this turn and subsequent turns.
   */
  readonly cwd?: string | null | undefined
  /**
   * EXPERIMENTAL - Request an authorized cyber program for this turn. Omission preserves automatic behavior. This does not grant access.
   */
  readonly cyberAccessProgram?: CyberAccessProgram | null | undefined
  /**
   * Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it.
   */
  readonly disabledPluginIds?: ReadonlyArray<string> | null | undefined
  /**
   * Override the reasoning effort for this turn and subsequent turns.
   */
  readonly effort?: ReasoningEffort | null | undefined
  /**
   * Optional environments for this turn and subsequent turns.
   *
   * Omitted uses the thread sticky environments. Empty disables environment access for this turn. Non-empty selects the first environment as the current turn environment for this turn.
   */
  readonly environments?: ReadonlyArray<TurnEnvironmentParams> | null | undefined
  readonly input: ReadonlyArray<UserInput>
  /**
   * Override the model for this turn and subsequent turns.
   */
  readonly model?: string | null | undefined
  /**
   * @deprecated Ignored. Use `effort: "ultra"` for proactive multi-agent behavior.
   */
  readonly multiAgentMode?: MultiAgentMode | null | undefined
  /**
   * Optional JSON Schema used to constrain the final assistant message for this turn.
   */
  readonly outputSchema?: unknown | undefined
  /**
   * ID of the turn that caused this new turn to start.
   *
   * Set this when starting work on behalf of another turn, such as delegated work in a different thread. Leave unset for work started directly by the user. Ignored when this request adds input to an active turn.
   */
  readonly parentTurnId?: string | null | undefined
  /**
   * Select a named permissions profile id for this turn and subsequent turns. Cannot be combined with `sandboxPolicy`.
   */
  readonly permissions?: string | null | undefined
  /**
   * @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
   */
  readonly personality?: Personality | null | undefined
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata. Replaces unprotected client-provided entries when supplied; an empty map clears them.
   *
   * Entries are flattened into the JSON string sent as `client_metadata["x-codex-turn-metadata"]` on ResponsesAPI HTTP and websocket requests.
   *
   * They are not sent as top-level ResponsesAPI `client_metadata` keys, and reserved keys such as `session_id`, `thread_id`, `turn_id`, and `window_id` cannot be overridden.
   */
  readonly responsesapiClientMetadata?: { readonly [key: string]: string } | null | undefined
  /**
   * Merge entries into the ResponsesAPI turn metadata without removing existing entries. Applied after `responsesapiClientMetadata` if both are provided; reserved keys remain protected.
   */
  readonly responsesapiClientMetadataPatch?: { readonly [key: string]: string } | null | undefined
  /**
   * ID of the first turn in the chain of work that led to this new turn.
   *
   * When setting `parentTurnId`, set this to the parent turn's `rootTurnId` when known. This keeps descendant work attributed to the original turn. If omitted, the new turn becomes its own root. Ignored when this request adds input to an active turn.
   */
  readonly rootTurnId?: string | null | undefined
  /**
   * Replace the thread's runtime workspace roots for this turn and subsequent turns. Paths must be absolute.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf> | null | undefined
  /**
   * Override the sandbox policy for this turn and subsequent turns.
   */
  readonly sandboxPolicy?: SandboxPolicy | null | undefined
  /**
   * Override the service tier for this turn and subsequent turns.
   */
  readonly serviceTier?: string | null | undefined
  /**
   * Override the service tier only when this request starts a new turn. Use "default" for standard speed. Omitted or null inherits the thread's tier. Does not change the thread's tier or a turn being steered.
   */
  readonly serviceTierForTurn?: string | null | undefined
  /**
   * Override the reasoning summary for this turn and subsequent turns.
   */
  readonly summary?: ReasoningSummary | null | undefined
  readonly threadId: string
  readonly toolOutput?: TurnToolOutput | null | undefined
  /**
   * Optional source classification for the caller that starts this turn. Ignored when this request steers an already-active turn.
   */
  readonly turnTrigger?: string | null | undefined
}
export const TurnStartParams: Schema.Schema<TurnStartParams> = lazy("TurnStartParams", () => Schema.Struct({
  additionalContext: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: force(AdditionalContextEntry) }))),
  approvalPolicy: Schema.optional(Schema.NullOr(force(AskForApproval))),
  approvalsReviewer: Schema.optional(Schema.NullOr(force(ApprovalsReviewer))),
  clientUserMessageId: Schema.optional(Schema.NullOr(Schema.String)),
  collaborationMode: Schema.optional(Schema.NullOr(force(CollaborationMode))),
  cwd: Schema.optional(Schema.NullOr(Schema.String)),
  cyberAccessProgram: Schema.optional(Schema.NullOr(force(CyberAccessProgram))),
  disabledPluginIds: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  effort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  environments: Schema.optional(Schema.NullOr(Schema.Array(force(TurnEnvironmentParams)))),
  input: Schema.Array(force(UserInput)),
  model: Schema.optional(Schema.NullOr(Schema.String)),
  multiAgentMode: Schema.optional(Schema.NullOr(force(MultiAgentMode))),
  outputSchema: Schema.optional(Schema.Unknown),
  parentTurnId: Schema.optional(Schema.NullOr(Schema.String)),
  permissions: Schema.optional(Schema.NullOr(Schema.String)),
  personality: Schema.optional(Schema.NullOr(force(Personality))),
  responsesapiClientMetadata: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  responsesapiClientMetadataPatch: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  rootTurnId: Schema.optional(Schema.NullOr(Schema.String)),
  runtimeWorkspaceRoots: Schema.optional(Schema.NullOr(Schema.Array(force(AbsolutePathBuf)))),
  sandboxPolicy: Schema.optional(Schema.NullOr(force(SandboxPolicy))),
  serviceTier: Schema.optional(Schema.NullOr(Schema.String)),
  serviceTierForTurn: Schema.optional(Schema.NullOr(Schema.String)),
  summary: Schema.optional(Schema.NullOr(force(ReasoningSummary))),
  threadId: Schema.String,
  toolOutput: Schema.optional(Schema.NullOr(force(TurnToolOutput))),
  turnTrigger: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * Experimental settings changes for one running turn, not future turns. Unsupported fields are rejected rather than silently ignored. Any live task kind may accept publication. Child sessions and consumers of frozen initial settings are unchanged.
 */
export interface TurnSettingsUpdateParams {
  /**
   * Changes the active turn's reviewer without changing future thread settings. Already captured steps and pending approvals retain their original reviewer.
   */
  readonly approvalsReviewer?: ApprovalsReviewer | null | undefined
  /**
   * Omission or `null` leaves the effort unchanged.
   */
  readonly effort?: ReasoningEffort | null | undefined
  /**
   * Replace the environments for subsequent steps of this turn, not future turns. Omitted/null preserves the selection; [] clears it. An already-started step is unchanged.
   */
  readonly environments?: ReadonlyArray<TurnEnvironmentParams> | null | undefined
  /**
   * Omission or `null` leaves the model unchanged.
   */
  readonly model?: string | null | undefined
  /**
   * `null` clears the requested tier; omission leaves it unchanged.
   */
  readonly serviceTier?: string | null | undefined
  /**
   * Omission or `null` leaves the summary preference unchanged.
   */
  readonly summary?: ReasoningSummary | null | undefined
  readonly threadId: string
  readonly turnId: string
}
export const TurnSettingsUpdateParams: Schema.Schema<TurnSettingsUpdateParams> = lazy("TurnSettingsUpdateParams", () => Schema.Struct({
  approvalsReviewer: Schema.optional(Schema.NullOr(force(ApprovalsReviewer))),
  effort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  environments: Schema.optional(Schema.NullOr(Schema.Array(force(TurnEnvironmentParams)))),
  model: Schema.optional(Schema.NullOr(Schema.String)),
  serviceTier: Schema.optional(Schema.NullOr(Schema.String)),
  summary: Schema.optional(Schema.NullOr(force(ReasoningSummary))),
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface TurnSteerParams {
  /**
   * Optional client-provided context fragments keyed by an opaque source identifier.
   */
  readonly additionalContext?: { readonly [key: string]: AdditionalContextEntry } | null | undefined
  readonly clientUserMessageId?: string | null | undefined
  /**
   * Required active turn id precondition. The request fails when it does not match the currently active turn.
   */
  readonly expectedTurnId: string
  readonly input: ReadonlyArray<UserInput>
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata. Replaces unprotected client-provided entries when supplied; an empty map clears them.
   *
   * Entries are flattened into the JSON string sent as `client_metadata["x-codex-turn-metadata"]` on ResponsesAPI HTTP and websocket requests.
   *
   * They are not sent as top-level ResponsesAPI `client_metadata` keys, and reserved keys such as `session_id`, `thread_id`, `turn_id`, and `window_id` cannot be overridden.
   */
  readonly responsesapiClientMetadata?: { readonly [key: string]: string } | null | undefined
  /**
   * Merge entries into the ResponsesAPI turn metadata without removing existing entries. Applied after `responsesapiClientMetadata` if both are provided; reserved keys remain protected.
   */
  readonly responsesapiClientMetadataPatch?: { readonly [key: string]: string } | null | undefined
  readonly threadId: string
}
export const TurnSteerParams: Schema.Schema<TurnSteerParams> = lazy("TurnSteerParams", () => Schema.Struct({
  additionalContext: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: force(AdditionalContextEntry) }))),
  clientUserMessageId: Schema.optional(Schema.NullOr(Schema.String)),
  expectedTurnId: Schema.String,
  input: Schema.Array(force(UserInput)),
  responsesapiClientMetadata: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  responsesapiClientMetadataPatch: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  threadId: Schema.String
}))

export interface TurnInterruptParams {
  readonly threadId: string
  readonly turnId: string
}
export const TurnInterruptParams: Schema.Schema<TurnInterruptParams> = lazy("TurnInterruptParams", () => Schema.Struct({
  threadId: Schema.String,
  turnId: Schema.String
}))

export type CodexResponseHandoffMode = "thinking" | "commentary" | "bemTags"
export const CodexResponseHandoffMode: Schema.Schema<CodexResponseHandoffMode> = lazy("CodexResponseHandoffMode", () => Schema.Literal("thinking", "commentary", "bemTags"))

export type ConversationTextRole = "user" | "developer" | "assistant"
export const ConversationTextRole: Schema.Schema<ConversationTextRole> = lazy("ConversationTextRole", () => Schema.Literal("user", "developer", "assistant"))

/**
 * EXPERIMENTAL - role-bearing text item included when a realtime V3 session starts.
 */
export interface ThreadRealtimeInitialItem {
  readonly role: ConversationTextRole
  readonly text: string
}
export const ThreadRealtimeInitialItem: Schema.Schema<ThreadRealtimeInitialItem> = lazy("ThreadRealtimeInitialItem", () => Schema.Struct({
  role: force(ConversationTextRole),
  text: Schema.String
}))

export type RealtimeOutputModality = "text" | "audio"
export const RealtimeOutputModality: Schema.Schema<RealtimeOutputModality> = lazy("RealtimeOutputModality", () => Schema.Literal("text", "audio"))

export interface WebsocketThreadRealtimeStartTransport {
  readonly type: "websocket"
}
export const WebsocketThreadRealtimeStartTransport: Schema.Schema<WebsocketThreadRealtimeStartTransport> = lazy("WebsocketThreadRealtimeStartTransport", () => Schema.Struct({
  type: Schema.Literal("websocket")
}))

export interface WebrtcThreadRealtimeStartTransport {
  /**
   * SDP offer generated by a WebRTC RTCPeerConnection after configuring audio and the realtime events data channel.
   */
  readonly sdp: string
  readonly type: "webrtc"
}
export const WebrtcThreadRealtimeStartTransport: Schema.Schema<WebrtcThreadRealtimeStartTransport> = lazy("WebrtcThreadRealtimeStartTransport", () => Schema.Struct({
  sdp: Schema.String,
  type: Schema.Literal("webrtc")
}))

export interface ExistingCallThreadRealtimeStartTransport {
  /**
   * Identifier of a realtime call already created and negotiated by the client.
   */
  readonly callId: string
  readonly type: "existingCall"
}
export const ExistingCallThreadRealtimeStartTransport: Schema.Schema<ExistingCallThreadRealtimeStartTransport> = lazy("ExistingCallThreadRealtimeStartTransport", () => Schema.Struct({
  callId: Schema.String,
  type: Schema.Literal("existingCall")
}))

/**
 * EXPERIMENTAL - transport used by thread realtime.
 */
export type ThreadRealtimeStartTransport = (WebsocketThreadRealtimeStartTransport | WebrtcThreadRealtimeStartTransport | ExistingCallThreadRealtimeStartTransport)
export const ThreadRealtimeStartTransport: Schema.Schema<ThreadRealtimeStartTransport> = lazy("ThreadRealtimeStartTransport", () => Schema.Union(
  force(WebsocketThreadRealtimeStartTransport),
  force(WebrtcThreadRealtimeStartTransport),
  force(ExistingCallThreadRealtimeStartTransport)
))

export type RealtimeConversationVersion = "v1" | "v2" | "v3"
export const RealtimeConversationVersion: Schema.Schema<RealtimeConversationVersion> = lazy("RealtimeConversationVersion", () => Schema.Literal("v1", "v2", "v3"))

export type RealtimeVoice = "alloy" | "arbor" | "ash" | "aube" | "ballad" | "breeze" | "bubbie" | "cedar" | "coral" | "cove" | "echo" | "ember" | "haetsal" | "hanul" | "himari" | "juniper" | "leher" | "maple" | "marin" | "miko" | "neer" | "porto" | "rindo" | "rio" | "rivage" | "sage" | "selva" | "shimmer" | "sol" | "sonna" | "spruce" | "tinta" | "vale" | "verse" | "viola"
export const RealtimeVoice: Schema.Schema<RealtimeVoice> = lazy("RealtimeVoice", () => Schema.Literal("alloy", "arbor", "ash", "aube", "ballad", "breeze", "bubbie", "cedar", "coral", "cove", "echo", "ember", "haetsal", "hanul", "himari", "juniper", "leher", "maple", "marin", "miko", "neer", "porto", "rindo", "rio", "rivage", "sage", "selva", "shimmer", "sol", "sonna", "spruce", "tinta", "vale", "verse", "viola"))

/**
 * EXPERIMENTAL - start a thread-scoped realtime session.
 */
export interface ThreadRealtimeStartParams {
  /**
   * Relays public reasoning summaries as quiet context for realtime V3 delegations. Defaults to false.
   */
  readonly backendReasoningStatus?: boolean | undefined
  /**
   * Leaves Codex response handoffs to the client's explicit append calls instead of forwarding them automatically. Defaults to false.
   */
  readonly clientManagedHandoffs?: boolean | null | undefined
  /**
   * Overrides BEM channel prefixes by `analysis`, `commentary`, or `final`. Omitted channels retain their default uppercase bracketed prefixes.
   */
  readonly codexResponseHandoffChannelPrefixes?: { readonly [key: string]: ReadonlyArray<string> } | null | undefined
  /**
   * Selects how automatic Codex responses are routed in Frameless Bidi sessions. Omitted values default to `thinking`. Realtime V1 and V2 ignore this setting.
   */
  readonly codexResponseHandoffMode?: CodexResponseHandoffMode | null | undefined
  /**
   * Optional prefix added to automatic Codex response items when `codexResponsesAsItems` is true.
   */
  readonly codexResponseItemPrefix?: string | null | undefined
  /**
   * Sends automatic Codex responses as realtime conversation items instead of handoff appends.
   */
  readonly codexResponsesAsItems?: boolean | null | undefined
  /**
   * Controls whether a realtime V3 delegation produces an acknowledgement filler. Omitted values preserve the Realtime API's default behavior.
   */
  readonly delegationAckFiller?: boolean | null | undefined
  /**
   * Routes any transcript tail remaining at session end through Codex. Defaults to false. TODO: Remove this rollout knob once transcript-tail flushing is always enabled.
   */
  readonly flushTranscriptTailOnSessionEnd?: boolean | null | undefined
  /**
   * Set to false to start without Codex's startup context. Omitted or null includes it.
   */
  readonly includeStartupContext?: boolean | null | undefined
  /**
   * Adds complete role-bearing text items to the initial Frameless Bidi session history. This is only supported by realtime V3 and is sent during session startup. Requests are limited to 128 items and 8,192 estimated text tokens in total.
   */
  readonly initialItems?: ReadonlyArray<ThreadRealtimeInitialItem> | null | undefined
  /**
   * Overrides the configured realtime model for this session only.
   */
  readonly model?: string | null | undefined
  /**
   * Selects text or audio output for the realtime session. Transport and voice stay independent so clients can choose how they connect separately from what the model emits.
   */
  readonly outputModality: RealtimeOutputModality
  readonly prompt?: string | null | undefined
  /**
   * Developer instructions given to the backing Codex model when this realtime session ends.
   */
  readonly realtimeEndInstructions?: string | null | undefined
  readonly realtimeSessionId?: string | null | undefined
  /**
   * Developer instructions given to the backing Codex model when this realtime session starts.
   */
  readonly realtimeStartInstructions?: string | null | undefined
  readonly threadId: string
  readonly transport?: ThreadRealtimeStartTransport | null | undefined
  /**
   * Overrides the configured realtime protocol version for this session only.
   */
  readonly version?: RealtimeConversationVersion | null | undefined
  readonly voice?: RealtimeVoice | null | undefined
  /**
   * Client-generated identifier for the product voice session. This is distinct from `realtimeSessionId`.
   */
  readonly voiceSessionId?: string | null | undefined
}
export const ThreadRealtimeStartParams: Schema.Schema<ThreadRealtimeStartParams> = lazy("ThreadRealtimeStartParams", () => Schema.Struct({
  backendReasoningStatus: Schema.optional(Schema.Boolean),
  clientManagedHandoffs: Schema.optional(Schema.NullOr(Schema.Boolean)),
  codexResponseHandoffChannelPrefixes: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Array(Schema.String) }))),
  codexResponseHandoffMode: Schema.optional(Schema.NullOr(force(CodexResponseHandoffMode))),
  codexResponseItemPrefix: Schema.optional(Schema.NullOr(Schema.String)),
  codexResponsesAsItems: Schema.optional(Schema.NullOr(Schema.Boolean)),
  delegationAckFiller: Schema.optional(Schema.NullOr(Schema.Boolean)),
  flushTranscriptTailOnSessionEnd: Schema.optional(Schema.NullOr(Schema.Boolean)),
  includeStartupContext: Schema.optional(Schema.NullOr(Schema.Boolean)),
  initialItems: Schema.optional(Schema.NullOr(Schema.Array(force(ThreadRealtimeInitialItem)))),
  model: Schema.optional(Schema.NullOr(Schema.String)),
  outputModality: force(RealtimeOutputModality),
  prompt: Schema.optional(Schema.NullOr(Schema.String)),
  realtimeEndInstructions: Schema.optional(Schema.NullOr(Schema.String)),
  realtimeSessionId: Schema.optional(Schema.NullOr(Schema.String)),
  realtimeStartInstructions: Schema.optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String,
  transport: Schema.optional(Schema.NullOr(force(ThreadRealtimeStartTransport))),
  version: Schema.optional(Schema.NullOr(force(RealtimeConversationVersion))),
  voice: Schema.optional(Schema.NullOr(force(RealtimeVoice))),
  voiceSessionId: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * EXPERIMENTAL - thread realtime audio chunk.
 */
export interface ThreadRealtimeAudioChunk {
  readonly data: string
  readonly itemId?: string | null | undefined
  /**
   * @format uint16
   */
  readonly numChannels: number
  /**
   * @format uint32
   */
  readonly sampleRate: number
  /**
   * @format uint32
   */
  readonly samplesPerChannel?: number | null | undefined
}
export const ThreadRealtimeAudioChunk: Schema.Schema<ThreadRealtimeAudioChunk> = lazy("ThreadRealtimeAudioChunk", () => Schema.Struct({
  data: Schema.String,
  itemId: Schema.optional(Schema.NullOr(Schema.String)),
  numChannels: Schema.Number,
  sampleRate: Schema.Number,
  samplesPerChannel: Schema.optional(Schema.NullOr(Schema.Number))
}))

/**
 * EXPERIMENTAL - append audio input to thread realtime.
 */
export interface ThreadRealtimeAppendAudioParams {
  readonly audio: ThreadRealtimeAudioChunk
  readonly threadId: string
}
export const ThreadRealtimeAppendAudioParams: Schema.Schema<ThreadRealtimeAppendAudioParams> = lazy("ThreadRealtimeAppendAudioParams", () => Schema.Struct({
  audio: force(ThreadRealtimeAudioChunk),
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - append text input to thread realtime.
 */
export interface ThreadRealtimeAppendTextParams {
  /**
   * @default "user"
   */
  readonly role?: ConversationTextRole | undefined
  readonly text: string
  readonly threadId: string
}
export const ThreadRealtimeAppendTextParams: Schema.Schema<ThreadRealtimeAppendTextParams> = lazy("ThreadRealtimeAppendTextParams", () => Schema.Struct({
  role: Schema.optional(force(ConversationTextRole)),
  text: Schema.String,
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - append speakable text to thread realtime.
 */
export interface ThreadRealtimeAppendSpeechParams {
  readonly text: string
  readonly threadId: string
}
export const ThreadRealtimeAppendSpeechParams: Schema.Schema<ThreadRealtimeAppendSpeechParams> = lazy("ThreadRealtimeAppendSpeechParams", () => Schema.Struct({
  text: Schema.String,
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - stop thread realtime.
 */
export interface ThreadRealtimeStopParams {
  readonly threadId: string
}
export const ThreadRealtimeStopParams: Schema.Schema<ThreadRealtimeStopParams> = lazy("ThreadRealtimeStopParams", () => Schema.Struct({
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - list ordinary and realtime thread history in rollout order.
 */
export interface ThreadTimelineListParams {
  readonly cursor?: string | null | undefined
  /**
   * @format uint32
   */
  readonly limit?: number | null | undefined
  readonly threadId: string
}
export const ThreadTimelineListParams: Schema.Schema<ThreadTimelineListParams> = lazy("ThreadTimelineListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - list voices supported by thread realtime.
 */
export type ThreadRealtimeListVoicesParams = { readonly [key: string]: unknown }
export const ThreadRealtimeListVoicesParams: Schema.Schema<ThreadRealtimeListVoicesParams> = lazy("ThreadRealtimeListVoicesParams", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type ReviewDelivery = "inline"
export const ReviewDelivery: Schema.Schema<ReviewDelivery> = lazy("ReviewDelivery", () => Schema.Literal("inline"))

/**
 * Review the working tree: staged, unstaged, and untracked files.
 */
export interface UncommittedChangesReviewTarget {
  readonly type: "uncommittedChanges"
}
export const UncommittedChangesReviewTarget: Schema.Schema<UncommittedChangesReviewTarget> = lazy("UncommittedChangesReviewTarget", () => Schema.Struct({
  type: Schema.Literal("uncommittedChanges")
}))

/**
 * Review changes between the current branch and the given base branch.
 */
export interface BaseBranchReviewTarget {
  readonly branch: string
  readonly type: "baseBranch"
}
export const BaseBranchReviewTarget: Schema.Schema<BaseBranchReviewTarget> = lazy("BaseBranchReviewTarget", () => Schema.Struct({
  branch: Schema.String,
  type: Schema.Literal("baseBranch")
}))

/**
 * Review the changes introduced by a specific commit.
 */
export interface CommitReviewTarget {
  readonly sha: string
  /**
   * Optional human-readable label (e.g., commit subject) for UIs.
   */
  readonly title?: string | null | undefined
  readonly type: "commit"
}
export const CommitReviewTarget: Schema.Schema<CommitReviewTarget> = lazy("CommitReviewTarget", () => Schema.Struct({
  sha: Schema.String,
  title: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("commit")
}))

/**
 * Arbitrary instructions, equivalent to the old free-form prompt.
 */
export interface CustomReviewTarget {
  readonly instructions: string
  readonly type: "custom"
}
export const CustomReviewTarget: Schema.Schema<CustomReviewTarget> = lazy("CustomReviewTarget", () => Schema.Struct({
  instructions: Schema.String,
  type: Schema.Literal("custom")
}))

export type ReviewTarget = (UncommittedChangesReviewTarget | BaseBranchReviewTarget | CommitReviewTarget | CustomReviewTarget)
export const ReviewTarget: Schema.Schema<ReviewTarget> = lazy("ReviewTarget", () => Schema.Union(
  force(UncommittedChangesReviewTarget),
  force(BaseBranchReviewTarget),
  force(CommitReviewTarget),
  force(CustomReviewTarget)
))

export interface ReviewStartParams {
  /**
   * Reviews run inline on the supplied thread. Omit this field or pass `inline`. To review on a separate thread, start a thread first and use its id.
   * @default null
   */
  readonly delivery?: ReviewDelivery | null | undefined
  readonly target: ReviewTarget
  readonly threadId: string
}
export const ReviewStartParams: Schema.Schema<ReviewStartParams> = lazy("ReviewStartParams", () => Schema.Struct({
  delivery: Schema.optional(Schema.NullOr(force(ReviewDelivery))),
  target: force(ReviewTarget),
  threadId: Schema.String
}))

export interface ModelListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null | undefined
  /**
   * When true, include models that are hidden from the default picker list.
   */
  readonly includeHidden?: boolean | null | undefined
  /**
   * Optional page size; defaults to a reasonable server-side value.
   * @format uint32
   */
  readonly limit?: number | null | undefined
  /**
   * List models for this configured provider instead of the app-server default.
   */
  readonly modelProvider?: string | null | undefined
}
export const ModelListParams: Schema.Schema<ModelListParams> = lazy("ModelListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  includeHidden: Schema.optional(Schema.NullOr(Schema.Boolean)),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  modelProvider: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * Read credential readiness for a configured provider without starting browser login.
 */
export interface GatewayOAuthReadParams {
  /**
   * Defaults to the current provider when omitted.
   */
  readonly modelProvider?: string | null | undefined
}
export const GatewayOAuthReadParams: Schema.Schema<GatewayOAuthReadParams> = lazy("GatewayOAuthReadParams", () => Schema.Struct({
  modelProvider: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * Authorize a configured provider without changing the default or any thread's provider.
 */
export interface GatewayOAuthLoginParams {
  /**
   * Select device authorization when the server advertises support for it.
   */
  readonly deviceAuth?: boolean | undefined
  /**
   * Defaults to the current provider when omitted.
   */
  readonly modelProvider?: string | null | undefined
}
export const GatewayOAuthLoginParams: Schema.Schema<GatewayOAuthLoginParams> = lazy("GatewayOAuthLoginParams", () => Schema.Struct({
  deviceAuth: Schema.optional(Schema.Boolean),
  modelProvider: Schema.optional(Schema.NullOr(Schema.String))
}))

export type ModelProviderListParams = { readonly [key: string]: unknown }
export const ModelProviderListParams: Schema.Schema<ModelProviderListParams> = lazy("ModelProviderListParams", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type GcpProviderId = "gcp"
export const GcpProviderId: Schema.Schema<GcpProviderId> = lazy("GcpProviderId", () => Schema.Literal("gcp"))

export interface CustomGatewayProviderSettingsPatch {
  readonly baseUrl?: string | null | undefined
  readonly envKey?: string | null | undefined
  readonly name?: string | undefined
  /**
   * Omit or pass null to allocate a new custom provider ID.
   */
  readonly providerId?: string | null | undefined
  readonly type: "customGateway"
}
export const CustomGatewayProviderSettingsPatch: Schema.Schema<CustomGatewayProviderSettingsPatch> = lazy("CustomGatewayProviderSettingsPatch", () => Schema.Struct({
  baseUrl: Schema.optional(Schema.NullOr(Schema.String)),
  envKey: Schema.optional(Schema.NullOr(Schema.String)),
  name: Schema.optional(Schema.String),
  providerId: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("customGateway")
}))

/**
 * AWS configuration fields for built-in Bedrock providers.
 */
export interface BedrockProviderSettingsPatch {
  readonly profile?: string | null | undefined
  readonly providerId: BedrockProviderId
  readonly region?: string | null | undefined
  readonly type: "bedrock"
}
export const BedrockProviderSettingsPatch: Schema.Schema<BedrockProviderSettingsPatch> = lazy("BedrockProviderSettingsPatch", () => Schema.Struct({
  profile: Schema.optional(Schema.NullOr(Schema.String)),
  providerId: force(BedrockProviderId),
  region: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("bedrock")
}))

/**
 * GCP configuration fields. Credential-file paths refer to the app-server host.
 */
export interface GcpProviderSettingsPatch {
  readonly credentialFile?: string | null | undefined
  readonly location?: string | null | undefined
  readonly projectId?: string | null | undefined
  readonly providerId: GcpProviderId
  readonly type: "gcp"
}
export const GcpProviderSettingsPatch: Schema.Schema<GcpProviderSettingsPatch> = lazy("GcpProviderSettingsPatch", () => Schema.Struct({
  credentialFile: Schema.optional(Schema.NullOr(Schema.String)),
  location: Schema.optional(Schema.NullOr(Schema.String)),
  projectId: Schema.optional(Schema.NullOr(Schema.String)),
  providerId: force(GcpProviderId),
  type: Schema.Literal("gcp")
}))

/**
 * Omitted patch fields preserve their values. Explicit null clears a nullable field.
 */
export type ProviderSettingsPatch = (CustomGatewayProviderSettingsPatch | BedrockProviderSettingsPatch | GcpProviderSettingsPatch)
export const ProviderSettingsPatch: Schema.Schema<ProviderSettingsPatch> = lazy("ProviderSettingsPatch", () => Schema.Union(
  force(CustomGatewayProviderSettingsPatch),
  force(BedrockProviderSettingsPatch),
  force(GcpProviderSettingsPatch)
))

export interface ModelProviderConfigWriteParams {
  readonly settings: ProviderSettingsPatch
}
export const ModelProviderConfigWriteParams: Schema.Schema<ModelProviderConfigWriteParams> = lazy("ModelProviderConfigWriteParams", () => Schema.Struct({
  settings: force(ProviderSettingsPatch)
}))

export type ModelProviderCapabilitiesReadParams = { readonly [key: string]: unknown }
export const ModelProviderCapabilitiesReadParams: Schema.Schema<ModelProviderCapabilitiesReadParams> = lazy("ModelProviderCapabilitiesReadParams", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ExperimentalFeatureListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null | undefined
  /**
   * Optional page size; defaults to a reasonable server-side value.
   * @format uint32
   */
  readonly limit?: number | null | undefined
  /**
   * Optional loaded thread id. Pass this when showing feature state for an existing thread so enablement is computed from that thread's refreshed config, including project-local config for the thread's cwd.
   */
  readonly threadId?: string | null | undefined
}
export const ExperimentalFeatureListParams: Schema.Schema<ExperimentalFeatureListParams> = lazy("ExperimentalFeatureListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  threadId: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface PermissionProfileListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null | undefined
  /**
   * Optional working directory to resolve project config layers.
   */
  readonly cwd?: string | null | undefined
  /**
   * Optional page size; defaults to the full result set.
   * @format uint32
   */
  readonly limit?: number | null | undefined
}
export const PermissionProfileListParams: Schema.Schema<PermissionProfileListParams> = lazy("PermissionProfileListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  cwd: Schema.optional(Schema.NullOr(Schema.String)),
  limit: Schema.optional(Schema.NullOr(Schema.Number))
}))

export interface ExperimentalFeatureEnablementSetParams {
  /**
   * Process-wide runtime feature enablement keyed by canonical feature name.
   *
   * Only named features are updated. Omitted features are left unchanged. Send an empty map for a no-op.
   */
  readonly enablement: { readonly [key: string]: boolean }
}
export const ExperimentalFeatureEnablementSetParams: Schema.Schema<ExperimentalFeatureEnablementSetParams> = lazy("ExperimentalFeatureEnablementSetParams", () => Schema.Struct({
  enablement: Schema.Record({ key: Schema.String, value: Schema.Boolean })
}))

export interface RemoteControlEnableParams {
  readonly ephemeral?: boolean | undefined
}
export const RemoteControlEnableParams: Schema.Schema<RemoteControlEnableParams> = lazy("RemoteControlEnableParams", () => Schema.Struct({
  ephemeral: Schema.optional(Schema.Boolean)
}))

export interface RemoteControlDisableParams {
  readonly ephemeral?: boolean | undefined
}
export const RemoteControlDisableParams: Schema.Schema<RemoteControlDisableParams> = lazy("RemoteControlDisableParams", () => Schema.Struct({
  ephemeral: Schema.optional(Schema.Boolean)
}))

export interface RemoteControlPairingStartParams {
  readonly manualCode?: boolean | undefined
}
export const RemoteControlPairingStartParams: Schema.Schema<RemoteControlPairingStartParams> = lazy("RemoteControlPairingStartParams", () => Schema.Struct({
  manualCode: Schema.optional(Schema.Boolean)
}))

export interface RemoteControlPairingStatusParams {
  readonly manualPairingCode?: string | null | undefined
  readonly pairingCode?: string | null | undefined
}
export const RemoteControlPairingStatusParams: Schema.Schema<RemoteControlPairingStatusParams> = lazy("RemoteControlPairingStatusParams", () => Schema.Struct({
  manualPairingCode: Schema.optional(Schema.NullOr(Schema.String)),
  pairingCode: Schema.optional(Schema.NullOr(Schema.String))
}))

export type RemoteControlClientsListOrder = "asc" | "desc"
export const RemoteControlClientsListOrder: Schema.Schema<RemoteControlClientsListOrder> = lazy("RemoteControlClientsListOrder", () => Schema.Literal("asc", "desc"))

export interface RemoteControlClientsListParams {
  readonly cursor?: string | null | undefined
  readonly environmentId: string
  /**
   * @format uint32
   */
  readonly limit?: number | null | undefined
  readonly order?: RemoteControlClientsListOrder | null | undefined
}
export const RemoteControlClientsListParams: Schema.Schema<RemoteControlClientsListParams> = lazy("RemoteControlClientsListParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  environmentId: Schema.String,
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  order: Schema.optional(Schema.NullOr(force(RemoteControlClientsListOrder)))
}))

export interface RemoteControlClientsRevokeParams {
  readonly clientId: string
  readonly environmentId: string
}
export const RemoteControlClientsRevokeParams: Schema.Schema<RemoteControlClientsRevokeParams> = lazy("RemoteControlClientsRevokeParams", () => Schema.Struct({
  clientId: Schema.String,
  environmentId: Schema.String
}))

/**
 * EXPERIMENTAL - list collaboration mode presets.
 */
export type CollaborationModeListParams = { readonly [key: string]: unknown }
export const CollaborationModeListParams: Schema.Schema<CollaborationModeListParams> = lazy("CollaborationModeListParams", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface MockExperimentalMethodParams {
  /**
   * Test-only payload field.
   */
  readonly value?: string | null | undefined
}
export const MockExperimentalMethodParams: Schema.Schema<MockExperimentalMethodParams> = lazy("MockExperimentalMethodParams", () => Schema.Struct({
  value: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface EnvironmentSkillsParams {
  /**
   * Exact catalog names that must be available from this environment.
   */
  readonly required?: ReadonlyArray<string> | null | undefined
}
export const EnvironmentSkillsParams: Schema.Schema<EnvironmentSkillsParams> = lazy("EnvironmentSkillsParams", () => Schema.Struct({
  required: Schema.optional(Schema.NullOr(Schema.Array(Schema.String)))
}))

export interface EnvironmentAddParams {
  /**
   * Optional raw bearer token for executor authentication, including reconnects. Requires a secure transport or a loopback destination.
   */
  readonly authBearerToken?: string | null | undefined
  /**
   * Optional WebSocket connection timeout. The server default applies when omitted.
   * @format uint64
   */
  readonly connectTimeoutMs?: number | null | undefined
  readonly environmentId: string
  readonly execServerUrl: string
  /**
   * Required skills supplied by this environment, checked before model inference.
   */
  readonly skills?: EnvironmentSkillsParams | null | undefined
  /**
   * Optional X-Request-ID for the direct WebSocket upgrade, including reconnects. Requires a secure transport or a loopback destination.
   */
  readonly websocketRequestId?: string | null | undefined
}
export const EnvironmentAddParams: Schema.Schema<EnvironmentAddParams> = lazy("EnvironmentAddParams", () => Schema.Struct({
  authBearerToken: Schema.optional(Schema.NullOr(Schema.String)),
  connectTimeoutMs: Schema.optional(Schema.NullOr(Schema.Number)),
  environmentId: Schema.String,
  execServerUrl: Schema.String,
  skills: Schema.optional(Schema.NullOr(force(EnvironmentSkillsParams))),
  websocketRequestId: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface EnvironmentInfoParams {
  readonly environmentId: string
}
export const EnvironmentInfoParams: Schema.Schema<EnvironmentInfoParams> = lazy("EnvironmentInfoParams", () => Schema.Struct({
  environmentId: Schema.String
}))

/**
 * Parameters for reading the current status of one configured environment.
 */
export interface EnvironmentStatusParams {
  /**
   * Environment id to inspect.
   */
  readonly environmentId: string
}
export const EnvironmentStatusParams: Schema.Schema<EnvironmentStatusParams> = lazy("EnvironmentStatusParams", () => Schema.Struct({
  environmentId: Schema.String
}))

export type McpServerOauthClientRegistration = "auto" | "cimd" | "dcr"
export const McpServerOauthClientRegistration: Schema.Schema<McpServerOauthClientRegistration> = lazy("McpServerOauthClientRegistration", () => Schema.Literal("auto", "cimd", "dcr"))

export interface McpServerOauthLoginParams {
  /**
   * Registration strategy for this login only; omission selects automatic discovery.
   */
  readonly clientRegistration?: McpServerOauthClientRegistration | null | undefined
  readonly name: string
  readonly scopes?: ReadonlyArray<string> | null | undefined
  readonly threadId?: string | null | undefined
  /**
   * @format int64
   */
  readonly timeoutSecs?: number | null | undefined
}
export const McpServerOauthLoginParams: Schema.Schema<McpServerOauthLoginParams> = lazy("McpServerOauthLoginParams", () => Schema.Struct({
  clientRegistration: Schema.optional(Schema.NullOr(force(McpServerOauthClientRegistration))),
  name: Schema.String,
  scopes: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  threadId: Schema.optional(Schema.NullOr(Schema.String)),
  timeoutSecs: Schema.optional(Schema.NullOr(Schema.Number))
}))

export type McpServerStatusDetail = "full" | "toolsAndAuthOnly"
export const McpServerStatusDetail: Schema.Schema<McpServerStatusDetail> = lazy("McpServerStatusDetail", () => Schema.Literal("full", "toolsAndAuthOnly"))

export interface ListMcpServerStatusParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null | undefined
  /**
   * Controls how much MCP inventory data to fetch for each server. Defaults to `Full` when omitted.
   */
  readonly detail?: McpServerStatusDetail | null | undefined
  /**
   * Optional page size; defaults to a server-defined value.
   * @format uint32
   */
  readonly limit?: number | null | undefined
  /**
   * Limit discovery to one server. With a thread ID, reuse that thread's MCP connection.
   */
  readonly serverName?: string | null | undefined
  readonly threadId?: string | null | undefined
}
export const ListMcpServerStatusParams: Schema.Schema<ListMcpServerStatusParams> = lazy("ListMcpServerStatusParams", () => Schema.Struct({
  cursor: Schema.optional(Schema.NullOr(Schema.String)),
  detail: Schema.optional(Schema.NullOr(force(McpServerStatusDetail))),
  limit: Schema.optional(Schema.NullOr(Schema.Number)),
  serverName: Schema.optional(Schema.NullOr(Schema.String)),
  threadId: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface McpResourceReadTarget {
  readonly connectorId: string
  /**
   * Null explicitly requests no-auth access, subject to the app's resource policy.
   */
  readonly linkId: string | null
}
export const McpResourceReadTarget: Schema.Schema<McpResourceReadTarget> = lazy("McpResourceReadTarget", () => Schema.Struct({
  connectorId: Schema.String,
  linkId: Schema.NullOr(Schema.String)
}))

export interface McpResourceReadParams {
  /**
   * Additional MCP request metadata. Account and turn routing keys are reserved.
   */
  readonly _meta?: { readonly [key: string]: unknown } | null | undefined
  readonly connectorId?: string | null | undefined
  /**
   * Originating MCP tool call used to select the resource's app.
   */
  readonly originCallId?: string | null | undefined
  readonly server: string
  /**
   * Explicit hosted app/account. Omit to retain legacy resource discovery.
   */
  readonly target?: McpResourceReadTarget | null | undefined
  readonly threadId?: string | null | undefined
  readonly uri: string
}
export const McpResourceReadParams: Schema.Schema<McpResourceReadParams> = lazy("McpResourceReadParams", () => Schema.Struct({
  _meta: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  connectorId: Schema.optional(Schema.NullOr(Schema.String)),
  originCallId: Schema.optional(Schema.NullOr(Schema.String)),
  server: Schema.String,
  target: Schema.optional(Schema.NullOr(force(McpResourceReadTarget))),
  threadId: Schema.optional(Schema.NullOr(Schema.String)),
  uri: Schema.String
}))

export interface McpServerEventStreamStartParams {
  readonly _meta?: unknown | undefined
  readonly arguments: unknown
  readonly name: string
  readonly server: string
  readonly subscriptionId: string
  readonly threadId: string
}
export const McpServerEventStreamStartParams: Schema.Schema<McpServerEventStreamStartParams> = lazy("McpServerEventStreamStartParams", () => Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  arguments: Schema.Unknown,
  name: Schema.String,
  server: Schema.String,
  subscriptionId: Schema.String,
  threadId: Schema.String
}))

export interface McpServerEventStreamStopParams {
  readonly subscriptionId: string
}
export const McpServerEventStreamStopParams: Schema.Schema<McpServerEventStreamStopParams> = lazy("McpServerEventStreamStopParams", () => Schema.Struct({
  subscriptionId: Schema.String
}))

export interface McpServerToolCallParams {
  readonly _meta?: unknown | undefined
  readonly arguments?: unknown | undefined
  readonly server: string
  readonly threadId: string
  readonly tool: string
}
export const McpServerToolCallParams: Schema.Schema<McpServerToolCallParams> = lazy("McpServerToolCallParams", () => Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  arguments: Schema.optional(Schema.Unknown),
  server: Schema.String,
  threadId: Schema.String,
  tool: Schema.String
}))

export type WindowsSandboxSetupMode = "elevated" | "unelevated"
export const WindowsSandboxSetupMode: Schema.Schema<WindowsSandboxSetupMode> = lazy("WindowsSandboxSetupMode", () => Schema.Literal("elevated", "unelevated"))

export interface WindowsSandboxSetupStartParams {
  readonly cwd?: AbsolutePathBuf | null | undefined
  readonly mode: WindowsSandboxSetupMode
}
export const WindowsSandboxSetupStartParams: Schema.Schema<WindowsSandboxSetupStartParams> = lazy("WindowsSandboxSetupStartParams", () => Schema.Struct({
  cwd: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  mode: force(WindowsSandboxSetupMode)
}))

export type LoginAppBrand = "codex" | "chatgpt"
export const LoginAppBrand: Schema.Schema<LoginAppBrand> = lazy("LoginAppBrand", () => Schema.Literal("codex", "chatgpt"))

export interface ApiKeyv2LoginAccountParams {
  readonly apiKey: string
  readonly type: "apiKey"
}
export const ApiKeyv2LoginAccountParams: Schema.Schema<ApiKeyv2LoginAccountParams> = lazy("ApiKeyv2LoginAccountParams", () => Schema.Struct({
  apiKey: Schema.String,
  type: Schema.Literal("apiKey")
}))

export interface Chatgptv2LoginAccountParams {
  /**
   * @default null
   */
  readonly appBrand?: LoginAppBrand | null | undefined
  readonly codexStreamlinedLogin?: boolean | undefined
  readonly type: "chatgpt"
  readonly useHostedLoginSuccessPage?: boolean | undefined
}
export const Chatgptv2LoginAccountParams: Schema.Schema<Chatgptv2LoginAccountParams> = lazy("Chatgptv2LoginAccountParams", () => Schema.Struct({
  appBrand: Schema.optional(Schema.NullOr(force(LoginAppBrand))),
  codexStreamlinedLogin: Schema.optional(Schema.Boolean),
  type: Schema.Literal("chatgpt"),
  useHostedLoginSuccessPage: Schema.optional(Schema.Boolean)
}))

export interface ChatgptDeviceCodev2LoginAccountParams {
  readonly type: "chatgptDeviceCode"
}
export const ChatgptDeviceCodev2LoginAccountParams: Schema.Schema<ChatgptDeviceCodev2LoginAccountParams> = lazy("ChatgptDeviceCodev2LoginAccountParams", () => Schema.Struct({
  type: Schema.Literal("chatgptDeviceCode")
}))

/**
 * [UNSTABLE] FOR OPENAI INTERNAL USE ONLY - DO NOT USE. The access token must contain the same scopes that Codex-managed ChatGPT auth tokens have.
 */
export interface ChatgptAuthTokensv2LoginAccountParams {
  /**
   * Access token (JWT) supplied by the client. This token is used for backend API requests and email extraction.
   */
  readonly accessToken: string
  /**
   * Workspace/account identifier supplied by the client.
   */
  readonly chatgptAccountId: string
  /**
   * Optional plan type supplied by the client.
   *
   * When `null`, Codex attempts to derive the plan type from access-token claims. If unavailable, the plan defaults to `unknown`.
   */
  readonly chatgptPlanType?: string | null | undefined
  readonly type: "chatgptAuthTokens"
}
export const ChatgptAuthTokensv2LoginAccountParams: Schema.Schema<ChatgptAuthTokensv2LoginAccountParams> = lazy("ChatgptAuthTokensv2LoginAccountParams", () => Schema.Struct({
  accessToken: Schema.String,
  chatgptAccountId: Schema.String,
  chatgptPlanType: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("chatgptAuthTokens")
}))

/**
 * [UNSTABLE] Managed Amazon Bedrock login is experimental.
 */
export interface AmazonBedrockv2LoginAccountParams {
  readonly apiKey: string
  readonly region: string
  readonly type: "amazonBedrock"
}
export const AmazonBedrockv2LoginAccountParams: Schema.Schema<AmazonBedrockv2LoginAccountParams> = lazy("AmazonBedrockv2LoginAccountParams", () => Schema.Struct({
  apiKey: Schema.String,
  region: Schema.String,
  type: Schema.Literal("amazonBedrock")
}))

/**
 * [UNSTABLE] Managed Amazon Bedrock AWS access key login is experimental.
 */
export interface AmazonBedrockAccessKeysv2LoginAccountParams {
  readonly accessKeyId: string
  readonly region: string
  readonly secretAccessKey: string
  readonly sessionToken?: string | null | undefined
  readonly type: "amazonBedrockAccessKeys"
}
export const AmazonBedrockAccessKeysv2LoginAccountParams: Schema.Schema<AmazonBedrockAccessKeysv2LoginAccountParams> = lazy("AmazonBedrockAccessKeysv2LoginAccountParams", () => Schema.Struct({
  accessKeyId: Schema.String,
  region: Schema.String,
  secretAccessKey: Schema.String,
  sessionToken: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("amazonBedrockAccessKeys")
}))

export type LoginAccountParams = (ApiKeyv2LoginAccountParams | Chatgptv2LoginAccountParams | ChatgptDeviceCodev2LoginAccountParams | ChatgptAuthTokensv2LoginAccountParams | AmazonBedrockv2LoginAccountParams | AmazonBedrockAccessKeysv2LoginAccountParams)
export const LoginAccountParams: Schema.Schema<LoginAccountParams> = lazy("LoginAccountParams", () => Schema.Union(
  force(ApiKeyv2LoginAccountParams),
  force(Chatgptv2LoginAccountParams),
  force(ChatgptDeviceCodev2LoginAccountParams),
  force(ChatgptAuthTokensv2LoginAccountParams),
  force(AmazonBedrockv2LoginAccountParams),
  force(AmazonBedrockAccessKeysv2LoginAccountParams)
))

export interface GcpSetupParams {
  /**
   * Absolute path to a credential file on the app-server host. Omit or pass `null` to clear the active user configuration's override and use ADC. If another configuration layer would still supply a credential file, setup fails without saving changes.
   */
  readonly credentialFile?: string | null | undefined
  /**
   * Vertex AI location. Omission or null selects `global`.
   */
  readonly location?: string | null | undefined
  readonly projectId: string
}
export const GcpSetupParams: Schema.Schema<GcpSetupParams> = lazy("GcpSetupParams", () => Schema.Struct({
  credentialFile: Schema.optional(Schema.NullOr(Schema.String)),
  location: Schema.optional(Schema.NullOr(Schema.String)),
  projectId: Schema.String
}))

/**
 * Usage-read capabilities of the requesting client, never inferred from its experiment arm.
 */
export interface GetAccountRateLimitsParams {
  /**
   * Skip the separate reset-credit detail lookup for background usage polls. The usage response still includes the available count; omitted/false preserves detailed reads.
   */
  readonly excludeResetCreditDetails?: boolean | undefined
  /**
   * The client supports automatic Luna Reserve fallback. For eligible ChatGPT CLI users, allow the backend to record experiment exposure after ordinary usage is blocked.
   */
  readonly supportsLunaReserve?: boolean | undefined
}
export const GetAccountRateLimitsParams: Schema.Schema<GetAccountRateLimitsParams> = lazy("GetAccountRateLimitsParams", () => Schema.Struct({
  excludeResetCreditDetails: Schema.optional(Schema.Boolean),
  supportsLunaReserve: Schema.optional(Schema.Boolean)
}))

export interface ConsumeAccountRateLimitResetCreditParams {
  /**
   * Opaque reset-credit identifier to redeem. When omitted, the backend selects the next available credit.
   */
  readonly creditId?: string | null | undefined
  /**
   * Identifies one logical reset attempt. A UUID is recommended; reuse the same value when retrying that attempt.
   */
  readonly idempotencyKey: string
}
export const ConsumeAccountRateLimitResetCreditParams: Schema.Schema<ConsumeAccountRateLimitResetCreditParams> = lazy("ConsumeAccountRateLimitResetCreditParams", () => Schema.Struct({
  creditId: Schema.optional(Schema.NullOr(Schema.String)),
  idempotencyKey: Schema.String
}))

export interface GetAccountTokenUsageParams {
  /**
   * When present, read estimated usage for this thread instead of account-wide token activity.
   */
  readonly threadId?: string | null | undefined
}
export const GetAccountTokenUsageParams: Schema.Schema<GetAccountTokenUsageParams> = lazy("GetAccountTokenUsageParams", () => Schema.Struct({
  threadId: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface SendAddCreditsNudgeEmailParams {
  readonly creditType: AddCreditsNudgeCreditType
}
export const SendAddCreditsNudgeEmailParams: Schema.Schema<SendAddCreditsNudgeEmailParams> = lazy("SendAddCreditsNudgeEmailParams", () => Schema.Struct({
  creditType: force(AddCreditsNudgeCreditType)
}))

export interface FeedbackUploadParams {
  readonly classification: string
  readonly extraLogFiles?: ReadonlyArray<string> | null | undefined
  readonly includeLogs?: boolean | undefined
  readonly reason?: string | null | undefined
  readonly tags?: { readonly [key: string]: string } | null | undefined
  readonly threadId?: string | null | undefined
}
export const FeedbackUploadParams: Schema.Schema<FeedbackUploadParams> = lazy("FeedbackUploadParams", () => Schema.Struct({
  classification: Schema.String,
  extraLogFiles: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  includeLogs: Schema.optional(Schema.Boolean),
  reason: Schema.optional(Schema.NullOr(Schema.String)),
  tags: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  threadId: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface FeedbackSaveParams {
  readonly classification: string
  readonly extraLogFiles?: ReadonlyArray<string> | null | undefined
  readonly includeLogs?: boolean | undefined
  readonly reason?: string | null | undefined
  /**
   * Absolute, previously unused ZIP path on the app-server host. The caller owns this file, including after a disconnected RPC.
   */
  readonly savePath: LegacyAppPathString
  readonly tags?: { readonly [key: string]: string } | null | undefined
  readonly threadId?: string | null | undefined
}
export const FeedbackSaveParams: Schema.Schema<FeedbackSaveParams> = lazy("FeedbackSaveParams", () => Schema.Struct({
  classification: Schema.String,
  extraLogFiles: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  includeLogs: Schema.optional(Schema.Boolean),
  reason: Schema.optional(Schema.NullOr(Schema.String)),
  savePath: force(LegacyAppPathString),
  tags: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  threadId: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * PTY size in character cells for `command/exec` PTY sessions.
 */
export interface CommandExecTerminalSize {
  /**
   * Terminal width in character cells.
   * @format uint16
   */
  readonly cols: number
  /**
   * Terminal height in character cells.
   * @format uint16
   */
  readonly rows: number
}
export const CommandExecTerminalSize: Schema.Schema<CommandExecTerminalSize> = lazy("CommandExecTerminalSize", () => Schema.Struct({
  cols: Schema.Number,
  rows: Schema.Number
}))

/**
 * Run a standalone command (argv vector) in the server sandbox without creating a thread or turn.
 *
 * The final `command/exec` response is deferred until the process exits and is sent only after all `command/exec/outputDelta` notifications for that connection have been emitted.
 */
export interface CommandExecParams {
  /**
   * Command argv vector. Empty arrays are rejected.
   */
  readonly command: ReadonlyArray<string>
  /**
   * Optional working directory. Defaults to the server cwd.
   */
  readonly cwd?: string | null | undefined
  /**
   * Disable stdout/stderr capture truncation for this request.
   *
   * Cannot be combined with `outputBytesCap`.
   */
  readonly disableOutputCap?: boolean | undefined
  /**
   * Disable the timeout entirely for this request.
   *
   * Cannot be combined with `timeoutMs`.
   */
  readonly disableTimeout?: boolean | undefined
  /**
   * Optional environment overrides merged into the server-computed environment.
   *
   * Matching names override inherited values. Set a key to `null` to unset an inherited variable.
   */
  readonly env?: { readonly [key: string]: string | null } | null | undefined
  /**
   * Optional per-stream stdout/stderr capture cap in bytes.
   *
   * When omitted, the server default applies. Cannot be combined with `disableOutputCap`.
   * @format uint
   */
  readonly outputBytesCap?: number | null | undefined
  /**
   * Optional active permissions profile id for this command.
   *
   * Defaults to the user's configured permissions when omitted. Cannot be combined with `sandboxPolicy`.
   */
  readonly permissionProfile?: string | null | undefined
  /**
   * Optional client-supplied, connection-scoped process id.
   *
   * Required for `tty`, `streamStdin`, `streamStdoutStderr`, and follow-up `command/exec/write`, `command/exec/resize`, and `command/exec/terminate` calls. When omitted, buffered execution gets an internal id that is not exposed to the client.
   */
  readonly processId?: string | null | undefined
  /**
   * Optional sandbox policy for this command.
   *
   * Uses the same shape as thread/turn execution sandbox configuration and defaults to the user's configured policy when omitted. Cannot be combined with `permissionProfile`.
   */
  readonly sandboxPolicy?: SandboxPolicy | null | undefined
  /**
   * Optional initial PTY size in character cells. Only valid when `tty` is true.
   */
  readonly size?: CommandExecTerminalSize | null | undefined
  /**
   * Allow follow-up `command/exec/write` requests to write stdin bytes.
   *
   * Requires a client-supplied `processId`.
   */
  readonly streamStdin?: boolean | undefined
  /**
   * Stream stdout/stderr via `command/exec/outputDelta` notifications.
   *
   * Streamed bytes are not duplicated into the final response and require a client-supplied `processId`.
   */
  readonly streamStdoutStderr?: boolean | undefined
  /**
   * Optional timeout in milliseconds.
   *
   * When omitted, the server default applies. Cannot be combined with `disableTimeout`.
   * @format int64
   */
  readonly timeoutMs?: number | null | undefined
  /**
   * Enable PTY mode.
   *
   * This implies `streamStdin` and `streamStdoutStderr`.
   */
  readonly tty?: boolean | undefined
}
export const CommandExecParams: Schema.Schema<CommandExecParams> = lazy("CommandExecParams", () => Schema.Struct({
  command: Schema.Array(Schema.String),
  cwd: Schema.optional(Schema.NullOr(Schema.String)),
  disableOutputCap: Schema.optional(Schema.Boolean),
  disableTimeout: Schema.optional(Schema.Boolean),
  env: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.NullOr(Schema.String) }))),
  outputBytesCap: Schema.optional(Schema.NullOr(Schema.Number)),
  permissionProfile: Schema.optional(Schema.NullOr(Schema.String)),
  processId: Schema.optional(Schema.NullOr(Schema.String)),
  sandboxPolicy: Schema.optional(Schema.NullOr(force(SandboxPolicy))),
  size: Schema.optional(Schema.NullOr(force(CommandExecTerminalSize))),
  streamStdin: Schema.optional(Schema.Boolean),
  streamStdoutStderr: Schema.optional(Schema.Boolean),
  timeoutMs: Schema.optional(Schema.NullOr(Schema.Number)),
  tty: Schema.optional(Schema.Boolean)
}))

/**
 * Write stdin bytes to a running `command/exec` session, close stdin, or both.
 */
export interface CommandExecWriteParams {
  /**
   * Close stdin after writing `deltaBase64`, if present.
   */
  readonly closeStdin?: boolean | undefined
  /**
   * Optional base64-encoded stdin bytes to write.
   */
  readonly deltaBase64?: string | null | undefined
  /**
   * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
   */
  readonly processId: string
}
export const CommandExecWriteParams: Schema.Schema<CommandExecWriteParams> = lazy("CommandExecWriteParams", () => Schema.Struct({
  closeStdin: Schema.optional(Schema.Boolean),
  deltaBase64: Schema.optional(Schema.NullOr(Schema.String)),
  processId: Schema.String
}))

/**
 * Terminate a running `command/exec` session.
 */
export interface CommandExecTerminateParams {
  /**
   * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
   */
  readonly processId: string
}
export const CommandExecTerminateParams: Schema.Schema<CommandExecTerminateParams> = lazy("CommandExecTerminateParams", () => Schema.Struct({
  processId: Schema.String
}))

/**
 * Resize a running PTY-backed `command/exec` session.
 */
export interface CommandExecResizeParams {
  /**
   * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
   */
  readonly processId: string
  /**
   * New PTY size in character cells.
   */
  readonly size: CommandExecTerminalSize
}
export const CommandExecResizeParams: Schema.Schema<CommandExecResizeParams> = lazy("CommandExecResizeParams", () => Schema.Struct({
  processId: Schema.String,
  size: force(CommandExecTerminalSize)
}))

/**
 * PTY size in character cells for `process/spawn` PTY sessions.
 */
export interface ProcessTerminalSize {
  /**
   * Terminal width in character cells.
   * @format uint16
   */
  readonly cols: number
  /**
   * Terminal height in character cells.
   * @format uint16
   */
  readonly rows: number
}
export const ProcessTerminalSize: Schema.Schema<ProcessTerminalSize> = lazy("ProcessTerminalSize", () => Schema.Struct({
  cols: Schema.Number,
  rows: Schema.Number
}))

/**
 * Spawn a standalone process (argv vector) without a Codex sandbox on the host where the app server is running.
 *
 * `process/spawn` returns after the process has started and the connection-scoped `processHandle` has been registered. Process output and exit are reported via `process/outputDelta` and `process/exited` notifications.
 */
export interface ProcessSpawnParams {
  /**
   * Command argv vector. Empty arrays are rejected.
   */
  readonly command: ReadonlyArray<string>
  /**
   * Absolute working directory for the process.
   */
  readonly cwd: AbsolutePathBuf
  /**
   * Optional environment overrides merged into the app-server process environment.
   *
   * Matching names override inherited values. Set a key to `null` to unset an inherited variable.
   */
  readonly env?: { readonly [key: string]: string | null } | null | undefined
  /**
   * Optional per-stream stdout/stderr capture cap in bytes.
   *
   * When omitted, the server default applies. Set to `null` to disable the cap.
   * @format uint
   */
  readonly outputBytesCap?: number | null | undefined
  /**
   * Client-supplied, connection-scoped process handle.
   *
   * Duplicate active handles are rejected on the same connection. The same handle can be reused after the prior process exits.
   */
  readonly processHandle: string
  /**
   * Optional initial PTY size in character cells. Only valid when `tty` is true.
   */
  readonly size?: ProcessTerminalSize | null | undefined
  /**
   * Allow follow-up `process/writeStdin` requests to write stdin bytes.
   */
  readonly streamStdin?: boolean | undefined
  /**
   * Stream stdout/stderr via `process/outputDelta` notifications.
   *
   * Streamed bytes are not duplicated into the `process/exited` notification.
   */
  readonly streamStdoutStderr?: boolean | undefined
  /**
   * Optional timeout in milliseconds.
   *
   * When omitted, the server default applies. Set to `null` to disable the timeout.
   * @format int64
   */
  readonly timeoutMs?: number | null | undefined
  /**
   * Enable PTY mode.
   *
   * This implies `streamStdin` and `streamStdoutStderr`.
   */
  readonly tty?: boolean | undefined
}
export const ProcessSpawnParams: Schema.Schema<ProcessSpawnParams> = lazy("ProcessSpawnParams", () => Schema.Struct({
  command: Schema.Array(Schema.String),
  cwd: force(AbsolutePathBuf),
  env: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.NullOr(Schema.String) }))),
  outputBytesCap: Schema.optional(Schema.NullOr(Schema.Number)),
  processHandle: Schema.String,
  size: Schema.optional(Schema.NullOr(force(ProcessTerminalSize))),
  streamStdin: Schema.optional(Schema.Boolean),
  streamStdoutStderr: Schema.optional(Schema.Boolean),
  timeoutMs: Schema.optional(Schema.NullOr(Schema.Number)),
  tty: Schema.optional(Schema.Boolean)
}))

/**
 * Write stdin bytes to a running `process/spawn` session, close stdin, or both.
 */
export interface ProcessWriteStdinParams {
  /**
   * Close stdin after writing `deltaBase64`, if present.
   */
  readonly closeStdin?: boolean | undefined
  /**
   * Optional base64-encoded stdin bytes to write.
   */
  readonly deltaBase64?: string | null | undefined
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  readonly processHandle: string
}
export const ProcessWriteStdinParams: Schema.Schema<ProcessWriteStdinParams> = lazy("ProcessWriteStdinParams", () => Schema.Struct({
  closeStdin: Schema.optional(Schema.Boolean),
  deltaBase64: Schema.optional(Schema.NullOr(Schema.String)),
  processHandle: Schema.String
}))

/**
 * Terminate a running `process/spawn` session.
 */
export interface ProcessKillParams {
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  readonly processHandle: string
}
export const ProcessKillParams: Schema.Schema<ProcessKillParams> = lazy("ProcessKillParams", () => Schema.Struct({
  processHandle: Schema.String
}))

/**
 * Resize a running PTY-backed `process/spawn` session.
 */
export interface ProcessResizePtyParams {
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  readonly processHandle: string
  /**
   * New PTY size in character cells.
   */
  readonly size: ProcessTerminalSize
}
export const ProcessResizePtyParams: Schema.Schema<ProcessResizePtyParams> = lazy("ProcessResizePtyParams", () => Schema.Struct({
  processHandle: Schema.String,
  size: force(ProcessTerminalSize)
}))

export interface ConfigReadParams {
  /**
   * Optional working directory to resolve project config layers. If specified, return the effective config as seen from that directory (i.e., including any project layers between `cwd` and the project/repo root).
   */
  readonly cwd?: string | null | undefined
  readonly includeLayers?: boolean | undefined
}
export const ConfigReadParams: Schema.Schema<ConfigReadParams> = lazy("ConfigReadParams", () => Schema.Struct({
  cwd: Schema.optional(Schema.NullOr(Schema.String)),
  includeLayers: Schema.optional(Schema.Boolean)
}))

export interface ExternalAgentConfigDetectParams {
  /**
   * Zero or more working directories to include for repo-scoped detection.
   */
  readonly cwds?: ReadonlyArray<string> | null | undefined
  /**
   * If true, include detection under the user's home directory.
   */
  readonly includeHome?: boolean | undefined
  /**
   * Maximum age in days for detected sessions. Missing values use the default limit.
   * @format uint32
   */
  readonly maxSessionAgeDays?: number | null | undefined
  /**
   * Maximum number of sessions to detect. Missing values use the default limit.
   * @format uint32
   */
  readonly maxSessions?: number | null | undefined
  /**
   * Optional migration-source selector. Missing or unrecognized values use the default source.
   */
  readonly migrationSource?: string | null | undefined
  /**
   * Deprecated field retained for compatibility. This field is ignored; use `migrationSource` to select the migration source.
   */
  readonly source?: string | null | undefined
}
export const ExternalAgentConfigDetectParams: Schema.Schema<ExternalAgentConfigDetectParams> = lazy("ExternalAgentConfigDetectParams", () => Schema.Struct({
  cwds: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  includeHome: Schema.optional(Schema.Boolean),
  maxSessionAgeDays: Schema.optional(Schema.NullOr(Schema.Number)),
  maxSessions: Schema.optional(Schema.NullOr(Schema.Number)),
  migrationSource: Schema.optional(Schema.NullOr(Schema.String)),
  source: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface CommandMigration {
  readonly name: string
}
export const CommandMigration: Schema.Schema<CommandMigration> = lazy("CommandMigration", () => Schema.Struct({
  name: Schema.String
}))

export interface HookMigration {
  readonly name: string
}
export const HookMigration: Schema.Schema<HookMigration> = lazy("HookMigration", () => Schema.Struct({
  name: Schema.String
}))

export interface McpServerMigration {
  readonly name: string
}
export const McpServerMigration: Schema.Schema<McpServerMigration> = lazy("McpServerMigration", () => Schema.Struct({
  name: Schema.String
}))

export interface PluginsMigration {
  readonly marketplaceName: string
  readonly pluginNames: ReadonlyArray<string>
}
export const PluginsMigration: Schema.Schema<PluginsMigration> = lazy("PluginsMigration", () => Schema.Struct({
  marketplaceName: Schema.String,
  pluginNames: Schema.Array(Schema.String)
}))

export interface SessionMigration {
  readonly cwd: string
  readonly path: string
  readonly title?: string | null | undefined
}
export const SessionMigration: Schema.Schema<SessionMigration> = lazy("SessionMigration", () => Schema.Struct({
  cwd: Schema.String,
  path: Schema.String,
  title: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface SkillMigration {
  readonly name: string
}
export const SkillMigration: Schema.Schema<SkillMigration> = lazy("SkillMigration", () => Schema.Struct({
  name: Schema.String
}))

export interface SubagentMigration {
  readonly name: string
}
export const SubagentMigration: Schema.Schema<SubagentMigration> = lazy("SubagentMigration", () => Schema.Struct({
  name: Schema.String
}))

export interface MigrationDetails {
  /**
   * @default []
   */
  readonly commands?: ReadonlyArray<CommandMigration> | undefined
  /**
   * @default []
   */
  readonly hooks?: ReadonlyArray<HookMigration> | undefined
  /**
   * @default []
   */
  readonly mcpServers?: ReadonlyArray<McpServerMigration> | undefined
  readonly memory?: ReadonlyArray<string> | undefined
  /**
   * @default []
   */
  readonly plugins?: ReadonlyArray<PluginsMigration> | undefined
  /**
   * @default []
   */
  readonly sessions?: ReadonlyArray<SessionMigration> | undefined
  /**
   * @default []
   */
  readonly skills?: ReadonlyArray<SkillMigration> | undefined
  /**
   * @default []
   */
  readonly subagents?: ReadonlyArray<SubagentMigration> | undefined
}
export const MigrationDetails: Schema.Schema<MigrationDetails> = lazy("MigrationDetails", () => Schema.Struct({
  commands: Schema.optional(Schema.Array(force(CommandMigration))),
  hooks: Schema.optional(Schema.Array(force(HookMigration))),
  mcpServers: Schema.optional(Schema.Array(force(McpServerMigration))),
  memory: Schema.optional(Schema.Array(Schema.String)),
  plugins: Schema.optional(Schema.Array(force(PluginsMigration))),
  sessions: Schema.optional(Schema.Array(force(SessionMigration))),
  skills: Schema.optional(Schema.Array(force(SkillMigration))),
  subagents: Schema.optional(Schema.Array(force(SubagentMigration)))
}))

export type ExternalAgentConfigMigrationItemType = "AGENTS_MD" | "CONFIG" | "SKILLS" | "PLUGINS" | "MCP_SERVER_CONFIG" | "SUBAGENTS" | "HOOKS" | "COMMANDS" | "MEMORY" | "SESSIONS"
export const ExternalAgentConfigMigrationItemType: Schema.Schema<ExternalAgentConfigMigrationItemType> = lazy("ExternalAgentConfigMigrationItemType", () => Schema.Literal("AGENTS_MD", "CONFIG", "SKILLS", "PLUGINS", "MCP_SERVER_CONFIG", "SUBAGENTS", "HOOKS", "COMMANDS", "MEMORY", "SESSIONS"))

export interface ExternalAgentConfigMigrationItem {
  /**
   * Null or empty means home-scoped migration; non-empty means repo-scoped migration.
   */
  readonly cwd?: string | null | undefined
  readonly description: string
  readonly details?: MigrationDetails | null | undefined
  readonly itemType: ExternalAgentConfigMigrationItemType
}
export const ExternalAgentConfigMigrationItem: Schema.Schema<ExternalAgentConfigMigrationItem> = lazy("ExternalAgentConfigMigrationItem", () => Schema.Struct({
  cwd: Schema.optional(Schema.NullOr(Schema.String)),
  description: Schema.String,
  details: Schema.optional(Schema.NullOr(force(MigrationDetails))),
  itemType: force(ExternalAgentConfigMigrationItemType)
}))

export interface ExternalAgentConfigImportParams {
  readonly migrationItems: ReadonlyArray<ExternalAgentConfigMigrationItem>
  /**
   * Migration-source selector used to produce the migration items. Pass the same value to detection and import; missing or unrecognized values use the default source.
   */
  readonly migrationSource?: string | null | undefined
  /**
   * Opaque provider identifier supplied by the caller for analytics attribution and import history display. This does not select the migration source.
   */
  readonly providerId?: string | null | undefined
  /**
   * Optional identifier for the product that initiated the import.
   */
  readonly source?: string | null | undefined
}
export const ExternalAgentConfigImportParams: Schema.Schema<ExternalAgentConfigImportParams> = lazy("ExternalAgentConfigImportParams", () => Schema.Struct({
  migrationItems: Schema.Array(force(ExternalAgentConfigMigrationItem)),
  migrationSource: Schema.optional(Schema.NullOr(Schema.String)),
  providerId: Schema.optional(Schema.NullOr(Schema.String)),
  source: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ExternalAgentConfigImportItemTypeFailure {
  readonly cwd?: string | null | undefined
  readonly errorType?: string | null | undefined
  readonly failureStage: string
  readonly itemType: ExternalAgentConfigMigrationItemType
  readonly message: string
  readonly source?: string | null | undefined
  readonly subErrorType?: string | null | undefined
}
export const ExternalAgentConfigImportItemTypeFailure: Schema.Schema<ExternalAgentConfigImportItemTypeFailure> = lazy("ExternalAgentConfigImportItemTypeFailure", () => Schema.Struct({
  cwd: Schema.optional(Schema.NullOr(Schema.String)),
  errorType: Schema.optional(Schema.NullOr(Schema.String)),
  failureStage: Schema.String,
  itemType: force(ExternalAgentConfigMigrationItemType),
  message: Schema.String,
  source: Schema.optional(Schema.NullOr(Schema.String)),
  subErrorType: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ExternalAgentConfigImportHistoryRecordSuccessParams {
  readonly cwd?: string | null | undefined
  readonly itemType: ExternalAgentConfigMigrationItemType
  readonly source?: string | null | undefined
  readonly target?: string | null | undefined
  /**
   * Original title for an imported session, when available.
   * @default null
   */
  readonly title?: string | null | undefined
}
export const ExternalAgentConfigImportHistoryRecordSuccessParams: Schema.Schema<ExternalAgentConfigImportHistoryRecordSuccessParams> = lazy("ExternalAgentConfigImportHistoryRecordSuccessParams", () => Schema.Struct({
  cwd: Schema.optional(Schema.NullOr(Schema.String)),
  itemType: force(ExternalAgentConfigMigrationItemType),
  source: Schema.optional(Schema.NullOr(Schema.String)),
  target: Schema.optional(Schema.NullOr(Schema.String)),
  title: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ExternalAgentConfigImportHistoryRecordTypeResultParams {
  readonly failures: ReadonlyArray<ExternalAgentConfigImportItemTypeFailure>
  readonly itemType: ExternalAgentConfigMigrationItemType
  readonly successes: ReadonlyArray<ExternalAgentConfigImportHistoryRecordSuccessParams>
}
export const ExternalAgentConfigImportHistoryRecordTypeResultParams: Schema.Schema<ExternalAgentConfigImportHistoryRecordTypeResultParams> = lazy("ExternalAgentConfigImportHistoryRecordTypeResultParams", () => Schema.Struct({
  failures: Schema.Array(force(ExternalAgentConfigImportItemTypeFailure)),
  itemType: force(ExternalAgentConfigMigrationItemType),
  successes: Schema.Array(force(ExternalAgentConfigImportHistoryRecordSuccessParams))
}))

export interface ExternalAgentConfigImportHistoryRecordParams {
  /**
   * Completed results grouped by imported item type.
   */
  readonly itemTypeResults: ReadonlyArray<ExternalAgentConfigImportHistoryRecordTypeResultParams>
  /**
   * Opaque provider identifier for the externally completed import.
   */
  readonly providerId: string
}
export const ExternalAgentConfigImportHistoryRecordParams: Schema.Schema<ExternalAgentConfigImportHistoryRecordParams> = lazy("ExternalAgentConfigImportHistoryRecordParams", () => Schema.Struct({
  itemTypeResults: Schema.Array(force(ExternalAgentConfigImportHistoryRecordTypeResultParams)),
  providerId: Schema.String
}))

export type MergeStrategy = "replace" | "upsert"
export const MergeStrategy: Schema.Schema<MergeStrategy> = lazy("MergeStrategy", () => Schema.Literal("replace", "upsert"))

export interface ConfigValueWriteParams {
  readonly expectedVersion?: string | null | undefined
  /**
   * Path to the config file to write; defaults to the user's `config.toml` when omitted.
   */
  readonly filePath?: string | null | undefined
  readonly keyPath: string
  readonly mergeStrategy: MergeStrategy
  readonly value: unknown
}
export const ConfigValueWriteParams: Schema.Schema<ConfigValueWriteParams> = lazy("ConfigValueWriteParams", () => Schema.Struct({
  expectedVersion: Schema.optional(Schema.NullOr(Schema.String)),
  filePath: Schema.optional(Schema.NullOr(Schema.String)),
  keyPath: Schema.String,
  mergeStrategy: force(MergeStrategy),
  value: Schema.Unknown
}))

export interface ConfigEdit {
  readonly keyPath: string
  readonly mergeStrategy: MergeStrategy
  readonly value: unknown
}
export const ConfigEdit: Schema.Schema<ConfigEdit> = lazy("ConfigEdit", () => Schema.Struct({
  keyPath: Schema.String,
  mergeStrategy: force(MergeStrategy),
  value: Schema.Unknown
}))

export interface ConfigBatchWriteParams {
  readonly edits: ReadonlyArray<ConfigEdit>
  readonly expectedVersion?: string | null | undefined
  /**
   * Path to the config file to write; defaults to the user's `config.toml` when omitted.
   */
  readonly filePath?: string | null | undefined
  /**
   * When true, hot-reload updated runtime settings into loaded threads after writing. Session-static model, reasoning-effort, Plan-mode reasoning-effort, and service-tier defaults are not reloaded. The deprecated personality setting is also not reloaded.
   */
  readonly reloadUserConfig?: boolean | undefined
}
export const ConfigBatchWriteParams: Schema.Schema<ConfigBatchWriteParams> = lazy("ConfigBatchWriteParams", () => Schema.Struct({
  edits: Schema.Array(force(ConfigEdit)),
  expectedVersion: Schema.optional(Schema.NullOr(Schema.String)),
  filePath: Schema.optional(Schema.NullOr(Schema.String)),
  reloadUserConfig: Schema.optional(Schema.Boolean)
}))

export interface GetAccountParams {
  /**
   * When `true`, requests a proactive token refresh before returning.
   *
   * In managed auth mode this triggers the normal refresh-token flow. In external auth mode this flag is ignored. Clients should refresh tokens themselves and call `account/login/start` with `chatgptAuthTokens`.
   */
  readonly refreshToken?: boolean | undefined
}
export const GetAccountParams: Schema.Schema<GetAccountParams> = lazy("GetAccountParams", () => Schema.Struct({
  refreshToken: Schema.optional(Schema.Boolean)
}))

export interface FuzzyFileSearchParams {
  readonly cancellationToken?: string | null | undefined
  readonly query: string
  readonly roots: ReadonlyArray<string>
}
export const FuzzyFileSearchParams: Schema.Schema<FuzzyFileSearchParams> = lazy("FuzzyFileSearchParams", () => Schema.Struct({
  cancellationToken: Schema.optional(Schema.NullOr(Schema.String)),
  query: Schema.String,
  roots: Schema.Array(Schema.String)
}))

export interface FuzzyFileSearchSessionStartParams {
  readonly roots: ReadonlyArray<string>
  readonly sessionId: string
}
export const FuzzyFileSearchSessionStartParams: Schema.Schema<FuzzyFileSearchSessionStartParams> = lazy("FuzzyFileSearchSessionStartParams", () => Schema.Struct({
  roots: Schema.Array(Schema.String),
  sessionId: Schema.String
}))

export interface FuzzyFileSearchSessionUpdateParams {
  readonly query: string
  readonly sessionId: string
}
export const FuzzyFileSearchSessionUpdateParams: Schema.Schema<FuzzyFileSearchSessionUpdateParams> = lazy("FuzzyFileSearchSessionUpdateParams", () => Schema.Struct({
  query: Schema.String,
  sessionId: Schema.String
}))

export interface FuzzyFileSearchSessionStopParams {
  readonly sessionId: string
}
export const FuzzyFileSearchSessionStopParams: Schema.Schema<FuzzyFileSearchSessionStopParams> = lazy("FuzzyFileSearchSessionStopParams", () => Schema.Struct({
  sessionId: Schema.String
}))

export interface InitializeRequest {
  readonly id: RequestId
  readonly method: "initialize"
  readonly params: InitializeParams
}
export const InitializeRequest: Schema.Schema<InitializeRequest> = lazy("InitializeRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("initialize"),
  params: force(InitializeParams)
}))

/**
 * Read content-free, process-local diagnostics.
 */
export interface ServerDiagnosticsRequest {
  readonly id: RequestId
  readonly method: "server/diagnostics"
  readonly params: ServerDiagnosticsParams
}
export const ServerDiagnosticsRequest: Schema.Schema<ServerDiagnosticsRequest> = lazy("ServerDiagnosticsRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("server/diagnostics"),
  params: force(ServerDiagnosticsParams)
}))

export interface UserVerificationStatusRequest {
  readonly id: RequestId
  readonly method: "userVerification/status"
  readonly params: UserVerificationStatusParams
}
export const UserVerificationStatusRequest: Schema.Schema<UserVerificationStatusRequest> = lazy("UserVerificationStatusRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("userVerification/status"),
  params: force(UserVerificationStatusParams)
}))

export interface UserVerificationEnrollRequest {
  readonly id: RequestId
  readonly method: "userVerification/enroll"
  readonly params: UserVerificationEnrollParams
}
export const UserVerificationEnrollRequest: Schema.Schema<UserVerificationEnrollRequest> = lazy("UserVerificationEnrollRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("userVerification/enroll"),
  params: force(UserVerificationEnrollParams)
}))

export interface UserVerificationDeleteRequest {
  readonly id: RequestId
  readonly method: "userVerification/delete"
  readonly params: UserVerificationDeleteParams
}
export const UserVerificationDeleteRequest: Schema.Schema<UserVerificationDeleteRequest> = lazy("UserVerificationDeleteRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("userVerification/delete"),
  params: force(UserVerificationDeleteParams)
}))

export interface UserVerificationVerifyRequest {
  readonly id: RequestId
  readonly method: "userVerification/verify"
  readonly params: UserVerificationVerifyParams
}
export const UserVerificationVerifyRequest: Schema.Schema<UserVerificationVerifyRequest> = lazy("UserVerificationVerifyRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("userVerification/verify"),
  params: force(UserVerificationVerifyParams)
}))

export interface UserVerificationCancelRequest {
  readonly id: RequestId
  readonly method: "userVerification/cancel"
  readonly params: UserVerificationCancelParams
}
export const UserVerificationCancelRequest: Schema.Schema<UserVerificationCancelRequest> = lazy("UserVerificationCancelRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("userVerification/cancel"),
  params: force(UserVerificationCancelParams)
}))

/**
 * NEW APIs
 */
export interface ThreadStartRequest {
  readonly id: RequestId
  readonly method: "thread/start"
  readonly params: ThreadStartParams
}
export const ThreadStartRequest: Schema.Schema<ThreadStartRequest> = lazy("ThreadStartRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/start"),
  params: force(ThreadStartParams)
}))

export interface ThreadResumeRequest {
  readonly id: RequestId
  readonly method: "thread/resume"
  readonly params: ThreadResumeParams
}
export const ThreadResumeRequest: Schema.Schema<ThreadResumeRequest> = lazy("ThreadResumeRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/resume"),
  params: force(ThreadResumeParams)
}))

export interface ThreadForkRequest {
  readonly id: RequestId
  readonly method: "thread/fork"
  readonly params: ThreadForkParams
}
export const ThreadForkRequest: Schema.Schema<ThreadForkRequest> = lazy("ThreadForkRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/fork"),
  params: force(ThreadForkParams)
}))

export interface ThreadSampleRequest {
  readonly id: RequestId
  readonly method: "thread/sample"
  readonly params: ThreadSampleParams
}
export const ThreadSampleRequest: Schema.Schema<ThreadSampleRequest> = lazy("ThreadSampleRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/sample"),
  params: force(ThreadSampleParams)
}))

export interface ThreadSampleCancelRequest {
  readonly id: RequestId
  readonly method: "thread/sample/cancel"
  readonly params: ThreadSampleCancelParams
}
export const ThreadSampleCancelRequest: Schema.Schema<ThreadSampleCancelRequest> = lazy("ThreadSampleCancelRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/sample/cancel"),
  params: force(ThreadSampleCancelParams)
}))

export interface ThreadArchiveRequest {
  readonly id: RequestId
  readonly method: "thread/archive"
  readonly params: ThreadArchiveParams
}
export const ThreadArchiveRequest: Schema.Schema<ThreadArchiveRequest> = lazy("ThreadArchiveRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/archive"),
  params: force(ThreadArchiveParams)
}))

export interface ThreadDeleteRequest {
  readonly id: RequestId
  readonly method: "thread/delete"
  readonly params: ThreadDeleteParams
}
export const ThreadDeleteRequest: Schema.Schema<ThreadDeleteRequest> = lazy("ThreadDeleteRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/delete"),
  params: force(ThreadDeleteParams)
}))

export interface ThreadUnsubscribeRequest {
  readonly id: RequestId
  readonly method: "thread/unsubscribe"
  readonly params: ThreadUnsubscribeParams
}
export const ThreadUnsubscribeRequest: Schema.Schema<ThreadUnsubscribeRequest> = lazy("ThreadUnsubscribeRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/unsubscribe"),
  params: force(ThreadUnsubscribeParams)
}))

/**
 * Increment the thread-local out-of-band elicitation counter.
 *
 * This is used by external helpers to pause timeout accounting while a user approval or other elicitation is pending outside the app-server request flow.
 */
export interface ThreadIncrementElicitationRequest {
  readonly id: RequestId
  readonly method: "thread/increment_elicitation"
  readonly params: ThreadIncrementElicitationParams
}
export const ThreadIncrementElicitationRequest: Schema.Schema<ThreadIncrementElicitationRequest> = lazy("ThreadIncrementElicitationRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/increment_elicitation"),
  params: force(ThreadIncrementElicitationParams)
}))

/**
 * Decrement the thread-local out-of-band elicitation counter.
 *
 * When the count reaches zero, timeout accounting resumes for the thread.
 */
export interface ThreadDecrementElicitationRequest {
  readonly id: RequestId
  readonly method: "thread/decrement_elicitation"
  readonly params: ThreadDecrementElicitationParams
}
export const ThreadDecrementElicitationRequest: Schema.Schema<ThreadDecrementElicitationRequest> = lazy("ThreadDecrementElicitationRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/decrement_elicitation"),
  params: force(ThreadDecrementElicitationParams)
}))

export interface ThreadNameSetRequest {
  readonly id: RequestId
  readonly method: "thread/name/set"
  readonly params: ThreadSetNameParams
}
export const ThreadNameSetRequest: Schema.Schema<ThreadNameSetRequest> = lazy("ThreadNameSetRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/name/set"),
  params: force(ThreadSetNameParams)
}))

export interface ThreadPredictionRequestRequest {
  readonly id: RequestId
  readonly method: "thread/prediction/request"
  readonly params: ThreadPredictionRequestParams
}
export const ThreadPredictionRequestRequest: Schema.Schema<ThreadPredictionRequestRequest> = lazy("ThreadPredictionRequestRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/prediction/request"),
  params: force(ThreadPredictionRequestParams)
}))

export interface ThreadGoalSetRequest {
  readonly id: RequestId
  readonly method: "thread/goal/set"
  readonly params: ThreadGoalSetParams
}
export const ThreadGoalSetRequest: Schema.Schema<ThreadGoalSetRequest> = lazy("ThreadGoalSetRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/goal/set"),
  params: force(ThreadGoalSetParams)
}))

export interface ThreadGoalGetRequest {
  readonly id: RequestId
  readonly method: "thread/goal/get"
  readonly params: ThreadGoalGetParams
}
export const ThreadGoalGetRequest: Schema.Schema<ThreadGoalGetRequest> = lazy("ThreadGoalGetRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/goal/get"),
  params: force(ThreadGoalGetParams)
}))

export interface ThreadGoalClearRequest {
  readonly id: RequestId
  readonly method: "thread/goal/clear"
  readonly params: ThreadGoalClearParams
}
export const ThreadGoalClearRequest: Schema.Schema<ThreadGoalClearRequest> = lazy("ThreadGoalClearRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/goal/clear"),
  params: force(ThreadGoalClearParams)
}))

export interface ThreadQueueAddRequest {
  readonly id: RequestId
  readonly method: "thread/queue/add"
  readonly params: ThreadQueueAddParams
}
export const ThreadQueueAddRequest: Schema.Schema<ThreadQueueAddRequest> = lazy("ThreadQueueAddRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/queue/add"),
  params: force(ThreadQueueAddParams)
}))

export interface ThreadQueueListRequest {
  readonly id: RequestId
  readonly method: "thread/queue/list"
  readonly params: ThreadQueueListParams
}
export const ThreadQueueListRequest: Schema.Schema<ThreadQueueListRequest> = lazy("ThreadQueueListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/queue/list"),
  params: force(ThreadQueueListParams)
}))

export interface ThreadQueueUpdateRequest {
  readonly id: RequestId
  readonly method: "thread/queue/update"
  readonly params: ThreadQueueUpdateParams
}
export const ThreadQueueUpdateRequest: Schema.Schema<ThreadQueueUpdateRequest> = lazy("ThreadQueueUpdateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/queue/update"),
  params: force(ThreadQueueUpdateParams)
}))

export interface ThreadQueueDeleteRequest {
  readonly id: RequestId
  readonly method: "thread/queue/delete"
  readonly params: ThreadQueueDeleteParams
}
export const ThreadQueueDeleteRequest: Schema.Schema<ThreadQueueDeleteRequest> = lazy("ThreadQueueDeleteRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/queue/delete"),
  params: force(ThreadQueueDeleteParams)
}))

export interface ThreadQueueReorderRequest {
  readonly id: RequestId
  readonly method: "thread/queue/reorder"
  readonly params: ThreadQueueReorderParams
}
export const ThreadQueueReorderRequest: Schema.Schema<ThreadQueueReorderRequest> = lazy("ThreadQueueReorderRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/queue/reorder"),
  params: force(ThreadQueueReorderParams)
}))

export interface ThreadQueueStartRequest {
  readonly id: RequestId
  readonly method: "thread/queue/start"
  readonly params: ThreadQueueStartParams
}
export const ThreadQueueStartRequest: Schema.Schema<ThreadQueueStartRequest> = lazy("ThreadQueueStartRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/queue/start"),
  params: force(ThreadQueueStartParams)
}))

export interface ThreadMetadataUpdateRequest {
  readonly id: RequestId
  readonly method: "thread/metadata/update"
  readonly params: ThreadMetadataUpdateParams
}
export const ThreadMetadataUpdateRequest: Schema.Schema<ThreadMetadataUpdateRequest> = lazy("ThreadMetadataUpdateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/metadata/update"),
  params: force(ThreadMetadataUpdateParams)
}))

export interface ThreadAttachmentAddRequest {
  readonly id: RequestId
  readonly method: "thread/attachment/add"
  readonly params: ThreadAttachmentAddParams
}
export const ThreadAttachmentAddRequest: Schema.Schema<ThreadAttachmentAddRequest> = lazy("ThreadAttachmentAddRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/attachment/add"),
  params: force(ThreadAttachmentAddParams)
}))

export interface ThreadAttachmentListRequest {
  readonly id: RequestId
  readonly method: "thread/attachment/list"
  readonly params: ThreadAttachmentListParams
}
export const ThreadAttachmentListRequest: Schema.Schema<ThreadAttachmentListRequest> = lazy("ThreadAttachmentListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/attachment/list"),
  params: force(ThreadAttachmentListParams)
}))

export interface ThreadAttachmentOwnerListRequest {
  readonly id: RequestId
  readonly method: "thread/attachmentOwner/list"
  readonly params: ThreadAttachmentOwnerListParams
}
export const ThreadAttachmentOwnerListRequest: Schema.Schema<ThreadAttachmentOwnerListRequest> = lazy("ThreadAttachmentOwnerListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/attachmentOwner/list"),
  params: force(ThreadAttachmentOwnerListParams)
}))

export interface ThreadAttachmentRemoveRequest {
  readonly id: RequestId
  readonly method: "thread/attachment/remove"
  readonly params: ThreadAttachmentRemoveParams
}
export const ThreadAttachmentRemoveRequest: Schema.Schema<ThreadAttachmentRemoveRequest> = lazy("ThreadAttachmentRemoveRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/attachment/remove"),
  params: force(ThreadAttachmentRemoveParams)
}))

export interface ThreadSectionMoveRequest {
  readonly id: RequestId
  readonly method: "thread/section/move"
  readonly params: ThreadSectionMoveParams
}
export const ThreadSectionMoveRequest: Schema.Schema<ThreadSectionMoveRequest> = lazy("ThreadSectionMoveRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/section/move"),
  params: force(ThreadSectionMoveParams)
}))

export interface ThreadSettingsUpdateRequest {
  readonly id: RequestId
  readonly method: "thread/settings/update"
  readonly params: ThreadSettingsUpdateParams
}
export const ThreadSettingsUpdateRequest: Schema.Schema<ThreadSettingsUpdateRequest> = lazy("ThreadSettingsUpdateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/settings/update"),
  params: force(ThreadSettingsUpdateParams)
}))

export interface ThreadMemoryModeSetRequest {
  readonly id: RequestId
  readonly method: "thread/memoryMode/set"
  readonly params: ThreadMemoryModeSetParams
}
export const ThreadMemoryModeSetRequest: Schema.Schema<ThreadMemoryModeSetRequest> = lazy("ThreadMemoryModeSetRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/memoryMode/set"),
  params: force(ThreadMemoryModeSetParams)
}))

export interface ThreadMemoryReadRequest {
  readonly id: RequestId
  readonly method: "thread/memory/read"
  readonly params: ThreadMemoryReadParams
}
export const ThreadMemoryReadRequest: Schema.Schema<ThreadMemoryReadRequest> = lazy("ThreadMemoryReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/memory/read"),
  params: force(ThreadMemoryReadParams)
}))

export interface MemoryStatusRequest {
  readonly id: RequestId
  readonly method: "memory/status"
  readonly params: MemoryStatusParams
}
export const MemoryStatusRequest: Schema.Schema<MemoryStatusRequest> = lazy("MemoryStatusRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("memory/status"),
  params: force(MemoryStatusParams)
}))

export interface MemoryResetRequest {
  readonly id: RequestId
  readonly method: "memory/reset"
  readonly params?: null | undefined
}
export const MemoryResetRequest: Schema.Schema<MemoryResetRequest> = lazy("MemoryResetRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("memory/reset"),
  params: Schema.optional(Schema.Null)
}))

/**
 * Start a best-effort background compression pass for cold local rollouts.
 */
export interface RolloutCompressRequest {
  readonly id: RequestId
  readonly method: "rollout/compress"
  readonly params?: null | undefined
}
export const RolloutCompressRequest: Schema.Schema<RolloutCompressRequest> = lazy("RolloutCompressRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("rollout/compress"),
  params: Schema.optional(Schema.Null)
}))

export interface ThreadUnarchiveRequest {
  readonly id: RequestId
  readonly method: "thread/unarchive"
  readonly params: ThreadUnarchiveParams
}
export const ThreadUnarchiveRequest: Schema.Schema<ThreadUnarchiveRequest> = lazy("ThreadUnarchiveRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/unarchive"),
  params: force(ThreadUnarchiveParams)
}))

export interface ThreadCompactStartRequest {
  readonly id: RequestId
  readonly method: "thread/compact/start"
  readonly params: ThreadCompactStartParams
}
export const ThreadCompactStartRequest: Schema.Schema<ThreadCompactStartRequest> = lazy("ThreadCompactStartRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/compact/start"),
  params: force(ThreadCompactStartParams)
}))

export interface ThreadShellCommandRequest {
  readonly id: RequestId
  readonly method: "thread/shellCommand"
  readonly params: ThreadShellCommandParams
}
export const ThreadShellCommandRequest: Schema.Schema<ThreadShellCommandRequest> = lazy("ThreadShellCommandRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/shellCommand"),
  params: force(ThreadShellCommandParams)
}))

export interface ThreadApproveGuardianDeniedActionRequest {
  readonly id: RequestId
  readonly method: "thread/approveGuardianDeniedAction"
  readonly params: ThreadApproveGuardianDeniedActionParams
}
export const ThreadApproveGuardianDeniedActionRequest: Schema.Schema<ThreadApproveGuardianDeniedActionRequest> = lazy("ThreadApproveGuardianDeniedActionRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/approveGuardianDeniedAction"),
  params: force(ThreadApproveGuardianDeniedActionParams)
}))

export interface ThreadBackgroundTerminalsCleanRequest {
  readonly id: RequestId
  readonly method: "thread/backgroundTerminals/clean"
  readonly params: ThreadBackgroundTerminalsCleanParams
}
export const ThreadBackgroundTerminalsCleanRequest: Schema.Schema<ThreadBackgroundTerminalsCleanRequest> = lazy("ThreadBackgroundTerminalsCleanRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/backgroundTerminals/clean"),
  params: force(ThreadBackgroundTerminalsCleanParams)
}))

export interface ThreadBackgroundTerminalsListRequest {
  readonly id: RequestId
  readonly method: "thread/backgroundTerminals/list"
  readonly params: ThreadBackgroundTerminalsListParams
}
export const ThreadBackgroundTerminalsListRequest: Schema.Schema<ThreadBackgroundTerminalsListRequest> = lazy("ThreadBackgroundTerminalsListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/backgroundTerminals/list"),
  params: force(ThreadBackgroundTerminalsListParams)
}))

export interface ThreadBackgroundTerminalsTerminateRequest {
  readonly id: RequestId
  readonly method: "thread/backgroundTerminals/terminate"
  readonly params: ThreadBackgroundTerminalsTerminateParams
}
export const ThreadBackgroundTerminalsTerminateRequest: Schema.Schema<ThreadBackgroundTerminalsTerminateRequest> = lazy("ThreadBackgroundTerminalsTerminateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/backgroundTerminals/terminate"),
  params: force(ThreadBackgroundTerminalsTerminateParams)
}))

export interface ThreadRevertRequest {
  readonly id: RequestId
  readonly method: "thread/revert"
  readonly params: ThreadRevertParams
}
export const ThreadRevertRequest: Schema.Schema<ThreadRevertRequest> = lazy("ThreadRevertRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/revert"),
  params: force(ThreadRevertParams)
}))

export interface ThreadListRequest {
  readonly id: RequestId
  readonly method: "thread/list"
  readonly params: ThreadListParams
}
export const ThreadListRequest: Schema.Schema<ThreadListRequest> = lazy("ThreadListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/list"),
  params: force(ThreadListParams)
}))

export interface ProjectListRequest {
  readonly id: RequestId
  readonly method: "project/list"
  readonly params: ProjectListParams
}
export const ProjectListRequest: Schema.Schema<ProjectListRequest> = lazy("ProjectListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("project/list"),
  params: force(ProjectListParams)
}))

export interface ProjectReadRequest {
  readonly id: RequestId
  readonly method: "project/read"
  readonly params: ProjectReadParams
}
export const ProjectReadRequest: Schema.Schema<ProjectReadRequest> = lazy("ProjectReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("project/read"),
  params: force(ProjectReadParams)
}))

export interface ProjectCreateRequest {
  readonly id: RequestId
  readonly method: "project/create"
  readonly params: ProjectCreateParams
}
export const ProjectCreateRequest: Schema.Schema<ProjectCreateRequest> = lazy("ProjectCreateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("project/create"),
  params: force(ProjectCreateParams)
}))

export interface ProjectImportRequest {
  readonly id: RequestId
  readonly method: "project/import"
  readonly params: ProjectImportParams
}
export const ProjectImportRequest: Schema.Schema<ProjectImportRequest> = lazy("ProjectImportRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("project/import"),
  params: force(ProjectImportParams)
}))

export interface ProjectUpdateRequest {
  readonly id: RequestId
  readonly method: "project/update"
  readonly params: ProjectUpdateParams
}
export const ProjectUpdateRequest: Schema.Schema<ProjectUpdateRequest> = lazy("ProjectUpdateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("project/update"),
  params: force(ProjectUpdateParams)
}))

export interface ProjectMoveRequest {
  readonly id: RequestId
  readonly method: "project/move"
  readonly params: ProjectMoveParams
}
export const ProjectMoveRequest: Schema.Schema<ProjectMoveRequest> = lazy("ProjectMoveRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("project/move"),
  params: force(ProjectMoveParams)
}))

export interface ProjectDeleteRequest {
  readonly id: RequestId
  readonly method: "project/delete"
  readonly params: ProjectDeleteParams
}
export const ProjectDeleteRequest: Schema.Schema<ProjectDeleteRequest> = lazy("ProjectDeleteRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("project/delete"),
  params: force(ProjectDeleteParams)
}))

export interface ThreadSectionListRequest {
  readonly id: RequestId
  readonly method: "threadSection/list"
  readonly params: ThreadSectionListParams
}
export const ThreadSectionListRequest: Schema.Schema<ThreadSectionListRequest> = lazy("ThreadSectionListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("threadSection/list"),
  params: force(ThreadSectionListParams)
}))

export interface ThreadSectionCreateRequest {
  readonly id: RequestId
  readonly method: "threadSection/create"
  readonly params: ThreadSectionCreateParams
}
export const ThreadSectionCreateRequest: Schema.Schema<ThreadSectionCreateRequest> = lazy("ThreadSectionCreateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("threadSection/create"),
  params: force(ThreadSectionCreateParams)
}))

export interface ThreadSectionUpdateRequest {
  readonly id: RequestId
  readonly method: "threadSection/update"
  readonly params: ThreadSectionUpdateParams
}
export const ThreadSectionUpdateRequest: Schema.Schema<ThreadSectionUpdateRequest> = lazy("ThreadSectionUpdateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("threadSection/update"),
  params: force(ThreadSectionUpdateParams)
}))

export interface ThreadSectionDeleteRequest {
  readonly id: RequestId
  readonly method: "threadSection/delete"
  readonly params: ThreadSectionDeleteParams
}
export const ThreadSectionDeleteRequest: Schema.Schema<ThreadSectionDeleteRequest> = lazy("ThreadSectionDeleteRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("threadSection/delete"),
  params: force(ThreadSectionDeleteParams)
}))

export interface ThreadSearchRequest {
  readonly id: RequestId
  readonly method: "thread/search"
  readonly params: ThreadSearchParams
}
export const ThreadSearchRequest: Schema.Schema<ThreadSearchRequest> = lazy("ThreadSearchRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/search"),
  params: force(ThreadSearchParams)
}))

export interface ThreadSearchOccurrencesRequest {
  readonly id: RequestId
  readonly method: "thread/searchOccurrences"
  readonly params: ThreadSearchOccurrencesParams
}
export const ThreadSearchOccurrencesRequest: Schema.Schema<ThreadSearchOccurrencesRequest> = lazy("ThreadSearchOccurrencesRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/searchOccurrences"),
  params: force(ThreadSearchOccurrencesParams)
}))

export interface ThreadLoadedListRequest {
  readonly id: RequestId
  readonly method: "thread/loaded/list"
  readonly params: ThreadLoadedListParams
}
export const ThreadLoadedListRequest: Schema.Schema<ThreadLoadedListRequest> = lazy("ThreadLoadedListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/loaded/list"),
  params: force(ThreadLoadedListParams)
}))

export interface ThreadReadRequest {
  readonly id: RequestId
  readonly method: "thread/read"
  readonly params: ThreadReadParams
}
export const ThreadReadRequest: Schema.Schema<ThreadReadRequest> = lazy("ThreadReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/read"),
  params: force(ThreadReadParams)
}))

export interface ThreadReadStateUpdateRequest {
  readonly id: RequestId
  readonly method: "thread/readState/update"
  readonly params: ThreadReadStateUpdateParams
}
export const ThreadReadStateUpdateRequest: Schema.Schema<ThreadReadStateUpdateRequest> = lazy("ThreadReadStateUpdateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/readState/update"),
  params: force(ThreadReadStateUpdateParams)
}))

export interface ThreadTurnsListRequest {
  readonly id: RequestId
  readonly method: "thread/turns/list"
  readonly params: ThreadTurnsListParams
}
export const ThreadTurnsListRequest: Schema.Schema<ThreadTurnsListRequest> = lazy("ThreadTurnsListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/turns/list"),
  params: force(ThreadTurnsListParams)
}))

export interface ThreadItemsListRequest {
  readonly id: RequestId
  readonly method: "thread/items/list"
  readonly params: ThreadItemsListParams
}
export const ThreadItemsListRequest: Schema.Schema<ThreadItemsListRequest> = lazy("ThreadItemsListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/items/list"),
  params: force(ThreadItemsListParams)
}))

export interface ThreadItemsReadRequest {
  readonly id: RequestId
  readonly method: "thread/items/read"
  readonly params: ThreadItemsReadParams
}
export const ThreadItemsReadRequest: Schema.Schema<ThreadItemsReadRequest> = lazy("ThreadItemsReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/items/read"),
  params: force(ThreadItemsReadParams)
}))

/**
 * Review the idle thread's final injected exec_command without executing it.
 */
export interface ThreadGuardianReviewRequest {
  readonly id: RequestId
  readonly method: "thread/guardianReview"
  readonly params: ThreadGuardianReviewParams
}
export const ThreadGuardianReviewRequest: Schema.Schema<ThreadGuardianReviewRequest> = lazy("ThreadGuardianReviewRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/guardianReview"),
  params: force(ThreadGuardianReviewParams)
}))

/**
 * Append raw Responses API items to the thread history without starting a user turn.
 */
export interface ThreadInjectItemsRequest {
  readonly id: RequestId
  readonly method: "thread/inject_items"
  readonly params: ThreadInjectItemsParams
}
export const ThreadInjectItemsRequest: Schema.Schema<ThreadInjectItemsRequest> = lazy("ThreadInjectItemsRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/inject_items"),
  params: force(ThreadInjectItemsParams)
}))

export interface ThreadPrepareApprovedPlanRequest {
  readonly id: RequestId
  readonly method: "thread/prepareApprovedPlan"
  readonly params: ThreadPrepareApprovedPlanParams
}
export const ThreadPrepareApprovedPlanRequest: Schema.Schema<ThreadPrepareApprovedPlanRequest> = lazy("ThreadPrepareApprovedPlanRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/prepareApprovedPlan"),
  params: force(ThreadPrepareApprovedPlanParams)
}))

export interface SkillsListRequest {
  readonly id: RequestId
  readonly method: "skills/list"
  readonly params: SkillsListParams
}
export const SkillsListRequest: Schema.Schema<SkillsListRequest> = lazy("SkillsListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("skills/list"),
  params: force(SkillsListParams)
}))

export interface SkillsExtraRootsSetRequest {
  readonly id: RequestId
  readonly method: "skills/extraRoots/set"
  readonly params: SkillsExtraRootsSetParams
}
export const SkillsExtraRootsSetRequest: Schema.Schema<SkillsExtraRootsSetRequest> = lazy("SkillsExtraRootsSetRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("skills/extraRoots/set"),
  params: force(SkillsExtraRootsSetParams)
}))

export interface HooksListRequest {
  readonly id: RequestId
  readonly method: "hooks/list"
  readonly params: HooksListParams
}
export const HooksListRequest: Schema.Schema<HooksListRequest> = lazy("HooksListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("hooks/list"),
  params: force(HooksListParams)
}))

export interface MarketplaceAddRequest {
  readonly id: RequestId
  readonly method: "marketplace/add"
  readonly params: MarketplaceAddParams
}
export const MarketplaceAddRequest: Schema.Schema<MarketplaceAddRequest> = lazy("MarketplaceAddRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("marketplace/add"),
  params: force(MarketplaceAddParams)
}))

export interface MarketplaceRemoveRequest {
  readonly id: RequestId
  readonly method: "marketplace/remove"
  readonly params: MarketplaceRemoveParams
}
export const MarketplaceRemoveRequest: Schema.Schema<MarketplaceRemoveRequest> = lazy("MarketplaceRemoveRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("marketplace/remove"),
  params: force(MarketplaceRemoveParams)
}))

export interface MarketplaceUpgradeRequest {
  readonly id: RequestId
  readonly method: "marketplace/upgrade"
  readonly params: MarketplaceUpgradeParams
}
export const MarketplaceUpgradeRequest: Schema.Schema<MarketplaceUpgradeRequest> = lazy("MarketplaceUpgradeRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("marketplace/upgrade"),
  params: force(MarketplaceUpgradeParams)
}))

export interface PluginListRequest {
  readonly id: RequestId
  readonly method: "plugin/list"
  readonly params: PluginListParams
}
export const PluginListRequest: Schema.Schema<PluginListRequest> = lazy("PluginListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/list"),
  params: force(PluginListParams)
}))

export interface PluginSearchRequest {
  readonly id: RequestId
  readonly method: "plugin/search"
  readonly params: PluginSearchParams
}
export const PluginSearchRequest: Schema.Schema<PluginSearchRequest> = lazy("PluginSearchRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/search"),
  params: force(PluginSearchParams)
}))

export interface PluginInstalledRequest {
  readonly id: RequestId
  readonly method: "plugin/installed"
  readonly params: PluginInstalledParams
}
export const PluginInstalledRequest: Schema.Schema<PluginInstalledRequest> = lazy("PluginInstalledRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/installed"),
  params: force(PluginInstalledParams)
}))

export interface PluginReconcileRequest {
  readonly id: RequestId
  readonly method: "plugin/reconcile"
  readonly params: PluginReconcileParams
}
export const PluginReconcileRequest: Schema.Schema<PluginReconcileRequest> = lazy("PluginReconcileRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/reconcile"),
  params: force(PluginReconcileParams)
}))

export interface PluginReadRequest {
  readonly id: RequestId
  readonly method: "plugin/read"
  readonly params: PluginReadParams
}
export const PluginReadRequest: Schema.Schema<PluginReadRequest> = lazy("PluginReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/read"),
  params: force(PluginReadParams)
}))

export interface PluginSkillReadRequest {
  readonly id: RequestId
  readonly method: "plugin/skill/read"
  readonly params: PluginSkillReadParams
}
export const PluginSkillReadRequest: Schema.Schema<PluginSkillReadRequest> = lazy("PluginSkillReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/skill/read"),
  params: force(PluginSkillReadParams)
}))

export interface PluginShareSaveRequest {
  readonly id: RequestId
  readonly method: "plugin/share/save"
  readonly params: PluginShareSaveParams
}
export const PluginShareSaveRequest: Schema.Schema<PluginShareSaveRequest> = lazy("PluginShareSaveRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/share/save"),
  params: force(PluginShareSaveParams)
}))

export interface PluginShareUpdateTargetsRequest {
  readonly id: RequestId
  readonly method: "plugin/share/updateTargets"
  readonly params: PluginShareUpdateTargetsParams
}
export const PluginShareUpdateTargetsRequest: Schema.Schema<PluginShareUpdateTargetsRequest> = lazy("PluginShareUpdateTargetsRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/share/updateTargets"),
  params: force(PluginShareUpdateTargetsParams)
}))

export interface PluginShareListRequest {
  readonly id: RequestId
  readonly method: "plugin/share/list"
  readonly params: PluginShareListParams
}
export const PluginShareListRequest: Schema.Schema<PluginShareListRequest> = lazy("PluginShareListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/share/list"),
  params: force(PluginShareListParams)
}))

export interface PluginShareCheckoutRequest {
  readonly id: RequestId
  readonly method: "plugin/share/checkout"
  readonly params: PluginShareCheckoutParams
}
export const PluginShareCheckoutRequest: Schema.Schema<PluginShareCheckoutRequest> = lazy("PluginShareCheckoutRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/share/checkout"),
  params: force(PluginShareCheckoutParams)
}))

export interface PluginShareDeleteRequest {
  readonly id: RequestId
  readonly method: "plugin/share/delete"
  readonly params: PluginShareDeleteParams
}
export const PluginShareDeleteRequest: Schema.Schema<PluginShareDeleteRequest> = lazy("PluginShareDeleteRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/share/delete"),
  params: force(PluginShareDeleteParams)
}))

export interface AppReadRequest {
  readonly id: RequestId
  readonly method: "app/read"
  readonly params: AppsReadParams
}
export const AppReadRequest: Schema.Schema<AppReadRequest> = lazy("AppReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("app/read"),
  params: force(AppsReadParams)
}))

export interface AppListRequest {
  readonly id: RequestId
  readonly method: "app/list"
  readonly params: AppsListParams
}
export const AppListRequest: Schema.Schema<AppListRequest> = lazy("AppListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("app/list"),
  params: force(AppsListParams)
}))

export interface AppInstalledRequest {
  readonly id: RequestId
  readonly method: "app/installed"
  readonly params: AppsInstalledParams
}
export const AppInstalledRequest: Schema.Schema<AppInstalledRequest> = lazy("AppInstalledRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("app/installed"),
  params: force(AppsInstalledParams)
}))

export interface FsReadFileRequest {
  readonly id: RequestId
  readonly method: "fs/readFile"
  readonly params: FsReadFileParams
}
export const FsReadFileRequest: Schema.Schema<FsReadFileRequest> = lazy("FsReadFileRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fs/readFile"),
  params: force(FsReadFileParams)
}))

export interface FsWriteFileRequest {
  readonly id: RequestId
  readonly method: "fs/writeFile"
  readonly params: FsWriteFileParams
}
export const FsWriteFileRequest: Schema.Schema<FsWriteFileRequest> = lazy("FsWriteFileRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fs/writeFile"),
  params: force(FsWriteFileParams)
}))

export interface FsCreateDirectoryRequest {
  readonly id: RequestId
  readonly method: "fs/createDirectory"
  readonly params: FsCreateDirectoryParams
}
export const FsCreateDirectoryRequest: Schema.Schema<FsCreateDirectoryRequest> = lazy("FsCreateDirectoryRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fs/createDirectory"),
  params: force(FsCreateDirectoryParams)
}))

export interface FsGetMetadataRequest {
  readonly id: RequestId
  readonly method: "fs/getMetadata"
  readonly params: FsGetMetadataParams
}
export const FsGetMetadataRequest: Schema.Schema<FsGetMetadataRequest> = lazy("FsGetMetadataRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fs/getMetadata"),
  params: force(FsGetMetadataParams)
}))

export interface FsReadDirectoryRequest {
  readonly id: RequestId
  readonly method: "fs/readDirectory"
  readonly params: FsReadDirectoryParams
}
export const FsReadDirectoryRequest: Schema.Schema<FsReadDirectoryRequest> = lazy("FsReadDirectoryRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fs/readDirectory"),
  params: force(FsReadDirectoryParams)
}))

export interface FsRemoveRequest {
  readonly id: RequestId
  readonly method: "fs/remove"
  readonly params: FsRemoveParams
}
export const FsRemoveRequest: Schema.Schema<FsRemoveRequest> = lazy("FsRemoveRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fs/remove"),
  params: force(FsRemoveParams)
}))

export interface FsCopyRequest {
  readonly id: RequestId
  readonly method: "fs/copy"
  readonly params: FsCopyParams
}
export const FsCopyRequest: Schema.Schema<FsCopyRequest> = lazy("FsCopyRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fs/copy"),
  params: force(FsCopyParams)
}))

export interface FsWatchRequest {
  readonly id: RequestId
  readonly method: "fs/watch"
  readonly params: FsWatchParams
}
export const FsWatchRequest: Schema.Schema<FsWatchRequest> = lazy("FsWatchRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fs/watch"),
  params: force(FsWatchParams)
}))

export interface FsUnwatchRequest {
  readonly id: RequestId
  readonly method: "fs/unwatch"
  readonly params: FsUnwatchParams
}
export const FsUnwatchRequest: Schema.Schema<FsUnwatchRequest> = lazy("FsUnwatchRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fs/unwatch"),
  params: force(FsUnwatchParams)
}))

export interface SkillsConfigWriteRequest {
  readonly id: RequestId
  readonly method: "skills/config/write"
  readonly params: SkillsConfigWriteParams
}
export const SkillsConfigWriteRequest: Schema.Schema<SkillsConfigWriteRequest> = lazy("SkillsConfigWriteRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("skills/config/write"),
  params: force(SkillsConfigWriteParams)
}))

export interface PluginInstallRequest {
  readonly id: RequestId
  readonly method: "plugin/install"
  readonly params: PluginInstallParams
}
export const PluginInstallRequest: Schema.Schema<PluginInstallRequest> = lazy("PluginInstallRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/install"),
  params: force(PluginInstallParams)
}))

export interface PluginUninstallRequest {
  readonly id: RequestId
  readonly method: "plugin/uninstall"
  readonly params: PluginUninstallParams
}
export const PluginUninstallRequest: Schema.Schema<PluginUninstallRequest> = lazy("PluginUninstallRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("plugin/uninstall"),
  params: force(PluginUninstallParams)
}))

export interface TurnStartRequest {
  readonly id: RequestId
  readonly method: "turn/start"
  readonly params: TurnStartParams
}
export const TurnStartRequest: Schema.Schema<TurnStartRequest> = lazy("TurnStartRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("turn/start"),
  params: force(TurnStartParams)
}))

export interface TurnSettingsUpdateRequest {
  readonly id: RequestId
  readonly method: "turn/settings/update"
  readonly params: TurnSettingsUpdateParams
}
export const TurnSettingsUpdateRequest: Schema.Schema<TurnSettingsUpdateRequest> = lazy("TurnSettingsUpdateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("turn/settings/update"),
  params: force(TurnSettingsUpdateParams)
}))

export interface TurnSteerRequest {
  readonly id: RequestId
  readonly method: "turn/steer"
  readonly params: TurnSteerParams
}
export const TurnSteerRequest: Schema.Schema<TurnSteerRequest> = lazy("TurnSteerRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("turn/steer"),
  params: force(TurnSteerParams)
}))

export interface TurnInterruptRequest {
  readonly id: RequestId
  readonly method: "turn/interrupt"
  readonly params: TurnInterruptParams
}
export const TurnInterruptRequest: Schema.Schema<TurnInterruptRequest> = lazy("TurnInterruptRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("turn/interrupt"),
  params: force(TurnInterruptParams)
}))

export interface ThreadRealtimeStartRequest {
  readonly id: RequestId
  readonly method: "thread/realtime/start"
  readonly params: ThreadRealtimeStartParams
}
export const ThreadRealtimeStartRequest: Schema.Schema<ThreadRealtimeStartRequest> = lazy("ThreadRealtimeStartRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/realtime/start"),
  params: force(ThreadRealtimeStartParams)
}))

export interface ThreadRealtimeAppendAudioRequest {
  readonly id: RequestId
  readonly method: "thread/realtime/appendAudio"
  readonly params: ThreadRealtimeAppendAudioParams
}
export const ThreadRealtimeAppendAudioRequest: Schema.Schema<ThreadRealtimeAppendAudioRequest> = lazy("ThreadRealtimeAppendAudioRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/realtime/appendAudio"),
  params: force(ThreadRealtimeAppendAudioParams)
}))

export interface ThreadRealtimeAppendTextRequest {
  readonly id: RequestId
  readonly method: "thread/realtime/appendText"
  readonly params: ThreadRealtimeAppendTextParams
}
export const ThreadRealtimeAppendTextRequest: Schema.Schema<ThreadRealtimeAppendTextRequest> = lazy("ThreadRealtimeAppendTextRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/realtime/appendText"),
  params: force(ThreadRealtimeAppendTextParams)
}))

export interface ThreadRealtimeAppendSpeechRequest {
  readonly id: RequestId
  readonly method: "thread/realtime/appendSpeech"
  readonly params: ThreadRealtimeAppendSpeechParams
}
export const ThreadRealtimeAppendSpeechRequest: Schema.Schema<ThreadRealtimeAppendSpeechRequest> = lazy("ThreadRealtimeAppendSpeechRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/realtime/appendSpeech"),
  params: force(ThreadRealtimeAppendSpeechParams)
}))

export interface ThreadRealtimeStopRequest {
  readonly id: RequestId
  readonly method: "thread/realtime/stop"
  readonly params: ThreadRealtimeStopParams
}
export const ThreadRealtimeStopRequest: Schema.Schema<ThreadRealtimeStopRequest> = lazy("ThreadRealtimeStopRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/realtime/stop"),
  params: force(ThreadRealtimeStopParams)
}))

export interface ThreadTimelineListRequest {
  readonly id: RequestId
  readonly method: "thread/timeline/list"
  readonly params: ThreadTimelineListParams
}
export const ThreadTimelineListRequest: Schema.Schema<ThreadTimelineListRequest> = lazy("ThreadTimelineListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/timeline/list"),
  params: force(ThreadTimelineListParams)
}))

export interface ThreadRealtimeListVoicesRequest {
  readonly id: RequestId
  readonly method: "thread/realtime/listVoices"
  readonly params: ThreadRealtimeListVoicesParams
}
export const ThreadRealtimeListVoicesRequest: Schema.Schema<ThreadRealtimeListVoicesRequest> = lazy("ThreadRealtimeListVoicesRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("thread/realtime/listVoices"),
  params: force(ThreadRealtimeListVoicesParams)
}))

export interface ReviewStartRequest {
  readonly id: RequestId
  readonly method: "review/start"
  readonly params: ReviewStartParams
}
export const ReviewStartRequest: Schema.Schema<ReviewStartRequest> = lazy("ReviewStartRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("review/start"),
  params: force(ReviewStartParams)
}))

export interface ModelListRequest {
  readonly id: RequestId
  readonly method: "model/list"
  readonly params: ModelListParams
}
export const ModelListRequest: Schema.Schema<ModelListRequest> = lazy("ModelListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("model/list"),
  params: force(ModelListParams)
}))

export interface AccountGatewayOAuthReadRequest {
  readonly id: RequestId
  readonly method: "account/gatewayOAuth/read"
  readonly params?: GatewayOAuthReadParams | null | undefined
}
export const AccountGatewayOAuthReadRequest: Schema.Schema<AccountGatewayOAuthReadRequest> = lazy("AccountGatewayOAuthReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/gatewayOAuth/read"),
  params: Schema.optional(Schema.NullOr(force(GatewayOAuthReadParams)))
}))

export interface AccountGatewayOAuthLoginRequest {
  readonly id: RequestId
  readonly method: "account/gatewayOAuth/login"
  readonly params?: GatewayOAuthLoginParams | null | undefined
}
export const AccountGatewayOAuthLoginRequest: Schema.Schema<AccountGatewayOAuthLoginRequest> = lazy("AccountGatewayOAuthLoginRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/gatewayOAuth/login"),
  params: Schema.optional(Schema.NullOr(force(GatewayOAuthLoginParams)))
}))

export interface AccountGatewayOAuthCancelRequest {
  readonly id: RequestId
  readonly method: "account/gatewayOAuth/cancel"
  readonly params?: null | undefined
}
export const AccountGatewayOAuthCancelRequest: Schema.Schema<AccountGatewayOAuthCancelRequest> = lazy("AccountGatewayOAuthCancelRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/gatewayOAuth/cancel"),
  params: Schema.optional(Schema.Null)
}))

export interface ModelProviderListRequest {
  readonly id: RequestId
  readonly method: "modelProvider/list"
  readonly params: ModelProviderListParams
}
export const ModelProviderListRequest: Schema.Schema<ModelProviderListRequest> = lazy("ModelProviderListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("modelProvider/list"),
  params: force(ModelProviderListParams)
}))

export interface ModelProviderConfigWriteRequest {
  readonly id: RequestId
  readonly method: "modelProvider/config/write"
  readonly params: ModelProviderConfigWriteParams
}
export const ModelProviderConfigWriteRequest: Schema.Schema<ModelProviderConfigWriteRequest> = lazy("ModelProviderConfigWriteRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("modelProvider/config/write"),
  params: force(ModelProviderConfigWriteParams)
}))

export interface ModelProviderCapabilitiesReadRequest {
  readonly id: RequestId
  readonly method: "modelProvider/capabilities/read"
  readonly params: ModelProviderCapabilitiesReadParams
}
export const ModelProviderCapabilitiesReadRequest: Schema.Schema<ModelProviderCapabilitiesReadRequest> = lazy("ModelProviderCapabilitiesReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("modelProvider/capabilities/read"),
  params: force(ModelProviderCapabilitiesReadParams)
}))

export interface ExperimentalFeatureListRequest {
  readonly id: RequestId
  readonly method: "experimentalFeature/list"
  readonly params: ExperimentalFeatureListParams
}
export const ExperimentalFeatureListRequest: Schema.Schema<ExperimentalFeatureListRequest> = lazy("ExperimentalFeatureListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("experimentalFeature/list"),
  params: force(ExperimentalFeatureListParams)
}))

export interface PermissionProfileListRequest {
  readonly id: RequestId
  readonly method: "permissionProfile/list"
  readonly params: PermissionProfileListParams
}
export const PermissionProfileListRequest: Schema.Schema<PermissionProfileListRequest> = lazy("PermissionProfileListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("permissionProfile/list"),
  params: force(PermissionProfileListParams)
}))

export interface ExperimentalFeatureEnablementSetRequest {
  readonly id: RequestId
  readonly method: "experimentalFeature/enablement/set"
  readonly params: ExperimentalFeatureEnablementSetParams
}
export const ExperimentalFeatureEnablementSetRequest: Schema.Schema<ExperimentalFeatureEnablementSetRequest> = lazy("ExperimentalFeatureEnablementSetRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("experimentalFeature/enablement/set"),
  params: force(ExperimentalFeatureEnablementSetParams)
}))

export interface RemoteControlEnableRequest {
  readonly id: RequestId
  readonly method: "remoteControl/enable"
  readonly params?: RemoteControlEnableParams | null | undefined
}
export const RemoteControlEnableRequest: Schema.Schema<RemoteControlEnableRequest> = lazy("RemoteControlEnableRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("remoteControl/enable"),
  params: Schema.optional(Schema.NullOr(force(RemoteControlEnableParams)))
}))

export interface RemoteControlDisableRequest {
  readonly id: RequestId
  readonly method: "remoteControl/disable"
  readonly params?: RemoteControlDisableParams | null | undefined
}
export const RemoteControlDisableRequest: Schema.Schema<RemoteControlDisableRequest> = lazy("RemoteControlDisableRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("remoteControl/disable"),
  params: Schema.optional(Schema.NullOr(force(RemoteControlDisableParams)))
}))

export interface RemoteControlStatusReadRequest {
  readonly id: RequestId
  readonly method: "remoteControl/status/read"
  readonly params?: null | undefined
}
export const RemoteControlStatusReadRequest: Schema.Schema<RemoteControlStatusReadRequest> = lazy("RemoteControlStatusReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("remoteControl/status/read"),
  params: Schema.optional(Schema.Null)
}))

export interface RemoteControlPairingStartRequest {
  readonly id: RequestId
  readonly method: "remoteControl/pairing/start"
  readonly params: RemoteControlPairingStartParams
}
export const RemoteControlPairingStartRequest: Schema.Schema<RemoteControlPairingStartRequest> = lazy("RemoteControlPairingStartRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("remoteControl/pairing/start"),
  params: force(RemoteControlPairingStartParams)
}))

export interface RemoteControlPairingStatusRequest {
  readonly id: RequestId
  readonly method: "remoteControl/pairing/status"
  readonly params: RemoteControlPairingStatusParams
}
export const RemoteControlPairingStatusRequest: Schema.Schema<RemoteControlPairingStatusRequest> = lazy("RemoteControlPairingStatusRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("remoteControl/pairing/status"),
  params: force(RemoteControlPairingStatusParams)
}))

export interface RemoteControlClientListRequest {
  readonly id: RequestId
  readonly method: "remoteControl/client/list"
  readonly params: RemoteControlClientsListParams
}
export const RemoteControlClientListRequest: Schema.Schema<RemoteControlClientListRequest> = lazy("RemoteControlClientListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("remoteControl/client/list"),
  params: force(RemoteControlClientsListParams)
}))

export interface RemoteControlClientRevokeRequest {
  readonly id: RequestId
  readonly method: "remoteControl/client/revoke"
  readonly params: RemoteControlClientsRevokeParams
}
export const RemoteControlClientRevokeRequest: Schema.Schema<RemoteControlClientRevokeRequest> = lazy("RemoteControlClientRevokeRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("remoteControl/client/revoke"),
  params: force(RemoteControlClientsRevokeParams)
}))

/**
 * Lists collaboration mode presets.
 */
export interface CollaborationModeListRequest {
  readonly id: RequestId
  readonly method: "collaborationMode/list"
  readonly params: CollaborationModeListParams
}
export const CollaborationModeListRequest: Schema.Schema<CollaborationModeListRequest> = lazy("CollaborationModeListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("collaborationMode/list"),
  params: force(CollaborationModeListParams)
}))

/**
 * Test-only method used to validate experimental gating.
 */
export interface MockExperimentalMethodRequest {
  readonly id: RequestId
  readonly method: "mock/experimentalMethod"
  readonly params: MockExperimentalMethodParams
}
export const MockExperimentalMethodRequest: Schema.Schema<MockExperimentalMethodRequest> = lazy("MockExperimentalMethodRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("mock/experimentalMethod"),
  params: force(MockExperimentalMethodParams)
}))

/**
 * Adds or replaces a remote environment by id for later selection.
 */
export interface EnvironmentAddRequest {
  readonly id: RequestId
  readonly method: "environment/add"
  readonly params: EnvironmentAddParams
}
export const EnvironmentAddRequest: Schema.Schema<EnvironmentAddRequest> = lazy("EnvironmentAddRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("environment/add"),
  params: force(EnvironmentAddParams)
}))

/**
 * Reads information from a configured execution environment.
 */
export interface EnvironmentInfoRequest {
  readonly id: RequestId
  readonly method: "environment/info"
  readonly params: EnvironmentInfoParams
}
export const EnvironmentInfoRequest: Schema.Schema<EnvironmentInfoRequest> = lazy("EnvironmentInfoRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("environment/info"),
  params: force(EnvironmentInfoParams)
}))

/**
 * Reads the current status of a configured execution environment.
 */
export interface EnvironmentStatusRequest {
  readonly id: RequestId
  readonly method: "environment/status"
  readonly params: EnvironmentStatusParams
}
export const EnvironmentStatusRequest: Schema.Schema<EnvironmentStatusRequest> = lazy("EnvironmentStatusRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("environment/status"),
  params: force(EnvironmentStatusParams)
}))

export interface McpServerOauthLoginRequest {
  readonly id: RequestId
  readonly method: "mcpServer/oauth/login"
  readonly params: McpServerOauthLoginParams
}
export const McpServerOauthLoginRequest: Schema.Schema<McpServerOauthLoginRequest> = lazy("McpServerOauthLoginRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("mcpServer/oauth/login"),
  params: force(McpServerOauthLoginParams)
}))

export interface ConfigMcpServerReloadRequest {
  readonly id: RequestId
  readonly method: "config/mcpServer/reload"
  readonly params?: null | undefined
}
export const ConfigMcpServerReloadRequest: Schema.Schema<ConfigMcpServerReloadRequest> = lazy("ConfigMcpServerReloadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("config/mcpServer/reload"),
  params: Schema.optional(Schema.Null)
}))

export interface McpServerStatusListRequest {
  readonly id: RequestId
  readonly method: "mcpServerStatus/list"
  readonly params: ListMcpServerStatusParams
}
export const McpServerStatusListRequest: Schema.Schema<McpServerStatusListRequest> = lazy("McpServerStatusListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("mcpServerStatus/list"),
  params: force(ListMcpServerStatusParams)
}))

export interface McpServerResourceReadRequest {
  readonly id: RequestId
  readonly method: "mcpServer/resource/read"
  readonly params: McpResourceReadParams
}
export const McpServerResourceReadRequest: Schema.Schema<McpServerResourceReadRequest> = lazy("McpServerResourceReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("mcpServer/resource/read"),
  params: force(McpResourceReadParams)
}))

export interface McpServerEventStreamStartRequest {
  readonly id: RequestId
  readonly method: "mcpServer/event/stream/start"
  readonly params: McpServerEventStreamStartParams
}
export const McpServerEventStreamStartRequest: Schema.Schema<McpServerEventStreamStartRequest> = lazy("McpServerEventStreamStartRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("mcpServer/event/stream/start"),
  params: force(McpServerEventStreamStartParams)
}))

export interface McpServerEventStreamStopRequest {
  readonly id: RequestId
  readonly method: "mcpServer/event/stream/stop"
  readonly params: McpServerEventStreamStopParams
}
export const McpServerEventStreamStopRequest: Schema.Schema<McpServerEventStreamStopRequest> = lazy("McpServerEventStreamStopRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("mcpServer/event/stream/stop"),
  params: force(McpServerEventStreamStopParams)
}))

export interface McpServerToolCallRequest {
  readonly id: RequestId
  readonly method: "mcpServer/tool/call"
  readonly params: McpServerToolCallParams
}
export const McpServerToolCallRequest: Schema.Schema<McpServerToolCallRequest> = lazy("McpServerToolCallRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("mcpServer/tool/call"),
  params: force(McpServerToolCallParams)
}))

export interface WindowsSandboxSetupStartRequest {
  readonly id: RequestId
  readonly method: "windowsSandbox/setupStart"
  readonly params: WindowsSandboxSetupStartParams
}
export const WindowsSandboxSetupStartRequest: Schema.Schema<WindowsSandboxSetupStartRequest> = lazy("WindowsSandboxSetupStartRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("windowsSandbox/setupStart"),
  params: force(WindowsSandboxSetupStartParams)
}))

export interface WindowsSandboxReadinessRequest {
  readonly id: RequestId
  readonly method: "windowsSandbox/readiness"
  readonly params?: null | undefined
}
export const WindowsSandboxReadinessRequest: Schema.Schema<WindowsSandboxReadinessRequest> = lazy("WindowsSandboxReadinessRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("windowsSandbox/readiness"),
  params: Schema.optional(Schema.Null)
}))

export interface AccountLoginStartRequest {
  readonly id: RequestId
  readonly method: "account/login/start"
  readonly params: LoginAccountParams
}
export const AccountLoginStartRequest: Schema.Schema<AccountLoginStartRequest> = lazy("AccountLoginStartRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/login/start"),
  params: force(LoginAccountParams)
}))

export interface AccountBedrockDiscoverRequest {
  readonly id: RequestId
  readonly method: "account/bedrock/discover"
  readonly params: BedrockDiscoverParams
}
export const AccountBedrockDiscoverRequest: Schema.Schema<AccountBedrockDiscoverRequest> = lazy("AccountBedrockDiscoverRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/bedrock/discover"),
  params: force(BedrockDiscoverParams)
}))

export interface AccountBedrockSetupRequest {
  readonly id: RequestId
  readonly method: "account/bedrock/setup"
  readonly params: BedrockSetupParams
}
export const AccountBedrockSetupRequest: Schema.Schema<AccountBedrockSetupRequest> = lazy("AccountBedrockSetupRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/bedrock/setup"),
  params: force(BedrockSetupParams)
}))

export interface AccountGcpSetupRequest {
  readonly id: RequestId
  readonly method: "account/gcp/setup"
  readonly params: GcpSetupParams
}
export const AccountGcpSetupRequest: Schema.Schema<AccountGcpSetupRequest> = lazy("AccountGcpSetupRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/gcp/setup"),
  params: force(GcpSetupParams)
}))

export interface AccountBedrockCheckGovCloudRequirementsRequest {
  readonly id: RequestId
  readonly method: "account/bedrock/checkGovCloudRequirements"
  readonly params: BedrockCheckGovCloudRequirementsParams
}
export const AccountBedrockCheckGovCloudRequirementsRequest: Schema.Schema<AccountBedrockCheckGovCloudRequirementsRequest> = lazy("AccountBedrockCheckGovCloudRequirementsRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/bedrock/checkGovCloudRequirements"),
  params: force(BedrockCheckGovCloudRequirementsParams)
}))

export interface AccountLoginCancelRequest {
  readonly id: RequestId
  readonly method: "account/login/cancel"
  readonly params: CancelLoginAccountParams
}
export const AccountLoginCancelRequest: Schema.Schema<AccountLoginCancelRequest> = lazy("AccountLoginCancelRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/login/cancel"),
  params: force(CancelLoginAccountParams)
}))

export interface AccountSessionListRequest {
  readonly id: RequestId
  readonly method: "accountSession/list"
  readonly params: AccountSessionsListParams
}
export const AccountSessionListRequest: Schema.Schema<AccountSessionListRequest> = lazy("AccountSessionListRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("accountSession/list"),
  params: force(AccountSessionsListParams)
}))

export interface AccountSessionSwitchRequest {
  readonly id: RequestId
  readonly method: "accountSession/switch"
  readonly params: AccountSessionsSwitchParams
}
export const AccountSessionSwitchRequest: Schema.Schema<AccountSessionSwitchRequest> = lazy("AccountSessionSwitchRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("accountSession/switch"),
  params: force(AccountSessionsSwitchParams)
}))

export interface AccountLogoutRequest {
  readonly id: RequestId
  readonly method: "account/logout"
  readonly params?: null | undefined
}
export const AccountLogoutRequest: Schema.Schema<AccountLogoutRequest> = lazy("AccountLogoutRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/logout"),
  params: Schema.optional(Schema.Null)
}))

export interface AccountSecuritySetupReadRequest {
  readonly id: RequestId
  readonly method: "account/securitySetup/read"
  readonly params?: null | undefined
}
export const AccountSecuritySetupReadRequest: Schema.Schema<AccountSecuritySetupReadRequest> = lazy("AccountSecuritySetupReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/securitySetup/read"),
  params: Schema.optional(Schema.Null)
}))

export interface AccountRateLimitsReadRequest {
  readonly id: RequestId
  readonly method: "account/rateLimits/read"
  readonly params?: GetAccountRateLimitsParams | null | undefined
}
export const AccountRateLimitsReadRequest: Schema.Schema<AccountRateLimitsReadRequest> = lazy("AccountRateLimitsReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/rateLimits/read"),
  params: Schema.optional(Schema.NullOr(force(GetAccountRateLimitsParams)))
}))

export interface AccountRateLimitResetCreditConsumeRequest {
  readonly id: RequestId
  readonly method: "account/rateLimitResetCredit/consume"
  readonly params: ConsumeAccountRateLimitResetCreditParams
}
export const AccountRateLimitResetCreditConsumeRequest: Schema.Schema<AccountRateLimitResetCreditConsumeRequest> = lazy("AccountRateLimitResetCreditConsumeRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/rateLimitResetCredit/consume"),
  params: force(ConsumeAccountRateLimitResetCreditParams)
}))

export interface AccountUsageReadRequest {
  readonly id: RequestId
  readonly method: "account/usage/read"
  readonly params?: GetAccountTokenUsageParams | null | undefined
}
export const AccountUsageReadRequest: Schema.Schema<AccountUsageReadRequest> = lazy("AccountUsageReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/usage/read"),
  params: Schema.optional(Schema.NullOr(force(GetAccountTokenUsageParams)))
}))

export interface AccountWorkspaceMessagesReadRequest {
  readonly id: RequestId
  readonly method: "account/workspaceMessages/read"
  readonly params?: null | undefined
}
export const AccountWorkspaceMessagesReadRequest: Schema.Schema<AccountWorkspaceMessagesReadRequest> = lazy("AccountWorkspaceMessagesReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/workspaceMessages/read"),
  params: Schema.optional(Schema.Null)
}))

export interface AccountSendAddCreditsNudgeEmailRequest {
  readonly id: RequestId
  readonly method: "account/sendAddCreditsNudgeEmail"
  readonly params: SendAddCreditsNudgeEmailParams
}
export const AccountSendAddCreditsNudgeEmailRequest: Schema.Schema<AccountSendAddCreditsNudgeEmailRequest> = lazy("AccountSendAddCreditsNudgeEmailRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/sendAddCreditsNudgeEmail"),
  params: force(SendAddCreditsNudgeEmailParams)
}))

export interface FeedbackUploadRequest {
  readonly id: RequestId
  readonly method: "feedback/upload"
  readonly params: FeedbackUploadParams
}
export const FeedbackUploadRequest: Schema.Schema<FeedbackUploadRequest> = lazy("FeedbackUploadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("feedback/upload"),
  params: force(FeedbackUploadParams)
}))

export interface FeedbackSaveRequest {
  readonly id: RequestId
  readonly method: "feedback/save"
  readonly params: FeedbackSaveParams
}
export const FeedbackSaveRequest: Schema.Schema<FeedbackSaveRequest> = lazy("FeedbackSaveRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("feedback/save"),
  params: force(FeedbackSaveParams)
}))

/**
 * Execute a standalone command (argv vector) under the server's sandbox.
 */
export interface CommandExecRequest {
  readonly id: RequestId
  readonly method: "command/exec"
  readonly params: CommandExecParams
}
export const CommandExecRequest: Schema.Schema<CommandExecRequest> = lazy("CommandExecRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("command/exec"),
  params: force(CommandExecParams)
}))

/**
 * Write stdin bytes to a running `command/exec` session or close stdin.
 */
export interface CommandExecWriteRequest {
  readonly id: RequestId
  readonly method: "command/exec/write"
  readonly params: CommandExecWriteParams
}
export const CommandExecWriteRequest: Schema.Schema<CommandExecWriteRequest> = lazy("CommandExecWriteRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("command/exec/write"),
  params: force(CommandExecWriteParams)
}))

/**
 * Terminate a running `command/exec` session by client-supplied `processId`.
 */
export interface CommandExecTerminateRequest {
  readonly id: RequestId
  readonly method: "command/exec/terminate"
  readonly params: CommandExecTerminateParams
}
export const CommandExecTerminateRequest: Schema.Schema<CommandExecTerminateRequest> = lazy("CommandExecTerminateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("command/exec/terminate"),
  params: force(CommandExecTerminateParams)
}))

/**
 * Resize a running PTY-backed `command/exec` session by client-supplied `processId`.
 */
export interface CommandExecResizeRequest {
  readonly id: RequestId
  readonly method: "command/exec/resize"
  readonly params: CommandExecResizeParams
}
export const CommandExecResizeRequest: Schema.Schema<CommandExecResizeRequest> = lazy("CommandExecResizeRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("command/exec/resize"),
  params: force(CommandExecResizeParams)
}))

/**
 * Spawn a standalone process (argv vector) without a Codex sandbox.
 */
export interface ProcessSpawnRequest {
  readonly id: RequestId
  readonly method: "process/spawn"
  readonly params: ProcessSpawnParams
}
export const ProcessSpawnRequest: Schema.Schema<ProcessSpawnRequest> = lazy("ProcessSpawnRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("process/spawn"),
  params: force(ProcessSpawnParams)
}))

/**
 * Write stdin bytes to a running `process/spawn` session or close stdin.
 */
export interface ProcessWriteStdinRequest {
  readonly id: RequestId
  readonly method: "process/writeStdin"
  readonly params: ProcessWriteStdinParams
}
export const ProcessWriteStdinRequest: Schema.Schema<ProcessWriteStdinRequest> = lazy("ProcessWriteStdinRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("process/writeStdin"),
  params: force(ProcessWriteStdinParams)
}))

/**
 * Terminate a running `process/spawn` session by client-supplied `processHandle`.
 */
export interface ProcessKillRequest {
  readonly id: RequestId
  readonly method: "process/kill"
  readonly params: ProcessKillParams
}
export const ProcessKillRequest: Schema.Schema<ProcessKillRequest> = lazy("ProcessKillRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("process/kill"),
  params: force(ProcessKillParams)
}))

/**
 * Resize a running PTY-backed `process/spawn` session by client-supplied `processHandle`.
 */
export interface ProcessResizePtyRequest {
  readonly id: RequestId
  readonly method: "process/resizePty"
  readonly params: ProcessResizePtyParams
}
export const ProcessResizePtyRequest: Schema.Schema<ProcessResizePtyRequest> = lazy("ProcessResizePtyRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("process/resizePty"),
  params: force(ProcessResizePtyParams)
}))

export interface ConfigReadRequest {
  readonly id: RequestId
  readonly method: "config/read"
  readonly params: ConfigReadParams
}
export const ConfigReadRequest: Schema.Schema<ConfigReadRequest> = lazy("ConfigReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("config/read"),
  params: force(ConfigReadParams)
}))

export interface ExternalAgentConfigDetectRequest {
  readonly id: RequestId
  readonly method: "externalAgentConfig/detect"
  readonly params: ExternalAgentConfigDetectParams
}
export const ExternalAgentConfigDetectRequest: Schema.Schema<ExternalAgentConfigDetectRequest> = lazy("ExternalAgentConfigDetectRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("externalAgentConfig/detect"),
  params: force(ExternalAgentConfigDetectParams)
}))

export interface ExternalAgentConfigImportRequest {
  readonly id: RequestId
  readonly method: "externalAgentConfig/import"
  readonly params: ExternalAgentConfigImportParams
}
export const ExternalAgentConfigImportRequest: Schema.Schema<ExternalAgentConfigImportRequest> = lazy("ExternalAgentConfigImportRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("externalAgentConfig/import"),
  params: force(ExternalAgentConfigImportParams)
}))

export interface ExternalAgentConfigImportRecordHistoryRequest {
  readonly id: RequestId
  readonly method: "externalAgentConfig/import/recordHistory"
  readonly params: ExternalAgentConfigImportHistoryRecordParams
}
export const ExternalAgentConfigImportRecordHistoryRequest: Schema.Schema<ExternalAgentConfigImportRecordHistoryRequest> = lazy("ExternalAgentConfigImportRecordHistoryRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("externalAgentConfig/import/recordHistory"),
  params: force(ExternalAgentConfigImportHistoryRecordParams)
}))

export interface ExternalAgentConfigImportReadHistoriesRequest {
  readonly id: RequestId
  readonly method: "externalAgentConfig/import/readHistories"
  readonly params?: null | undefined
}
export const ExternalAgentConfigImportReadHistoriesRequest: Schema.Schema<ExternalAgentConfigImportReadHistoriesRequest> = lazy("ExternalAgentConfigImportReadHistoriesRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("externalAgentConfig/import/readHistories"),
  params: Schema.optional(Schema.Null)
}))

export interface ConfigValueWriteRequest {
  readonly id: RequestId
  readonly method: "config/value/write"
  readonly params: ConfigValueWriteParams
}
export const ConfigValueWriteRequest: Schema.Schema<ConfigValueWriteRequest> = lazy("ConfigValueWriteRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("config/value/write"),
  params: force(ConfigValueWriteParams)
}))

export interface ConfigBatchWriteRequest {
  readonly id: RequestId
  readonly method: "config/batchWrite"
  readonly params: ConfigBatchWriteParams
}
export const ConfigBatchWriteRequest: Schema.Schema<ConfigBatchWriteRequest> = lazy("ConfigBatchWriteRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("config/batchWrite"),
  params: force(ConfigBatchWriteParams)
}))

export interface ConfigRequirementsReadRequest {
  readonly id: RequestId
  readonly method: "configRequirements/read"
  readonly params?: null | undefined
}
export const ConfigRequirementsReadRequest: Schema.Schema<ConfigRequirementsReadRequest> = lazy("ConfigRequirementsReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("configRequirements/read"),
  params: Schema.optional(Schema.Null)
}))

export interface AccountReadRequest {
  readonly id: RequestId
  readonly method: "account/read"
  readonly params: GetAccountParams
}
export const AccountReadRequest: Schema.Schema<AccountReadRequest> = lazy("AccountReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/read"),
  params: force(GetAccountParams)
}))

export interface FuzzyFileSearchRequest {
  readonly id: RequestId
  readonly method: "fuzzyFileSearch"
  readonly params: FuzzyFileSearchParams
}
export const FuzzyFileSearchRequest: Schema.Schema<FuzzyFileSearchRequest> = lazy("FuzzyFileSearchRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fuzzyFileSearch"),
  params: force(FuzzyFileSearchParams)
}))

export interface FuzzyFileSearchSessionStartRequest {
  readonly id: RequestId
  readonly method: "fuzzyFileSearch/sessionStart"
  readonly params: FuzzyFileSearchSessionStartParams
}
export const FuzzyFileSearchSessionStartRequest: Schema.Schema<FuzzyFileSearchSessionStartRequest> = lazy("FuzzyFileSearchSessionStartRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fuzzyFileSearch/sessionStart"),
  params: force(FuzzyFileSearchSessionStartParams)
}))

export interface FuzzyFileSearchSessionUpdateRequest {
  readonly id: RequestId
  readonly method: "fuzzyFileSearch/sessionUpdate"
  readonly params: FuzzyFileSearchSessionUpdateParams
}
export const FuzzyFileSearchSessionUpdateRequest: Schema.Schema<FuzzyFileSearchSessionUpdateRequest> = lazy("FuzzyFileSearchSessionUpdateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fuzzyFileSearch/sessionUpdate"),
  params: force(FuzzyFileSearchSessionUpdateParams)
}))

export interface FuzzyFileSearchSessionStopRequest {
  readonly id: RequestId
  readonly method: "fuzzyFileSearch/sessionStop"
  readonly params: FuzzyFileSearchSessionStopParams
}
export const FuzzyFileSearchSessionStopRequest: Schema.Schema<FuzzyFileSearchSessionStopRequest> = lazy("FuzzyFileSearchSessionStopRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("fuzzyFileSearch/sessionStop"),
  params: force(FuzzyFileSearchSessionStopParams)
}))

/**
 * Request from the client to the server.
 */
export type ClientRequest = (InitializeRequest | ServerDiagnosticsRequest | UserVerificationStatusRequest | UserVerificationEnrollRequest | UserVerificationDeleteRequest | UserVerificationVerifyRequest | UserVerificationCancelRequest | ThreadStartRequest | ThreadResumeRequest | ThreadForkRequest | ThreadSampleRequest | ThreadSampleCancelRequest | ThreadArchiveRequest | ThreadDeleteRequest | ThreadUnsubscribeRequest | ThreadIncrementElicitationRequest | ThreadDecrementElicitationRequest | ThreadNameSetRequest | ThreadPredictionRequestRequest | ThreadGoalSetRequest | ThreadGoalGetRequest | ThreadGoalClearRequest | ThreadQueueAddRequest | ThreadQueueListRequest | ThreadQueueUpdateRequest | ThreadQueueDeleteRequest | ThreadQueueReorderRequest | ThreadQueueStartRequest | ThreadMetadataUpdateRequest | ThreadAttachmentAddRequest | ThreadAttachmentListRequest | ThreadAttachmentOwnerListRequest | ThreadAttachmentRemoveRequest | ThreadSectionMoveRequest | ThreadSettingsUpdateRequest | ThreadMemoryModeSetRequest | ThreadMemoryReadRequest | MemoryStatusRequest | MemoryResetRequest | RolloutCompressRequest | ThreadUnarchiveRequest | ThreadCompactStartRequest | ThreadShellCommandRequest | ThreadApproveGuardianDeniedActionRequest | ThreadBackgroundTerminalsCleanRequest | ThreadBackgroundTerminalsListRequest | ThreadBackgroundTerminalsTerminateRequest | ThreadRevertRequest | ThreadListRequest | ProjectListRequest | ProjectReadRequest | ProjectCreateRequest | ProjectImportRequest | ProjectUpdateRequest | ProjectMoveRequest | ProjectDeleteRequest | ThreadSectionListRequest | ThreadSectionCreateRequest | ThreadSectionUpdateRequest | ThreadSectionDeleteRequest | ThreadSearchRequest | ThreadSearchOccurrencesRequest | ThreadLoadedListRequest | ThreadReadRequest | ThreadReadStateUpdateRequest | ThreadTurnsListRequest | ThreadItemsListRequest | ThreadItemsReadRequest | ThreadGuardianReviewRequest | ThreadInjectItemsRequest | ThreadPrepareApprovedPlanRequest | SkillsListRequest | SkillsExtraRootsSetRequest | HooksListRequest | MarketplaceAddRequest | MarketplaceRemoveRequest | MarketplaceUpgradeRequest | PluginListRequest | PluginSearchRequest | PluginInstalledRequest | PluginReconcileRequest | PluginReadRequest | PluginSkillReadRequest | PluginShareSaveRequest | PluginShareUpdateTargetsRequest | PluginShareListRequest | PluginShareCheckoutRequest | PluginShareDeleteRequest | AppReadRequest | AppListRequest | AppInstalledRequest | FsReadFileRequest | FsWriteFileRequest | FsCreateDirectoryRequest | FsGetMetadataRequest | FsReadDirectoryRequest | FsRemoveRequest | FsCopyRequest | FsWatchRequest | FsUnwatchRequest | SkillsConfigWriteRequest | PluginInstallRequest | PluginUninstallRequest | TurnStartRequest | TurnSettingsUpdateRequest | TurnSteerRequest | TurnInterruptRequest | ThreadRealtimeStartRequest | ThreadRealtimeAppendAudioRequest | ThreadRealtimeAppendTextRequest | ThreadRealtimeAppendSpeechRequest | ThreadRealtimeStopRequest | ThreadTimelineListRequest | ThreadRealtimeListVoicesRequest | ReviewStartRequest | ModelListRequest | AccountGatewayOAuthReadRequest | AccountGatewayOAuthLoginRequest | AccountGatewayOAuthCancelRequest | ModelProviderListRequest | ModelProviderConfigWriteRequest | ModelProviderCapabilitiesReadRequest | ExperimentalFeatureListRequest | PermissionProfileListRequest | ExperimentalFeatureEnablementSetRequest | RemoteControlEnableRequest | RemoteControlDisableRequest | RemoteControlStatusReadRequest | RemoteControlPairingStartRequest | RemoteControlPairingStatusRequest | RemoteControlClientListRequest | RemoteControlClientRevokeRequest | CollaborationModeListRequest | MockExperimentalMethodRequest | EnvironmentAddRequest | EnvironmentInfoRequest | EnvironmentStatusRequest | McpServerOauthLoginRequest | ConfigMcpServerReloadRequest | McpServerStatusListRequest | McpServerResourceReadRequest | McpServerEventStreamStartRequest | McpServerEventStreamStopRequest | McpServerToolCallRequest | WindowsSandboxSetupStartRequest | WindowsSandboxReadinessRequest | AccountLoginStartRequest | AccountBedrockDiscoverRequest | AccountBedrockSetupRequest | AccountGcpSetupRequest | AccountBedrockCheckGovCloudRequirementsRequest | AccountLoginCancelRequest | AccountSessionListRequest | AccountSessionSwitchRequest | AccountLogoutRequest | AccountSecuritySetupReadRequest | AccountRateLimitsReadRequest | AccountRateLimitResetCreditConsumeRequest | AccountUsageReadRequest | AccountWorkspaceMessagesReadRequest | AccountSendAddCreditsNudgeEmailRequest | FeedbackUploadRequest | FeedbackSaveRequest | CommandExecRequest | CommandExecWriteRequest | CommandExecTerminateRequest | CommandExecResizeRequest | ProcessSpawnRequest | ProcessWriteStdinRequest | ProcessKillRequest | ProcessResizePtyRequest | ConfigReadRequest | ExternalAgentConfigDetectRequest | ExternalAgentConfigImportRequest | ExternalAgentConfigImportRecordHistoryRequest | ExternalAgentConfigImportReadHistoriesRequest | ConfigValueWriteRequest | ConfigBatchWriteRequest | ConfigRequirementsReadRequest | AccountReadRequest | FuzzyFileSearchRequest | FuzzyFileSearchSessionStartRequest | FuzzyFileSearchSessionUpdateRequest | FuzzyFileSearchSessionStopRequest)
export const ClientRequest: Schema.Schema<ClientRequest> = lazy("ClientRequest", () => Schema.Union(
  force(InitializeRequest),
  force(ServerDiagnosticsRequest),
  force(UserVerificationStatusRequest),
  force(UserVerificationEnrollRequest),
  force(UserVerificationDeleteRequest),
  force(UserVerificationVerifyRequest),
  force(UserVerificationCancelRequest),
  force(ThreadStartRequest),
  force(ThreadResumeRequest),
  force(ThreadForkRequest),
  force(ThreadSampleRequest),
  force(ThreadSampleCancelRequest),
  force(ThreadArchiveRequest),
  force(ThreadDeleteRequest),
  force(ThreadUnsubscribeRequest),
  force(ThreadIncrementElicitationRequest),
  force(ThreadDecrementElicitationRequest),
  force(ThreadNameSetRequest),
  force(ThreadPredictionRequestRequest),
  force(ThreadGoalSetRequest),
  force(ThreadGoalGetRequest),
  force(ThreadGoalClearRequest),
  force(ThreadQueueAddRequest),
  force(ThreadQueueListRequest),
  force(ThreadQueueUpdateRequest),
  force(ThreadQueueDeleteRequest),
  force(ThreadQueueReorderRequest),
  force(ThreadQueueStartRequest),
  force(ThreadMetadataUpdateRequest),
  force(ThreadAttachmentAddRequest),
  force(ThreadAttachmentListRequest),
  force(ThreadAttachmentOwnerListRequest),
  force(ThreadAttachmentRemoveRequest),
  force(ThreadSectionMoveRequest),
  force(ThreadSettingsUpdateRequest),
  force(ThreadMemoryModeSetRequest),
  force(ThreadMemoryReadRequest),
  force(MemoryStatusRequest),
  force(MemoryResetRequest),
  force(RolloutCompressRequest),
  force(ThreadUnarchiveRequest),
  force(ThreadCompactStartRequest),
  force(ThreadShellCommandRequest),
  force(ThreadApproveGuardianDeniedActionRequest),
  force(ThreadBackgroundTerminalsCleanRequest),
  force(ThreadBackgroundTerminalsListRequest),
  force(ThreadBackgroundTerminalsTerminateRequest),
  force(ThreadRevertRequest),
  force(ThreadListRequest),
  force(ProjectListRequest),
  force(ProjectReadRequest),
  force(ProjectCreateRequest),
  force(ProjectImportRequest),
  force(ProjectUpdateRequest),
  force(ProjectMoveRequest),
  force(ProjectDeleteRequest),
  force(ThreadSectionListRequest),
  force(ThreadSectionCreateRequest),
  force(ThreadSectionUpdateRequest),
  force(ThreadSectionDeleteRequest),
  force(ThreadSearchRequest),
  force(ThreadSearchOccurrencesRequest),
  force(ThreadLoadedListRequest),
  force(ThreadReadRequest),
  force(ThreadReadStateUpdateRequest),
  force(ThreadTurnsListRequest),
  force(ThreadItemsListRequest),
  force(ThreadItemsReadRequest),
  force(ThreadGuardianReviewRequest),
  force(ThreadInjectItemsRequest),
  force(ThreadPrepareApprovedPlanRequest),
  force(SkillsListRequest),
  force(SkillsExtraRootsSetRequest),
  force(HooksListRequest),
  force(MarketplaceAddRequest),
  force(MarketplaceRemoveRequest),
  force(MarketplaceUpgradeRequest),
  force(PluginListRequest),
  force(PluginSearchRequest),
  force(PluginInstalledRequest),
  force(PluginReconcileRequest),
  force(PluginReadRequest),
  force(PluginSkillReadRequest),
  force(PluginShareSaveRequest),
  force(PluginShareUpdateTargetsRequest),
  force(PluginShareListRequest),
  force(PluginShareCheckoutRequest),
  force(PluginShareDeleteRequest),
  force(AppReadRequest),
  force(AppListRequest),
  force(AppInstalledRequest),
  force(FsReadFileRequest),
  force(FsWriteFileRequest),
  force(FsCreateDirectoryRequest),
  force(FsGetMetadataRequest),
  force(FsReadDirectoryRequest),
  force(FsRemoveRequest),
  force(FsCopyRequest),
  force(FsWatchRequest),
  force(FsUnwatchRequest),
  force(SkillsConfigWriteRequest),
  force(PluginInstallRequest),
  force(PluginUninstallRequest),
  force(TurnStartRequest),
  force(TurnSettingsUpdateRequest),
  force(TurnSteerRequest),
  force(TurnInterruptRequest),
  force(ThreadRealtimeStartRequest),
  force(ThreadRealtimeAppendAudioRequest),
  force(ThreadRealtimeAppendTextRequest),
  force(ThreadRealtimeAppendSpeechRequest),
  force(ThreadRealtimeStopRequest),
  force(ThreadTimelineListRequest),
  force(ThreadRealtimeListVoicesRequest),
  force(ReviewStartRequest),
  force(ModelListRequest),
  force(AccountGatewayOAuthReadRequest),
  force(AccountGatewayOAuthLoginRequest),
  force(AccountGatewayOAuthCancelRequest),
  force(ModelProviderListRequest),
  force(ModelProviderConfigWriteRequest),
  force(ModelProviderCapabilitiesReadRequest),
  force(ExperimentalFeatureListRequest),
  force(PermissionProfileListRequest),
  force(ExperimentalFeatureEnablementSetRequest),
  force(RemoteControlEnableRequest),
  force(RemoteControlDisableRequest),
  force(RemoteControlStatusReadRequest),
  force(RemoteControlPairingStartRequest),
  force(RemoteControlPairingStatusRequest),
  force(RemoteControlClientListRequest),
  force(RemoteControlClientRevokeRequest),
  force(CollaborationModeListRequest),
  force(MockExperimentalMethodRequest),
  force(EnvironmentAddRequest),
  force(EnvironmentInfoRequest),
  force(EnvironmentStatusRequest),
  force(McpServerOauthLoginRequest),
  force(ConfigMcpServerReloadRequest),
  force(McpServerStatusListRequest),
  force(McpServerResourceReadRequest),
  force(McpServerEventStreamStartRequest),
  force(McpServerEventStreamStopRequest),
  force(McpServerToolCallRequest),
  force(WindowsSandboxSetupStartRequest),
  force(WindowsSandboxReadinessRequest),
  force(AccountLoginStartRequest),
  force(AccountBedrockDiscoverRequest),
  force(AccountBedrockSetupRequest),
  force(AccountGcpSetupRequest),
  force(AccountBedrockCheckGovCloudRequirementsRequest),
  force(AccountLoginCancelRequest),
  force(AccountSessionListRequest),
  force(AccountSessionSwitchRequest),
  force(AccountLogoutRequest),
  force(AccountSecuritySetupReadRequest),
  force(AccountRateLimitsReadRequest),
  force(AccountRateLimitResetCreditConsumeRequest),
  force(AccountUsageReadRequest),
  force(AccountWorkspaceMessagesReadRequest),
  force(AccountSendAddCreditsNudgeEmailRequest),
  force(FeedbackUploadRequest),
  force(FeedbackSaveRequest),
  force(CommandExecRequest),
  force(CommandExecWriteRequest),
  force(CommandExecTerminateRequest),
  force(CommandExecResizeRequest),
  force(ProcessSpawnRequest),
  force(ProcessWriteStdinRequest),
  force(ProcessKillRequest),
  force(ProcessResizePtyRequest),
  force(ConfigReadRequest),
  force(ExternalAgentConfigDetectRequest),
  force(ExternalAgentConfigImportRequest),
  force(ExternalAgentConfigImportRecordHistoryRequest),
  force(ExternalAgentConfigImportReadHistoriesRequest),
  force(ConfigValueWriteRequest),
  force(ConfigBatchWriteRequest),
  force(ConfigRequirementsReadRequest),
  force(AccountReadRequest),
  force(FuzzyFileSearchRequest),
  force(FuzzyFileSearchSessionStartRequest),
  force(FuzzyFileSearchSessionUpdateRequest),
  force(FuzzyFileSearchSessionStopRequest)
))

export type NonSteerableTurnKind = "review" | "compact"
export const NonSteerableTurnKind: Schema.Schema<NonSteerableTurnKind> = lazy("NonSteerableTurnKind", () => Schema.Literal("review", "compact"))

export interface HttpConnectionFailedCodexErrorInfo {
  readonly httpConnectionFailed: {
      /**
       * @format uint16
       */
      readonly httpStatusCode?: number | null | undefined
    }
}
export const HttpConnectionFailedCodexErrorInfo: Schema.Schema<HttpConnectionFailedCodexErrorInfo> = lazy("HttpConnectionFailedCodexErrorInfo", () => Schema.Struct({
  httpConnectionFailed: Schema.Struct({
      httpStatusCode: Schema.optional(Schema.NullOr(Schema.Number))
    })
}))

/**
 * Failed to connect to the response SSE stream.
 */
export interface ResponseStreamConnectionFailedCodexErrorInfo {
  readonly responseStreamConnectionFailed: {
      /**
       * @format uint16
       */
      readonly httpStatusCode?: number | null | undefined
    }
}
export const ResponseStreamConnectionFailedCodexErrorInfo: Schema.Schema<ResponseStreamConnectionFailedCodexErrorInfo> = lazy("ResponseStreamConnectionFailedCodexErrorInfo", () => Schema.Struct({
  responseStreamConnectionFailed: Schema.Struct({
      httpStatusCode: Schema.optional(Schema.NullOr(Schema.Number))
    })
}))

/**
 * The response SSE stream disconnected in the middle of a turn before completion.
 */
export interface ResponseStreamDisconnectedCodexErrorInfo {
  readonly responseStreamDisconnected: {
      /**
       * @format uint16
       */
      readonly httpStatusCode?: number | null | undefined
    }
}
export const ResponseStreamDisconnectedCodexErrorInfo: Schema.Schema<ResponseStreamDisconnectedCodexErrorInfo> = lazy("ResponseStreamDisconnectedCodexErrorInfo", () => Schema.Struct({
  responseStreamDisconnected: Schema.Struct({
      httpStatusCode: Schema.optional(Schema.NullOr(Schema.Number))
    })
}))

/**
 * Reached the retry limit for responses.
 */
export interface ResponseTooManyFailedAttemptsCodexErrorInfo {
  readonly responseTooManyFailedAttempts: {
      /**
       * @format uint16
       */
      readonly httpStatusCode?: number | null | undefined
    }
}
export const ResponseTooManyFailedAttemptsCodexErrorInfo: Schema.Schema<ResponseTooManyFailedAttemptsCodexErrorInfo> = lazy("ResponseTooManyFailedAttemptsCodexErrorInfo", () => Schema.Struct({
  responseTooManyFailedAttempts: Schema.Struct({
      httpStatusCode: Schema.optional(Schema.NullOr(Schema.Number))
    })
}))

/**
 * Returned when `turn/start` or `turn/steer` is submitted while the current active turn cannot accept same-turn steering, for example `/review` or manual `/compact`.
 */
export interface ActiveTurnNotSteerableCodexErrorInfo {
  readonly activeTurnNotSteerable: {
      readonly turnKind: NonSteerableTurnKind
    }
}
export const ActiveTurnNotSteerableCodexErrorInfo: Schema.Schema<ActiveTurnNotSteerableCodexErrorInfo> = lazy("ActiveTurnNotSteerableCodexErrorInfo", () => Schema.Struct({
  activeTurnNotSteerable: Schema.Struct({
      turnKind: force(NonSteerableTurnKind)
    })
}))

/**
 * This translation layer make sure that we expose codex error code in camel case.
 *
 * When an upstream HTTP status is available (for example, from the Responses API or a provider), it is forwarded in `httpStatusCode` on the relevant `codexErrorInfo` variant.
 */
export type CodexErrorInfo = ("contextWindowExceeded" | "sessionBudgetExceeded" | "usageLimitExceeded" | "rateLimitExceeded" | "flexUnavailable" | "serverOverloaded" | "modelNotFound" | "policyCapacityUnavailable" | "cyberPolicy" | "misalignmentPolicyViolation" | "tooManyDenials" | "internalServerError" | "unauthorized" | "badRequest" | "threadRollbackFailed" | "sandboxError" | "other" | "inferenceHookDenied" | HttpConnectionFailedCodexErrorInfo | ResponseStreamConnectionFailedCodexErrorInfo | ResponseStreamDisconnectedCodexErrorInfo | ResponseTooManyFailedAttemptsCodexErrorInfo | ActiveTurnNotSteerableCodexErrorInfo | (string | { readonly [key: string]: unknown }))
export const CodexErrorInfo: Schema.Schema<CodexErrorInfo> = lazy("CodexErrorInfo", () => Schema.Union(
  Schema.Literal("contextWindowExceeded", "sessionBudgetExceeded", "usageLimitExceeded", "rateLimitExceeded", "flexUnavailable", "serverOverloaded", "modelNotFound", "policyCapacityUnavailable", "cyberPolicy", "misalignmentPolicyViolation", "tooManyDenials", "internalServerError", "unauthorized", "badRequest", "threadRollbackFailed", "sandboxError", "other"),
  Schema.Literal("inferenceHookDenied"),
  force(HttpConnectionFailedCodexErrorInfo),
  force(ResponseStreamConnectionFailedCodexErrorInfo),
  force(ResponseStreamDisconnectedCodexErrorInfo),
  force(ResponseTooManyFailedAttemptsCodexErrorInfo),
  force(ActiveTurnNotSteerableCodexErrorInfo),
  Schema.Union(
  Schema.String,
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
)
))

export type CollabAgentStatus = "pendingInit" | "running" | "interrupted" | "completed" | "errored" | "shutdown" | "notFound"
export const CollabAgentStatus: Schema.Schema<CollabAgentStatus> = lazy("CollabAgentStatus", () => Schema.Literal("pendingInit", "running", "interrupted", "completed", "errored", "shutdown", "notFound"))

export interface CollabAgentState {
  readonly message?: string | null | undefined
  readonly status: CollabAgentStatus
}
export const CollabAgentState: Schema.Schema<CollabAgentState> = lazy("CollabAgentState", () => Schema.Struct({
  message: Schema.optional(Schema.NullOr(Schema.String)),
  status: force(CollabAgentStatus)
}))

export type CollabAgentTool = "spawnAgent" | "sendInput" | "resumeAgent" | "wait" | "closeAgent" | "sendMessage" | "followupTask" | "interruptAgent" | "listAgents"
export const CollabAgentTool: Schema.Schema<CollabAgentTool> = lazy("CollabAgentTool", () => Schema.Literal("spawnAgent", "sendInput", "resumeAgent", "wait", "closeAgent", "sendMessage", "followupTask", "interruptAgent", "listAgents"))

export type CollabAgentToolCallStatus = "inProgress" | "completed" | "failed" | "interrupted"
export const CollabAgentToolCallStatus: Schema.Schema<CollabAgentToolCallStatus> = lazy("CollabAgentToolCallStatus", () => Schema.Literal("inProgress", "completed", "failed", "interrupted"))

/**
 * EXPERIMENTAL - collaboration mode preset metadata for clients.
 */
export interface CollaborationModeMask {
  readonly mode?: ModeKind | null | undefined
  readonly model?: string | null | undefined
  readonly name: string
  readonly reasoning_effort?: ReasoningEffort | null | null | undefined
}
export const CollaborationModeMask: Schema.Schema<CollaborationModeMask> = lazy("CollaborationModeMask", () => Schema.Struct({
  mode: Schema.optional(Schema.NullOr(force(ModeKind))),
  model: Schema.optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  reasoning_effort: Schema.optional(Schema.NullOr(Schema.NullOr(force(ReasoningEffort))))
}))

/**
 * EXPERIMENTAL - collaboration mode presets response.
 */
export interface CollaborationModeListResponse {
  readonly data: ReadonlyArray<CollaborationModeMask>
}
export const CollaborationModeListResponse: Schema.Schema<CollaborationModeListResponse> = lazy("CollaborationModeListResponse", () => Schema.Struct({
  data: Schema.Array(force(CollaborationModeMask))
}))

export interface ReadCommandAction {
  readonly command: string
  readonly name: string
  readonly path: LegacyAppPathString
  readonly type: "read"
}
export const ReadCommandAction: Schema.Schema<ReadCommandAction> = lazy("ReadCommandAction", () => Schema.Struct({
  command: Schema.String,
  name: Schema.String,
  path: force(LegacyAppPathString),
  type: Schema.Literal("read")
}))

export interface ListFilesCommandAction {
  readonly command: string
  readonly path?: string | null | undefined
  readonly type: "listFiles"
}
export const ListFilesCommandAction: Schema.Schema<ListFilesCommandAction> = lazy("ListFilesCommandAction", () => Schema.Struct({
  command: Schema.String,
  path: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("listFiles")
}))

export interface SearchCommandAction {
  readonly command: string
  readonly path?: string | null | undefined
  readonly query?: string | null | undefined
  readonly type: "search"
}
export const SearchCommandAction: Schema.Schema<SearchCommandAction> = lazy("SearchCommandAction", () => Schema.Struct({
  command: Schema.String,
  path: Schema.optional(Schema.NullOr(Schema.String)),
  query: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("search")
}))

export interface UnknownCommandAction {
  readonly command: string
  readonly type: "unknown"
}
export const UnknownCommandAction: Schema.Schema<UnknownCommandAction> = lazy("UnknownCommandAction", () => Schema.Struct({
  command: Schema.String,
  type: Schema.Literal("unknown")
}))

export type CommandAction = (ReadCommandAction | ListFilesCommandAction | SearchCommandAction | UnknownCommandAction)
export const CommandAction: Schema.Schema<CommandAction> = lazy("CommandAction", () => Schema.Union(
  force(ReadCommandAction),
  force(ListFilesCommandAction),
  force(SearchCommandAction),
  force(UnknownCommandAction)
))

/**
 * Stream label for `command/exec/outputDelta` notifications.
 */
export type CommandExecOutputStream = "stdout" | "stderr"
export const CommandExecOutputStream: Schema.Schema<CommandExecOutputStream> = lazy("CommandExecOutputStream", () => Schema.Literal("stdout", "stderr"))

/**
 * Base64-encoded output chunk emitted for a streaming `command/exec` request.
 *
 * These notifications are connection-scoped. If the originating connection closes, the server terminates the process.
 */
export interface CommandExecOutputDeltaNotification {
  /**
   * `true` on the final streamed chunk for a stream when `outputBytesCap` truncated later output on that stream.
   */
  readonly capReached: boolean
  /**
   * Base64-encoded output bytes.
   */
  readonly deltaBase64: string
  /**
   * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
   */
  readonly processId: string
  /**
   * Output stream for this chunk.
   */
  readonly stream: CommandExecOutputStream
}
export const CommandExecOutputDeltaNotification: Schema.Schema<CommandExecOutputDeltaNotification> = lazy("CommandExecOutputDeltaNotification", () => Schema.Struct({
  capReached: Schema.Boolean,
  deltaBase64: Schema.String,
  processId: Schema.String,
  stream: force(CommandExecOutputStream)
}))

/**
 * Empty success response for `command/exec/resize`.
 */
export type CommandExecResizeResponse = { readonly [key: string]: unknown }
export const CommandExecResizeResponse: Schema.Schema<CommandExecResizeResponse> = lazy("CommandExecResizeResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Final buffered result for `command/exec`.
 */
export interface CommandExecResponse {
  /**
   * Process exit code.
   * @format int32
   */
  readonly exitCode: number
  /**
   * Buffered stderr capture.
   *
   * Empty when stderr was streamed via `command/exec/outputDelta`.
   */
  readonly stderr: string
  /**
   * Buffered stdout capture.
   *
   * Empty when stdout was streamed via `command/exec/outputDelta`.
   */
  readonly stdout: string
}
export const CommandExecResponse: Schema.Schema<CommandExecResponse> = lazy("CommandExecResponse", () => Schema.Struct({
  exitCode: Schema.Number,
  stderr: Schema.String,
  stdout: Schema.String
}))

/**
 * Empty success response for `command/exec/terminate`.
 */
export type CommandExecTerminateResponse = { readonly [key: string]: unknown }
export const CommandExecTerminateResponse: Schema.Schema<CommandExecTerminateResponse> = lazy("CommandExecTerminateResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Empty success response for `command/exec/write`.
 */
export type CommandExecWriteResponse = { readonly [key: string]: unknown }
export const CommandExecWriteResponse: Schema.Schema<CommandExecWriteResponse> = lazy("CommandExecWriteResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * User approved the command, and wants to apply the proposed execpolicy amendment so future matching commands can run without prompting.
 */
export interface AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision {
  readonly acceptWithExecpolicyAmendment: {
      readonly execpolicy_amendment: ReadonlyArray<string>
    }
}
export const AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision: Schema.Schema<AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision> = lazy("AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision", () => Schema.Struct({
  acceptWithExecpolicyAmendment: Schema.Struct({
      execpolicy_amendment: Schema.Array(Schema.String)
    })
}))

/**
 * User chose a persistent network policy rule (allow/deny) for this host.
 */
export interface ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision {
  readonly applyNetworkPolicyAmendment: {
      readonly network_policy_amendment: NetworkPolicyAmendment
    }
}
export const ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision: Schema.Schema<ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision> = lazy("ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision", () => Schema.Struct({
  applyNetworkPolicyAmendment: Schema.Struct({
      network_policy_amendment: force(NetworkPolicyAmendment)
    })
}))

export type CommandExecutionApprovalDecision = ("accept" | "acceptForSession" | AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision | ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision | "decline" | "cancel")
export const CommandExecutionApprovalDecision: Schema.Schema<CommandExecutionApprovalDecision> = lazy("CommandExecutionApprovalDecision", () => Schema.Union(
  Schema.Literal("accept"),
  Schema.Literal("acceptForSession"),
  force(AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision),
  force(ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision),
  Schema.Literal("decline"),
  Schema.Literal("cancel")
))

/**
 * Distinguishes a command approval from input sent to an existing terminal.
 */
export type CommandExecutionApprovalKind = "command" | "writeStdin" | "humanCommand"
export const CommandExecutionApprovalKind: Schema.Schema<CommandExecutionApprovalKind> = lazy("CommandExecutionApprovalKind", () => Schema.Literal("command", "writeStdin", "humanCommand"))

export interface CommandExecutionOutputDeltaNotification {
  readonly delta: string
  readonly itemId: string
  readonly threadId: string
  readonly turnId: string
}
export const CommandExecutionOutputDeltaNotification: Schema.Schema<CommandExecutionOutputDeltaNotification> = lazy("CommandExecutionOutputDeltaNotification", () => Schema.Struct({
  delta: Schema.String,
  itemId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))

export type NetworkApprovalProtocol = "http" | "https" | "socks5Tcp" | "socks5Udp"
export const NetworkApprovalProtocol: Schema.Schema<NetworkApprovalProtocol> = lazy("NetworkApprovalProtocol", () => Schema.Literal("http", "https", "socks5Tcp", "socks5Udp"))

export interface NetworkApprovalContext {
  readonly host: string
  readonly protocol: NetworkApprovalProtocol
}
export const NetworkApprovalContext: Schema.Schema<NetworkApprovalContext> = lazy("NetworkApprovalContext", () => Schema.Struct({
  host: Schema.String,
  protocol: force(NetworkApprovalProtocol)
}))

export interface CommandExecutionRequestApprovalParams {
  /**
   * Optional additional permissions requested for this command.
   */
  readonly additionalPermissions?: AdditionalPermissionProfile | null | undefined
  /**
   * Unique identifier for this specific approval callback.
   *
   * For regular shell/unified_exec approvals, this is null.
   *
   * For zsh-exec-bridge subcommand approvals, multiple callbacks can belong to one parent `itemId`, so `approvalId` is a distinct opaque callback id (a UUID) used to disambiguate routing. Stdin approvals also use a distinct callback id; inspect `kind` to distinguish them.
   */
  readonly approvalId?: string | null | undefined
  /**
   * Ordered list of decisions the client may present for this prompt.
   */
  readonly availableDecisions?: ReadonlyArray<CommandExecutionApprovalDecision> | null | undefined
  /**
   * The command to be executed.
   */
  readonly command?: string | null | undefined
  /**
   * Best-effort parsed command actions for friendly display.
   */
  readonly commandActions?: ReadonlyArray<CommandAction> | null | undefined
  /**
   * The command's working directory.
   */
  readonly cwd?: LegacyAppPathString | null | undefined
  /**
   * Environment in which the command will run.
   * @default null
   */
  readonly environmentId?: string | null | undefined
  readonly itemId: string
  /**
   * Kind of action under review. Defaults to `command` for older servers.
   * @default "command"
   */
  readonly kind?: CommandExecutionApprovalKind | undefined
  /**
   * Optional context for a managed-network approval prompt.
   */
  readonly networkApprovalContext?: NetworkApprovalContext | null | undefined
  /**
   * Optional proposed execpolicy amendment to allow similar commands without prompting.
   */
  readonly proposedExecpolicyAmendment?: ReadonlyArray<string> | null | undefined
  /**
   * Optional proposed network policy amendments (allow/deny host) for future requests.
   */
  readonly proposedNetworkPolicyAmendments?: ReadonlyArray<NetworkPolicyAmendment> | null | undefined
  /**
   * Optional explanatory reason (e.g. request for network access).
   */
  readonly reason?: string | null | undefined
  /**
   * Unix timestamp (in milliseconds) when this approval request started.
   * @format int64
   */
  readonly startedAtMs: number
  readonly threadId: string
  readonly turnId: string
}
export const CommandExecutionRequestApprovalParams: Schema.Schema<CommandExecutionRequestApprovalParams> = lazy("CommandExecutionRequestApprovalParams", () => Schema.Struct({
  additionalPermissions: Schema.optional(Schema.NullOr(force(AdditionalPermissionProfile))),
  approvalId: Schema.optional(Schema.NullOr(Schema.String)),
  availableDecisions: Schema.optional(Schema.NullOr(Schema.Array(force(CommandExecutionApprovalDecision)))),
  command: Schema.optional(Schema.NullOr(Schema.String)),
  commandActions: Schema.optional(Schema.NullOr(Schema.Array(force(CommandAction)))),
  cwd: Schema.optional(Schema.NullOr(force(LegacyAppPathString))),
  environmentId: Schema.optional(Schema.NullOr(Schema.String)),
  itemId: Schema.String,
  kind: Schema.optional(force(CommandExecutionApprovalKind)),
  networkApprovalContext: Schema.optional(Schema.NullOr(force(NetworkApprovalContext))),
  proposedExecpolicyAmendment: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  proposedNetworkPolicyAmendments: Schema.optional(Schema.NullOr(Schema.Array(force(NetworkPolicyAmendment)))),
  reason: Schema.optional(Schema.NullOr(Schema.String)),
  startedAtMs: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface CommandExecutionRequestApprovalResponse {
  readonly decision: CommandExecutionApprovalDecision
}
export const CommandExecutionRequestApprovalResponse: Schema.Schema<CommandExecutionRequestApprovalResponse> = lazy("CommandExecutionRequestApprovalResponse", () => Schema.Struct({
  decision: force(CommandExecutionApprovalDecision)
}))

export type CommandExecutionSource = "agent" | "userShell" | "unifiedExecStartup" | "unifiedExecInteraction"
export const CommandExecutionSource: Schema.Schema<CommandExecutionSource> = lazy("CommandExecutionSource", () => Schema.Literal("agent", "userShell", "unifiedExecStartup", "unifiedExecInteraction"))

export type CommandExecutionStatus = "inProgress" | "completed" | "failed" | "declined"
export const CommandExecutionStatus: Schema.Schema<CommandExecutionStatus> = lazy("CommandExecutionStatus", () => Schema.Literal("inProgress", "completed", "failed", "declined"))

export interface ComputerUseMacosConfig {
  readonly bundle_ids?: { readonly [key: string]: AllowDenyRequirement } | null | undefined
}
export const ComputerUseMacosConfig: Schema.Schema<ComputerUseMacosConfig> = lazy("ComputerUseMacosConfig", () => Schema.Struct({
  bundle_ids: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: force(AllowDenyRequirement) })))
}))

export interface ComputerUseWindowsExeConfig {
  readonly access: AllowDenyRequirement
  readonly binary_name?: string | null | undefined
  readonly product_name: string
  readonly publisher_name: string
}
export const ComputerUseWindowsExeConfig: Schema.Schema<ComputerUseWindowsExeConfig> = lazy("ComputerUseWindowsExeConfig", () => Schema.Struct({
  access: force(AllowDenyRequirement),
  binary_name: Schema.optional(Schema.NullOr(Schema.String)),
  product_name: Schema.String,
  publisher_name: Schema.String
}))

export interface ComputerUseWindowsConfig {
  readonly aumids?: { readonly [key: string]: AllowDenyRequirement } | null | undefined
  readonly exes?: ReadonlyArray<ComputerUseWindowsExeConfig> | null | undefined
}
export const ComputerUseWindowsConfig: Schema.Schema<ComputerUseWindowsConfig> = lazy("ComputerUseWindowsConfig", () => Schema.Struct({
  aumids: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: force(AllowDenyRequirement) }))),
  exes: Schema.optional(Schema.NullOr(Schema.Array(force(ComputerUseWindowsExeConfig))))
}))

export interface ComputerUseConfig {
  readonly default_app_access?: AllowDenyRequirement | null | undefined
  readonly macos?: ComputerUseMacosConfig | null | undefined
  readonly windows?: ComputerUseWindowsConfig | null | undefined
}
export const ComputerUseConfig: Schema.Schema<ComputerUseConfig> = lazy("ComputerUseConfig", () => Schema.Struct({
  default_app_access: Schema.optional(Schema.NullOr(force(AllowDenyRequirement))),
  macos: Schema.optional(Schema.NullOr(force(ComputerUseMacosConfig))),
  windows: Schema.optional(Schema.NullOr(force(ComputerUseWindowsConfig)))
}))

export interface ComputerUseMacosRequirements {
  readonly bundleIds?: { readonly [key: string]: AllowDenyRequirement } | null | undefined
}
export const ComputerUseMacosRequirements: Schema.Schema<ComputerUseMacosRequirements> = lazy("ComputerUseMacosRequirements", () => Schema.Struct({
  bundleIds: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: force(AllowDenyRequirement) })))
}))

export interface ComputerUseWindowsExeRequirement {
  readonly access: AllowDenyRequirement
  readonly binaryName?: string | null | undefined
  readonly productName: string
  readonly publisherName: string
}
export const ComputerUseWindowsExeRequirement: Schema.Schema<ComputerUseWindowsExeRequirement> = lazy("ComputerUseWindowsExeRequirement", () => Schema.Struct({
  access: force(AllowDenyRequirement),
  binaryName: Schema.optional(Schema.NullOr(Schema.String)),
  productName: Schema.String,
  publisherName: Schema.String
}))

export interface ComputerUseWindowsRequirements {
  readonly aumids?: { readonly [key: string]: AllowDenyRequirement } | null | undefined
  readonly exes?: ReadonlyArray<ComputerUseWindowsExeRequirement> | null | undefined
}
export const ComputerUseWindowsRequirements: Schema.Schema<ComputerUseWindowsRequirements> = lazy("ComputerUseWindowsRequirements", () => Schema.Struct({
  aumids: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: force(AllowDenyRequirement) }))),
  exes: Schema.optional(Schema.NullOr(Schema.Array(force(ComputerUseWindowsExeRequirement))))
}))

export interface ComputerUseRequirements {
  readonly allowLockedComputerUse?: boolean | null | undefined
  readonly allowPersistentApproval?: boolean | null | undefined
  readonly defaultAppAccess?: AllowDenyRequirement | null | undefined
  readonly macos?: ComputerUseMacosRequirements | null | undefined
  readonly windows?: ComputerUseWindowsRequirements | null | undefined
}
export const ComputerUseRequirements: Schema.Schema<ComputerUseRequirements> = lazy("ComputerUseRequirements", () => Schema.Struct({
  allowLockedComputerUse: Schema.optional(Schema.NullOr(Schema.Boolean)),
  allowPersistentApproval: Schema.optional(Schema.NullOr(Schema.Boolean)),
  defaultAppAccess: Schema.optional(Schema.NullOr(force(AllowDenyRequirement))),
  macos: Schema.optional(Schema.NullOr(force(ComputerUseMacosRequirements))),
  windows: Schema.optional(Schema.NullOr(force(ComputerUseWindowsRequirements)))
}))

/**
 * Provider preference selected by the resolved model catalog entry.
 */
export type WebSearchProvider = "standalone" | "search_mcp"
export const WebSearchProvider: Schema.Schema<WebSearchProvider> = lazy("WebSearchProvider", () => Schema.Literal("standalone", "search_mcp"))

/**
 * Backward-compatible API shape for ChatGPT workspace login restrictions.
 */
export type ForcedChatgptWorkspaceIds = (string | ReadonlyArray<string>)
export const ForcedChatgptWorkspaceIds: Schema.Schema<ForcedChatgptWorkspaceIds> = lazy("ForcedChatgptWorkspaceIds", () => Schema.Union(
  Schema.String,
  Schema.Array(Schema.String)
))

export type ForcedLoginMethod = "chatgpt" | "api"
export const ForcedLoginMethod: Schema.Schema<ForcedLoginMethod> = lazy("ForcedLoginMethod", () => Schema.Literal("chatgpt", "api"))

/**
 * Controls output length/detail on GPT-5 models via the Responses API. Serialized with lowercase values to match the OpenAI API.
 */
export type Verbosity = "low" | "medium" | "high"
export const Verbosity: Schema.Schema<Verbosity> = lazy("Verbosity", () => Schema.Literal("low", "medium", "high"))

export interface SandboxWorkspaceWrite {
  /**
   * @default false
   */
  readonly exclude_slash_tmp?: boolean | undefined
  /**
   * @default false
   */
  readonly exclude_tmpdir_env_var?: boolean | undefined
  /**
   * @default false
   */
  readonly network_access?: boolean | undefined
  /**
   * @default []
   */
  readonly writable_roots?: ReadonlyArray<string> | undefined
}
export const SandboxWorkspaceWrite: Schema.Schema<SandboxWorkspaceWrite> = lazy("SandboxWorkspaceWrite", () => Schema.Struct({
  exclude_slash_tmp: Schema.optional(Schema.Boolean),
  exclude_tmpdir_env_var: Schema.optional(Schema.Boolean),
  network_access: Schema.optional(Schema.Boolean),
  writable_roots: Schema.optional(Schema.Array(Schema.String))
}))

export type WebSearchContextSize = "low" | "medium" | "high"
export const WebSearchContextSize: Schema.Schema<WebSearchContextSize> = lazy("WebSearchContextSize", () => Schema.Literal("low", "medium", "high"))

export interface WebSearchLocation {
  readonly city?: string | null | undefined
  readonly country?: string | null | undefined
  readonly region?: string | null | undefined
  readonly timezone?: string | null | undefined
}
export const WebSearchLocation: Schema.Schema<WebSearchLocation> = lazy("WebSearchLocation", () => Schema.Struct({
  city: Schema.optional(Schema.NullOr(Schema.String)),
  country: Schema.optional(Schema.NullOr(Schema.String)),
  region: Schema.optional(Schema.NullOr(Schema.String)),
  timezone: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface WebSearchToolConfig {
  readonly allowed_domains?: ReadonlyArray<string> | null | undefined
  readonly context_size?: WebSearchContextSize | null | undefined
  readonly location?: WebSearchLocation | null | undefined
}
export const WebSearchToolConfig: Schema.Schema<WebSearchToolConfig> = lazy("WebSearchToolConfig", () => Schema.Struct({
  allowed_domains: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  context_size: Schema.optional(Schema.NullOr(force(WebSearchContextSize))),
  location: Schema.optional(Schema.NullOr(force(WebSearchLocation)))
}))

export interface ToolsV2 {
  readonly web_search?: WebSearchToolConfig | null | undefined
}
export const ToolsV2: Schema.Schema<ToolsV2> = lazy("ToolsV2", () => Schema.Struct({
  web_search: Schema.optional(Schema.NullOr(force(WebSearchToolConfig)))
}))

export type WebSearchMode = "disabled" | "cached" | "indexed" | "live"
export const WebSearchMode: Schema.Schema<WebSearchMode> = lazy("WebSearchMode", () => Schema.Literal("disabled", "cached", "indexed", "live"))

export interface Config {
  readonly analytics?: AnalyticsConfig | null | undefined
  readonly approval_policy?: AskForApproval | null | undefined
  /**
   * [UNSTABLE] Optional default for where approval requests are routed for review.
   */
  readonly approvals_reviewer?: ApprovalsReviewer | null | undefined
  /**
   * @default null
   */
  readonly apps?: AppsConfig | null | undefined
  readonly browser_use?: BrowserUseConfig | null | undefined
  /**
   * Effective tools.client_search_provider hint. Model-selected providers take precedence.
   */
  readonly client_search_provider?: WebSearchProvider | null | undefined
  readonly compact_prompt?: string | null | undefined
  readonly computer_use?: ComputerUseConfig | null | undefined
  readonly desktop?: { readonly [key: string]: unknown } | null | undefined
  readonly developer_instructions?: string | null | undefined
  readonly forced_chatgpt_workspace_id?: ForcedChatgptWorkspaceIds | null | undefined
  readonly forced_login_method?: ForcedLoginMethod | null | undefined
  readonly instructions?: string | null | undefined
  readonly model?: string | null | undefined
  /**
   * @format int64
   */
  readonly model_auto_compact_token_limit?: number | null | undefined
  readonly model_auto_compact_token_limit_scope?: AutoCompactTokenLimitScope | null | undefined
  /**
   * @format int64
   */
  readonly model_context_window?: number | null | undefined
  readonly model_provider?: string | null | undefined
  readonly model_reasoning_effort?: ReasoningEffort | null | undefined
  readonly model_reasoning_summary?: ReasoningSummary | null | undefined
  readonly model_verbosity?: Verbosity | null | undefined
  readonly review_model?: string | null | undefined
  readonly sandbox_mode?: SandboxMode | null | undefined
  readonly sandbox_workspace_write?: SandboxWorkspaceWrite | null | undefined
  readonly service_tier?: string | null | undefined
  readonly tools?: ToolsV2 | null | undefined
  readonly web_search?: WebSearchMode | null | undefined
}
export const Config: Schema.Schema<Config> = lazy("Config", () => Schema.Struct({
  analytics: Schema.optional(Schema.NullOr(force(AnalyticsConfig))),
  approval_policy: Schema.optional(Schema.NullOr(force(AskForApproval))),
  approvals_reviewer: Schema.optional(Schema.NullOr(force(ApprovalsReviewer))),
  apps: Schema.optional(Schema.NullOr(force(AppsConfig))),
  browser_use: Schema.optional(Schema.NullOr(force(BrowserUseConfig))),
  client_search_provider: Schema.optional(Schema.NullOr(force(WebSearchProvider))),
  compact_prompt: Schema.optional(Schema.NullOr(Schema.String)),
  computer_use: Schema.optional(Schema.NullOr(force(ComputerUseConfig))),
  desktop: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  developer_instructions: Schema.optional(Schema.NullOr(Schema.String)),
  forced_chatgpt_workspace_id: Schema.optional(Schema.NullOr(force(ForcedChatgptWorkspaceIds))),
  forced_login_method: Schema.optional(Schema.NullOr(force(ForcedLoginMethod))),
  instructions: Schema.optional(Schema.NullOr(Schema.String)),
  model: Schema.optional(Schema.NullOr(Schema.String)),
  model_auto_compact_token_limit: Schema.optional(Schema.NullOr(Schema.Number)),
  model_auto_compact_token_limit_scope: Schema.optional(Schema.NullOr(force(AutoCompactTokenLimitScope))),
  model_context_window: Schema.optional(Schema.NullOr(Schema.Number)),
  model_provider: Schema.optional(Schema.NullOr(Schema.String)),
  model_reasoning_effort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  model_reasoning_summary: Schema.optional(Schema.NullOr(force(ReasoningSummary))),
  model_verbosity: Schema.optional(Schema.NullOr(force(Verbosity))),
  review_model: Schema.optional(Schema.NullOr(Schema.String)),
  sandbox_mode: Schema.optional(Schema.NullOr(force(SandboxMode))),
  sandbox_workspace_write: Schema.optional(Schema.NullOr(force(SandboxWorkspaceWrite))),
  service_tier: Schema.optional(Schema.NullOr(Schema.String)),
  tools: Schema.optional(Schema.NullOr(force(ToolsV2))),
  web_search: Schema.optional(Schema.NullOr(force(WebSearchMode)))
}))

/**
 * Default configuration supplied with the installed Codex package.
 */
export interface PackagedDefaultsConfigLayerSource {
  /**
   * Path to the packaged default configuration file.
   */
  readonly file: AbsolutePathBuf
  readonly type: "packagedDefaults"
}
export const PackagedDefaultsConfigLayerSource: Schema.Schema<PackagedDefaultsConfigLayerSource> = lazy("PackagedDefaultsConfigLayerSource", () => Schema.Struct({
  file: force(AbsolutePathBuf),
  type: Schema.Literal("packagedDefaults")
}))

/**
 * Managed preferences layer delivered by MDM (macOS only).
 */
export interface MdmConfigLayerSource {
  readonly domain: string
  readonly key: string
  readonly type: "mdm"
}
export const MdmConfigLayerSource: Schema.Schema<MdmConfigLayerSource> = lazy("MdmConfigLayerSource", () => Schema.Struct({
  domain: Schema.String,
  key: Schema.String,
  type: Schema.Literal("mdm")
}))

/**
 * Managed config layer from a file (usually `managed_config.toml`).
 */
export interface SystemConfigLayerSource {
  /**
   * This is the path to the system config.toml file, though it is not guaranteed to exist.
   */
  readonly file: AbsolutePathBuf
  readonly type: "system"
}
export const SystemConfigLayerSource: Schema.Schema<SystemConfigLayerSource> = lazy("SystemConfigLayerSource", () => Schema.Struct({
  file: force(AbsolutePathBuf),
  type: Schema.Literal("system")
}))

/**
 * Enterprise-managed config layer delivered by the cloud config bundle.
 */
export interface EnterpriseManagedConfigLayerSource {
  /**
   * Stable identifier for the delivered layer.
   */
  readonly id: string
  /**
   * Admin-facing name for the delivered layer. This is surfaced in diagnostics so users know which cloud layer needs administrator attention.
   */
  readonly name: string
  readonly type: "enterpriseManaged"
}
export const EnterpriseManagedConfigLayerSource: Schema.Schema<EnterpriseManagedConfigLayerSource> = lazy("EnterpriseManagedConfigLayerSource", () => Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  type: Schema.Literal("enterpriseManaged")
}))

/**
 * User config layer from $CODEX_HOME/config.toml. This layer is special in that it is expected to be: - writable by the user - generally outside the workspace directory
 */
export interface UserConfigLayerSource {
  /**
   * This is the path to the user's config.toml file, though it is not guaranteed to exist.
   */
  readonly file: AbsolutePathBuf
  /**
   * Name of the selected profile-v2 config layered on top of the base user config, when this layer represents one.
   */
  readonly profile?: string | null | undefined
  readonly type: "user"
}
export const UserConfigLayerSource: Schema.Schema<UserConfigLayerSource> = lazy("UserConfigLayerSource", () => Schema.Struct({
  file: force(AbsolutePathBuf),
  profile: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("user")
}))

/**
 * Path to a .codex/ folder within a project. There could be multiple of these between `cwd` and the project/repo root.
 */
export interface ProjectConfigLayerSource {
  readonly dotCodexFolder: AbsolutePathBuf
  readonly type: "project"
}
export const ProjectConfigLayerSource: Schema.Schema<ProjectConfigLayerSource> = lazy("ProjectConfigLayerSource", () => Schema.Struct({
  dotCodexFolder: force(AbsolutePathBuf),
  type: Schema.Literal("project")
}))

/**
 * Session-layer overrides supplied via `-c`/`--config`.
 */
export interface SessionFlagsConfigLayerSource {
  readonly type: "sessionFlags"
}
export const SessionFlagsConfigLayerSource: Schema.Schema<SessionFlagsConfigLayerSource> = lazy("SessionFlagsConfigLayerSource", () => Schema.Struct({
  type: Schema.Literal("sessionFlags")
}))

/**
 * `managed_config.toml` was designed to be a config that was loaded as the last layer on top of everything else. This scheme did not quite work out as intended, but we keep this variant as a "best effort" while we phase out `managed_config.toml` in favor of `requirements.toml`.
 */
export interface LegacyManagedConfigTomlFromFileConfigLayerSource {
  readonly file: AbsolutePathBuf
  readonly type: "legacyManagedConfigTomlFromFile"
}
export const LegacyManagedConfigTomlFromFileConfigLayerSource: Schema.Schema<LegacyManagedConfigTomlFromFileConfigLayerSource> = lazy("LegacyManagedConfigTomlFromFileConfigLayerSource", () => Schema.Struct({
  file: force(AbsolutePathBuf),
  type: Schema.Literal("legacyManagedConfigTomlFromFile")
}))

export interface LegacyManagedConfigTomlFromMdmConfigLayerSource {
  readonly type: "legacyManagedConfigTomlFromMdm"
}
export const LegacyManagedConfigTomlFromMdmConfigLayerSource: Schema.Schema<LegacyManagedConfigTomlFromMdmConfigLayerSource> = lazy("LegacyManagedConfigTomlFromMdmConfigLayerSource", () => Schema.Struct({
  type: Schema.Literal("legacyManagedConfigTomlFromMdm")
}))

export type ConfigLayerSource = (PackagedDefaultsConfigLayerSource | MdmConfigLayerSource | SystemConfigLayerSource | EnterpriseManagedConfigLayerSource | UserConfigLayerSource | ProjectConfigLayerSource | SessionFlagsConfigLayerSource | LegacyManagedConfigTomlFromFileConfigLayerSource | LegacyManagedConfigTomlFromMdmConfigLayerSource)
export const ConfigLayerSource: Schema.Schema<ConfigLayerSource> = lazy("ConfigLayerSource", () => Schema.Union(
  force(PackagedDefaultsConfigLayerSource),
  force(MdmConfigLayerSource),
  force(SystemConfigLayerSource),
  force(EnterpriseManagedConfigLayerSource),
  force(UserConfigLayerSource),
  force(ProjectConfigLayerSource),
  force(SessionFlagsConfigLayerSource),
  force(LegacyManagedConfigTomlFromFileConfigLayerSource),
  force(LegacyManagedConfigTomlFromMdmConfigLayerSource)
))

export interface ConfigLayer {
  readonly config: unknown
  readonly disabledReason?: string | null | undefined
  readonly name: ConfigLayerSource
  readonly version: string
}
export const ConfigLayer: Schema.Schema<ConfigLayer> = lazy("ConfigLayer", () => Schema.Struct({
  config: Schema.Unknown,
  disabledReason: Schema.optional(Schema.NullOr(Schema.String)),
  name: force(ConfigLayerSource),
  version: Schema.String
}))

export interface ConfigLayerMetadata {
  readonly name: ConfigLayerSource
  readonly version: string
}
export const ConfigLayerMetadata: Schema.Schema<ConfigLayerMetadata> = lazy("ConfigLayerMetadata", () => Schema.Struct({
  name: force(ConfigLayerSource),
  version: Schema.String
}))

export interface ConfigReadResponse {
  readonly config: Config
  readonly layers?: ReadonlyArray<ConfigLayer> | null | undefined
  readonly origins: { readonly [key: string]: ConfigLayerMetadata }
}
export const ConfigReadResponse: Schema.Schema<ConfigReadResponse> = lazy("ConfigReadResponse", () => Schema.Struct({
  config: force(Config),
  layers: Schema.optional(Schema.NullOr(Schema.Array(force(ConfigLayer)))),
  origins: Schema.Record({ key: Schema.String, value: force(ConfigLayerMetadata) })
}))

export type WindowsSandboxImplementation = "elevated" | "unelevated" | "mxc"
export const WindowsSandboxImplementation: Schema.Schema<WindowsSandboxImplementation> = lazy("WindowsSandboxImplementation", () => Schema.Literal("elevated", "unelevated", "mxc"))

export type ResidencyRequirement = "us"
export const ResidencyRequirement: Schema.Schema<ResidencyRequirement> = lazy("ResidencyRequirement", () => Schema.Literal("us"))

export interface FeedbackRequirements {
  readonly enabled?: boolean | null | undefined
}
export const FeedbackRequirements: Schema.Schema<FeedbackRequirements> = lazy("FeedbackRequirements", () => Schema.Struct({
  enabled: Schema.optional(Schema.NullOr(Schema.Boolean))
}))

export interface CommandConfiguredHookHandler {
  /**
   * Approximate token threshold for spilling this hook's `additionalContext` to disk. `null` uses 2,500 tokens; `0` disables spilling for this hook. The threshold is evaluated against the original context; a spilled preview also includes recovery metadata.
   * @format uint
   */
  readonly additionalContextLimit?: number | null | undefined
  readonly async: boolean
  readonly command: string
  readonly commandWindows?: string | null | undefined
  readonly statusMessage?: string | null | undefined
  /**
   * @format uint64
   */
  readonly timeoutSec?: number | null | undefined
  readonly type: "command"
}
export const CommandConfiguredHookHandler: Schema.Schema<CommandConfiguredHookHandler> = lazy("CommandConfiguredHookHandler", () => Schema.Struct({
  additionalContextLimit: Schema.optional(Schema.NullOr(Schema.Number)),
  async: Schema.Boolean,
  command: Schema.String,
  commandWindows: Schema.optional(Schema.NullOr(Schema.String)),
  statusMessage: Schema.optional(Schema.NullOr(Schema.String)),
  timeoutSec: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("command")
}))

export interface McpToolConfiguredHookHandler {
  readonly input: { readonly [key: string]: unknown }
  readonly server: string
  readonly statusMessage?: string | null | undefined
  /**
   * @format uint64
   */
  readonly timeoutSec?: number | null | undefined
  readonly tool: string
  readonly type: "mcp_tool"
}
export const McpToolConfiguredHookHandler: Schema.Schema<McpToolConfiguredHookHandler> = lazy("McpToolConfiguredHookHandler", () => Schema.Struct({
  input: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  server: Schema.String,
  statusMessage: Schema.optional(Schema.NullOr(Schema.String)),
  timeoutSec: Schema.optional(Schema.NullOr(Schema.Number)),
  tool: Schema.String,
  type: Schema.Literal("mcp_tool")
}))

export interface PromptConfiguredHookHandler {
  readonly type: "prompt"
}
export const PromptConfiguredHookHandler: Schema.Schema<PromptConfiguredHookHandler> = lazy("PromptConfiguredHookHandler", () => Schema.Struct({
  type: Schema.Literal("prompt")
}))

export interface AgentConfiguredHookHandler {
  readonly type: "agent"
}
export const AgentConfiguredHookHandler: Schema.Schema<AgentConfiguredHookHandler> = lazy("AgentConfiguredHookHandler", () => Schema.Struct({
  type: Schema.Literal("agent")
}))

export type ConfiguredHookHandler = (CommandConfiguredHookHandler | McpToolConfiguredHookHandler | PromptConfiguredHookHandler | AgentConfiguredHookHandler)
export const ConfiguredHookHandler: Schema.Schema<ConfiguredHookHandler> = lazy("ConfiguredHookHandler", () => Schema.Union(
  force(CommandConfiguredHookHandler),
  force(McpToolConfiguredHookHandler),
  force(PromptConfiguredHookHandler),
  force(AgentConfiguredHookHandler)
))

export interface ConfiguredHookMatcherGroup {
  readonly hooks: ReadonlyArray<ConfiguredHookHandler>
  readonly matcher?: string | null | undefined
}
export const ConfiguredHookMatcherGroup: Schema.Schema<ConfiguredHookMatcherGroup> = lazy("ConfiguredHookMatcherGroup", () => Schema.Struct({
  hooks: Schema.Array(force(ConfiguredHookHandler)),
  matcher: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ManagedHooksRequirements {
  /**
   * @default []
   */
  readonly Interrupt?: ReadonlyArray<ConfiguredHookMatcherGroup> | undefined
  readonly PermissionRequest: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly PostCompact: ReadonlyArray<ConfiguredHookMatcherGroup>
  /**
   * @default []
   */
  readonly PostModelRequest?: ReadonlyArray<ConfiguredHookMatcherGroup> | undefined
  readonly PostToolUse: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly PreCompact: ReadonlyArray<ConfiguredHookMatcherGroup>
  /**
   * @default []
   */
  readonly PreModelRequest?: ReadonlyArray<ConfiguredHookMatcherGroup> | undefined
  readonly PreToolUse: ReadonlyArray<ConfiguredHookMatcherGroup>
  /**
   * @default []
   */
  readonly SessionEnd?: ReadonlyArray<ConfiguredHookMatcherGroup> | undefined
  readonly SessionStart: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly Stop: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly SubagentStart: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly SubagentStop: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly UserPromptSubmit: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly managedDir?: string | null | undefined
  readonly windowsManagedDir?: string | null | undefined
}
export const ManagedHooksRequirements: Schema.Schema<ManagedHooksRequirements> = lazy("ManagedHooksRequirements", () => Schema.Struct({
  Interrupt: Schema.optional(Schema.Array(force(ConfiguredHookMatcherGroup))),
  PermissionRequest: Schema.Array(force(ConfiguredHookMatcherGroup)),
  PostCompact: Schema.Array(force(ConfiguredHookMatcherGroup)),
  PostModelRequest: Schema.optional(Schema.Array(force(ConfiguredHookMatcherGroup))),
  PostToolUse: Schema.Array(force(ConfiguredHookMatcherGroup)),
  PreCompact: Schema.Array(force(ConfiguredHookMatcherGroup)),
  PreModelRequest: Schema.optional(Schema.Array(force(ConfiguredHookMatcherGroup))),
  PreToolUse: Schema.Array(force(ConfiguredHookMatcherGroup)),
  SessionEnd: Schema.optional(Schema.Array(force(ConfiguredHookMatcherGroup))),
  SessionStart: Schema.Array(force(ConfiguredHookMatcherGroup)),
  Stop: Schema.Array(force(ConfiguredHookMatcherGroup)),
  SubagentStart: Schema.Array(force(ConfiguredHookMatcherGroup)),
  SubagentStop: Schema.Array(force(ConfiguredHookMatcherGroup)),
  UserPromptSubmit: Schema.Array(force(ConfiguredHookMatcherGroup)),
  managedDir: Schema.optional(Schema.NullOr(Schema.String)),
  windowsManagedDir: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface InAppBrowserRequirements {
  readonly allowExternalBrowserSettingsImport?: boolean | null | undefined
}
export const InAppBrowserRequirements: Schema.Schema<InAppBrowserRequirements> = lazy("InAppBrowserRequirements", () => Schema.Struct({
  allowExternalBrowserSettingsImport: Schema.optional(Schema.NullOr(Schema.Boolean))
}))

export interface NewThreadModelDefaults {
  readonly model?: string | null | undefined
  readonly modelReasoningEffort?: ReasoningEffort | null | undefined
  readonly serviceTier?: string | null | undefined
}
export const NewThreadModelDefaults: Schema.Schema<NewThreadModelDefaults> = lazy("NewThreadModelDefaults", () => Schema.Struct({
  model: Schema.optional(Schema.NullOr(Schema.String)),
  modelReasoningEffort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  serviceTier: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ModelsRequirements {
  readonly newThread?: NewThreadModelDefaults | null | undefined
}
export const ModelsRequirements: Schema.Schema<ModelsRequirements> = lazy("ModelsRequirements", () => Schema.Struct({
  newThread: Schema.optional(Schema.NullOr(force(NewThreadModelDefaults)))
}))

export type NetworkUnixSocketPermission = "allow" | "deny"
export const NetworkUnixSocketPermission: Schema.Schema<NetworkUnixSocketPermission> = lazy("NetworkUnixSocketPermission", () => Schema.Literal("allow", "deny"))

export interface NetworkRequirements {
  readonly allowLocalBinding?: boolean | null | undefined
  /**
   * Legacy compatibility view derived from `unix_sockets`.
   */
  readonly allowUnixSockets?: ReadonlyArray<string> | null | undefined
  readonly allowUpstreamProxy?: boolean | null | undefined
  /**
   * Legacy compatibility view derived from `domains`.
   */
  readonly allowedDomains?: ReadonlyArray<string> | null | undefined
  readonly dangerouslyAllowAllUnixSockets?: boolean | null | undefined
  readonly dangerouslyAllowNonLoopbackProxy?: boolean | null | undefined
  /**
   * Legacy compatibility view derived from `domains`.
   */
  readonly deniedDomains?: ReadonlyArray<string> | null | undefined
  /**
   * Canonical managed network permission map.
   */
  readonly domains?: { readonly [key: string]: NetworkDomainPermission } | null | undefined
  readonly enabled?: boolean | null | undefined
  /**
   * @format uint16
   */
  readonly httpPort?: number | null | undefined
  /**
   * When true, only managed allowlist entries are respected while managed network enforcement is active.
   */
  readonly managedAllowedDomainsOnly?: boolean | null | undefined
  /**
   * Host patterns routed to network approval before ordinary allow rules.
   */
  readonly reviewDomains?: ReadonlyArray<string> | null | undefined
  /**
   * @format uint16
   */
  readonly socksPort?: number | null | undefined
  /**
   * Canonical managed unix socket permission map.
   */
  readonly unixSockets?: { readonly [key: string]: NetworkUnixSocketPermission } | null | undefined
}
export const NetworkRequirements: Schema.Schema<NetworkRequirements> = lazy("NetworkRequirements", () => Schema.Struct({
  allowLocalBinding: Schema.optional(Schema.NullOr(Schema.Boolean)),
  allowUnixSockets: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  allowUpstreamProxy: Schema.optional(Schema.NullOr(Schema.Boolean)),
  allowedDomains: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  dangerouslyAllowAllUnixSockets: Schema.optional(Schema.NullOr(Schema.Boolean)),
  dangerouslyAllowNonLoopbackProxy: Schema.optional(Schema.NullOr(Schema.Boolean)),
  deniedDomains: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  domains: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: force(NetworkDomainPermission) }))),
  enabled: Schema.optional(Schema.NullOr(Schema.Boolean)),
  httpPort: Schema.optional(Schema.NullOr(Schema.Number)),
  managedAllowedDomainsOnly: Schema.optional(Schema.NullOr(Schema.Boolean)),
  reviewDomains: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  socksPort: Schema.optional(Schema.NullOr(Schema.Number)),
  unixSockets: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: force(NetworkUnixSocketPermission) })))
}))

export type OtelHttpProtocol = "binary" | "json"
export const OtelHttpProtocol: Schema.Schema<OtelHttpProtocol> = lazy("OtelHttpProtocol", () => Schema.Literal("binary", "json"))

export interface OtelTlsConfig {
  readonly "ca-certificate"?: string | null | undefined
  readonly "client-certificate"?: string | null | undefined
  readonly "client-private-key"?: string | null | undefined
}
export const OtelTlsConfig: Schema.Schema<OtelTlsConfig> = lazy("OtelTlsConfig", () => Schema.Struct({
  "ca-certificate": Schema.optional(Schema.NullOr(Schema.String)),
  "client-certificate": Schema.optional(Schema.NullOr(Schema.String)),
  "client-private-key": Schema.optional(Schema.NullOr(Schema.String))
}))

export interface OtlpHttpOtelExporter {
  readonly "otlp-http": {
      readonly endpoint: string
      /**
       * Header names are retained; values are redacted by the server.
       */
      readonly headers: { readonly [key: string]: string }
      readonly protocol: OtelHttpProtocol
      readonly tls?: OtelTlsConfig | null | undefined
    }
}
export const OtlpHttpOtelExporter: Schema.Schema<OtlpHttpOtelExporter> = lazy("OtlpHttpOtelExporter", () => Schema.Struct({
  "otlp-http": Schema.Struct({
      endpoint: Schema.String,
      headers: Schema.Record({ key: Schema.String, value: Schema.String }),
      protocol: force(OtelHttpProtocol),
      tls: Schema.optional(Schema.NullOr(force(OtelTlsConfig)))
    })
}))

export interface OtlpGrpcOtelExporter {
  readonly "otlp-grpc": {
      readonly endpoint: string
      /**
       * Header names are retained; values are redacted by the server.
       */
      readonly headers: { readonly [key: string]: string }
      readonly tls?: OtelTlsConfig | null | undefined
    }
}
export const OtlpGrpcOtelExporter: Schema.Schema<OtlpGrpcOtelExporter> = lazy("OtlpGrpcOtelExporter", () => Schema.Struct({
  "otlp-grpc": Schema.Struct({
      endpoint: Schema.String,
      headers: Schema.Record({ key: Schema.String, value: Schema.String }),
      tls: Schema.optional(Schema.NullOr(force(OtelTlsConfig)))
    })
}))

export type OtelExporter = ("none" | "statsig" | OtlpHttpOtelExporter | OtlpGrpcOtelExporter)
export const OtelExporter: Schema.Schema<OtelExporter> = lazy("OtelExporter", () => Schema.Union(
  Schema.Literal("none", "statsig"),
  force(OtlpHttpOtelExporter),
  force(OtlpGrpcOtelExporter)
))

export interface OtelToolResultLogConfig {
  /**
   * @format uint
   */
  readonly max_bytes: number
}
export const OtelToolResultLogConfig: Schema.Schema<OtelToolResultLogConfig> = lazy("OtelToolResultLogConfig", () => Schema.Struct({
  max_bytes: Schema.Number
}))

export interface OtelRequirements {
  readonly environment?: string | null | undefined
  readonly exporter?: OtelExporter | null | undefined
  readonly log_agent_responses?: boolean | null | undefined
  readonly log_guardian_assessments?: boolean | null | undefined
  readonly log_sse_deltas?: boolean | null | undefined
  readonly log_user_prompt?: boolean | null | undefined
  readonly metrics_exporter?: OtelExporter | null | undefined
  readonly span_attributes?: { readonly [key: string]: string } | null | undefined
  readonly tool_result?: OtelToolResultLogConfig | null | undefined
  readonly trace_exporter?: OtelExporter | null | undefined
  readonly tracestate?: { readonly [key: string]: { readonly [key: string]: string } } | null | undefined
}
export const OtelRequirements: Schema.Schema<OtelRequirements> = lazy("OtelRequirements", () => Schema.Struct({
  environment: Schema.optional(Schema.NullOr(Schema.String)),
  exporter: Schema.optional(Schema.NullOr(force(OtelExporter))),
  log_agent_responses: Schema.optional(Schema.NullOr(Schema.Boolean)),
  log_guardian_assessments: Schema.optional(Schema.NullOr(Schema.Boolean)),
  log_sse_deltas: Schema.optional(Schema.NullOr(Schema.Boolean)),
  log_user_prompt: Schema.optional(Schema.NullOr(Schema.Boolean)),
  metrics_exporter: Schema.optional(Schema.NullOr(force(OtelExporter))),
  span_attributes: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  tool_result: Schema.optional(Schema.NullOr(force(OtelToolResultLogConfig))),
  trace_exporter: Schema.optional(Schema.NullOr(force(OtelExporter))),
  tracestate: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Record({ key: Schema.String, value: Schema.String }) })))
}))

export interface ConfigRequirements {
  readonly additionalDeveloperInstructions?: string | null | undefined
  readonly allowAppshots?: boolean | null | undefined
  readonly allowBrowserAndComputerUse?: boolean | null | undefined
  readonly allowLoginShell?: boolean | null | undefined
  readonly allowManagedHooksOnly?: boolean | null | undefined
  readonly allowRemoteControl?: boolean | null | undefined
  readonly allowedApprovalPolicies?: ReadonlyArray<AskForApproval> | null | undefined
  readonly allowedApprovalsReviewers?: ReadonlyArray<ApprovalsReviewer> | null | undefined
  /**
   * Effective login methods after managed, forced-login, and workspace restrictions. An empty list permits no login method. Older servers may omit this field.
   */
  readonly allowedLoginMethods?: ReadonlyArray<ForcedLoginMethod> | null | undefined
  readonly allowedPermissionProfiles?: { readonly [key: string]: boolean } | null | undefined
  readonly allowedSandboxModes?: ReadonlyArray<SandboxMode> | null | undefined
  readonly allowedWebSearchModes?: ReadonlyArray<WebSearchMode> | null | undefined
  readonly allowedWindowsSandboxImplementations?: ReadonlyArray<WindowsSandboxImplementation> | null | undefined
  readonly application?: ApplicationRequirements | null | undefined
  readonly autoReview?: AutoReviewRequirements | null | undefined
  readonly browserUse?: BrowserUseRequirements | null | undefined
  readonly chatgptBaseUrl?: string | null | undefined
  readonly checkForUpdateOnStartup?: boolean | null | undefined
  readonly cliAuthCredentialsStore?: CliAuthCredentialsStoreMode | null | undefined
  readonly computerUse?: ComputerUseRequirements | null | undefined
  readonly defaultPermissions?: string | null | undefined
  readonly enforceResidency?: ResidencyRequirement | null | undefined
  readonly featureRequirements?: { readonly [key: string]: boolean } | null | undefined
  readonly feedback?: FeedbackRequirements | null | undefined
  readonly hooks?: ManagedHooksRequirements | null | undefined
  readonly inAppBrowser?: InAppBrowserRequirements | null | undefined
  readonly logDir?: string | null | undefined
  readonly modelCatalogJson?: string | null | undefined
  /**
   * Exact provider selection required by managed policy.
   */
  readonly modelProvider?: string | null | undefined
  /**
   * Complete required provider definitions, using config.toml field names.
   */
  readonly modelProviders?: { readonly [key: string]: unknown } | null | undefined
  readonly models?: ModelsRequirements | null | undefined
  readonly network?: NetworkRequirements | null | undefined
  readonly otel?: OtelRequirements | null | undefined
  readonly sqliteHome?: string | null | undefined
}
export const ConfigRequirements: Schema.Schema<ConfigRequirements> = lazy("ConfigRequirements", () => Schema.Struct({
  additionalDeveloperInstructions: Schema.optional(Schema.NullOr(Schema.String)),
  allowAppshots: Schema.optional(Schema.NullOr(Schema.Boolean)),
  allowBrowserAndComputerUse: Schema.optional(Schema.NullOr(Schema.Boolean)),
  allowLoginShell: Schema.optional(Schema.NullOr(Schema.Boolean)),
  allowManagedHooksOnly: Schema.optional(Schema.NullOr(Schema.Boolean)),
  allowRemoteControl: Schema.optional(Schema.NullOr(Schema.Boolean)),
  allowedApprovalPolicies: Schema.optional(Schema.NullOr(Schema.Array(force(AskForApproval)))),
  allowedApprovalsReviewers: Schema.optional(Schema.NullOr(Schema.Array(force(ApprovalsReviewer)))),
  allowedLoginMethods: Schema.optional(Schema.NullOr(Schema.Array(force(ForcedLoginMethod)))),
  allowedPermissionProfiles: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Boolean }))),
  allowedSandboxModes: Schema.optional(Schema.NullOr(Schema.Array(force(SandboxMode)))),
  allowedWebSearchModes: Schema.optional(Schema.NullOr(Schema.Array(force(WebSearchMode)))),
  allowedWindowsSandboxImplementations: Schema.optional(Schema.NullOr(Schema.Array(force(WindowsSandboxImplementation)))),
  application: Schema.optional(Schema.NullOr(force(ApplicationRequirements))),
  autoReview: Schema.optional(Schema.NullOr(force(AutoReviewRequirements))),
  browserUse: Schema.optional(Schema.NullOr(force(BrowserUseRequirements))),
  chatgptBaseUrl: Schema.optional(Schema.NullOr(Schema.String)),
  checkForUpdateOnStartup: Schema.optional(Schema.NullOr(Schema.Boolean)),
  cliAuthCredentialsStore: Schema.optional(Schema.NullOr(force(CliAuthCredentialsStoreMode))),
  computerUse: Schema.optional(Schema.NullOr(force(ComputerUseRequirements))),
  defaultPermissions: Schema.optional(Schema.NullOr(Schema.String)),
  enforceResidency: Schema.optional(Schema.NullOr(force(ResidencyRequirement))),
  featureRequirements: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Boolean }))),
  feedback: Schema.optional(Schema.NullOr(force(FeedbackRequirements))),
  hooks: Schema.optional(Schema.NullOr(force(ManagedHooksRequirements))),
  inAppBrowser: Schema.optional(Schema.NullOr(force(InAppBrowserRequirements))),
  logDir: Schema.optional(Schema.NullOr(Schema.String)),
  modelCatalogJson: Schema.optional(Schema.NullOr(Schema.String)),
  modelProvider: Schema.optional(Schema.NullOr(Schema.String)),
  modelProviders: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  models: Schema.optional(Schema.NullOr(force(ModelsRequirements))),
  network: Schema.optional(Schema.NullOr(force(NetworkRequirements))),
  otel: Schema.optional(Schema.NullOr(force(OtelRequirements))),
  sqliteHome: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ConfigRequirementsReadResponse {
  /**
   * Null if no requirements are configured (e.g. no requirements.toml/MDM entries).
   */
  readonly requirements?: ConfigRequirements | null | undefined
  /**
   * Whether Fast and Ultra Fast requirements are enforced independently. Older servers omit this field and use Fast mode as a shared speed gate.
   * @default null
   */
  readonly supportsIndependentSpeedModes?: boolean | null | undefined
}
export const ConfigRequirementsReadResponse: Schema.Schema<ConfigRequirementsReadResponse> = lazy("ConfigRequirementsReadResponse", () => Schema.Struct({
  requirements: Schema.optional(Schema.NullOr(force(ConfigRequirements))),
  supportsIndependentSpeedModes: Schema.optional(Schema.NullOr(Schema.Boolean))
}))

export interface TextPosition {
  /**
   * 1-based column number (in Unicode scalar values).
   * @format uint
   */
  readonly column: number
  /**
   * 1-based line number.
   * @format uint
   */
  readonly line: number
}
export const TextPosition: Schema.Schema<TextPosition> = lazy("TextPosition", () => Schema.Struct({
  column: Schema.Number,
  line: Schema.Number
}))

export interface TextRange {
  readonly end: TextPosition
  readonly start: TextPosition
}
export const TextRange: Schema.Schema<TextRange> = lazy("TextRange", () => Schema.Struct({
  end: force(TextPosition),
  start: force(TextPosition)
}))

export interface ConfigWarningNotification {
  /**
   * Optional extra guidance or error details.
   */
  readonly details?: string | null | undefined
  /**
   * Optional path to the config file that triggered the warning.
   */
  readonly path?: string | null | undefined
  /**
   * Optional range for the error location inside the config file.
   */
  readonly range?: TextRange | null | undefined
  /**
   * Concise summary of the warning.
   */
  readonly summary: string
}
export const ConfigWarningNotification: Schema.Schema<ConfigWarningNotification> = lazy("ConfigWarningNotification", () => Schema.Struct({
  details: Schema.optional(Schema.NullOr(Schema.String)),
  path: Schema.optional(Schema.NullOr(Schema.String)),
  range: Schema.optional(Schema.NullOr(force(TextRange))),
  summary: Schema.String
}))

export interface OverriddenMetadata {
  readonly effectiveValue: unknown
  readonly message: string
  readonly overridingLayer: ConfigLayerMetadata
}
export const OverriddenMetadata: Schema.Schema<OverriddenMetadata> = lazy("OverriddenMetadata", () => Schema.Struct({
  effectiveValue: Schema.Unknown,
  message: Schema.String,
  overridingLayer: force(ConfigLayerMetadata)
}))

export type WriteStatus = "ok" | "okOverridden"
export const WriteStatus: Schema.Schema<WriteStatus> = lazy("WriteStatus", () => Schema.Literal("ok", "okOverridden"))

export interface ConfigWriteResponse {
  /**
   * Canonical path to the config file that was written.
   */
  readonly filePath: AbsolutePathBuf
  readonly overriddenMetadata?: OverriddenMetadata | null | undefined
  readonly status: WriteStatus
  readonly version: string
}
export const ConfigWriteResponse: Schema.Schema<ConfigWriteResponse> = lazy("ConfigWriteResponse", () => Schema.Struct({
  filePath: force(AbsolutePathBuf),
  overriddenMetadata: Schema.optional(Schema.NullOr(force(OverriddenMetadata))),
  status: force(WriteStatus),
  version: Schema.String
}))

export type ConsumeAccountRateLimitResetCreditOutcome = "reset" | "nothingToReset" | "noCredit" | "alreadyRedeemed"
export const ConsumeAccountRateLimitResetCreditOutcome: Schema.Schema<ConsumeAccountRateLimitResetCreditOutcome> = lazy("ConsumeAccountRateLimitResetCreditOutcome", () => Schema.Literal("reset", "nothingToReset", "noCredit", "alreadyRedeemed"))

export interface ConsumeAccountRateLimitResetCreditResponse {
  readonly outcome: ConsumeAccountRateLimitResetCreditOutcome
}
export const ConsumeAccountRateLimitResetCreditResponse: Schema.Schema<ConsumeAccountRateLimitResetCreditResponse> = lazy("ConsumeAccountRateLimitResetCreditResponse", () => Schema.Struct({
  outcome: force(ConsumeAccountRateLimitResetCreditOutcome)
}))

/**
 * Deprecated: Use `ContextCompaction` item type instead.
 */
export interface ContextCompactedNotification {
  readonly threadId: string
  readonly turnId: string
}
export const ContextCompactedNotification: Schema.Schema<ContextCompactedNotification> = lazy("ContextCompactedNotification", () => Schema.Struct({
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface CurrentTimeReadParams {
  readonly threadId: string
}
export const CurrentTimeReadParams: Schema.Schema<CurrentTimeReadParams> = lazy("CurrentTimeReadParams", () => Schema.Struct({
  threadId: Schema.String
}))

export interface CurrentTimeReadResponse {
  /**
   * Current time as whole Unix seconds.
   * @format int64
   */
  readonly currentTimeAt: number
}
export const CurrentTimeReadResponse: Schema.Schema<CurrentTimeReadResponse> = lazy("CurrentTimeReadResponse", () => Schema.Struct({
  currentTimeAt: Schema.Number
}))

export interface DeprecationNoticeNotification {
  /**
   * Optional extra guidance, such as migration steps or rationale.
   */
  readonly details?: string | null | undefined
  /**
   * Concise summary of what is deprecated.
   */
  readonly summary: string
}
export const DeprecationNoticeNotification: Schema.Schema<DeprecationNoticeNotification> = lazy("DeprecationNoticeNotification", () => Schema.Struct({
  details: Schema.optional(Schema.NullOr(Schema.String)),
  summary: Schema.String
}))

export interface InputTextDynamicToolCallOutputContentItem {
  readonly text: string
  readonly type: "inputText"
}
export const InputTextDynamicToolCallOutputContentItem: Schema.Schema<InputTextDynamicToolCallOutputContentItem> = lazy("InputTextDynamicToolCallOutputContentItem", () => Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("inputText")
}))

export interface InputImageDynamicToolCallOutputContentItem {
  readonly imageUrl: string
  readonly type: "inputImage"
}
export const InputImageDynamicToolCallOutputContentItem: Schema.Schema<InputImageDynamicToolCallOutputContentItem> = lazy("InputImageDynamicToolCallOutputContentItem", () => Schema.Struct({
  imageUrl: Schema.String,
  type: Schema.Literal("inputImage")
}))

export interface InputAudioDynamicToolCallOutputContentItem {
  readonly audioUrl: string
  readonly type: "inputAudio"
}
export const InputAudioDynamicToolCallOutputContentItem: Schema.Schema<InputAudioDynamicToolCallOutputContentItem> = lazy("InputAudioDynamicToolCallOutputContentItem", () => Schema.Struct({
  audioUrl: Schema.String,
  type: Schema.Literal("inputAudio")
}))

export type DynamicToolCallOutputContentItem = (InputTextDynamicToolCallOutputContentItem | InputImageDynamicToolCallOutputContentItem | InputAudioDynamicToolCallOutputContentItem)
export const DynamicToolCallOutputContentItem: Schema.Schema<DynamicToolCallOutputContentItem> = lazy("DynamicToolCallOutputContentItem", () => Schema.Union(
  force(InputTextDynamicToolCallOutputContentItem),
  force(InputImageDynamicToolCallOutputContentItem),
  force(InputAudioDynamicToolCallOutputContentItem)
))

export interface DynamicToolCallParams {
  readonly arguments: unknown
  readonly callId: string
  readonly namespace?: string | null | undefined
  readonly threadId: string
  readonly tool: string
  readonly turnId: string
}
export const DynamicToolCallParams: Schema.Schema<DynamicToolCallParams> = lazy("DynamicToolCallParams", () => Schema.Struct({
  arguments: Schema.Unknown,
  callId: Schema.String,
  namespace: Schema.optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String,
  tool: Schema.String,
  turnId: Schema.String
}))

export interface DynamicToolCallResponse {
  readonly contentItems: ReadonlyArray<DynamicToolCallOutputContentItem>
  readonly success: boolean
}
export const DynamicToolCallResponse: Schema.Schema<DynamicToolCallResponse> = lazy("DynamicToolCallResponse", () => Schema.Struct({
  contentItems: Schema.Array(force(DynamicToolCallOutputContentItem)),
  success: Schema.Boolean
}))

export type DynamicToolCallStatus = "inProgress" | "completed" | "failed"
export const DynamicToolCallStatus: Schema.Schema<DynamicToolCallStatus> = lazy("DynamicToolCallStatus", () => Schema.Literal("inProgress", "completed", "failed"))

export type EnvironmentAddResponse = { readonly [key: string]: unknown }
export const EnvironmentAddResponse: Schema.Schema<EnvironmentAddResponse> = lazy("EnvironmentAddResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface EnvironmentConnectionNotification {
  readonly environmentId: string
  readonly threadId: string
}
export const EnvironmentConnectionNotification: Schema.Schema<EnvironmentConnectionNotification> = lazy("EnvironmentConnectionNotification", () => Schema.Struct({
  environmentId: Schema.String,
  threadId: Schema.String
}))

export type PathUri = string
export const PathUri: Schema.Schema<PathUri> = lazy("PathUri", () => Schema.String)

export interface EnvironmentShellInfo {
  /**
   * Stable shell name, for example `zsh`, `bash`, `powershell`, `sh`, or `cmd`.
   */
  readonly name: string
  /**
   * Target-native shell executable path or command name.
   */
  readonly path: string
}
export const EnvironmentShellInfo: Schema.Schema<EnvironmentShellInfo> = lazy("EnvironmentShellInfo", () => Schema.Struct({
  name: Schema.String,
  path: Schema.String
}))

export interface EnvironmentInfoResponse {
  /**
   * Default working directory reported by the environment, as a canonical file URI.
   */
  readonly cwd?: PathUri | null | undefined
  readonly shell: EnvironmentShellInfo
}
export const EnvironmentInfoResponse: Schema.Schema<EnvironmentInfoResponse> = lazy("EnvironmentInfoResponse", () => Schema.Struct({
  cwd: Schema.optional(Schema.NullOr(force(PathUri))),
  shell: force(EnvironmentShellInfo)
}))

/**
 * Current status observed by app-server without starting or recovering an environment.
 *
 * For a currently ready remote environment, app-server asks the existing exec-server connection for `environment/status` without allowing recovery.
 */
export type EnvironmentStatusKind = "ready" | "pending" | "disconnected" | "unknown"
export const EnvironmentStatusKind: Schema.Schema<EnvironmentStatusKind> = lazy("EnvironmentStatusKind", () => Schema.Literal("ready", "pending", "disconnected", "unknown"))

/**
 * Current status for the requested environment.
 */
export interface EnvironmentStatusResponse {
  /**
   * Human-readable detail for `disconnected` and `unknown`; omitted for other statuses.
   */
  readonly error?: string | null | undefined
  /**
   * Current status observed without starting or recovering the environment.
   */
  readonly status: EnvironmentStatusKind
}
export const EnvironmentStatusResponse: Schema.Schema<EnvironmentStatusResponse> = lazy("EnvironmentStatusResponse", () => Schema.Struct({
  error: Schema.optional(Schema.NullOr(Schema.String)),
  status: force(EnvironmentStatusKind)
}))

export interface MisalignmentSteer {
  readonly message: string
}
export const MisalignmentSteer: Schema.Schema<MisalignmentSteer> = lazy("MisalignmentSteer", () => Schema.Struct({
  message: Schema.String
}))

export interface MisalignmentErrorDetails {
  /**
   * A substantive localized explanation is required before offering continuation.
   */
  readonly detailedExplanation?: string | null | undefined
  /**
   * Open-ended classification; clients must accept categories added by Responses.
   */
  readonly errorType?: string | null | undefined
  /**
   * Opaque server-issued block target. Presence alone does not enable target-based continuation.
   */
  readonly reviewTarget?: string | null | undefined
  /**
   * Instruction to submit as the next turn's user input if continuation is confirmed.
   */
  readonly steer?: MisalignmentSteer | null | undefined
}
export const MisalignmentErrorDetails: Schema.Schema<MisalignmentErrorDetails> = lazy("MisalignmentErrorDetails", () => Schema.Struct({
  detailedExplanation: Schema.optional(Schema.NullOr(Schema.String)),
  errorType: Schema.optional(Schema.NullOr(Schema.String)),
  reviewTarget: Schema.optional(Schema.NullOr(Schema.String)),
  steer: Schema.optional(Schema.NullOr(force(MisalignmentSteer)))
}))

export interface TurnError {
  /**
   * @default null
   */
  readonly additionalDetails?: string | null | undefined
  readonly codexErrorInfo?: CodexErrorInfo | null | undefined
  readonly message: string
  /**
   * Optional public explanation and continuation instruction for a misalignment block.
   * @default null
   */
  readonly misalignment?: MisalignmentErrorDetails | null | undefined
}
export const TurnError: Schema.Schema<TurnError> = lazy("TurnError", () => Schema.Struct({
  additionalDetails: Schema.optional(Schema.NullOr(Schema.String)),
  codexErrorInfo: Schema.optional(Schema.NullOr(force(CodexErrorInfo))),
  message: Schema.String,
  misalignment: Schema.optional(Schema.NullOr(force(MisalignmentErrorDetails)))
}))

export interface ErrorNotification {
  readonly error: TurnError
  readonly threadId: string
  readonly turnId: string
  readonly willRetry: boolean
}
export const ErrorNotification: Schema.Schema<ErrorNotification> = lazy("ErrorNotification", () => Schema.Struct({
  error: force(TurnError),
  threadId: Schema.String,
  turnId: Schema.String,
  willRetry: Schema.Boolean
}))

export interface ReadParsedCommand {
  readonly cmd: string
  readonly name: string
  /**
   * (Best effort) Path to the file being read by the command. When possible, this is an absolute path, though when relative, it should be resolved against the `cwd`` that will be used to run the command to derive the absolute path.
   */
  readonly path: string
  readonly type: "read"
}
export const ReadParsedCommand: Schema.Schema<ReadParsedCommand> = lazy("ReadParsedCommand", () => Schema.Struct({
  cmd: Schema.String,
  name: Schema.String,
  path: Schema.String,
  type: Schema.Literal("read")
}))

export interface ListFilesParsedCommand {
  readonly cmd: string
  readonly path?: string | null | undefined
  readonly type: "list_files"
}
export const ListFilesParsedCommand: Schema.Schema<ListFilesParsedCommand> = lazy("ListFilesParsedCommand", () => Schema.Struct({
  cmd: Schema.String,
  path: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("list_files")
}))

export interface SearchParsedCommand {
  readonly cmd: string
  readonly path?: string | null | undefined
  readonly query?: string | null | undefined
  readonly type: "search"
}
export const SearchParsedCommand: Schema.Schema<SearchParsedCommand> = lazy("SearchParsedCommand", () => Schema.Struct({
  cmd: Schema.String,
  path: Schema.optional(Schema.NullOr(Schema.String)),
  query: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("search")
}))

export interface UnknownParsedCommand {
  readonly cmd: string
  readonly type: "unknown"
}
export const UnknownParsedCommand: Schema.Schema<UnknownParsedCommand> = lazy("UnknownParsedCommand", () => Schema.Struct({
  cmd: Schema.String,
  type: Schema.Literal("unknown")
}))

export type ParsedCommand = (ReadParsedCommand | ListFilesParsedCommand | SearchParsedCommand | UnknownParsedCommand)
export const ParsedCommand: Schema.Schema<ParsedCommand> = lazy("ParsedCommand", () => Schema.Union(
  force(ReadParsedCommand),
  force(ListFilesParsedCommand),
  force(SearchParsedCommand),
  force(UnknownParsedCommand)
))

export interface ExecCommandApprovalParams {
  /**
   * Identifier for this specific approval callback.
   */
  readonly approvalId?: string | null | undefined
  /**
   * Use to correlate this with [codex_protocol::protocol::ExecCommandBeginEvent] and [codex_protocol::protocol::ExecCommandEndEvent].
   */
  readonly callId: string
  readonly command: ReadonlyArray<string>
  readonly conversationId: ThreadId
  readonly cwd: string
  readonly parsedCmd: ReadonlyArray<ParsedCommand>
  readonly reason?: string | null | undefined
}
export const ExecCommandApprovalParams: Schema.Schema<ExecCommandApprovalParams> = lazy("ExecCommandApprovalParams", () => Schema.Struct({
  approvalId: Schema.optional(Schema.NullOr(Schema.String)),
  callId: Schema.String,
  command: Schema.Array(Schema.String),
  conversationId: force(ThreadId),
  cwd: Schema.String,
  parsedCmd: Schema.Array(force(ParsedCommand)),
  reason: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ExecCommandApprovalResponse {
  readonly decision: ReviewDecision
}
export const ExecCommandApprovalResponse: Schema.Schema<ExecCommandApprovalResponse> = lazy("ExecCommandApprovalResponse", () => Schema.Struct({
  decision: force(ReviewDecision)
}))

export type ExperimentalFeatureStage = "beta" | "underDevelopment" | "stable" | "deprecated" | "removed"
export const ExperimentalFeatureStage: Schema.Schema<ExperimentalFeatureStage> = lazy("ExperimentalFeatureStage", () => Schema.Literal("beta", "underDevelopment", "stable", "deprecated", "removed"))

export interface ExperimentalFeature {
  /**
   * Announcement copy shown to users when the feature is introduced. Null when this feature is not in beta.
   */
  readonly announcement?: string | null | undefined
  /**
   * Whether this feature is enabled by default.
   */
  readonly defaultEnabled: boolean
  /**
   * Short summary describing what the feature does. Null when this feature is not in beta.
   */
  readonly description?: string | null | undefined
  /**
   * User-facing display name shown in the experimental features UI. Null when this feature is not in beta.
   */
  readonly displayName?: string | null | undefined
  /**
   * Whether this feature is currently enabled in the loaded config.
   */
  readonly enabled: boolean
  /**
   * Stable key used in config.toml and CLI flag toggles.
   */
  readonly name: string
  /**
   * Lifecycle stage of this feature flag.
   */
  readonly stage: ExperimentalFeatureStage
}
export const ExperimentalFeature: Schema.Schema<ExperimentalFeature> = lazy("ExperimentalFeature", () => Schema.Struct({
  announcement: Schema.optional(Schema.NullOr(Schema.String)),
  defaultEnabled: Schema.Boolean,
  description: Schema.optional(Schema.NullOr(Schema.String)),
  displayName: Schema.optional(Schema.NullOr(Schema.String)),
  enabled: Schema.Boolean,
  name: Schema.String,
  stage: force(ExperimentalFeatureStage)
}))

export interface ExperimentalFeatureEnablementSetResponse {
  /**
   * Feature enablement entries updated by this request.
   */
  readonly enablement: { readonly [key: string]: boolean }
}
export const ExperimentalFeatureEnablementSetResponse: Schema.Schema<ExperimentalFeatureEnablementSetResponse> = lazy("ExperimentalFeatureEnablementSetResponse", () => Schema.Struct({
  enablement: Schema.Record({ key: Schema.String, value: Schema.Boolean })
}))

export interface ExperimentalFeatureListResponse {
  readonly data: ReadonlyArray<ExperimentalFeature>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  readonly nextCursor?: string | null | undefined
}
export const ExperimentalFeatureListResponse: Schema.Schema<ExperimentalFeatureListResponse> = lazy("ExperimentalFeatureListResponse", () => Schema.Struct({
  data: Schema.Array(force(ExperimentalFeature)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export type ExternalAgentDetectedConnectorSource = "remoteMcpServersConfig" | "sessionToolUse"
export const ExternalAgentDetectedConnectorSource: Schema.Schema<ExternalAgentDetectedConnectorSource> = lazy("ExternalAgentDetectedConnectorSource", () => Schema.Literal("remoteMcpServersConfig", "sessionToolUse"))

export interface ExternalAgentDetectedConnectorCandidate {
  readonly name: string
  /**
   * @format uint32
   */
  readonly sessionCount: number
  readonly source: ExternalAgentDetectedConnectorSource
}
export const ExternalAgentDetectedConnectorCandidate: Schema.Schema<ExternalAgentDetectedConnectorCandidate> = lazy("ExternalAgentDetectedConnectorCandidate", () => Schema.Struct({
  name: Schema.String,
  sessionCount: Schema.Number,
  source: force(ExternalAgentDetectedConnectorSource)
}))

export interface ExternalAgentConfigDetectResponse {
  /**
   * @default []
   */
  readonly connectors?: ReadonlyArray<ExternalAgentDetectedConnectorCandidate> | undefined
  readonly items: ReadonlyArray<ExternalAgentConfigMigrationItem>
}
export const ExternalAgentConfigDetectResponse: Schema.Schema<ExternalAgentConfigDetectResponse> = lazy("ExternalAgentConfigDetectResponse", () => Schema.Struct({
  connectors: Schema.optional(Schema.Array(force(ExternalAgentDetectedConnectorCandidate))),
  items: Schema.Array(force(ExternalAgentConfigMigrationItem))
}))

export interface ExternalAgentConfigImportItemTypeSuccess {
  readonly cwd?: string | null | undefined
  readonly itemType: ExternalAgentConfigMigrationItemType
  readonly source?: string | null | undefined
  readonly target?: string | null | undefined
  /**
   * Original title for an imported session; null for other item types.
   * @default null
   */
  readonly title?: string | null | undefined
}
export const ExternalAgentConfigImportItemTypeSuccess: Schema.Schema<ExternalAgentConfigImportItemTypeSuccess> = lazy("ExternalAgentConfigImportItemTypeSuccess", () => Schema.Struct({
  cwd: Schema.optional(Schema.NullOr(Schema.String)),
  itemType: force(ExternalAgentConfigMigrationItemType),
  source: Schema.optional(Schema.NullOr(Schema.String)),
  target: Schema.optional(Schema.NullOr(Schema.String)),
  title: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ExternalAgentConfigImportTypeResult {
  readonly failures: ReadonlyArray<ExternalAgentConfigImportItemTypeFailure>
  readonly itemType: ExternalAgentConfigMigrationItemType
  readonly successes: ReadonlyArray<ExternalAgentConfigImportItemTypeSuccess>
}
export const ExternalAgentConfigImportTypeResult: Schema.Schema<ExternalAgentConfigImportTypeResult> = lazy("ExternalAgentConfigImportTypeResult", () => Schema.Struct({
  failures: Schema.Array(force(ExternalAgentConfigImportItemTypeFailure)),
  itemType: force(ExternalAgentConfigMigrationItemType),
  successes: Schema.Array(force(ExternalAgentConfigImportItemTypeSuccess))
}))

export interface ExternalAgentConfigImportCompletedNotification {
  readonly importId: string
  readonly itemTypeResults: ReadonlyArray<ExternalAgentConfigImportTypeResult>
}
export const ExternalAgentConfigImportCompletedNotification: Schema.Schema<ExternalAgentConfigImportCompletedNotification> = lazy("ExternalAgentConfigImportCompletedNotification", () => Schema.Struct({
  importId: Schema.String,
  itemTypeResults: Schema.Array(force(ExternalAgentConfigImportTypeResult))
}))

export type ExternalAgentImportedConnectorSource = "remoteMcpServersConfig"
export const ExternalAgentImportedConnectorSource: Schema.Schema<ExternalAgentImportedConnectorSource> = lazy("ExternalAgentImportedConnectorSource", () => Schema.Literal("remoteMcpServersConfig"))

export interface ExternalAgentImportedConnectorCandidate {
  readonly name: string
  /**
   * @format uint32
   */
  readonly sessionCount: number
  readonly source: ExternalAgentImportedConnectorSource
}
export const ExternalAgentImportedConnectorCandidate: Schema.Schema<ExternalAgentImportedConnectorCandidate> = lazy("ExternalAgentImportedConnectorCandidate", () => Schema.Struct({
  name: Schema.String,
  sessionCount: Schema.Number,
  source: force(ExternalAgentImportedConnectorSource)
}))

export interface ExternalAgentConfigImportHistory {
  /**
   * @format int64
   */
  readonly completedAtMs: number
  readonly failures: ReadonlyArray<ExternalAgentConfigImportItemTypeFailure>
  readonly importId: string
  readonly providerId?: string | null | undefined
  readonly successes: ReadonlyArray<ExternalAgentConfigImportItemTypeSuccess>
}
export const ExternalAgentConfigImportHistory: Schema.Schema<ExternalAgentConfigImportHistory> = lazy("ExternalAgentConfigImportHistory", () => Schema.Struct({
  completedAtMs: Schema.Number,
  failures: Schema.Array(force(ExternalAgentConfigImportItemTypeFailure)),
  importId: Schema.String,
  providerId: Schema.optional(Schema.NullOr(Schema.String)),
  successes: Schema.Array(force(ExternalAgentConfigImportItemTypeSuccess))
}))

export interface ExternalAgentConfigImportHistoriesReadResponse {
  readonly connectors: ReadonlyArray<ExternalAgentImportedConnectorCandidate>
  readonly data: ReadonlyArray<ExternalAgentConfigImportHistory>
}
export const ExternalAgentConfigImportHistoriesReadResponse: Schema.Schema<ExternalAgentConfigImportHistoriesReadResponse> = lazy("ExternalAgentConfigImportHistoriesReadResponse", () => Schema.Struct({
  connectors: Schema.Array(force(ExternalAgentImportedConnectorCandidate)),
  data: Schema.Array(force(ExternalAgentConfigImportHistory))
}))

export interface ExternalAgentConfigImportHistoryRecordResponse {
  readonly importId: string
}
export const ExternalAgentConfigImportHistoryRecordResponse: Schema.Schema<ExternalAgentConfigImportHistoryRecordResponse> = lazy("ExternalAgentConfigImportHistoryRecordResponse", () => Schema.Struct({
  importId: Schema.String
}))

export interface ExternalAgentConfigImportProgressNotification {
  readonly importId: string
  readonly itemTypeResults: ReadonlyArray<ExternalAgentConfigImportTypeResult>
}
export const ExternalAgentConfigImportProgressNotification: Schema.Schema<ExternalAgentConfigImportProgressNotification> = lazy("ExternalAgentConfigImportProgressNotification", () => Schema.Struct({
  importId: Schema.String,
  itemTypeResults: Schema.Array(force(ExternalAgentConfigImportTypeResult))
}))

export interface ExternalAgentConfigImportResponse {
  readonly importId: string
}
export const ExternalAgentConfigImportResponse: Schema.Schema<ExternalAgentConfigImportResponse> = lazy("ExternalAgentConfigImportResponse", () => Schema.Struct({
  importId: Schema.String
}))

export interface FeedbackSaveResponse {
  /**
   * Same prompt hash as feedback/upload; null when prompt metadata is absent.
   */
  readonly promptHash?: string | null | undefined
  readonly savedPath: LegacyAppPathString
  readonly threadId: string
}
export const FeedbackSaveResponse: Schema.Schema<FeedbackSaveResponse> = lazy("FeedbackSaveResponse", () => Schema.Struct({
  promptHash: Schema.optional(Schema.NullOr(Schema.String)),
  savedPath: force(LegacyAppPathString),
  threadId: Schema.String
}))

export interface FeedbackUploadResponse {
  /**
   * Whitespace-normalized SHA-256 of the session base instructions, matching the uploaded `prompt_hash` tag. Does not include later developer messages. Null when the reported rollout has no prompt metadata.
   * @default null
   */
  readonly promptHash?: string | null | undefined
  readonly threadId: string
}
export const FeedbackUploadResponse: Schema.Schema<FeedbackUploadResponse> = lazy("FeedbackUploadResponse", () => Schema.Struct({
  promptHash: Schema.optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String
}))

export type FileChangeApprovalDecision = "accept" | "acceptForSession" | "decline" | "cancel"
export const FileChangeApprovalDecision: Schema.Schema<FileChangeApprovalDecision> = lazy("FileChangeApprovalDecision", () => Schema.Literal("accept", "acceptForSession", "decline", "cancel"))

/**
 * Deprecated legacy notification for `apply_patch` textual output.
 *
 * The server no longer emits this notification.
 */
export interface FileChangeOutputDeltaNotification {
  readonly delta: string
  readonly itemId: string
  readonly threadId: string
  readonly turnId: string
}
export const FileChangeOutputDeltaNotification: Schema.Schema<FileChangeOutputDeltaNotification> = lazy("FileChangeOutputDeltaNotification", () => Schema.Struct({
  delta: Schema.String,
  itemId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface AddPatchChangeKind {
  readonly type: "add"
}
export const AddPatchChangeKind: Schema.Schema<AddPatchChangeKind> = lazy("AddPatchChangeKind", () => Schema.Struct({
  type: Schema.Literal("add")
}))

export interface DeletePatchChangeKind {
  readonly type: "delete"
}
export const DeletePatchChangeKind: Schema.Schema<DeletePatchChangeKind> = lazy("DeletePatchChangeKind", () => Schema.Struct({
  type: Schema.Literal("delete")
}))

export interface UpdatePatchChangeKind {
  readonly move_path?: string | null | undefined
  readonly type: "update"
}
export const UpdatePatchChangeKind: Schema.Schema<UpdatePatchChangeKind> = lazy("UpdatePatchChangeKind", () => Schema.Struct({
  move_path: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("update")
}))

export type PatchChangeKind = (AddPatchChangeKind | DeletePatchChangeKind | UpdatePatchChangeKind)
export const PatchChangeKind: Schema.Schema<PatchChangeKind> = lazy("PatchChangeKind", () => Schema.Union(
  force(AddPatchChangeKind),
  force(DeletePatchChangeKind),
  force(UpdatePatchChangeKind)
))

export interface FileUpdateChange {
  readonly diff: string
  readonly kind: PatchChangeKind
  readonly path: string
}
export const FileUpdateChange: Schema.Schema<FileUpdateChange> = lazy("FileUpdateChange", () => Schema.Struct({
  diff: Schema.String,
  kind: force(PatchChangeKind),
  path: Schema.String
}))

export interface FileChangePatchUpdatedNotification {
  readonly changes: ReadonlyArray<FileUpdateChange>
  readonly itemId: string
  readonly threadId: string
  readonly turnId: string
}
export const FileChangePatchUpdatedNotification: Schema.Schema<FileChangePatchUpdatedNotification> = lazy("FileChangePatchUpdatedNotification", () => Schema.Struct({
  changes: Schema.Array(force(FileUpdateChange)),
  itemId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface FileChangeRequestApprovalParams {
  /**
   * [UNSTABLE] When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today).
   */
  readonly grantRoot?: string | null | undefined
  readonly itemId: string
  /**
   * Optional explanatory reason (e.g. request for extra write access).
   */
  readonly reason?: string | null | undefined
  /**
   * Unix timestamp (in milliseconds) when this approval request started.
   * @format int64
   */
  readonly startedAtMs: number
  readonly threadId: string
  readonly turnId: string
}
export const FileChangeRequestApprovalParams: Schema.Schema<FileChangeRequestApprovalParams> = lazy("FileChangeRequestApprovalParams", () => Schema.Struct({
  grantRoot: Schema.optional(Schema.NullOr(Schema.String)),
  itemId: Schema.String,
  reason: Schema.optional(Schema.NullOr(Schema.String)),
  startedAtMs: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface FileChangeRequestApprovalResponse {
  readonly decision: FileChangeApprovalDecision
}
export const FileChangeRequestApprovalResponse: Schema.Schema<FileChangeRequestApprovalResponse> = lazy("FileChangeRequestApprovalResponse", () => Schema.Struct({
  decision: force(FileChangeApprovalDecision)
}))

/**
 * Filesystem watch notification emitted for `fs/watch` subscribers.
 */
export interface FsChangedNotification {
  /**
   * File or directory paths associated with this event.
   */
  readonly changedPaths: ReadonlyArray<AbsolutePathBuf>
  /**
   * Watch identifier previously provided to `fs/watch`.
   */
  readonly watchId: string
}
export const FsChangedNotification: Schema.Schema<FsChangedNotification> = lazy("FsChangedNotification", () => Schema.Struct({
  changedPaths: Schema.Array(force(AbsolutePathBuf)),
  watchId: Schema.String
}))

/**
 * Successful response for `fs/copy`.
 */
export type FsCopyResponse = { readonly [key: string]: unknown }
export const FsCopyResponse: Schema.Schema<FsCopyResponse> = lazy("FsCopyResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Successful response for `fs/createDirectory`.
 */
export type FsCreateDirectoryResponse = { readonly [key: string]: unknown }
export const FsCreateDirectoryResponse: Schema.Schema<FsCreateDirectoryResponse> = lazy("FsCreateDirectoryResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Metadata returned by `fs/getMetadata`.
 */
export interface FsGetMetadataResponse {
  /**
   * File creation time in Unix milliseconds when available, otherwise `0`.
   * @format int64
   */
  readonly createdAtMs: number
  /**
   * Whether the path resolves to a directory.
   */
  readonly isDirectory: boolean
  /**
   * Whether the path resolves to a regular file.
   */
  readonly isFile: boolean
  /**
   * Whether the path itself is a symbolic link.
   */
  readonly isSymlink: boolean
  /**
   * File modification time in Unix milliseconds when available, otherwise `0`.
   * @format int64
   */
  readonly modifiedAtMs: number
}
export const FsGetMetadataResponse: Schema.Schema<FsGetMetadataResponse> = lazy("FsGetMetadataResponse", () => Schema.Struct({
  createdAtMs: Schema.Number,
  isDirectory: Schema.Boolean,
  isFile: Schema.Boolean,
  isSymlink: Schema.Boolean,
  modifiedAtMs: Schema.Number
}))

/**
 * A directory entry returned by `fs/readDirectory`.
 */
export interface FsReadDirectoryEntry {
  /**
   * Direct child entry name only, not an absolute or relative path.
   */
  readonly fileName: string
  /**
   * Whether this entry resolves to a directory.
   */
  readonly isDirectory: boolean
  /**
   * Whether this entry resolves to a regular file.
   */
  readonly isFile: boolean
}
export const FsReadDirectoryEntry: Schema.Schema<FsReadDirectoryEntry> = lazy("FsReadDirectoryEntry", () => Schema.Struct({
  fileName: Schema.String,
  isDirectory: Schema.Boolean,
  isFile: Schema.Boolean
}))

/**
 * Directory entries returned by `fs/readDirectory`.
 */
export interface FsReadDirectoryResponse {
  /**
   * Direct child entries in the requested directory.
   */
  readonly entries: ReadonlyArray<FsReadDirectoryEntry>
}
export const FsReadDirectoryResponse: Schema.Schema<FsReadDirectoryResponse> = lazy("FsReadDirectoryResponse", () => Schema.Struct({
  entries: Schema.Array(force(FsReadDirectoryEntry))
}))

/**
 * Base64-encoded file contents returned by `fs/readFile`.
 */
export interface FsReadFileResponse {
  /**
   * File contents encoded as base64.
   */
  readonly dataBase64: string
}
export const FsReadFileResponse: Schema.Schema<FsReadFileResponse> = lazy("FsReadFileResponse", () => Schema.Struct({
  dataBase64: Schema.String
}))

/**
 * Successful response for `fs/remove`.
 */
export type FsRemoveResponse = { readonly [key: string]: unknown }
export const FsRemoveResponse: Schema.Schema<FsRemoveResponse> = lazy("FsRemoveResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Successful response for `fs/unwatch`.
 */
export type FsUnwatchResponse = { readonly [key: string]: unknown }
export const FsUnwatchResponse: Schema.Schema<FsUnwatchResponse> = lazy("FsUnwatchResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Successful response for `fs/watch`.
 */
export interface FsWatchResponse {
  /**
   * Canonicalized path associated with the watch.
   */
  readonly path: AbsolutePathBuf
}
export const FsWatchResponse: Schema.Schema<FsWatchResponse> = lazy("FsWatchResponse", () => Schema.Struct({
  path: force(AbsolutePathBuf)
}))

/**
 * Successful response for `fs/writeFile`.
 */
export type FsWriteFileResponse = { readonly [key: string]: unknown }
export const FsWriteFileResponse: Schema.Schema<FsWriteFileResponse> = lazy("FsWriteFileResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type FuzzyFileSearchMatchType = "file" | "directory"
export const FuzzyFileSearchMatchType: Schema.Schema<FuzzyFileSearchMatchType> = lazy("FuzzyFileSearchMatchType", () => Schema.Literal("file", "directory"))

/**
 * Superset of [`codex_file_search::FileMatch`]
 */
export interface FuzzyFileSearchResult {
  readonly file_name: string
  readonly indices?: ReadonlyArray<number> | null | undefined
  readonly match_type: FuzzyFileSearchMatchType
  readonly path: string
  readonly root: string
  /**
   * @format uint32
   */
  readonly score: number
}
export const FuzzyFileSearchResult: Schema.Schema<FuzzyFileSearchResult> = lazy("FuzzyFileSearchResult", () => Schema.Struct({
  file_name: Schema.String,
  indices: Schema.optional(Schema.NullOr(Schema.Array(Schema.Number))),
  match_type: force(FuzzyFileSearchMatchType),
  path: Schema.String,
  root: Schema.String,
  score: Schema.Number
}))

export interface FuzzyFileSearchResponse {
  readonly files: ReadonlyArray<FuzzyFileSearchResult>
}
export const FuzzyFileSearchResponse: Schema.Schema<FuzzyFileSearchResponse> = lazy("FuzzyFileSearchResponse", () => Schema.Struct({
  files: Schema.Array(force(FuzzyFileSearchResult))
}))

export interface FuzzyFileSearchSessionCompletedNotification {
  readonly sessionId: string
}
export const FuzzyFileSearchSessionCompletedNotification: Schema.Schema<FuzzyFileSearchSessionCompletedNotification> = lazy("FuzzyFileSearchSessionCompletedNotification", () => Schema.Struct({
  sessionId: Schema.String
}))

export type FuzzyFileSearchSessionStartResponse = { readonly [key: string]: unknown }
export const FuzzyFileSearchSessionStartResponse: Schema.Schema<FuzzyFileSearchSessionStartResponse> = lazy("FuzzyFileSearchSessionStartResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type FuzzyFileSearchSessionStopResponse = { readonly [key: string]: unknown }
export const FuzzyFileSearchSessionStopResponse: Schema.Schema<FuzzyFileSearchSessionStopResponse> = lazy("FuzzyFileSearchSessionStopResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type FuzzyFileSearchSessionUpdateResponse = { readonly [key: string]: unknown }
export const FuzzyFileSearchSessionUpdateResponse: Schema.Schema<FuzzyFileSearchSessionUpdateResponse> = lazy("FuzzyFileSearchSessionUpdateResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface FuzzyFileSearchSessionUpdatedNotification {
  readonly files: ReadonlyArray<FuzzyFileSearchResult>
  readonly query: string
  readonly sessionId: string
}
export const FuzzyFileSearchSessionUpdatedNotification: Schema.Schema<FuzzyFileSearchSessionUpdatedNotification> = lazy("FuzzyFileSearchSessionUpdatedNotification", () => Schema.Struct({
  files: Schema.Array(force(FuzzyFileSearchResult)),
  query: Schema.String,
  sessionId: Schema.String
}))

export interface NoneGatewayAuth {
  readonly mode: "none"
}
export const NoneGatewayAuth: Schema.Schema<NoneGatewayAuth> = lazy("NoneGatewayAuth", () => Schema.Struct({
  mode: Schema.Literal("none")
}))

/**
 * Authentication is configured outside the gateway form. Preserve it on edits.
 */
export interface ModeGatewayAuth {
  readonly envKey?: string | null | undefined
  readonly mode: "externallyConfigured"
}
export const ModeGatewayAuth: Schema.Schema<ModeGatewayAuth> = lazy("ModeGatewayAuth", () => Schema.Struct({
  envKey: Schema.optional(Schema.NullOr(Schema.String)),
  mode: Schema.Literal("externallyConfigured")
}))

export type GatewayAuth = (NoneGatewayAuth | {
  readonly envKey: string
  readonly mode: "environmentVariable"
} | ModeGatewayAuth)
export const GatewayAuth: Schema.Schema<GatewayAuth> = lazy("GatewayAuth", () => Schema.Union(
  force(NoneGatewayAuth),
  Schema.Struct({
  envKey: Schema.String,
  mode: Schema.Literal("environmentVariable")
}),
  force(ModeGatewayAuth)
))

export type GatewayOAuthCancelResponse = { readonly [key: string]: unknown }
export const GatewayOAuthCancelResponse: Schema.Schema<GatewayOAuthCancelResponse> = lazy("GatewayOAuthCancelResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type GatewayOAuthStatus = "notReady" | "started" | "succeeded" | "failed"
export const GatewayOAuthStatus: Schema.Schema<GatewayOAuthStatus> = lazy("GatewayOAuthStatus", () => Schema.Literal("notReady", "started", "succeeded", "failed"))

export interface GatewayOAuthChangedNotification {
  /**
   * Authorization handoff, sent only to the connection that started login.
   */
  readonly authUrl?: string | null | undefined
  readonly error?: string | null | undefined
  /**
   * Identifies the completed device login attempt.
   */
  readonly loginId?: string | null | undefined
  readonly providerId: string
  readonly status: GatewayOAuthStatus
}
export const GatewayOAuthChangedNotification: Schema.Schema<GatewayOAuthChangedNotification> = lazy("GatewayOAuthChangedNotification", () => Schema.Struct({
  authUrl: Schema.optional(Schema.NullOr(Schema.String)),
  error: Schema.optional(Schema.NullOr(Schema.String)),
  loginId: Schema.optional(Schema.NullOr(Schema.String)),
  providerId: Schema.String,
  status: force(GatewayOAuthStatus)
}))

export interface GatewayOAuthPrompt {
  readonly loginId: string
  readonly userCode: string
  readonly verificationUrl: string
}
export const GatewayOAuthPrompt: Schema.Schema<GatewayOAuthPrompt> = lazy("GatewayOAuthPrompt", () => Schema.Struct({
  loginId: Schema.String,
  userCode: Schema.String,
  verificationUrl: Schema.String
}))

export interface GatewayOAuthLoginResponse {
  readonly prompt?: GatewayOAuthPrompt | null | undefined
}
export const GatewayOAuthLoginResponse: Schema.Schema<GatewayOAuthLoginResponse> = lazy("GatewayOAuthLoginResponse", () => Schema.Struct({
  prompt: Schema.optional(Schema.NullOr(force(GatewayOAuthPrompt)))
}))

/**
 * Current effective gateway policy and credential readiness; never contains credentials.
 */
export interface GatewayOAuthReadResponse {
  readonly error?: string | null | undefined
  readonly providerId: string
  readonly providerName: string
  /**
   * Whether the selected provider uses gateway OAuth, even when already signed in.
   */
  readonly required: boolean
  /**
   * Null when the effective provider does not use gateway OAuth.
   */
  readonly status?: GatewayOAuthStatus | null | undefined
  /**
   * Whether the administrator configured a device authorization endpoint.
   * @default false
   */
  readonly supportsDeviceAuth?: boolean | undefined
}
export const GatewayOAuthReadResponse: Schema.Schema<GatewayOAuthReadResponse> = lazy("GatewayOAuthReadResponse", () => Schema.Struct({
  error: Schema.optional(Schema.NullOr(Schema.String)),
  providerId: Schema.String,
  providerName: Schema.String,
  required: Schema.Boolean,
  status: Schema.optional(Schema.NullOr(force(GatewayOAuthStatus))),
  supportsDeviceAuth: Schema.optional(Schema.Boolean)
}))

export type GcpSetupResponse = { readonly [key: string]: unknown }
export const GcpSetupResponse: Schema.Schema<GcpSetupResponse> = lazy("GcpSetupResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type RateLimitResetType = "codexRateLimits" | "unknown"
export const RateLimitResetType: Schema.Schema<RateLimitResetType> = lazy("RateLimitResetType", () => Schema.Literal("codexRateLimits", "unknown"))

export type RateLimitResetCreditStatus = "available" | "redeeming" | "redeemed" | "unknown"
export const RateLimitResetCreditStatus: Schema.Schema<RateLimitResetCreditStatus> = lazy("RateLimitResetCreditStatus", () => Schema.Literal("available", "redeeming", "redeemed", "unknown"))

export interface RateLimitResetCredit {
  /**
   * Backend-provided display description for this credit, or `null` when unavailable.
   */
  readonly description?: string | null | undefined
  /**
   * Unix timestamp in seconds when the credit expires, or `null` if it does not expire.
   * @format int64
   */
  readonly expiresAt?: number | null | undefined
  /**
   * Unix timestamp in seconds when the credit was granted.
   * @format int64
   */
  readonly grantedAt: number
  /**
   * Opaque backend identifier for this reset credit.
   */
  readonly id: string
  readonly resetType: RateLimitResetType
  readonly status: RateLimitResetCreditStatus
  /**
   * Backend-provided display title for this credit, or `null` when unavailable.
   */
  readonly title?: string | null | undefined
}
export const RateLimitResetCredit: Schema.Schema<RateLimitResetCredit> = lazy("RateLimitResetCredit", () => Schema.Struct({
  description: Schema.optional(Schema.NullOr(Schema.String)),
  expiresAt: Schema.optional(Schema.NullOr(Schema.Number)),
  grantedAt: Schema.Number,
  id: Schema.String,
  resetType: force(RateLimitResetType),
  status: force(RateLimitResetCreditStatus),
  title: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface RateLimitResetCreditsSummary {
  /**
   * @format int64
   */
  readonly availableCount: number
  /**
   * Detail rows for available reset credits, when the backend provides them.
   *
   * `null` means only `availableCount` is known, while an empty array means details were fetched and no available credits were returned. The backend may cap this list, so its length can be less than `availableCount`.
   */
  readonly credits?: ReadonlyArray<RateLimitResetCredit> | null | undefined
}
export const RateLimitResetCreditsSummary: Schema.Schema<RateLimitResetCreditsSummary> = lazy("RateLimitResetCreditsSummary", () => Schema.Struct({
  availableCount: Schema.Number,
  credits: Schema.optional(Schema.NullOr(Schema.Array(force(RateLimitResetCredit))))
}))

export interface GetAccountRateLimitsResponse {
  /**
   * Account associated with this usage snapshot, when supplied by the backend.
   */
  readonly accountId?: string | null | undefined
  /**
   * Backend permission for ordinary included usage, validated against the active account. Null means unavailable; clients must not infer recovery from percentages or reset times.
   */
  readonly ordinaryUsageAllowed?: boolean | null | undefined
  readonly rateLimitResetCredits?: RateLimitResetCreditsSummary | null | undefined
  /**
   * Optional backend-owned banner from the same usage read. Its nested keys retain the backend's snake_case contract; an absent banner leaves the client's existing UI unchanged.
   */
  readonly rateLimitUpsell?: unknown | undefined
  /**
   * Backward-compatible single-bucket view; mirrors the historical payload.
   */
  readonly rateLimits: RateLimitSnapshot
  /**
   * Multi-bucket view keyed by metered `limit_id` (for example, `codex`).
   */
  readonly rateLimitsByLimitId?: { readonly [key: string]: RateLimitSnapshot } | null | undefined
}
export const GetAccountRateLimitsResponse: Schema.Schema<GetAccountRateLimitsResponse> = lazy("GetAccountRateLimitsResponse", () => Schema.Struct({
  accountId: Schema.optional(Schema.NullOr(Schema.String)),
  ordinaryUsageAllowed: Schema.optional(Schema.NullOr(Schema.Boolean)),
  rateLimitResetCredits: Schema.optional(Schema.NullOr(force(RateLimitResetCreditsSummary))),
  rateLimitUpsell: Schema.optional(Schema.Unknown),
  rateLimits: force(RateLimitSnapshot),
  rateLimitsByLimitId: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: force(RateLimitSnapshot) })))
}))

export interface WorkspaceRouting {
  readonly accountRoutingOverride: AccountRoutingOverride
  readonly backendOrigin: string
  readonly chatgptAccountId: string
}
export const WorkspaceRouting: Schema.Schema<WorkspaceRouting> = lazy("WorkspaceRouting", () => Schema.Struct({
  accountRoutingOverride: force(AccountRoutingOverride),
  backendOrigin: Schema.String,
  chatgptAccountId: Schema.String
}))

export interface GetAccountResponse {
  readonly account?: Account | null | undefined
  readonly requiresOpenaiAuth: boolean
  /**
   * ChatGPT user ID belonging to this account response, when available.
   * @default null
   */
  readonly userId?: string | null | undefined
  readonly workspaceRouting?: WorkspaceRouting | null | undefined
}
export const GetAccountResponse: Schema.Schema<GetAccountResponse> = lazy("GetAccountResponse", () => Schema.Struct({
  account: Schema.optional(Schema.NullOr(force(Account))),
  requiresOpenaiAuth: Schema.Boolean,
  userId: Schema.optional(Schema.NullOr(Schema.String)),
  workspaceRouting: Schema.optional(Schema.NullOr(force(WorkspaceRouting)))
}))

/**
 * Optional security reminder bound to the account that fetched it. Unavailable or ineligible accounts return no notice; this read never changes account security.
 */
export interface GetAccountSecuritySetupResponse {
  readonly notice?: AccountSecuritySetupNotice | null | undefined
}
export const GetAccountSecuritySetupResponse: Schema.Schema<GetAccountSecuritySetupResponse> = lazy("GetAccountSecuritySetupResponse", () => Schema.Struct({
  notice: Schema.optional(Schema.NullOr(force(AccountSecuritySetupNotice)))
}))

export interface ThreadUsageBreakdownGroup {
  /**
   * @format int64
   */
  readonly cachedInputTokens?: number | null | undefined
  /**
   * @format int64
   */
  readonly estimatedUsageCreditsMicros: number
  /**
   * @format int64
   */
  readonly inputTokens?: number | null | undefined
  readonly model?: string | null | undefined
  /**
   * @format int64
   */
  readonly netNewInputTokens?: number | null | undefined
  /**
   * @format int64
   */
  readonly outputTokens?: number | null | undefined
  readonly reasoningEffort?: string | null | undefined
  readonly speed?: string | null | undefined
  /**
   * @format int64
   */
  readonly totalTokens?: number | null | undefined
}
export const ThreadUsageBreakdownGroup: Schema.Schema<ThreadUsageBreakdownGroup> = lazy("ThreadUsageBreakdownGroup", () => Schema.Struct({
  cachedInputTokens: Schema.optional(Schema.NullOr(Schema.Number)),
  estimatedUsageCreditsMicros: Schema.Number,
  inputTokens: Schema.optional(Schema.NullOr(Schema.Number)),
  model: Schema.optional(Schema.NullOr(Schema.String)),
  netNewInputTokens: Schema.optional(Schema.NullOr(Schema.Number)),
  outputTokens: Schema.optional(Schema.NullOr(Schema.Number)),
  reasoningEffort: Schema.optional(Schema.NullOr(Schema.String)),
  speed: Schema.optional(Schema.NullOr(Schema.String)),
  totalTokens: Schema.optional(Schema.NullOr(Schema.Number))
}))

export interface ThreadUsage {
  /**
   * @format int64
   */
  readonly estimatedUsageCreditsMicros: number
  /**
   * @format int64
   */
  readonly estimatedUsageUsdMicros?: number | null | undefined
  readonly groups: ReadonlyArray<ThreadUsageBreakdownGroup>
  /**
   * Native dollar usage, independent of credit estimates. None means unknown, not zero.
   * @format int64
   */
  readonly nativeUsageUsdMicros?: number | null | undefined
  readonly threadId: string
}
export const ThreadUsage: Schema.Schema<ThreadUsage> = lazy("ThreadUsage", () => Schema.Struct({
  estimatedUsageCreditsMicros: Schema.Number,
  estimatedUsageUsdMicros: Schema.optional(Schema.NullOr(Schema.Number)),
  groups: Schema.Array(force(ThreadUsageBreakdownGroup)),
  nativeUsageUsdMicros: Schema.optional(Schema.NullOr(Schema.Number)),
  threadId: Schema.String
}))

export interface GetAccountTokenUsageResponse {
  readonly dailyUsageBuckets?: ReadonlyArray<AccountTokenUsageDailyBucket> | null | undefined
  readonly summary: AccountTokenUsageSummary
  /**
   * Estimated usage when a thread was requested and its billing route is available.
   * @default null
   */
  readonly threadUsage?: ThreadUsage | null | undefined
}
export const GetAccountTokenUsageResponse: Schema.Schema<GetAccountTokenUsageResponse> = lazy("GetAccountTokenUsageResponse", () => Schema.Struct({
  dailyUsageBuckets: Schema.optional(Schema.NullOr(Schema.Array(force(AccountTokenUsageDailyBucket)))),
  summary: force(AccountTokenUsageSummary),
  threadUsage: Schema.optional(Schema.NullOr(force(ThreadUsage)))
}))

export type WorkspaceMessageType = "headline" | "announcement" | "unknown"
export const WorkspaceMessageType: Schema.Schema<WorkspaceMessageType> = lazy("WorkspaceMessageType", () => Schema.Literal("headline", "announcement", "unknown"))

export interface WorkspaceMessage {
  /**
   * Unix timestamp (in seconds) when the message was archived.
   * @format int64
   */
  readonly archivedAt?: number | null | undefined
  /**
   * Unix timestamp (in seconds) when the message was created.
   * @format int64
   */
  readonly createdAt?: number | null | undefined
  readonly messageBody: string
  readonly messageId: string
  readonly messageType: WorkspaceMessageType
}
export const WorkspaceMessage: Schema.Schema<WorkspaceMessage> = lazy("WorkspaceMessage", () => Schema.Struct({
  archivedAt: Schema.optional(Schema.NullOr(Schema.Number)),
  createdAt: Schema.optional(Schema.NullOr(Schema.Number)),
  messageBody: Schema.String,
  messageId: Schema.String,
  messageType: force(WorkspaceMessageType)
}))

export interface GetWorkspaceMessagesResponse {
  /**
   * Whether the workspace-message backend route is available for this client.
   */
  readonly featureEnabled: boolean
  /**
   * Active workspace messages returned by the backend.
   */
  readonly messages: ReadonlyArray<WorkspaceMessage>
}
export const GetWorkspaceMessagesResponse: Schema.Schema<GetWorkspaceMessagesResponse> = lazy("GetWorkspaceMessagesResponse", () => Schema.Struct({
  featureEnabled: Schema.Boolean,
  messages: Schema.Array(force(WorkspaceMessage))
}))

export interface GitInfo {
  readonly branch?: string | null | undefined
  readonly originUrl?: string | null | undefined
  readonly sha?: string | null | undefined
}
export const GitInfo: Schema.Schema<GitInfo> = lazy("GitInfo", () => Schema.Struct({
  branch: Schema.optional(Schema.NullOr(Schema.String)),
  originUrl: Schema.optional(Schema.NullOr(Schema.String)),
  sha: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface GrantedPermissionProfile {
  readonly fileSystem?: AdditionalFileSystemPermissions | null | undefined
  readonly network?: AdditionalNetworkPermissions | null | undefined
}
export const GrantedPermissionProfile: Schema.Schema<GrantedPermissionProfile> = lazy("GrantedPermissionProfile", () => Schema.Struct({
  fileSystem: Schema.optional(Schema.NullOr(force(AdditionalFileSystemPermissions))),
  network: Schema.optional(Schema.NullOr(force(AdditionalNetworkPermissions)))
}))

/**
 * [UNSTABLE] Risk level assigned by approval auto-review.
 */
export type GuardianRiskLevel = "low" | "medium" | "high" | "critical"
export const GuardianRiskLevel: Schema.Schema<GuardianRiskLevel> = lazy("GuardianRiskLevel", () => Schema.Literal("low", "medium", "high", "critical"))

/**
 * [UNSTABLE] Lifecycle state for an approval auto-review.
 */
export type GuardianApprovalReviewStatus = "inProgress" | "approved" | "denied" | "timedOut" | "aborted"
export const GuardianApprovalReviewStatus: Schema.Schema<GuardianApprovalReviewStatus> = lazy("GuardianApprovalReviewStatus", () => Schema.Literal("inProgress", "approved", "denied", "timedOut", "aborted"))

/**
 * [UNSTABLE] Authorization level assigned by approval auto-review.
 */
export type GuardianUserAuthorization = "unknown" | "low" | "medium" | "high"
export const GuardianUserAuthorization: Schema.Schema<GuardianUserAuthorization> = lazy("GuardianUserAuthorization", () => Schema.Literal("unknown", "low", "medium", "high"))

/**
 * [UNSTABLE] Temporary approval auto-review payload used by `item/autoApprovalReview/*` notifications. This shape is expected to change soon.
 */
export interface GuardianApprovalReview {
  readonly rationale?: string | null | undefined
  readonly riskLevel?: GuardianRiskLevel | null | undefined
  readonly status: GuardianApprovalReviewStatus
  readonly userAuthorization?: GuardianUserAuthorization | null | undefined
}
export const GuardianApprovalReview: Schema.Schema<GuardianApprovalReview> = lazy("GuardianApprovalReview", () => Schema.Struct({
  rationale: Schema.optional(Schema.NullOr(Schema.String)),
  riskLevel: Schema.optional(Schema.NullOr(force(GuardianRiskLevel))),
  status: force(GuardianApprovalReviewStatus),
  userAuthorization: Schema.optional(Schema.NullOr(force(GuardianUserAuthorization)))
}))

export type GuardianCommandSource = "shell" | "unifiedExec"
export const GuardianCommandSource: Schema.Schema<GuardianCommandSource> = lazy("GuardianCommandSource", () => Schema.Literal("shell", "unifiedExec"))

export interface RequestPermissionProfile {
  readonly fileSystem?: AdditionalFileSystemPermissions | null | undefined
  readonly network?: AdditionalNetworkPermissions | null | undefined
}
export const RequestPermissionProfile: Schema.Schema<RequestPermissionProfile> = lazy("RequestPermissionProfile", () => Schema.Struct({
  fileSystem: Schema.optional(Schema.NullOr(force(AdditionalFileSystemPermissions))),
  network: Schema.optional(Schema.NullOr(force(AdditionalNetworkPermissions)))
}))

export interface CommandGuardianApprovalReviewAction {
  readonly command: string
  readonly cwd: LegacyAppPathString
  readonly source: GuardianCommandSource
  readonly type: "command"
}
export const CommandGuardianApprovalReviewAction: Schema.Schema<CommandGuardianApprovalReviewAction> = lazy("CommandGuardianApprovalReviewAction", () => Schema.Struct({
  command: Schema.String,
  cwd: force(LegacyAppPathString),
  source: force(GuardianCommandSource),
  type: Schema.Literal("command")
}))

export interface ExecveGuardianApprovalReviewAction {
  readonly argv: ReadonlyArray<string>
  readonly cwd: AbsolutePathBuf
  readonly program: string
  readonly source: GuardianCommandSource
  readonly type: "execve"
}
export const ExecveGuardianApprovalReviewAction: Schema.Schema<ExecveGuardianApprovalReviewAction> = lazy("ExecveGuardianApprovalReviewAction", () => Schema.Struct({
  argv: Schema.Array(Schema.String),
  cwd: force(AbsolutePathBuf),
  program: Schema.String,
  source: force(GuardianCommandSource),
  type: Schema.Literal("execve")
}))

/**
 * A child approval for input to an existing command execution item.
 */
export interface WriteStdinGuardianApprovalReviewAction {
  readonly approvalId: string
  readonly cwd: LegacyAppPathString
  readonly processId: string
  readonly stdin: string
  readonly type: "writeStdin"
}
export const WriteStdinGuardianApprovalReviewAction: Schema.Schema<WriteStdinGuardianApprovalReviewAction> = lazy("WriteStdinGuardianApprovalReviewAction", () => Schema.Struct({
  approvalId: Schema.String,
  cwd: force(LegacyAppPathString),
  processId: Schema.String,
  stdin: Schema.String,
  type: Schema.Literal("writeStdin")
}))

export interface ApplyPatchGuardianApprovalReviewAction {
  readonly cwd: LegacyAppPathString
  readonly files: ReadonlyArray<LegacyAppPathString>
  readonly type: "applyPatch"
}
export const ApplyPatchGuardianApprovalReviewAction: Schema.Schema<ApplyPatchGuardianApprovalReviewAction> = lazy("ApplyPatchGuardianApprovalReviewAction", () => Schema.Struct({
  cwd: force(LegacyAppPathString),
  files: Schema.Array(force(LegacyAppPathString)),
  type: Schema.Literal("applyPatch")
}))

export interface NetworkAccessGuardianApprovalReviewAction {
  readonly host: string
  /**
   * @format uint16
   */
  readonly port: number
  readonly protocol: NetworkApprovalProtocol
  readonly target: string
  readonly type: "networkAccess"
}
export const NetworkAccessGuardianApprovalReviewAction: Schema.Schema<NetworkAccessGuardianApprovalReviewAction> = lazy("NetworkAccessGuardianApprovalReviewAction", () => Schema.Struct({
  host: Schema.String,
  port: Schema.Number,
  protocol: force(NetworkApprovalProtocol),
  target: Schema.String,
  type: Schema.Literal("networkAccess")
}))

export interface McpToolCallGuardianApprovalReviewAction {
  readonly connectorId?: string | null | undefined
  readonly connectorName?: string | null | undefined
  readonly server: string
  readonly toolName: string
  readonly toolTitle?: string | null | undefined
  readonly type: "mcpToolCall"
}
export const McpToolCallGuardianApprovalReviewAction: Schema.Schema<McpToolCallGuardianApprovalReviewAction> = lazy("McpToolCallGuardianApprovalReviewAction", () => Schema.Struct({
  connectorId: Schema.optional(Schema.NullOr(Schema.String)),
  connectorName: Schema.optional(Schema.NullOr(Schema.String)),
  server: Schema.String,
  toolName: Schema.String,
  toolTitle: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("mcpToolCall")
}))

export interface RequestPermissionsGuardianApprovalReviewAction {
  readonly permissions: RequestPermissionProfile
  readonly reason?: string | null | undefined
  readonly type: "requestPermissions"
}
export const RequestPermissionsGuardianApprovalReviewAction: Schema.Schema<RequestPermissionsGuardianApprovalReviewAction> = lazy("RequestPermissionsGuardianApprovalReviewAction", () => Schema.Struct({
  permissions: force(RequestPermissionProfile),
  reason: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("requestPermissions")
}))

export type GuardianApprovalReviewAction = (CommandGuardianApprovalReviewAction | ExecveGuardianApprovalReviewAction | WriteStdinGuardianApprovalReviewAction | ApplyPatchGuardianApprovalReviewAction | NetworkAccessGuardianApprovalReviewAction | McpToolCallGuardianApprovalReviewAction | RequestPermissionsGuardianApprovalReviewAction)
export const GuardianApprovalReviewAction: Schema.Schema<GuardianApprovalReviewAction> = lazy("GuardianApprovalReviewAction", () => Schema.Union(
  force(CommandGuardianApprovalReviewAction),
  force(ExecveGuardianApprovalReviewAction),
  force(WriteStdinGuardianApprovalReviewAction),
  force(ApplyPatchGuardianApprovalReviewAction),
  force(NetworkAccessGuardianApprovalReviewAction),
  force(McpToolCallGuardianApprovalReviewAction),
  force(RequestPermissionsGuardianApprovalReviewAction)
))

/**
 * Final allow/deny outcome returned by the guardian reviewer.
 */
export type GuardianAssessmentOutcome = "allow" | "deny"
export const GuardianAssessmentOutcome: Schema.Schema<GuardianAssessmentOutcome> = lazy("GuardianAssessmentOutcome", () => Schema.Literal("allow", "deny"))

export interface GuardianWarningNotification {
  /**
   * Concise guardian warning message for the user.
   */
  readonly message: string
  /**
   * Thread target for the guardian warning.
   */
  readonly threadId: string
}
export const GuardianWarningNotification: Schema.Schema<GuardianWarningNotification> = lazy("GuardianWarningNotification", () => Schema.Struct({
  message: Schema.String,
  threadId: Schema.String
}))

export type HookOutputEntryKind = "warning" | "stop" | "feedback" | "context" | "error"
export const HookOutputEntryKind: Schema.Schema<HookOutputEntryKind> = lazy("HookOutputEntryKind", () => Schema.Literal("warning", "stop", "feedback", "context", "error"))

export interface HookOutputEntry {
  readonly kind: HookOutputEntryKind
  readonly text: string
}
export const HookOutputEntry: Schema.Schema<HookOutputEntry> = lazy("HookOutputEntry", () => Schema.Struct({
  kind: force(HookOutputEntryKind),
  text: Schema.String
}))

export type HookEventName = "preModelRequest" | "postModelRequest" | "preToolUse" | "permissionRequest" | "postToolUse" | "preCompact" | "postCompact" | "sessionStart" | "sessionEnd" | "userPromptSubmit" | "subagentStart" | "subagentStop" | "stop" | "interrupt"
export const HookEventName: Schema.Schema<HookEventName> = lazy("HookEventName", () => Schema.Literal("preModelRequest", "postModelRequest", "preToolUse", "permissionRequest", "postToolUse", "preCompact", "postCompact", "sessionStart", "sessionEnd", "userPromptSubmit", "subagentStart", "subagentStop", "stop", "interrupt"))

export type HookExecutionMode = "sync" | "async"
export const HookExecutionMode: Schema.Schema<HookExecutionMode> = lazy("HookExecutionMode", () => Schema.Literal("sync", "async"))

export type HookHandlerType = "command" | "mcpTool" | "prompt" | "agent"
export const HookHandlerType: Schema.Schema<HookHandlerType> = lazy("HookHandlerType", () => Schema.Literal("command", "mcpTool", "prompt", "agent"))

export type HookScope = "thread" | "turn"
export const HookScope: Schema.Schema<HookScope> = lazy("HookScope", () => Schema.Literal("thread", "turn"))

export type HookSource = "system" | "user" | "project" | "mdm" | "sessionFlags" | "plugin" | "cloudRequirements" | "cloudManagedConfig" | "legacyManagedConfigFile" | "legacyManagedConfigMdm" | "unknown"
export const HookSource: Schema.Schema<HookSource> = lazy("HookSource", () => Schema.Literal("system", "user", "project", "mdm", "sessionFlags", "plugin", "cloudRequirements", "cloudManagedConfig", "legacyManagedConfigFile", "legacyManagedConfigMdm", "unknown"))

export type HookRunStatus = "running" | "completed" | "failed" | "blocked" | "stopped"
export const HookRunStatus: Schema.Schema<HookRunStatus> = lazy("HookRunStatus", () => Schema.Literal("running", "completed", "failed", "blocked", "stopped"))

export interface HookRunSummary {
  /**
   * @format int64
   */
  readonly completedAt?: number | null | undefined
  /**
   * @format int64
   */
  readonly displayOrder: number
  /**
   * @format int64
   */
  readonly durationMs?: number | null | undefined
  readonly entries: ReadonlyArray<HookOutputEntry>
  readonly eventName: HookEventName
  readonly executionMode: HookExecutionMode
  readonly handlerType: HookHandlerType
  readonly id: string
  readonly scope: HookScope
  /**
   * @default "unknown"
   */
  readonly source?: HookSource | undefined
  readonly sourcePath: LegacyAppPathString
  /**
   * @format int64
   */
  readonly startedAt: number
  readonly status: HookRunStatus
  readonly statusMessage?: string | null | undefined
}
export const HookRunSummary: Schema.Schema<HookRunSummary> = lazy("HookRunSummary", () => Schema.Struct({
  completedAt: Schema.optional(Schema.NullOr(Schema.Number)),
  displayOrder: Schema.Number,
  durationMs: Schema.optional(Schema.NullOr(Schema.Number)),
  entries: Schema.Array(force(HookOutputEntry)),
  eventName: force(HookEventName),
  executionMode: force(HookExecutionMode),
  handlerType: force(HookHandlerType),
  id: Schema.String,
  scope: force(HookScope),
  source: Schema.optional(force(HookSource)),
  sourcePath: force(LegacyAppPathString),
  startedAt: Schema.Number,
  status: force(HookRunStatus),
  statusMessage: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface HookCompletedNotification {
  readonly run: HookRunSummary
  readonly threadId: string
  readonly turnId?: string | null | undefined
}
export const HookCompletedNotification: Schema.Schema<HookCompletedNotification> = lazy("HookCompletedNotification", () => Schema.Struct({
  run: force(HookRunSummary),
  threadId: Schema.String,
  turnId: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface HookErrorInfo {
  readonly message: string
  readonly path: string
}
export const HookErrorInfo: Schema.Schema<HookErrorInfo> = lazy("HookErrorInfo", () => Schema.Struct({
  message: Schema.String,
  path: Schema.String
}))

export type HookTrustStatus = "managed" | "untrusted" | "trusted" | "modified"
export const HookTrustStatus: Schema.Schema<HookTrustStatus> = lazy("HookTrustStatus", () => Schema.Literal("managed", "untrusted", "trusted", "modified"))

export interface PromptHookMetadata {
  /**
   * Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
   * @format uint
   */
  readonly additionalContextLimit?: number | null | undefined
  readonly currentHash: string
  /**
   * @format int64
   */
  readonly displayOrder: number
  readonly enabled: boolean
  /**
   * The owning execution environment, if this hook came from its requirements.
   */
  readonly environmentId?: string | null | undefined
  readonly eventName: HookEventName
  readonly handlerType: "prompt"
  readonly isManaged: boolean
  readonly key: string
  readonly matcher?: string | null | undefined
  readonly pluginId?: string | null | undefined
  readonly source: HookSource
  readonly sourcePath: AbsolutePathBuf
  readonly statusMessage?: string | null | undefined
  /**
   * @format uint64
   */
  readonly timeoutSec: number
  readonly trustStatus: HookTrustStatus
}
export const PromptHookMetadata: Schema.Schema<PromptHookMetadata> = lazy("PromptHookMetadata", () => Schema.Struct({
  additionalContextLimit: Schema.optional(Schema.NullOr(Schema.Number)),
  currentHash: Schema.String,
  displayOrder: Schema.Number,
  enabled: Schema.Boolean,
  environmentId: Schema.optional(Schema.NullOr(Schema.String)),
  eventName: force(HookEventName),
  handlerType: Schema.Literal("prompt"),
  isManaged: Schema.Boolean,
  key: Schema.String,
  matcher: Schema.optional(Schema.NullOr(Schema.String)),
  pluginId: Schema.optional(Schema.NullOr(Schema.String)),
  source: force(HookSource),
  sourcePath: force(AbsolutePathBuf),
  statusMessage: Schema.optional(Schema.NullOr(Schema.String)),
  timeoutSec: Schema.Number,
  trustStatus: force(HookTrustStatus)
}))

export interface AgentHookMetadata {
  /**
   * Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
   * @format uint
   */
  readonly additionalContextLimit?: number | null | undefined
  readonly currentHash: string
  /**
   * @format int64
   */
  readonly displayOrder: number
  readonly enabled: boolean
  /**
   * The owning execution environment, if this hook came from its requirements.
   */
  readonly environmentId?: string | null | undefined
  readonly eventName: HookEventName
  readonly handlerType: "agent"
  readonly isManaged: boolean
  readonly key: string
  readonly matcher?: string | null | undefined
  readonly pluginId?: string | null | undefined
  readonly source: HookSource
  readonly sourcePath: AbsolutePathBuf
  readonly statusMessage?: string | null | undefined
  /**
   * @format uint64
   */
  readonly timeoutSec: number
  readonly trustStatus: HookTrustStatus
}
export const AgentHookMetadata: Schema.Schema<AgentHookMetadata> = lazy("AgentHookMetadata", () => Schema.Struct({
  additionalContextLimit: Schema.optional(Schema.NullOr(Schema.Number)),
  currentHash: Schema.String,
  displayOrder: Schema.Number,
  enabled: Schema.Boolean,
  environmentId: Schema.optional(Schema.NullOr(Schema.String)),
  eventName: force(HookEventName),
  handlerType: Schema.Literal("agent"),
  isManaged: Schema.Boolean,
  key: Schema.String,
  matcher: Schema.optional(Schema.NullOr(Schema.String)),
  pluginId: Schema.optional(Schema.NullOr(Schema.String)),
  source: force(HookSource),
  sourcePath: force(AbsolutePathBuf),
  statusMessage: Schema.optional(Schema.NullOr(Schema.String)),
  timeoutSec: Schema.Number,
  trustStatus: force(HookTrustStatus)
}))

export type HookMetadata = ({
  /**
   * Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
   * @format uint
   */
  readonly additionalContextLimit?: number | null | undefined
  /**
   * @default false
   */
  readonly async?: boolean | undefined
  readonly command: string
  readonly currentHash: string
  /**
   * @format int64
   */
  readonly displayOrder: number
  readonly enabled: boolean
  /**
   * The owning execution environment, if this hook came from its requirements.
   */
  readonly environmentId?: string | null | undefined
  readonly eventName: HookEventName
  readonly handlerType: "command"
  readonly isManaged: boolean
  readonly key: string
  readonly matcher?: string | null | undefined
  readonly pluginId?: string | null | undefined
  readonly source: HookSource
  readonly sourcePath: AbsolutePathBuf
  readonly statusMessage?: string | null | undefined
  /**
   * @format uint64
   */
  readonly timeoutSec: number
  readonly trustStatus: HookTrustStatus
} | {
  /**
   * Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
   * @format uint
   */
  readonly additionalContextLimit?: number | null | undefined
  readonly currentHash: string
  /**
   * @format int64
   */
  readonly displayOrder: number
  readonly enabled: boolean
  /**
   * The owning execution environment, if this hook came from its requirements.
   */
  readonly environmentId?: string | null | undefined
  readonly eventName: HookEventName
  readonly handlerType: "mcpTool"
  readonly isManaged: boolean
  readonly key: string
  readonly matcher?: string | null | undefined
  readonly pluginId?: string | null | undefined
  readonly server: string
  readonly source: HookSource
  readonly sourcePath: AbsolutePathBuf
  readonly statusMessage?: string | null | undefined
  /**
   * @format uint64
   */
  readonly timeoutSec: number
  readonly tool: string
  readonly trustStatus: HookTrustStatus
} | PromptHookMetadata | AgentHookMetadata)
export const HookMetadata: Schema.Schema<HookMetadata> = lazy("HookMetadata", () => Schema.Union(
  Schema.Struct({
  additionalContextLimit: Schema.optional(Schema.NullOr(Schema.Number)),
  async: Schema.optional(Schema.Boolean),
  command: Schema.String,
  currentHash: Schema.String,
  displayOrder: Schema.Number,
  enabled: Schema.Boolean,
  environmentId: Schema.optional(Schema.NullOr(Schema.String)),
  eventName: force(HookEventName),
  handlerType: Schema.Literal("command"),
  isManaged: Schema.Boolean,
  key: Schema.String,
  matcher: Schema.optional(Schema.NullOr(Schema.String)),
  pluginId: Schema.optional(Schema.NullOr(Schema.String)),
  source: force(HookSource),
  sourcePath: force(AbsolutePathBuf),
  statusMessage: Schema.optional(Schema.NullOr(Schema.String)),
  timeoutSec: Schema.Number,
  trustStatus: force(HookTrustStatus)
}),
  Schema.Struct({
  additionalContextLimit: Schema.optional(Schema.NullOr(Schema.Number)),
  currentHash: Schema.String,
  displayOrder: Schema.Number,
  enabled: Schema.Boolean,
  environmentId: Schema.optional(Schema.NullOr(Schema.String)),
  eventName: force(HookEventName),
  handlerType: Schema.Literal("mcpTool"),
  isManaged: Schema.Boolean,
  key: Schema.String,
  matcher: Schema.optional(Schema.NullOr(Schema.String)),
  pluginId: Schema.optional(Schema.NullOr(Schema.String)),
  server: Schema.String,
  source: force(HookSource),
  sourcePath: force(AbsolutePathBuf),
  statusMessage: Schema.optional(Schema.NullOr(Schema.String)),
  timeoutSec: Schema.Number,
  tool: Schema.String,
  trustStatus: force(HookTrustStatus)
}),
  force(PromptHookMetadata),
  force(AgentHookMetadata)
))

export interface HookPromptFragment {
  readonly hookRunId: string
  readonly text: string
}
export const HookPromptFragment: Schema.Schema<HookPromptFragment> = lazy("HookPromptFragment", () => Schema.Struct({
  hookRunId: Schema.String,
  text: Schema.String
}))

export interface HookStartedNotification {
  readonly run: HookRunSummary
  readonly threadId: string
  readonly turnId?: string | null | undefined
}
export const HookStartedNotification: Schema.Schema<HookStartedNotification> = lazy("HookStartedNotification", () => Schema.Struct({
  run: force(HookRunSummary),
  threadId: Schema.String,
  turnId: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface HooksListEntry {
  readonly cwd: string
  readonly errors: ReadonlyArray<HookErrorInfo>
  readonly hooks: ReadonlyArray<HookMetadata>
  readonly warnings: ReadonlyArray<string>
}
export const HooksListEntry: Schema.Schema<HooksListEntry> = lazy("HooksListEntry", () => Schema.Struct({
  cwd: Schema.String,
  errors: Schema.Array(force(HookErrorInfo)),
  hooks: Schema.Array(force(HookMetadata)),
  warnings: Schema.Array(Schema.String)
}))

export interface HooksListResponse {
  readonly data: ReadonlyArray<HooksListEntry>
}
export const HooksListResponse: Schema.Schema<HooksListResponse> = lazy("HooksListResponse", () => Schema.Struct({
  data: Schema.Array(force(HooksListEntry))
}))

export interface UsageLimitExceededImageGenerationFailure {
  readonly limitId: string
  /**
   * @format int64
   */
  readonly resetsAt?: number | null | undefined
  readonly type: "usageLimitExceeded"
}
export const UsageLimitExceededImageGenerationFailure: Schema.Schema<UsageLimitExceededImageGenerationFailure> = lazy("UsageLimitExceededImageGenerationFailure", () => Schema.Struct({
  limitId: Schema.String,
  resetsAt: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("usageLimitExceeded")
}))

export type ImageGenerationFailure = UsageLimitExceededImageGenerationFailure
export const ImageGenerationFailure: Schema.Schema<ImageGenerationFailure> = lazy("ImageGenerationFailure", () => force(UsageLimitExceededImageGenerationFailure))

/**
 * A local image file successfully read for this exact image-generation request.
 */
export interface ImageGenerationInputImage {
  readonly path: AbsolutePathBuf
  /**
   * Lowercase SHA-256 of the file bytes read before image normalization.
   */
  readonly sha256: string
}
export const ImageGenerationInputImage: Schema.Schema<ImageGenerationInputImage> = lazy("ImageGenerationInputImage", () => Schema.Struct({
  path: force(AbsolutePathBuf),
  sha256: Schema.String
}))

export interface InitializeResponse {
  /**
   * Absolute path to the server's $CODEX_HOME directory.
   */
  readonly codexHome: AbsolutePathBuf
  /**
   * Platform family for the running app-server target, for example `"unix"` or `"windows"`.
   */
  readonly platformFamily: string
  /**
   * Operating system for the running app-server target, for example `"macos"`, `"linux"`, or `"windows"`.
   */
  readonly platformOs: string
  readonly userAgent: string
}
export const InitializeResponse: Schema.Schema<InitializeResponse> = lazy("InitializeResponse", () => Schema.Struct({
  codexHome: force(AbsolutePathBuf),
  platformFamily: Schema.String,
  platformOs: Schema.String,
  userAgent: Schema.String
}))

/**
 * Canonical user-input modality tags advertised by a model.
 */
export type InputModality = "text" | "image" | "audio"
export const InputModality: Schema.Schema<InputModality> = lazy("InputModality", () => Schema.Literal("text", "image", "audio"))

export interface MemoryCitationEntry {
  /**
   * @format uint32
   */
  readonly lineEnd: number
  /**
   * @format uint32
   */
  readonly lineStart: number
  readonly note: string
  readonly path: string
}
export const MemoryCitationEntry: Schema.Schema<MemoryCitationEntry> = lazy("MemoryCitationEntry", () => Schema.Struct({
  lineEnd: Schema.Number,
  lineStart: Schema.Number,
  note: Schema.String,
  path: Schema.String
}))

export interface MemoryCitation {
  readonly entries: ReadonlyArray<MemoryCitationEntry>
  readonly threadIds: ReadonlyArray<string>
}
export const MemoryCitation: Schema.Schema<MemoryCitation> = lazy("MemoryCitation", () => Schema.Struct({
  entries: Schema.Array(force(MemoryCitationEntry)),
  threadIds: Schema.Array(Schema.String)
}))

export type PatchApplyStatus = "inProgress" | "completed" | "failed" | "declined"
export const PatchApplyStatus: Schema.Schema<PatchApplyStatus> = lazy("PatchApplyStatus", () => Schema.Literal("inProgress", "completed", "failed", "declined"))

export interface McpToolCallAppContext {
  readonly actionName?: string | null | undefined
  readonly appName?: string | null | undefined
  readonly connectorId: string
  readonly linkId?: string | null | undefined
  readonly resourceUri?: string | null | undefined
}
export const McpToolCallAppContext: Schema.Schema<McpToolCallAppContext> = lazy("McpToolCallAppContext", () => Schema.Struct({
  actionName: Schema.optional(Schema.NullOr(Schema.String)),
  appName: Schema.optional(Schema.NullOr(Schema.String)),
  connectorId: Schema.String,
  linkId: Schema.optional(Schema.NullOr(Schema.String)),
  resourceUri: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface McpToolCallError {
  readonly message: string
}
export const McpToolCallError: Schema.Schema<McpToolCallError> = lazy("McpToolCallError", () => Schema.Struct({
  message: Schema.String
}))

export type McpAppDisplayMode = "inline" | "fullscreen"
export const McpAppDisplayMode: Schema.Schema<McpAppDisplayMode> = lazy("McpAppDisplayMode", () => Schema.Literal("inline", "fullscreen"))

/**
 * UI resource and display preference for model invocations, captured from the tool descriptor.
 */
export interface McpAppUi {
  readonly preferredModelDisplayMode: McpAppDisplayMode
  readonly resourceUri: string
}
export const McpAppUi: Schema.Schema<McpAppUi> = lazy("McpAppUi", () => Schema.Struct({
  preferredModelDisplayMode: force(McpAppDisplayMode),
  resourceUri: Schema.String
}))

export interface McpToolCallResult {
  readonly _meta?: unknown | undefined
  readonly content: ReadonlyArray<unknown>
  readonly structuredContent?: unknown | undefined
}
export const McpToolCallResult: Schema.Schema<McpToolCallResult> = lazy("McpToolCallResult", () => Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  content: Schema.Array(Schema.Unknown),
  structuredContent: Schema.optional(Schema.Unknown)
}))

export type McpToolCallStatus = "inProgress" | "completed" | "failed"
export const McpToolCallStatus: Schema.Schema<McpToolCallStatus> = lazy("McpToolCallStatus", () => Schema.Literal("inProgress", "completed", "failed"))

export type SubAgentActivityKind = "started" | "interacted" | "interrupted" | "completed"
export const SubAgentActivityKind: Schema.Schema<SubAgentActivityKind> = lazy("SubAgentActivityKind", () => Schema.Literal("started", "interacted", "interrupted", "completed"))

export interface SearchWebSearchAction {
  readonly queries?: ReadonlyArray<string> | null | undefined
  readonly query?: string | null | undefined
  readonly type: "search"
}
export const SearchWebSearchAction: Schema.Schema<SearchWebSearchAction> = lazy("SearchWebSearchAction", () => Schema.Struct({
  queries: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  query: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("search")
}))

export interface OpenPageWebSearchAction {
  readonly type: "openPage"
  readonly url?: string | null | undefined
}
export const OpenPageWebSearchAction: Schema.Schema<OpenPageWebSearchAction> = lazy("OpenPageWebSearchAction", () => Schema.Struct({
  type: Schema.Literal("openPage"),
  url: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface FindInPageWebSearchAction {
  readonly pattern?: string | null | undefined
  readonly type: "findInPage"
  readonly url?: string | null | undefined
}
export const FindInPageWebSearchAction: Schema.Schema<FindInPageWebSearchAction> = lazy("FindInPageWebSearchAction", () => Schema.Struct({
  pattern: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("findInPage"),
  url: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface OtherWebSearchAction {
  readonly type: "other"
}
export const OtherWebSearchAction: Schema.Schema<OtherWebSearchAction> = lazy("OtherWebSearchAction", () => Schema.Struct({
  type: Schema.Literal("other")
}))

export type WebSearchAction = (SearchWebSearchAction | OpenPageWebSearchAction | FindInPageWebSearchAction | OtherWebSearchAction)
export const WebSearchAction: Schema.Schema<WebSearchAction> = lazy("WebSearchAction", () => Schema.Union(
  force(SearchWebSearchAction),
  force(OpenPageWebSearchAction),
  force(FindInPageWebSearchAction),
  force(OtherWebSearchAction)
))

export interface UserMessageThreadItem {
  readonly clientId?: string | null | undefined
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  readonly content: ReadonlyArray<UserInput>
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly type: "userMessage"
}
export const UserMessageThreadItem: Schema.Schema<UserMessageThreadItem> = lazy("UserMessageThreadItem", () => Schema.Struct({
  clientId: Schema.optional(Schema.NullOr(Schema.String)),
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  content: Schema.Array(force(UserInput)),
  id: Schema.String,
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("userMessage")
}))

export interface HookPromptThreadItem {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  readonly fragments: ReadonlyArray<HookPromptFragment>
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly type: "hookPrompt"
}
export const HookPromptThreadItem: Schema.Schema<HookPromptThreadItem> = lazy("HookPromptThreadItem", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  fragments: Schema.Array(force(HookPromptFragment)),
  id: Schema.String,
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("hookPrompt")
}))

export interface AgentMessageThreadItem {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  /**
   * @default null
   */
  readonly delivery?: AgentMessageDelivery | null | undefined
  readonly id: string
  /**
   * @default null
   */
  readonly memoryCitation?: MemoryCitation | null | undefined
  /**
   * @default null
   */
  readonly moderation?: AgentMessageModeration | null | undefined
  /**
   * @default null
   */
  readonly phase?: MessagePhase | null | undefined
  /**
   * @default null
   */
  readonly questions?: ReadonlyArray<AsyncUserInputQuestion> | null | undefined
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly text: string
  readonly type: "agentMessage"
}
export const AgentMessageThreadItem: Schema.Schema<AgentMessageThreadItem> = lazy("AgentMessageThreadItem", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  delivery: Schema.optional(Schema.NullOr(force(AgentMessageDelivery))),
  id: Schema.String,
  memoryCitation: Schema.optional(Schema.NullOr(force(MemoryCitation))),
  moderation: Schema.optional(Schema.NullOr(force(AgentMessageModeration))),
  phase: Schema.optional(Schema.NullOr(force(MessagePhase))),
  questions: Schema.optional(Schema.NullOr(Schema.Array(force(AsyncUserInputQuestion)))),
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  text: Schema.String,
  type: Schema.Literal("agentMessage")
}))

export interface FunctionCallOutputThreadItem {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  readonly id: string
  readonly name: string
  readonly namespace?: string | null | undefined
  readonly output: FunctionCallOutputBody
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly type: "functionCallOutput"
}
export const FunctionCallOutputThreadItem: Schema.Schema<FunctionCallOutputThreadItem> = lazy("FunctionCallOutputThreadItem", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  name: Schema.String,
  namespace: Schema.optional(Schema.NullOr(Schema.String)),
  output: force(FunctionCallOutputBody),
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("functionCallOutput")
}))

/**
 * EXPERIMENTAL - proposed plan item content. The completed plan item is authoritative and may not match the concatenation of `PlanDelta` text.
 */
export interface PlanThreadItem {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly text: string
  readonly type: "plan"
}
export const PlanThreadItem: Schema.Schema<PlanThreadItem> = lazy("PlanThreadItem", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  text: Schema.String,
  type: Schema.Literal("plan")
}))

export interface ReasoningThreadItem {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  /**
   * @default []
   */
  readonly content?: ReadonlyArray<string> | undefined
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  /**
   * @default []
   */
  readonly summary?: ReadonlyArray<string> | undefined
  readonly type: "reasoning"
}
export const ReasoningThreadItem: Schema.Schema<ReasoningThreadItem> = lazy("ReasoningThreadItem", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  content: Schema.optional(Schema.Array(Schema.String)),
  id: Schema.String,
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  summary: Schema.optional(Schema.Array(Schema.String)),
  type: Schema.Literal("reasoning")
}))

export interface CommandExecutionThreadItem {
  /**
   * The command's output, aggregated from stdout and stderr.
   */
  readonly aggregatedOutput?: string | null | undefined
  /**
   * The command to be executed.
   */
  readonly command: string
  /**
   * A best-effort parsing of the command to understand the action(s) it will perform. This returns a list of CommandAction objects because a single shell command may be composed of many commands piped together.
   */
  readonly commandActions: ReadonlyArray<CommandAction>
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  /**
   * The command's working directory.
   */
  readonly cwd: LegacyAppPathString
  /**
   * The duration of the command execution in milliseconds.
   * @format int64
   */
  readonly durationMs?: number | null | undefined
  /**
   * The command's exit code.
   * @format int32
   */
  readonly exitCode?: number | null | undefined
  readonly id: string
  /**
   * Trusted first-party plugin id when this command resolves to one plugin script.
   * @default null
   */
  readonly pluginId?: string | null | undefined
  /**
   * Identifier for the underlying PTY process (when available).
   */
  readonly processId?: string | null | undefined
  /**
   * Safe plugin-relative path when this command resolves to one plugin script.
   * @default null
   */
  readonly scriptPath?: string | null | undefined
  /**
   * @default "agent"
   */
  readonly source?: CommandExecutionSource | undefined
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly status: CommandExecutionStatus
  readonly type: "commandExecution"
}
export const CommandExecutionThreadItem: Schema.Schema<CommandExecutionThreadItem> = lazy("CommandExecutionThreadItem", () => Schema.Struct({
  aggregatedOutput: Schema.optional(Schema.NullOr(Schema.String)),
  command: Schema.String,
  commandActions: Schema.Array(force(CommandAction)),
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  cwd: force(LegacyAppPathString),
  durationMs: Schema.optional(Schema.NullOr(Schema.Number)),
  exitCode: Schema.optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  pluginId: Schema.optional(Schema.NullOr(Schema.String)),
  processId: Schema.optional(Schema.NullOr(Schema.String)),
  scriptPath: Schema.optional(Schema.NullOr(Schema.String)),
  source: Schema.optional(force(CommandExecutionSource)),
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  status: force(CommandExecutionStatus),
  type: Schema.Literal("commandExecution")
}))

export interface FileChangeThreadItem {
  readonly changes: ReadonlyArray<FileUpdateChange>
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly status: PatchApplyStatus
  readonly type: "fileChange"
}
export const FileChangeThreadItem: Schema.Schema<FileChangeThreadItem> = lazy("FileChangeThreadItem", () => Schema.Struct({
  changes: Schema.Array(force(FileUpdateChange)),
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  status: force(PatchApplyStatus),
  type: Schema.Literal("fileChange")
}))

export interface McpToolCallThreadItem {
  readonly appContext?: McpToolCallAppContext | null | undefined
  readonly arguments: unknown
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  /**
   * The duration of the MCP tool call in milliseconds.
   * @format int64
   */
  readonly durationMs?: number | null | undefined
  readonly error?: McpToolCallError | null | undefined
  readonly id: string
  /**
   * Legacy compatibility field; prefer `mcpAppUi.resourceUri` when available.
   */
  readonly mcpAppResourceUri?: string | null | undefined
  /**
   * Presentation captured from the invoked descriptor; absent in older history.
   */
  readonly mcpAppUi?: McpAppUi | null | undefined
  readonly pluginId?: string | null | undefined
  readonly readOnlyHint?: boolean | null | undefined
  readonly result?: McpToolCallResult | null | undefined
  readonly server: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly status: McpToolCallStatus
  readonly tool: string
  readonly type: "mcpToolCall"
}
export const McpToolCallThreadItem: Schema.Schema<McpToolCallThreadItem> = lazy("McpToolCallThreadItem", () => Schema.Struct({
  appContext: Schema.optional(Schema.NullOr(force(McpToolCallAppContext))),
  arguments: Schema.Unknown,
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  durationMs: Schema.optional(Schema.NullOr(Schema.Number)),
  error: Schema.optional(Schema.NullOr(force(McpToolCallError))),
  id: Schema.String,
  mcpAppResourceUri: Schema.optional(Schema.NullOr(Schema.String)),
  mcpAppUi: Schema.optional(Schema.NullOr(force(McpAppUi))),
  pluginId: Schema.optional(Schema.NullOr(Schema.String)),
  readOnlyHint: Schema.optional(Schema.NullOr(Schema.Boolean)),
  result: Schema.optional(Schema.NullOr(force(McpToolCallResult))),
  server: Schema.String,
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  status: force(McpToolCallStatus),
  tool: Schema.String,
  type: Schema.Literal("mcpToolCall")
}))

export interface DynamicToolCallThreadItem {
  readonly arguments: unknown
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  readonly contentItems?: ReadonlyArray<DynamicToolCallOutputContentItem> | null | undefined
  /**
   * The duration of the dynamic tool call in milliseconds.
   * @format int64
   */
  readonly durationMs?: number | null | undefined
  readonly id: string
  readonly namespace?: string | null | undefined
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly status: DynamicToolCallStatus
  readonly success?: boolean | null | undefined
  readonly tool: string
  readonly type: "dynamicToolCall"
}
export const DynamicToolCallThreadItem: Schema.Schema<DynamicToolCallThreadItem> = lazy("DynamicToolCallThreadItem", () => Schema.Struct({
  arguments: Schema.Unknown,
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  contentItems: Schema.optional(Schema.NullOr(Schema.Array(force(DynamicToolCallOutputContentItem)))),
  durationMs: Schema.optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  namespace: Schema.optional(Schema.NullOr(Schema.String)),
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  status: force(DynamicToolCallStatus),
  success: Schema.optional(Schema.NullOr(Schema.Boolean)),
  tool: Schema.String,
  type: Schema.Literal("dynamicToolCall")
}))

export interface CollabAgentToolCallThreadItem {
  /**
   * Last known status of the target agents, when available.
   */
  readonly agentsStates: { readonly [key: string]: CollabAgentState }
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  /**
   * Unique identifier for this collab tool call.
   */
  readonly id: string
  /**
   * Model requested for the spawned agent, when applicable.
   */
  readonly model?: string | null | undefined
  /**
   * Prompt text sent as part of the collab tool call, when available.
   */
  readonly prompt?: string | null | undefined
  /**
   * Reasoning effort requested for the spawned agent, when applicable.
   */
  readonly reasoningEffort?: ReasoningEffort | null | undefined
  /**
   * Thread ID of the receiving agent, when applicable. In case of spawn operation, this corresponds to the newly spawned agent.
   */
  readonly receiverThreadIds: ReadonlyArray<string>
  /**
   * Thread ID of the agent issuing the collab request.
   */
  readonly senderThreadId: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  /**
   * Current status of the collab tool call.
   */
  readonly status: CollabAgentToolCallStatus
  /**
   * Name of the collab tool that was invoked.
   */
  readonly tool: CollabAgentTool
  readonly type: "collabAgentToolCall"
}
export const CollabAgentToolCallThreadItem: Schema.Schema<CollabAgentToolCallThreadItem> = lazy("CollabAgentToolCallThreadItem", () => Schema.Struct({
  agentsStates: Schema.Record({ key: Schema.String, value: force(CollabAgentState) }),
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  model: Schema.optional(Schema.NullOr(Schema.String)),
  prompt: Schema.optional(Schema.NullOr(Schema.String)),
  reasoningEffort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  receiverThreadIds: Schema.Array(Schema.String),
  senderThreadId: Schema.String,
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  status: force(CollabAgentToolCallStatus),
  tool: force(CollabAgentTool),
  type: Schema.Literal("collabAgentToolCall")
}))

export interface SubAgentActivityThreadItem {
  readonly agentPath: string
  readonly agentThreadId: string
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  readonly id: string
  readonly kind: SubAgentActivityKind
  /**
   * Resolved model at sub-agent creation; absent from older records and other activities.
   */
  readonly model?: string | null | undefined
  /**
   * Resolved reasoning effort at sub-agent creation, when known.
   */
  readonly reasoningEffort?: ReasoningEffort | null | undefined
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly type: "subAgentActivity"
}
export const SubAgentActivityThreadItem: Schema.Schema<SubAgentActivityThreadItem> = lazy("SubAgentActivityThreadItem", () => Schema.Struct({
  agentPath: Schema.String,
  agentThreadId: Schema.String,
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  kind: force(SubAgentActivityKind),
  model: Schema.optional(Schema.NullOr(Schema.String)),
  reasoningEffort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("subAgentActivity")
}))

export interface WebSearchThreadItem {
  readonly action?: WebSearchAction | null | undefined
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  readonly id: string
  readonly query: string
  /**
   * Structured search results returned out-of-band by standalone web search.
   *
   * These stay as opaque JSON at the extension/app-server boundary so new result fields and result types can pass through without a Codex release.
   * @default null
   */
  readonly results?: ReadonlyArray<unknown> | null | undefined
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly type: "webSearch"
}
export const WebSearchThreadItem: Schema.Schema<WebSearchThreadItem> = lazy("WebSearchThreadItem", () => Schema.Struct({
  action: Schema.optional(Schema.NullOr(force(WebSearchAction))),
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  query: Schema.String,
  results: Schema.optional(Schema.NullOr(Schema.Array(Schema.Unknown))),
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("webSearch")
}))

export interface ImageViewThreadItem {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  readonly id: string
  readonly path: LegacyAppPathString
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly type: "imageView"
}
export const ImageViewThreadItem: Schema.Schema<ImageViewThreadItem> = lazy("ImageViewThreadItem", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  path: force(LegacyAppPathString),
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("imageView")
}))

/**
 * Display item emitted by the interruptible `clock.sleep` tool.
 */
export interface SleepThreadItem {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  /**
   * @format uint64
   */
  readonly durationMs: number
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly type: "sleep"
}
export const SleepThreadItem: Schema.Schema<SleepThreadItem> = lazy("SleepThreadItem", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  durationMs: Schema.Number,
  id: Schema.String,
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("sleep")
}))

export interface FileIdThreadItem {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  /**
   * @default null
   */
  readonly failure?: ImageGenerationFailure | null | undefined
  readonly fileId: string
  /**
   * Image generation identifier for the generated image, when provided by the image backend.
   * @default null
   */
  readonly generationId?: string | null | undefined
  readonly id: string
  /**
   * Observed local inputs for a completed generation, absent on older items.
   */
  readonly inputImages?: ReadonlyArray<ImageGenerationInputImage> | undefined
  readonly revisedPrompt?: string | null | undefined
  readonly savedPath?: AbsolutePathBuf | null | undefined
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly status: string
  /**
   * @default null
   */
  readonly transparentBackground?: boolean | null | undefined
  readonly type: "imageGeneration"
}
export const FileIdThreadItem: Schema.Schema<FileIdThreadItem> = lazy("FileIdThreadItem", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  failure: Schema.optional(Schema.NullOr(force(ImageGenerationFailure))),
  fileId: Schema.String,
  generationId: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.String,
  inputImages: Schema.optional(Schema.Array(force(ImageGenerationInputImage))),
  revisedPrompt: Schema.optional(Schema.NullOr(Schema.String)),
  savedPath: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  status: Schema.String,
  transparentBackground: Schema.optional(Schema.NullOr(Schema.Boolean)),
  type: Schema.Literal("imageGeneration")
}))

export interface ResultThreadItem {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  /**
   * @default null
   */
  readonly failure?: ImageGenerationFailure | null | undefined
  /**
   * Image generation identifier for the generated image, when provided by the image backend.
   * @default null
   */
  readonly generationId?: string | null | undefined
  readonly id: string
  /**
   * Observed local inputs for a completed generation, absent on older items.
   */
  readonly inputImages?: ReadonlyArray<ImageGenerationInputImage> | undefined
  readonly result: string
  readonly revisedPrompt?: string | null | undefined
  readonly savedPath?: AbsolutePathBuf | null | undefined
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly status: string
  /**
   * @default null
   */
  readonly transparentBackground?: boolean | null | undefined
  readonly type: "imageGeneration"
}
export const ResultThreadItem: Schema.Schema<ResultThreadItem> = lazy("ResultThreadItem", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  failure: Schema.optional(Schema.NullOr(force(ImageGenerationFailure))),
  generationId: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.String,
  inputImages: Schema.optional(Schema.Array(force(ImageGenerationInputImage))),
  result: Schema.String,
  revisedPrompt: Schema.optional(Schema.NullOr(Schema.String)),
  savedPath: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  status: Schema.String,
  transparentBackground: Schema.optional(Schema.NullOr(Schema.Boolean)),
  type: Schema.Literal("imageGeneration")
}))

/**
 * Either inline generated-image data or its durable attachment-store identity.
 *
 * `File` must remain first so rollouts written during the migration, which contain both an empty `result` and a `fileId`, retain the file reference when deserialized.
 */
export type ImageGenerationThreadItem = (FileIdThreadItem | ResultThreadItem)
export const ImageGenerationThreadItem: Schema.Schema<ImageGenerationThreadItem> = lazy("ImageGenerationThreadItem", () => Schema.Union(
  force(FileIdThreadItem),
  force(ResultThreadItem)
))

export interface EnteredReviewModeThreadItem {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  readonly id: string
  readonly review: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly type: "enteredReviewMode"
}
export const EnteredReviewModeThreadItem: Schema.Schema<EnteredReviewModeThreadItem> = lazy("EnteredReviewModeThreadItem", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  review: Schema.String,
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("enteredReviewMode")
}))

export interface ExitedReviewModeThreadItem {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  readonly id: string
  readonly review: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly type: "exitedReviewMode"
}
export const ExitedReviewModeThreadItem: Schema.Schema<ExitedReviewModeThreadItem> = lazy("ExitedReviewModeThreadItem", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  review: Schema.String,
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("exitedReviewMode")
}))

export interface ContextCompactionThreadItem {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   * @format int64
   * @default null
   */
  readonly completedAtMs?: number | null | undefined
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   * @format int64
   * @default null
   */
  readonly startedAtMs?: number | null | undefined
  readonly type: "contextCompaction"
}
export const ContextCompactionThreadItem: Schema.Schema<ContextCompactionThreadItem> = lazy("ContextCompactionThreadItem", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("contextCompaction")
}))

/**
 * A thread item and its recorded lifecycle times. The payload stays flat on the wire.
 */
export type ThreadItem = (UserMessageThreadItem | HookPromptThreadItem | AgentMessageThreadItem | FunctionCallOutputThreadItem | PlanThreadItem | ReasoningThreadItem | CommandExecutionThreadItem | FileChangeThreadItem | McpToolCallThreadItem | DynamicToolCallThreadItem | CollabAgentToolCallThreadItem | SubAgentActivityThreadItem | WebSearchThreadItem | ImageViewThreadItem | SleepThreadItem | ImageGenerationThreadItem | EnteredReviewModeThreadItem | ExitedReviewModeThreadItem | ContextCompactionThreadItem)
export const ThreadItem: Schema.Schema<ThreadItem> = lazy("ThreadItem", () => Schema.Union(
  force(UserMessageThreadItem),
  force(HookPromptThreadItem),
  force(AgentMessageThreadItem),
  force(FunctionCallOutputThreadItem),
  force(PlanThreadItem),
  force(ReasoningThreadItem),
  force(CommandExecutionThreadItem),
  force(FileChangeThreadItem),
  force(McpToolCallThreadItem),
  force(DynamicToolCallThreadItem),
  force(CollabAgentToolCallThreadItem),
  force(SubAgentActivityThreadItem),
  force(WebSearchThreadItem),
  force(ImageViewThreadItem),
  force(SleepThreadItem),
  force(ImageGenerationThreadItem),
  force(EnteredReviewModeThreadItem),
  force(ExitedReviewModeThreadItem),
  force(ContextCompactionThreadItem)
))

export interface ItemCompletedNotification {
  /**
   * Unix timestamp (in milliseconds) when this item lifecycle completed.
   * @format int64
   */
  readonly completedAtMs: number
  /**
   * Native content tokens for the completed assistant message, including a sampled footer. Null when unavailable. Completion telemetry is not part of the stored thread item.
   * @format uint64
   * @default null
   */
  readonly contentTokenCount?: number | null | undefined
  readonly item: ThreadItem
  readonly threadId: string
  readonly turnId: string
}
export const ItemCompletedNotification: Schema.Schema<ItemCompletedNotification> = lazy("ItemCompletedNotification", () => Schema.Struct({
  completedAtMs: Schema.Number,
  contentTokenCount: Schema.optional(Schema.NullOr(Schema.Number)),
  item: force(ThreadItem),
  threadId: Schema.String,
  turnId: Schema.String
}))

/**
 * [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon.
 */
export interface ItemGuardianApprovalReviewCompletedNotification {
  readonly action: GuardianApprovalReviewAction
  /**
   * Unix timestamp (in milliseconds) when this review completed.
   * @format int64
   */
  readonly completedAtMs: number
  readonly decisionSource: AutoReviewDecisionSource
  readonly review: GuardianApprovalReview
  /**
   * Stable identifier for this review.
   */
  readonly reviewId: string
  /**
   * Unix timestamp (in milliseconds) when this review started.
   * @format int64
   */
  readonly startedAtMs: number
  /**
   * Identifier for the reviewed item or tool call when one exists.
   *
   * In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item
   *
   * A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.
   */
  readonly targetItemId?: string | null | undefined
  readonly threadId: string
  readonly turnId: string
}
export const ItemGuardianApprovalReviewCompletedNotification: Schema.Schema<ItemGuardianApprovalReviewCompletedNotification> = lazy("ItemGuardianApprovalReviewCompletedNotification", () => Schema.Struct({
  action: force(GuardianApprovalReviewAction),
  completedAtMs: Schema.Number,
  decisionSource: force(AutoReviewDecisionSource),
  review: force(GuardianApprovalReview),
  reviewId: Schema.String,
  startedAtMs: Schema.Number,
  targetItemId: Schema.optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String,
  turnId: Schema.String
}))

/**
 * [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon.
 */
export interface ItemGuardianApprovalReviewStartedNotification {
  readonly action: GuardianApprovalReviewAction
  readonly review: GuardianApprovalReview
  /**
   * Stable identifier for this review.
   */
  readonly reviewId: string
  /**
   * Unix timestamp (in milliseconds) when this review started.
   * @format int64
   */
  readonly startedAtMs: number
  /**
   * Identifier for the reviewed item or tool call when one exists.
   *
   * In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item
   *
   * A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.
   */
  readonly targetItemId?: string | null | undefined
  readonly threadId: string
  readonly turnId: string
}
export const ItemGuardianApprovalReviewStartedNotification: Schema.Schema<ItemGuardianApprovalReviewStartedNotification> = lazy("ItemGuardianApprovalReviewStartedNotification", () => Schema.Struct({
  action: force(GuardianApprovalReviewAction),
  review: force(GuardianApprovalReview),
  reviewId: Schema.String,
  startedAtMs: Schema.Number,
  targetItemId: Schema.optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface ItemStartedNotification {
  readonly item: ThreadItem
  /**
   * Unix timestamp (in milliseconds) when this item lifecycle started.
   * @format int64
   */
  readonly startedAtMs: number
  readonly threadId: string
  readonly turnId: string
}
export const ItemStartedNotification: Schema.Schema<ItemStartedNotification> = lazy("ItemStartedNotification", () => Schema.Struct({
  item: force(ThreadItem),
  startedAtMs: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface JSONRPCErrorError {
  /**
   * @format int64
   */
  readonly code: number
  readonly data?: unknown | undefined
  readonly message: string
}
export const JSONRPCErrorError: Schema.Schema<JSONRPCErrorError> = lazy("JSONRPCErrorError", () => Schema.Struct({
  code: Schema.Number,
  data: Schema.optional(Schema.Unknown),
  message: Schema.String
}))

/**
 * A response to a request that indicates an error occurred.
 */
export interface JSONRPCError {
  readonly error: JSONRPCErrorError
  readonly id: RequestId
}
export const JSONRPCError: Schema.Schema<JSONRPCError> = lazy("JSONRPCError", () => Schema.Struct({
  error: force(JSONRPCErrorError),
  id: force(RequestId)
}))

export interface W3cTraceContext {
  readonly traceparent?: string | null | undefined
  readonly tracestate?: string | null | undefined
}
export const W3cTraceContext: Schema.Schema<W3cTraceContext> = lazy("W3cTraceContext", () => Schema.Struct({
  traceparent: Schema.optional(Schema.NullOr(Schema.String)),
  tracestate: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * A request that expects a response.
 */
export interface JSONRPCRequest {
  readonly id: RequestId
  readonly method: string
  readonly params?: unknown | undefined
  /**
   * Optional W3C Trace Context for distributed tracing.
   */
  readonly trace?: W3cTraceContext | null | undefined
}
export const JSONRPCRequest: Schema.Schema<JSONRPCRequest> = lazy("JSONRPCRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.String,
  params: Schema.optional(Schema.Unknown),
  trace: Schema.optional(Schema.NullOr(force(W3cTraceContext)))
}))

/**
 * A notification which does not expect a response.
 */
export interface JSONRPCNotification {
  readonly method: string
  readonly params?: unknown | undefined
}
export const JSONRPCNotification: Schema.Schema<JSONRPCNotification> = lazy("JSONRPCNotification", () => Schema.Struct({
  method: Schema.String,
  params: Schema.optional(Schema.Unknown)
}))

/**
 * A successful (non-error) response to a request.
 */
export interface JSONRPCResponse {
  readonly id: RequestId
  readonly result: unknown
}
export const JSONRPCResponse: Schema.Schema<JSONRPCResponse> = lazy("JSONRPCResponse", () => Schema.Struct({
  id: force(RequestId),
  result: Schema.Unknown
}))

/**
 * Refers to any valid JSON-RPC object that can be decoded off the wire, or encoded to be sent.
 */
export type JSONRPCMessage = (JSONRPCRequest | JSONRPCNotification | JSONRPCResponse | JSONRPCError)
export const JSONRPCMessage: Schema.Schema<JSONRPCMessage> = lazy("JSONRPCMessage", () => Schema.Union(
  force(JSONRPCRequest),
  force(JSONRPCNotification),
  force(JSONRPCResponse),
  force(JSONRPCError)
))

export type McpAuthStatus = "unknown" | "unsupported" | "notLoggedIn" | "bearerToken" | "oAuth"
export const McpAuthStatus: Schema.Schema<McpAuthStatus> = lazy("McpAuthStatus", () => Schema.Literal("unknown", "unsupported", "notLoggedIn", "bearerToken", "oAuth"))

/**
 * A template description for resources available on the server.
 */
export interface ResourceTemplate {
  readonly annotations?: unknown | undefined
  readonly description?: string | null | undefined
  readonly mimeType?: string | null | undefined
  readonly name: string
  readonly title?: string | null | undefined
  readonly uriTemplate: string
}
export const ResourceTemplate: Schema.Schema<ResourceTemplate> = lazy("ResourceTemplate", () => Schema.Struct({
  annotations: Schema.optional(Schema.Unknown),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  mimeType: Schema.optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  title: Schema.optional(Schema.NullOr(Schema.String)),
  uriTemplate: Schema.String
}))

/**
 * A known resource that the server is capable of reading.
 */
export interface Resource {
  readonly _meta?: unknown | undefined
  readonly annotations?: unknown | undefined
  readonly description?: string | null | undefined
  readonly icons?: ReadonlyArray<unknown> | null | undefined
  readonly mimeType?: string | null | undefined
  readonly name: string
  /**
   * @format int64
   */
  readonly size?: number | null | undefined
  readonly title?: string | null | undefined
  readonly uri: string
}
export const Resource: Schema.Schema<Resource> = lazy("Resource", () => Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  annotations: Schema.optional(Schema.Unknown),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  icons: Schema.optional(Schema.NullOr(Schema.Array(Schema.Unknown))),
  mimeType: Schema.optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  size: Schema.optional(Schema.NullOr(Schema.Number)),
  title: Schema.optional(Schema.NullOr(Schema.String)),
  uri: Schema.String
}))

export type McpServerConnectionStatus = "notStarted" | "starting" | "connected" | "authenticationRequired" | "failed" | "cancelled" | "disabled"
export const McpServerConnectionStatus: Schema.Schema<McpServerConnectionStatus> = lazy("McpServerConnectionStatus", () => Schema.Literal("notStarted", "starting", "connected", "authenticationRequired", "failed", "cancelled", "disabled"))

/**
 * Presentation metadata advertised by an initialized MCP server.
 */
export interface McpServerInfo {
  readonly description?: string | null | undefined
  readonly icons?: ReadonlyArray<unknown> | null | undefined
  readonly name: string
  readonly title?: string | null | undefined
  readonly version: string
  readonly websiteUrl?: string | null | undefined
}
export const McpServerInfo: Schema.Schema<McpServerInfo> = lazy("McpServerInfo", () => Schema.Struct({
  description: Schema.optional(Schema.NullOr(Schema.String)),
  icons: Schema.optional(Schema.NullOr(Schema.Array(Schema.Unknown))),
  name: Schema.String,
  title: Schema.optional(Schema.NullOr(Schema.String)),
  version: Schema.String,
  websiteUrl: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * Definition for a tool the client can call.
 */
export interface Tool {
  readonly _meta?: unknown | undefined
  readonly annotations?: unknown | undefined
  readonly description?: string | null | undefined
  readonly icons?: ReadonlyArray<unknown> | null | undefined
  readonly inputSchema: unknown
  readonly name: string
  readonly outputSchema?: unknown | undefined
  readonly title?: string | null | undefined
}
export const Tool: Schema.Schema<Tool> = lazy("Tool", () => Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  annotations: Schema.optional(Schema.Unknown),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  icons: Schema.optional(Schema.NullOr(Schema.Array(Schema.Unknown))),
  inputSchema: Schema.Unknown,
  name: Schema.String,
  outputSchema: Schema.optional(Schema.Unknown),
  title: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface McpServerStatus {
  readonly authStatus: McpAuthStatus
  /**
   * HTTP origin of the effective configured endpoint, including plugin servers. Excludes credentials, path, query, and fragment; null for non-HTTP transports.
   */
  readonly httpOrigin?: string | null | undefined
  readonly name: string
  readonly pluginId?: string | null | undefined
  readonly resourceTemplates: ReadonlyArray<ResourceTemplate>
  readonly resources: ReadonlyArray<Resource>
  /**
   * Current thread-runtime connection state; null when unavailable or the configuration changed.
   */
  readonly runtimeStatus?: McpServerConnectionStatus | null | undefined
  /**
   * Capabilities advertised by the initialized MCP server; null when unavailable.
   */
  readonly serverCapabilities?: unknown | undefined
  readonly serverInfo?: McpServerInfo | null | undefined
  /**
   * Opaque `_meta` from the first page of the corresponding MCP tool catalog. Null when unavailable.
   */
  readonly toolListMeta?: unknown | undefined
  readonly tools: { readonly [key: string]: Tool }
  /**
   * Tool discovery failed and no catalog was returned. Null when a catalog is returned, including cached or empty catalogs.
   */
  readonly toolsError?: string | null | undefined
}
export const McpServerStatus: Schema.Schema<McpServerStatus> = lazy("McpServerStatus", () => Schema.Struct({
  authStatus: force(McpAuthStatus),
  httpOrigin: Schema.optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  pluginId: Schema.optional(Schema.NullOr(Schema.String)),
  resourceTemplates: Schema.Array(force(ResourceTemplate)),
  resources: Schema.Array(force(Resource)),
  runtimeStatus: Schema.optional(Schema.NullOr(force(McpServerConnectionStatus))),
  serverCapabilities: Schema.optional(Schema.Unknown),
  serverInfo: Schema.optional(Schema.NullOr(force(McpServerInfo))),
  toolListMeta: Schema.optional(Schema.Unknown),
  tools: Schema.Record({ key: Schema.String, value: force(Tool) }),
  toolsError: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ListMcpServerStatusResponse {
  readonly data: ReadonlyArray<McpServerStatus>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  readonly nextCursor?: string | null | undefined
}
export const ListMcpServerStatusResponse: Schema.Schema<ListMcpServerStatusResponse> = lazy("ListMcpServerStatusResponse", () => Schema.Struct({
  data: Schema.Array(force(McpServerStatus)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ApiKeyv2LoginAccountResponse {
  readonly type: "apiKey"
}
export const ApiKeyv2LoginAccountResponse: Schema.Schema<ApiKeyv2LoginAccountResponse> = lazy("ApiKeyv2LoginAccountResponse", () => Schema.Struct({
  type: Schema.Literal("apiKey")
}))

export interface Chatgptv2LoginAccountResponse {
  /**
   * URL the client should open in a browser to initiate the OAuth flow.
   */
  readonly authUrl: string
  readonly loginId: string
  readonly type: "chatgpt"
}
export const Chatgptv2LoginAccountResponse: Schema.Schema<Chatgptv2LoginAccountResponse> = lazy("Chatgptv2LoginAccountResponse", () => Schema.Struct({
  authUrl: Schema.String,
  loginId: Schema.String,
  type: Schema.Literal("chatgpt")
}))

export interface ChatgptDeviceCodev2LoginAccountResponse {
  readonly loginId: string
  readonly type: "chatgptDeviceCode"
  /**
   * One-time code the user must enter after signing in.
   */
  readonly userCode: string
  /**
   * URL the client should open in a browser to complete device code authorization.
   */
  readonly verificationUrl: string
}
export const ChatgptDeviceCodev2LoginAccountResponse: Schema.Schema<ChatgptDeviceCodev2LoginAccountResponse> = lazy("ChatgptDeviceCodev2LoginAccountResponse", () => Schema.Struct({
  loginId: Schema.String,
  type: Schema.Literal("chatgptDeviceCode"),
  userCode: Schema.String,
  verificationUrl: Schema.String
}))

export interface ChatgptAuthTokensv2LoginAccountResponse {
  readonly type: "chatgptAuthTokens"
}
export const ChatgptAuthTokensv2LoginAccountResponse: Schema.Schema<ChatgptAuthTokensv2LoginAccountResponse> = lazy("ChatgptAuthTokensv2LoginAccountResponse", () => Schema.Struct({
  type: Schema.Literal("chatgptAuthTokens")
}))

export interface AmazonBedrockv2LoginAccountResponse {
  readonly type: "amazonBedrock"
}
export const AmazonBedrockv2LoginAccountResponse: Schema.Schema<AmazonBedrockv2LoginAccountResponse> = lazy("AmazonBedrockv2LoginAccountResponse", () => Schema.Struct({
  type: Schema.Literal("amazonBedrock")
}))

export type LoginAccountResponse = (ApiKeyv2LoginAccountResponse | Chatgptv2LoginAccountResponse | ChatgptDeviceCodev2LoginAccountResponse | ChatgptAuthTokensv2LoginAccountResponse | AmazonBedrockv2LoginAccountResponse)
export const LoginAccountResponse: Schema.Schema<LoginAccountResponse> = lazy("LoginAccountResponse", () => Schema.Union(
  force(ApiKeyv2LoginAccountResponse),
  force(Chatgptv2LoginAccountResponse),
  force(ChatgptDeviceCodev2LoginAccountResponse),
  force(ChatgptAuthTokensv2LoginAccountResponse),
  force(AmazonBedrockv2LoginAccountResponse)
))

export type LogoutAccountResponse = { readonly [key: string]: unknown }
export const LogoutAccountResponse: Schema.Schema<LogoutAccountResponse> = lazy("LogoutAccountResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface MarketplaceAddResponse {
  readonly alreadyAdded: boolean
  readonly installedRoot: AbsolutePathBuf
  readonly marketplaceName: string
}
export const MarketplaceAddResponse: Schema.Schema<MarketplaceAddResponse> = lazy("MarketplaceAddResponse", () => Schema.Struct({
  alreadyAdded: Schema.Boolean,
  installedRoot: force(AbsolutePathBuf),
  marketplaceName: Schema.String
}))

export interface MarketplaceInterface {
  readonly displayName?: string | null | undefined
}
export const MarketplaceInterface: Schema.Schema<MarketplaceInterface> = lazy("MarketplaceInterface", () => Schema.Struct({
  displayName: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface MarketplaceLoadErrorInfo {
  readonly marketplacePath: AbsolutePathBuf
  readonly message: string
}
export const MarketplaceLoadErrorInfo: Schema.Schema<MarketplaceLoadErrorInfo> = lazy("MarketplaceLoadErrorInfo", () => Schema.Struct({
  marketplacePath: force(AbsolutePathBuf),
  message: Schema.String
}))

export interface MarketplaceRemoveResponse {
  readonly installedRoot?: AbsolutePathBuf | null | undefined
  readonly marketplaceName: string
}
export const MarketplaceRemoveResponse: Schema.Schema<MarketplaceRemoveResponse> = lazy("MarketplaceRemoveResponse", () => Schema.Struct({
  installedRoot: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  marketplaceName: Schema.String
}))

export interface MarketplaceUpgradeErrorInfo {
  readonly marketplaceName: string
  readonly message: string
}
export const MarketplaceUpgradeErrorInfo: Schema.Schema<MarketplaceUpgradeErrorInfo> = lazy("MarketplaceUpgradeErrorInfo", () => Schema.Struct({
  marketplaceName: Schema.String,
  message: Schema.String
}))

export interface MarketplaceUpgradeResponse {
  readonly errors: ReadonlyArray<MarketplaceUpgradeErrorInfo>
  readonly selectedMarketplaces: ReadonlyArray<string>
  readonly upgradedRoots: ReadonlyArray<AbsolutePathBuf>
}
export const MarketplaceUpgradeResponse: Schema.Schema<MarketplaceUpgradeResponse> = lazy("MarketplaceUpgradeResponse", () => Schema.Struct({
  errors: Schema.Array(force(MarketplaceUpgradeErrorInfo)),
  selectedMarketplaces: Schema.Array(Schema.String),
  upgradedRoots: Schema.Array(force(AbsolutePathBuf))
}))

export type McpElicitationArrayType = "array"
export const McpElicitationArrayType: Schema.Schema<McpElicitationArrayType> = lazy("McpElicitationArrayType", () => Schema.Literal("array"))

export type McpElicitationBooleanType = "boolean"
export const McpElicitationBooleanType: Schema.Schema<McpElicitationBooleanType> = lazy("McpElicitationBooleanType", () => Schema.Literal("boolean"))

export interface McpElicitationBooleanSchema {
  readonly default?: boolean | null | undefined
  readonly description?: string | null | undefined
  readonly title?: string | null | undefined
  readonly type: McpElicitationBooleanType
}
export const McpElicitationBooleanSchema: Schema.Schema<McpElicitationBooleanSchema> = lazy("McpElicitationBooleanSchema", () => Schema.Struct({
  default: Schema.optional(Schema.NullOr(Schema.Boolean)),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  title: Schema.optional(Schema.NullOr(Schema.String)),
  type: force(McpElicitationBooleanType)
}))

export interface McpElicitationConstOption {
  readonly const: string
  readonly title: string
}
export const McpElicitationConstOption: Schema.Schema<McpElicitationConstOption> = lazy("McpElicitationConstOption", () => Schema.Struct({
  const: Schema.String,
  title: Schema.String
}))

export type McpElicitationStringType = "string"
export const McpElicitationStringType: Schema.Schema<McpElicitationStringType> = lazy("McpElicitationStringType", () => Schema.Literal("string"))

export interface McpElicitationUntitledSingleSelectEnumSchema {
  readonly default?: string | null | undefined
  readonly description?: string | null | undefined
  readonly enum: ReadonlyArray<string>
  readonly title?: string | null | undefined
  readonly type: McpElicitationStringType
}
export const McpElicitationUntitledSingleSelectEnumSchema: Schema.Schema<McpElicitationUntitledSingleSelectEnumSchema> = lazy("McpElicitationUntitledSingleSelectEnumSchema", () => Schema.Struct({
  default: Schema.optional(Schema.NullOr(Schema.String)),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  enum: Schema.Array(Schema.String),
  title: Schema.optional(Schema.NullOr(Schema.String)),
  type: force(McpElicitationStringType)
}))

export interface McpElicitationTitledSingleSelectEnumSchema {
  readonly default?: string | null | undefined
  readonly description?: string | null | undefined
  readonly oneOf: ReadonlyArray<McpElicitationConstOption>
  readonly title?: string | null | undefined
  readonly type: McpElicitationStringType
}
export const McpElicitationTitledSingleSelectEnumSchema: Schema.Schema<McpElicitationTitledSingleSelectEnumSchema> = lazy("McpElicitationTitledSingleSelectEnumSchema", () => Schema.Struct({
  default: Schema.optional(Schema.NullOr(Schema.String)),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  oneOf: Schema.Array(force(McpElicitationConstOption)),
  title: Schema.optional(Schema.NullOr(Schema.String)),
  type: force(McpElicitationStringType)
}))

export type McpElicitationSingleSelectEnumSchema = (McpElicitationUntitledSingleSelectEnumSchema | McpElicitationTitledSingleSelectEnumSchema)
export const McpElicitationSingleSelectEnumSchema: Schema.Schema<McpElicitationSingleSelectEnumSchema> = lazy("McpElicitationSingleSelectEnumSchema", () => Schema.Union(
  force(McpElicitationUntitledSingleSelectEnumSchema),
  force(McpElicitationTitledSingleSelectEnumSchema)
))

export interface McpElicitationUntitledEnumItems {
  readonly enum: ReadonlyArray<string>
  readonly type: McpElicitationStringType
}
export const McpElicitationUntitledEnumItems: Schema.Schema<McpElicitationUntitledEnumItems> = lazy("McpElicitationUntitledEnumItems", () => Schema.Struct({
  enum: Schema.Array(Schema.String),
  type: force(McpElicitationStringType)
}))

export interface McpElicitationUntitledMultiSelectEnumSchema {
  readonly default?: ReadonlyArray<string> | null | undefined
  readonly description?: string | null | undefined
  readonly items: McpElicitationUntitledEnumItems
  /**
   * @format uint64
   */
  readonly maxItems?: number | null | undefined
  /**
   * @format uint64
   */
  readonly minItems?: number | null | undefined
  readonly title?: string | null | undefined
  readonly type: McpElicitationArrayType
}
export const McpElicitationUntitledMultiSelectEnumSchema: Schema.Schema<McpElicitationUntitledMultiSelectEnumSchema> = lazy("McpElicitationUntitledMultiSelectEnumSchema", () => Schema.Struct({
  default: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  items: force(McpElicitationUntitledEnumItems),
  maxItems: Schema.optional(Schema.NullOr(Schema.Number)),
  minItems: Schema.optional(Schema.NullOr(Schema.Number)),
  title: Schema.optional(Schema.NullOr(Schema.String)),
  type: force(McpElicitationArrayType)
}))

export interface McpElicitationTitledEnumItems {
  readonly anyOf: ReadonlyArray<McpElicitationConstOption>
}
export const McpElicitationTitledEnumItems: Schema.Schema<McpElicitationTitledEnumItems> = lazy("McpElicitationTitledEnumItems", () => Schema.Struct({
  anyOf: Schema.Array(force(McpElicitationConstOption))
}))

export interface McpElicitationTitledMultiSelectEnumSchema {
  readonly default?: ReadonlyArray<string> | null | undefined
  readonly description?: string | null | undefined
  readonly items: McpElicitationTitledEnumItems
  /**
   * @format uint64
   */
  readonly maxItems?: number | null | undefined
  /**
   * @format uint64
   */
  readonly minItems?: number | null | undefined
  readonly title?: string | null | undefined
  readonly type: McpElicitationArrayType
}
export const McpElicitationTitledMultiSelectEnumSchema: Schema.Schema<McpElicitationTitledMultiSelectEnumSchema> = lazy("McpElicitationTitledMultiSelectEnumSchema", () => Schema.Struct({
  default: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  items: force(McpElicitationTitledEnumItems),
  maxItems: Schema.optional(Schema.NullOr(Schema.Number)),
  minItems: Schema.optional(Schema.NullOr(Schema.Number)),
  title: Schema.optional(Schema.NullOr(Schema.String)),
  type: force(McpElicitationArrayType)
}))

export type McpElicitationMultiSelectEnumSchema = (McpElicitationUntitledMultiSelectEnumSchema | McpElicitationTitledMultiSelectEnumSchema)
export const McpElicitationMultiSelectEnumSchema: Schema.Schema<McpElicitationMultiSelectEnumSchema> = lazy("McpElicitationMultiSelectEnumSchema", () => Schema.Union(
  force(McpElicitationUntitledMultiSelectEnumSchema),
  force(McpElicitationTitledMultiSelectEnumSchema)
))

export interface McpElicitationLegacyTitledEnumSchema {
  readonly default?: string | null | undefined
  readonly description?: string | null | undefined
  readonly enum: ReadonlyArray<string>
  readonly enumNames?: ReadonlyArray<string> | null | undefined
  readonly title?: string | null | undefined
  readonly type: McpElicitationStringType
}
export const McpElicitationLegacyTitledEnumSchema: Schema.Schema<McpElicitationLegacyTitledEnumSchema> = lazy("McpElicitationLegacyTitledEnumSchema", () => Schema.Struct({
  default: Schema.optional(Schema.NullOr(Schema.String)),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  enum: Schema.Array(Schema.String),
  enumNames: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  title: Schema.optional(Schema.NullOr(Schema.String)),
  type: force(McpElicitationStringType)
}))

export type McpElicitationEnumSchema = (McpElicitationSingleSelectEnumSchema | McpElicitationMultiSelectEnumSchema | McpElicitationLegacyTitledEnumSchema)
export const McpElicitationEnumSchema: Schema.Schema<McpElicitationEnumSchema> = lazy("McpElicitationEnumSchema", () => Schema.Union(
  force(McpElicitationSingleSelectEnumSchema),
  force(McpElicitationMultiSelectEnumSchema),
  force(McpElicitationLegacyTitledEnumSchema)
))

export type McpElicitationNumberType = "number" | "integer"
export const McpElicitationNumberType: Schema.Schema<McpElicitationNumberType> = lazy("McpElicitationNumberType", () => Schema.Literal("number", "integer"))

export interface McpElicitationNumberSchema {
  /**
   * @format double
   */
  readonly default?: number | null | undefined
  readonly description?: string | null | undefined
  /**
   * @format double
   */
  readonly maximum?: number | null | undefined
  /**
   * @format double
   */
  readonly minimum?: number | null | undefined
  readonly title?: string | null | undefined
  readonly type: McpElicitationNumberType
}
export const McpElicitationNumberSchema: Schema.Schema<McpElicitationNumberSchema> = lazy("McpElicitationNumberSchema", () => Schema.Struct({
  default: Schema.optional(Schema.NullOr(Schema.Number)),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  maximum: Schema.optional(Schema.NullOr(Schema.Number)),
  minimum: Schema.optional(Schema.NullOr(Schema.Number)),
  title: Schema.optional(Schema.NullOr(Schema.String)),
  type: force(McpElicitationNumberType)
}))

export type McpElicitationObjectType = "object"
export const McpElicitationObjectType: Schema.Schema<McpElicitationObjectType> = lazy("McpElicitationObjectType", () => Schema.Literal("object"))

export type McpElicitationStringFormat = "email" | "uri" | "date" | "date-time"
export const McpElicitationStringFormat: Schema.Schema<McpElicitationStringFormat> = lazy("McpElicitationStringFormat", () => Schema.Literal("email", "uri", "date", "date-time"))

export interface McpElicitationStringSchema {
  readonly default?: string | null | undefined
  readonly description?: string | null | undefined
  readonly format?: McpElicitationStringFormat | null | undefined
  /**
   * @format uint32
   */
  readonly maxLength?: number | null | undefined
  /**
   * @format uint32
   */
  readonly minLength?: number | null | undefined
  readonly title?: string | null | undefined
  readonly type: McpElicitationStringType
}
export const McpElicitationStringSchema: Schema.Schema<McpElicitationStringSchema> = lazy("McpElicitationStringSchema", () => Schema.Struct({
  default: Schema.optional(Schema.NullOr(Schema.String)),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  format: Schema.optional(Schema.NullOr(force(McpElicitationStringFormat))),
  maxLength: Schema.optional(Schema.NullOr(Schema.Number)),
  minLength: Schema.optional(Schema.NullOr(Schema.Number)),
  title: Schema.optional(Schema.NullOr(Schema.String)),
  type: force(McpElicitationStringType)
}))

export type McpElicitationPrimitiveSchema = (McpElicitationEnumSchema | McpElicitationStringSchema | McpElicitationNumberSchema | McpElicitationBooleanSchema)
export const McpElicitationPrimitiveSchema: Schema.Schema<McpElicitationPrimitiveSchema> = lazy("McpElicitationPrimitiveSchema", () => Schema.Union(
  force(McpElicitationEnumSchema),
  force(McpElicitationStringSchema),
  force(McpElicitationNumberSchema),
  force(McpElicitationBooleanSchema)
))

/**
 * Typed form schema for MCP `elicitation/create` requests.
 *
 * This matches the `requestedSchema` shape from the MCP 2025-11-25 `ElicitRequestFormParams` schema.
 */
export interface McpElicitationSchema {
  readonly $schema?: string | null | undefined
  readonly properties: { readonly [key: string]: McpElicitationPrimitiveSchema }
  readonly required?: ReadonlyArray<string> | null | undefined
  readonly type: McpElicitationObjectType
}
export const McpElicitationSchema: Schema.Schema<McpElicitationSchema> = lazy("McpElicitationSchema", () => Schema.Struct({
  $schema: Schema.optional(Schema.NullOr(Schema.String)),
  properties: Schema.Record({ key: Schema.String, value: force(McpElicitationPrimitiveSchema) }),
  required: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  type: force(McpElicitationObjectType)
}))

/**
 * Contents returned when reading a resource from an MCP server.
 */
export type ResourceContent = ({
  readonly _meta?: unknown | undefined
  readonly mimeType?: string | null | undefined
  readonly text: string
  /**
   * The URI of this resource.
   */
  readonly uri: string
} | {
  readonly _meta?: unknown | undefined
  readonly blob: string
  readonly mimeType?: string | null | undefined
  /**
   * The URI of this resource.
   */
  readonly uri: string
})
export const ResourceContent: Schema.Schema<ResourceContent> = lazy("ResourceContent", () => Schema.Union(
  Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  mimeType: Schema.optional(Schema.NullOr(Schema.String)),
  text: Schema.String,
  uri: Schema.String
}),
  Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  blob: Schema.String,
  mimeType: Schema.optional(Schema.NullOr(Schema.String)),
  uri: Schema.String
})
))

export interface McpResourceReadResponse {
  readonly contents: ReadonlyArray<ResourceContent>
  /**
   * Originating call when the server applied app-specific resource scoping.
   */
  readonly originCallId?: string | null | undefined
}
export const McpResourceReadResponse: Schema.Schema<McpResourceReadResponse> = lazy("McpResourceReadResponse", () => Schema.Struct({
  contents: Schema.Array(force(ResourceContent)),
  originCallId: Schema.optional(Schema.NullOr(Schema.String))
}))

export type McpServerElicitationAction = "accept" | "decline" | "cancel"
export const McpServerElicitationAction: Schema.Schema<McpServerElicitationAction> = lazy("McpServerElicitationAction", () => Schema.Literal("accept", "decline", "cancel"))

export type McpServerElicitationRequestParams = ({
  readonly _meta?: unknown | undefined
  readonly challenge: string
  readonly description: string
  readonly mode: "openai/userVerification"
  readonly serverName: string
  readonly threadId: string
  readonly title: string
  /**
   * Active Codex turn when this elicitation was observed, if app-server could correlate one.
   *
   * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
   */
  readonly turnId?: string | null | undefined
} | {
  readonly _meta?: unknown | undefined
  readonly message: string
  readonly mode: "form"
  readonly requestedSchema: McpElicitationSchema
  readonly serverName: string
  readonly threadId: string
  /**
   * Active Codex turn when this elicitation was observed, if app-server could correlate one.
   *
   * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
   */
  readonly turnId?: string | null | undefined
} | {
  readonly _meta?: unknown | undefined
  readonly message: string
  readonly mode: "openai/form"
  readonly requestedSchema: unknown
  readonly serverName: string
  readonly threadId: string
  /**
   * Active Codex turn when this elicitation was observed, if app-server could correlate one.
   *
   * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
   */
  readonly turnId?: string | null | undefined
} | {
  readonly _meta?: unknown | undefined
  readonly message: string
  readonly mode: "openaiForm"
  readonly requestedSchema: unknown
  readonly serverName: string
  readonly threadId: string
  /**
   * Active Codex turn when this elicitation was observed, if app-server could correlate one.
   *
   * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
   */
  readonly turnId?: string | null | undefined
} | {
  readonly _meta?: unknown | undefined
  readonly elicitationId: string
  readonly message: string
  readonly mode: "url"
  readonly serverName: string
  readonly threadId: string
  /**
   * Active Codex turn when this elicitation was observed, if app-server could correlate one.
   *
   * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
   */
  readonly turnId?: string | null | undefined
  readonly url: string
})
export const McpServerElicitationRequestParams: Schema.Schema<McpServerElicitationRequestParams> = lazy("McpServerElicitationRequestParams", () => Schema.Union(
  Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  challenge: Schema.String,
  description: Schema.String,
  mode: Schema.Literal("openai/userVerification"),
  serverName: Schema.String,
  threadId: Schema.String,
  title: Schema.String,
  turnId: Schema.optional(Schema.NullOr(Schema.String))
}),
  Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  message: Schema.String,
  mode: Schema.Literal("form"),
  requestedSchema: force(McpElicitationSchema),
  serverName: Schema.String,
  threadId: Schema.String,
  turnId: Schema.optional(Schema.NullOr(Schema.String))
}),
  Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  message: Schema.String,
  mode: Schema.Literal("openai/form"),
  requestedSchema: Schema.Unknown,
  serverName: Schema.String,
  threadId: Schema.String,
  turnId: Schema.optional(Schema.NullOr(Schema.String))
}),
  Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  message: Schema.String,
  mode: Schema.Literal("openaiForm"),
  requestedSchema: Schema.Unknown,
  serverName: Schema.String,
  threadId: Schema.String,
  turnId: Schema.optional(Schema.NullOr(Schema.String))
}),
  Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  elicitationId: Schema.String,
  message: Schema.String,
  mode: Schema.Literal("url"),
  serverName: Schema.String,
  threadId: Schema.String,
  turnId: Schema.optional(Schema.NullOr(Schema.String)),
  url: Schema.String
})
))

export interface McpServerElicitationRequestResponse {
  /**
   * Optional client metadata for form-mode action handling.
   */
  readonly _meta?: unknown | undefined
  readonly action: McpServerElicitationAction
  /**
   * Structured user input for accepted elicitations, mirroring RMCP `CreateElicitationResult`.
   *
   * This is nullable because decline/cancel responses have no content.
   */
  readonly content?: unknown | undefined
}
export const McpServerElicitationRequestResponse: Schema.Schema<McpServerElicitationRequestResponse> = lazy("McpServerElicitationRequestResponse", () => Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  action: force(McpServerElicitationAction),
  content: Schema.optional(Schema.Unknown)
}))

export interface McpServerEventNotification {
  readonly method: string
  readonly params: unknown
}
export const McpServerEventNotification: Schema.Schema<McpServerEventNotification> = lazy("McpServerEventNotification", () => Schema.Struct({
  method: Schema.String,
  params: Schema.Unknown
}))

export interface McpServerEventStreamNotification {
  readonly notification: McpServerEventNotification
  readonly subscriptionId: string
}
export const McpServerEventStreamNotification: Schema.Schema<McpServerEventStreamNotification> = lazy("McpServerEventStreamNotification", () => Schema.Struct({
  notification: force(McpServerEventNotification),
  subscriptionId: Schema.String
}))

export type McpServerEventStreamStartResponse = { readonly [key: string]: unknown }
export const McpServerEventStreamStartResponse: Schema.Schema<McpServerEventStreamStartResponse> = lazy("McpServerEventStreamStartResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type McpServerEventStreamStopResponse = { readonly [key: string]: unknown }
export const McpServerEventStreamStopResponse: Schema.Schema<McpServerEventStreamStopResponse> = lazy("McpServerEventStreamStopResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface McpServerOauthLoginCompletedNotification {
  readonly error?: string | null | undefined
  /**
   * Identifies the explicit login attempt. Older servers omit this field.
   */
  readonly loginId?: string | null | undefined
  readonly name: string
  readonly success: boolean
  readonly threadId?: string | null | undefined
}
export const McpServerOauthLoginCompletedNotification: Schema.Schema<McpServerOauthLoginCompletedNotification> = lazy("McpServerOauthLoginCompletedNotification", () => Schema.Struct({
  error: Schema.optional(Schema.NullOr(Schema.String)),
  loginId: Schema.optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  success: Schema.Boolean,
  threadId: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface McpServerOauthLoginResponse {
  readonly authorizationUrl: string
  /**
   * Identifies this login attempt across the response and completion notification. Older servers omit this field; current servers always return it.
   * @default null
   */
  readonly loginId?: string | null | undefined
}
export const McpServerOauthLoginResponse: Schema.Schema<McpServerOauthLoginResponse> = lazy("McpServerOauthLoginResponse", () => Schema.Struct({
  authorizationUrl: Schema.String,
  loginId: Schema.optional(Schema.NullOr(Schema.String))
}))

export type McpServerRefreshResponse = { readonly [key: string]: unknown }
export const McpServerRefreshResponse: Schema.Schema<McpServerRefreshResponse> = lazy("McpServerRefreshResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type McpServerStartupFailureReason = "reauthenticationRequired"
export const McpServerStartupFailureReason: Schema.Schema<McpServerStartupFailureReason> = lazy("McpServerStartupFailureReason", () => Schema.Literal("reauthenticationRequired"))

export type McpServerStartupState = "starting" | "ready" | "failed" | "cancelled"
export const McpServerStartupState: Schema.Schema<McpServerStartupState> = lazy("McpServerStartupState", () => Schema.Literal("starting", "ready", "failed", "cancelled"))

export interface McpServerStatusUpdatedNotification {
  readonly error?: string | null | undefined
  readonly failureReason?: McpServerStartupFailureReason | null | undefined
  readonly name: string
  readonly status: McpServerStartupState
  readonly threadId?: string | null | undefined
}
export const McpServerStatusUpdatedNotification: Schema.Schema<McpServerStatusUpdatedNotification> = lazy("McpServerStatusUpdatedNotification", () => Schema.Struct({
  error: Schema.optional(Schema.NullOr(Schema.String)),
  failureReason: Schema.optional(Schema.NullOr(force(McpServerStartupFailureReason))),
  name: Schema.String,
  status: force(McpServerStartupState),
  threadId: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface McpServerToolCallResponse {
  readonly _meta?: unknown | undefined
  readonly content: ReadonlyArray<unknown>
  readonly isError?: boolean | null | undefined
  readonly structuredContent?: unknown | undefined
}
export const McpServerToolCallResponse: Schema.Schema<McpServerToolCallResponse> = lazy("McpServerToolCallResponse", () => Schema.Struct({
  _meta: Schema.optional(Schema.Unknown),
  content: Schema.Array(Schema.Unknown),
  isError: Schema.optional(Schema.NullOr(Schema.Boolean)),
  structuredContent: Schema.optional(Schema.Unknown)
}))

export interface McpToolCallProgressNotification {
  readonly itemId: string
  readonly message: string
  readonly threadId: string
  readonly turnId: string
}
export const McpToolCallProgressNotification: Schema.Schema<McpToolCallProgressNotification> = lazy("McpToolCallProgressNotification", () => Schema.Struct({
  itemId: Schema.String,
  message: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))

export type MemoryResetResponse = { readonly [key: string]: unknown }
export const MemoryResetResponse: Schema.Schema<MemoryResetResponse> = lazy("MemoryResetResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface MemoryStatusResponse {
  /**
   * @format uint32
   */
  readonly v2ConsolidatedThreads: number
  readonly v2Ready: boolean
}
export const MemoryStatusResponse: Schema.Schema<MemoryStatusResponse> = lazy("MemoryStatusResponse", () => Schema.Struct({
  v2ConsolidatedThreads: Schema.Number,
  v2Ready: Schema.Boolean
}))

export interface MockExperimentalMethodResponse {
  /**
   * Echoes the input `value`.
   */
  readonly echoed?: string | null | undefined
}
export const MockExperimentalMethodResponse: Schema.Schema<MockExperimentalMethodResponse> = lazy("MockExperimentalMethodResponse", () => Schema.Struct({
  echoed: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ModelAvailabilityNux {
  readonly message: string
}
export const ModelAvailabilityNux: Schema.Schema<ModelAvailabilityNux> = lazy("ModelAvailabilityNux", () => Schema.Struct({
  message: Schema.String
}))

/**
 * Caller-specific explicit access programs advertised by model discovery.
 */
export interface ModelAccessPrograms {
  /**
   * Accepted explicit selections.
   */
  readonly cyber: ReadonlyArray<CyberAccessProgram>
}
export const ModelAccessPrograms: Schema.Schema<ModelAccessPrograms> = lazy("ModelAccessPrograms", () => Schema.Struct({
  cyber: Schema.Array(force(CyberAccessProgram))
}))

/**
 * Multi-agent runtime supported by a model.
 */
export type MultiAgentVersion = "disabled" | "v1" | "v2"
export const MultiAgentVersion: Schema.Schema<MultiAgentVersion> = lazy("MultiAgentVersion", () => Schema.Literal("disabled", "v1", "v2"))

export interface ModelServiceTier {
  readonly description: string
  readonly id: string
  readonly name: string
}
export const ModelServiceTier: Schema.Schema<ModelServiceTier> = lazy("ModelServiceTier", () => Schema.Struct({
  description: Schema.String,
  id: Schema.String,
  name: Schema.String
}))

export interface ReasoningEffortOption {
  readonly description: string
  readonly reasoningEffort: ReasoningEffort
}
export const ReasoningEffortOption: Schema.Schema<ReasoningEffortOption> = lazy("ReasoningEffortOption", () => Schema.Struct({
  description: Schema.String,
  reasoningEffort: force(ReasoningEffort)
}))

export interface ModelUpgradeInfo {
  readonly migrationMarkdown?: string | null | undefined
  readonly model: string
  readonly modelLink?: string | null | undefined
  /**
   * Informational Unix timestamp for this upgrade's scheduled retirement, if known.
   * @format int64
   */
  readonly retirementAt?: number | null | undefined
  readonly upgradeCopy?: string | null | undefined
}
export const ModelUpgradeInfo: Schema.Schema<ModelUpgradeInfo> = lazy("ModelUpgradeInfo", () => Schema.Struct({
  migrationMarkdown: Schema.optional(Schema.NullOr(Schema.String)),
  model: Schema.String,
  modelLink: Schema.optional(Schema.NullOr(Schema.String)),
  retirementAt: Schema.optional(Schema.NullOr(Schema.Number)),
  upgradeCopy: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface Model {
  /**
   * Deprecated: use `serviceTiers` instead.
   * @default []
   */
  readonly additionalSpeedTiers?: ReadonlyArray<string> | undefined
  readonly availabilityNux?: ModelAvailabilityNux | null | undefined
  /**
   * Null when the catalog does not provide access-program metadata.
   * @default null
   */
  readonly availableAccessPrograms?: ModelAccessPrograms | null | undefined
  readonly defaultReasoningEffort: ReasoningEffort
  /**
   * Catalog default service tier id for this model, when one is configured.
   * @default null
   */
  readonly defaultServiceTier?: string | null | undefined
  readonly description: string
  readonly displayName: string
  readonly hidden: boolean
  readonly id: string
  /**
   * @default ["text","image"]
   */
  readonly inputModalities?: ReadonlyArray<InputModality> | undefined
  readonly isDefault: boolean
  readonly model: string
  /**
   * @default null
   */
  readonly modelSpecialty?: string | null | undefined
  /**
   * Multi-agent runtime declared by this model, when available.
   */
  readonly multiAgentVersion?: MultiAgentVersion | null | undefined
  /**
   * @default []
   */
  readonly serviceTiers?: ReadonlyArray<ModelServiceTier> | undefined
  readonly supportedReasoningEfforts: ReadonlyArray<ReasoningEffortOption>
  /**
   * @deprecated Always false; models no longer support personality selection.
   * @default false
   */
  readonly supportsPersonality?: boolean | undefined
  readonly upgrade?: string | null | undefined
  readonly upgradeInfo?: ModelUpgradeInfo | null | undefined
}
export const Model: Schema.Schema<Model> = lazy("Model", () => Schema.Struct({
  additionalSpeedTiers: Schema.optional(Schema.Array(Schema.String)),
  availabilityNux: Schema.optional(Schema.NullOr(force(ModelAvailabilityNux))),
  availableAccessPrograms: Schema.optional(Schema.NullOr(force(ModelAccessPrograms))),
  defaultReasoningEffort: force(ReasoningEffort),
  defaultServiceTier: Schema.optional(Schema.NullOr(Schema.String)),
  description: Schema.String,
  displayName: Schema.String,
  hidden: Schema.Boolean,
  id: Schema.String,
  inputModalities: Schema.optional(Schema.Array(force(InputModality))),
  isDefault: Schema.Boolean,
  model: Schema.String,
  modelSpecialty: Schema.optional(Schema.NullOr(Schema.String)),
  multiAgentVersion: Schema.optional(Schema.NullOr(force(MultiAgentVersion))),
  serviceTiers: Schema.optional(Schema.Array(force(ModelServiceTier))),
  supportedReasoningEfforts: Schema.Array(force(ReasoningEffortOption)),
  supportsPersonality: Schema.optional(Schema.Boolean),
  upgrade: Schema.optional(Schema.NullOr(Schema.String)),
  upgradeInfo: Schema.optional(Schema.NullOr(force(ModelUpgradeInfo)))
}))

export interface ModelListResponse {
  readonly data: ReadonlyArray<Model>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  readonly nextCursor?: string | null | undefined
}
export const ModelListResponse: Schema.Schema<ModelListResponse> = lazy("ModelListResponse", () => Schema.Struct({
  data: Schema.Array(force(Model)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ModelProviderCapabilitiesReadResponse {
  readonly imageGeneration: boolean
  readonly webSearch: boolean
}
export const ModelProviderCapabilitiesReadResponse: Schema.Schema<ModelProviderCapabilitiesReadResponse> = lazy("ModelProviderCapabilitiesReadResponse", () => Schema.Struct({
  imageGeneration: Schema.Boolean,
  webSearch: Schema.Boolean
}))

export interface OpenaiProviderSettings {
  readonly type: "openai"
}
export const OpenaiProviderSettings: Schema.Schema<OpenaiProviderSettings> = lazy("OpenaiProviderSettings", () => Schema.Struct({
  type: Schema.Literal("openai")
}))

export interface CustomGatewayProviderSettings {
  readonly auth: GatewayAuth
  readonly type: "customGateway"
}
export const CustomGatewayProviderSettings: Schema.Schema<CustomGatewayProviderSettings> = lazy("CustomGatewayProviderSettings", () => Schema.Struct({
  auth: force(GatewayAuth),
  type: Schema.Literal("customGateway")
}))

export interface BedrockProviderSettings {
  readonly profile?: string | null | undefined
  readonly region?: string | null | undefined
  readonly type: "bedrock"
}
export const BedrockProviderSettings: Schema.Schema<BedrockProviderSettings> = lazy("BedrockProviderSettings", () => Schema.Struct({
  profile: Schema.optional(Schema.NullOr(Schema.String)),
  region: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("bedrock")
}))

export interface GcpProviderSettings {
  /**
   * Path on the app-server host, without credential-file contents.
   */
  readonly credentialFile?: string | null | undefined
  readonly location?: string | null | undefined
  readonly projectId?: string | null | undefined
  readonly type: "gcp"
}
export const GcpProviderSettings: Schema.Schema<GcpProviderSettings> = lazy("GcpProviderSettings", () => Schema.Struct({
  credentialFile: Schema.optional(Schema.NullOr(Schema.String)),
  location: Schema.optional(Schema.NullOr(Schema.String)),
  projectId: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("gcp")
}))

export type ProviderSettings = (OpenaiProviderSettings | CustomGatewayProviderSettings | BedrockProviderSettings | GcpProviderSettings)
export const ProviderSettings: Schema.Schema<ProviderSettings> = lazy("ProviderSettings", () => Schema.Union(
  force(OpenaiProviderSettings),
  force(CustomGatewayProviderSettings),
  force(BedrockProviderSettings),
  force(GcpProviderSettings)
))

export interface ModelProviderSummary {
  /**
   * Null when the endpoint is absent or cannot be safely displayed.
   */
  readonly baseUrl?: string | null | undefined
  /**
   * Whether a supported configuration field can be edited in the active user layer.
   */
  readonly canEdit: boolean
  readonly id: string
  readonly name: string
  readonly settings: ProviderSettings
}
export const ModelProviderSummary: Schema.Schema<ModelProviderSummary> = lazy("ModelProviderSummary", () => Schema.Struct({
  baseUrl: Schema.optional(Schema.NullOr(Schema.String)),
  canEdit: Schema.Boolean,
  id: Schema.String,
  name: Schema.String,
  settings: force(ProviderSettings)
}))

export interface ModelProviderConfigWriteResponse {
  readonly provider: ModelProviderSummary
}
export const ModelProviderConfigWriteResponse: Schema.Schema<ModelProviderConfigWriteResponse> = lazy("ModelProviderConfigWriteResponse", () => Schema.Struct({
  provider: force(ModelProviderSummary)
}))

export interface ModelProviderMismatchv2ModelProviderError {
  readonly currentModelProvider: string
  readonly modelProvider: string
  readonly type: "modelProviderMismatch"
}
export const ModelProviderMismatchv2ModelProviderError: Schema.Schema<ModelProviderMismatchv2ModelProviderError> = lazy("ModelProviderMismatchv2ModelProviderError", () => Schema.Struct({
  currentModelProvider: Schema.String,
  modelProvider: Schema.String,
  type: Schema.Literal("modelProviderMismatch")
}))

export interface ModelProviderNotConfiguredv2ModelProviderError {
  readonly modelProvider: string
  readonly type: "modelProviderNotConfigured"
}
export const ModelProviderNotConfiguredv2ModelProviderError: Schema.Schema<ModelProviderNotConfiguredv2ModelProviderError> = lazy("ModelProviderNotConfiguredv2ModelProviderError", () => Schema.Struct({
  modelProvider: Schema.String,
  type: Schema.Literal("modelProviderNotConfigured")
}))

export interface ModelProviderPolicyConflictv2ModelProviderError {
  readonly modelProvider: string
  readonly requiredModelProvider: string
  readonly type: "modelProviderPolicyConflict"
}
export const ModelProviderPolicyConflictv2ModelProviderError: Schema.Schema<ModelProviderPolicyConflictv2ModelProviderError> = lazy("ModelProviderPolicyConflictv2ModelProviderError", () => Schema.Struct({
  modelProvider: Schema.String,
  requiredModelProvider: Schema.String,
  type: Schema.Literal("modelProviderPolicyConflict")
}))

/**
 * Structured JSON-RPC error data. Unknown errors must retain the client's normal fallback.
 */
export type ModelProviderError = (ModelProviderMismatchv2ModelProviderError | ModelProviderNotConfiguredv2ModelProviderError | ModelProviderPolicyConflictv2ModelProviderError)
export const ModelProviderError: Schema.Schema<ModelProviderError> = lazy("ModelProviderError", () => Schema.Union(
  force(ModelProviderMismatchv2ModelProviderError),
  force(ModelProviderNotConfiguredv2ModelProviderError),
  force(ModelProviderPolicyConflictv2ModelProviderError)
))

export interface ModelProviderListResponse {
  readonly canChangeDefault: boolean
  readonly data: ReadonlyArray<ModelProviderSummary>
  readonly defaultProviderId: string
}
export const ModelProviderListResponse: Schema.Schema<ModelProviderListResponse> = lazy("ModelProviderListResponse", () => Schema.Struct({
  canChangeDefault: Schema.Boolean,
  data: Schema.Array(force(ModelProviderSummary)),
  defaultProviderId: Schema.String
}))

export type ModelRerouteReason = "highRiskCyberActivity"
export const ModelRerouteReason: Schema.Schema<ModelRerouteReason> = lazy("ModelRerouteReason", () => Schema.Literal("highRiskCyberActivity"))

export interface ModelReroutedNotification {
  readonly fromModel: string
  readonly reason: ModelRerouteReason
  readonly threadId: string
  readonly toModel: string
  readonly turnId: string
}
export const ModelReroutedNotification: Schema.Schema<ModelReroutedNotification> = lazy("ModelReroutedNotification", () => Schema.Struct({
  fromModel: Schema.String,
  reason: force(ModelRerouteReason),
  threadId: Schema.String,
  toModel: Schema.String,
  turnId: Schema.String
}))

export interface ModelSafetyBufferingUpdatedNotification {
  readonly fasterModel?: string | null | undefined
  readonly model: string
  readonly reasons: ReadonlyArray<string>
  readonly showBufferingUi: boolean
  readonly threadId: string
  readonly turnId: string
  readonly useCases: ReadonlyArray<string>
}
export const ModelSafetyBufferingUpdatedNotification: Schema.Schema<ModelSafetyBufferingUpdatedNotification> = lazy("ModelSafetyBufferingUpdatedNotification", () => Schema.Struct({
  fasterModel: Schema.optional(Schema.NullOr(Schema.String)),
  model: Schema.String,
  reasons: Schema.Array(Schema.String),
  showBufferingUi: Schema.Boolean,
  threadId: Schema.String,
  turnId: Schema.String,
  useCases: Schema.Array(Schema.String)
}))

export type ModelVerification = "trustedAccessForCyber"
export const ModelVerification: Schema.Schema<ModelVerification> = lazy("ModelVerification", () => Schema.Literal("trustedAccessForCyber"))

export interface ModelVerificationNotification {
  readonly threadId: string
  readonly turnId: string
  readonly verifications: ReadonlyArray<ModelVerification>
}
export const ModelVerificationNotification: Schema.Schema<ModelVerificationNotification> = lazy("ModelVerificationNotification", () => Schema.Struct({
  threadId: Schema.String,
  turnId: Schema.String,
  verifications: Schema.Array(force(ModelVerification))
}))

export type NullableGatewayOAuthLoginParams = GatewayOAuthLoginParams | null
export const NullableGatewayOAuthLoginParams: Schema.Schema<NullableGatewayOAuthLoginParams> = lazy("NullableGatewayOAuthLoginParams", () => Schema.NullOr(force(GatewayOAuthLoginParams)))

export type NullableGatewayOAuthReadParams = GatewayOAuthReadParams | null
export const NullableGatewayOAuthReadParams: Schema.Schema<NullableGatewayOAuthReadParams> = lazy("NullableGatewayOAuthReadParams", () => Schema.NullOr(force(GatewayOAuthReadParams)))

export type NullableGetAccountRateLimitsParams = GetAccountRateLimitsParams | null
export const NullableGetAccountRateLimitsParams: Schema.Schema<NullableGetAccountRateLimitsParams> = lazy("NullableGetAccountRateLimitsParams", () => Schema.NullOr(force(GetAccountRateLimitsParams)))

export type NullableGetAccountTokenUsageParams = GetAccountTokenUsageParams | null
export const NullableGetAccountTokenUsageParams: Schema.Schema<NullableGetAccountTokenUsageParams> = lazy("NullableGetAccountTokenUsageParams", () => Schema.NullOr(force(GetAccountTokenUsageParams)))

export type NullableRemoteControlDisableParams = RemoteControlDisableParams | null
export const NullableRemoteControlDisableParams: Schema.Schema<NullableRemoteControlDisableParams> = lazy("NullableRemoteControlDisableParams", () => Schema.NullOr(force(RemoteControlDisableParams)))

export type NullableRemoteControlEnableParams = RemoteControlEnableParams | null
export const NullableRemoteControlEnableParams: Schema.Schema<NullableRemoteControlEnableParams> = lazy("NullableRemoteControlEnableParams", () => Schema.NullOr(force(RemoteControlEnableParams)))

export type PermissionGrantScope = "turn" | "session"
export const PermissionGrantScope: Schema.Schema<PermissionGrantScope> = lazy("PermissionGrantScope", () => Schema.Literal("turn", "session"))

export interface PermissionProfileSummary {
  /**
   * Whether the effective requirements allow selecting this profile.
   */
  readonly allowed: boolean
  /**
   * Optional user-facing description for display in clients.
   */
  readonly description?: string | null | undefined
  /**
   * Available permission profile identifier.
   */
  readonly id: string
}
export const PermissionProfileSummary: Schema.Schema<PermissionProfileSummary> = lazy("PermissionProfileSummary", () => Schema.Struct({
  allowed: Schema.Boolean,
  description: Schema.optional(Schema.NullOr(Schema.String)),
  id: Schema.String
}))

export interface PermissionProfileListResponse {
  readonly data: ReadonlyArray<PermissionProfileSummary>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  readonly nextCursor?: string | null | undefined
}
export const PermissionProfileListResponse: Schema.Schema<PermissionProfileListResponse> = lazy("PermissionProfileListResponse", () => Schema.Struct({
  data: Schema.Array(force(PermissionProfileSummary)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface PermissionsRequestApprovalParams {
  readonly cwd: LegacyAppPathString
  /**
   * @default null
   */
  readonly environmentId?: string | null | undefined
  readonly itemId: string
  readonly permissions: RequestPermissionProfile
  readonly reason?: string | null | undefined
  /**
   * Unix timestamp (in milliseconds) when this approval request started.
   * @format int64
   */
  readonly startedAtMs: number
  readonly threadId: string
  readonly turnId: string
}
export const PermissionsRequestApprovalParams: Schema.Schema<PermissionsRequestApprovalParams> = lazy("PermissionsRequestApprovalParams", () => Schema.Struct({
  cwd: force(LegacyAppPathString),
  environmentId: Schema.optional(Schema.NullOr(Schema.String)),
  itemId: Schema.String,
  permissions: force(RequestPermissionProfile),
  reason: Schema.optional(Schema.NullOr(Schema.String)),
  startedAtMs: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface PermissionsRequestApprovalResponse {
  readonly permissions: GrantedPermissionProfile
  /**
   * @default "turn"
   */
  readonly scope?: PermissionGrantScope | undefined
  /**
   * Review every subsequent command in this turn before normal sandboxed execution.
   */
  readonly strictAutoReview?: boolean | null | undefined
}
export const PermissionsRequestApprovalResponse: Schema.Schema<PermissionsRequestApprovalResponse> = lazy("PermissionsRequestApprovalResponse", () => Schema.Struct({
  permissions: force(GrantedPermissionProfile),
  scope: Schema.optional(force(PermissionGrantScope)),
  strictAutoReview: Schema.optional(Schema.NullOr(Schema.Boolean))
}))

/**
 * EXPERIMENTAL - proposed plan streaming deltas for plan items. Clients should not assume concatenated deltas match the completed plan item content.
 */
export interface PlanDeltaNotification {
  readonly delta: string
  readonly itemId: string
  readonly threadId: string
  readonly turnId: string
}
export const PlanDeltaNotification: Schema.Schema<PlanDeltaNotification> = lazy("PlanDeltaNotification", () => Schema.Struct({
  delta: Schema.String,
  itemId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))

export type PluginAuthPolicy = "ON_INSTALL" | "ON_USE"
export const PluginAuthPolicy: Schema.Schema<PluginAuthPolicy> = lazy("PluginAuthPolicy", () => Schema.Literal("ON_INSTALL", "ON_USE"))

export type PluginAvailability = "DISABLED_BY_ADMIN" | "AVAILABLE"
export const PluginAvailability: Schema.Schema<PluginAvailability> = lazy("PluginAvailability", () => Schema.Literal("DISABLED_BY_ADMIN", "AVAILABLE"))

export interface PluginHookSummary {
  readonly eventName: HookEventName
  readonly key: string
}
export const PluginHookSummary: Schema.Schema<PluginHookSummary> = lazy("PluginHookSummary", () => Schema.Struct({
  eventName: force(HookEventName),
  key: Schema.String
}))

export interface SkillInterface {
  readonly brandColor?: string | null | undefined
  readonly defaultPrompt?: string | null | undefined
  readonly displayName?: string | null | undefined
  readonly iconLarge?: AbsolutePathBuf | null | undefined
  /**
   * Remote large icon URL from the plugin catalog.
   */
  readonly iconLargeUrl?: string | null | undefined
  readonly iconSmall?: AbsolutePathBuf | null | undefined
  /**
   * Remote small icon URL from the plugin catalog.
   */
  readonly iconSmallUrl?: string | null | undefined
  readonly shortDescription?: string | null | undefined
}
export const SkillInterface: Schema.Schema<SkillInterface> = lazy("SkillInterface", () => Schema.Struct({
  brandColor: Schema.optional(Schema.NullOr(Schema.String)),
  defaultPrompt: Schema.optional(Schema.NullOr(Schema.String)),
  displayName: Schema.optional(Schema.NullOr(Schema.String)),
  iconLarge: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  iconLargeUrl: Schema.optional(Schema.NullOr(Schema.String)),
  iconSmall: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  iconSmallUrl: Schema.optional(Schema.NullOr(Schema.String)),
  shortDescription: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface SkillSummary {
  readonly description: string
  readonly enabled: boolean
  readonly interface?: SkillInterface | null | undefined
  readonly name: string
  readonly path?: LegacyAppPathString | null | undefined
  readonly shortDescription?: string | null | undefined
}
export const SkillSummary: Schema.Schema<SkillSummary> = lazy("SkillSummary", () => Schema.Struct({
  description: Schema.String,
  enabled: Schema.Boolean,
  interface: Schema.optional(Schema.NullOr(force(SkillInterface))),
  name: Schema.String,
  path: Schema.optional(Schema.NullOr(force(LegacyAppPathString))),
  shortDescription: Schema.optional(Schema.NullOr(Schema.String))
}))

export type ScheduledTaskWeekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU"
export const ScheduledTaskWeekday: Schema.Schema<ScheduledTaskWeekday> = lazy("ScheduledTaskWeekday", () => Schema.Literal("MO", "TU", "WE", "TH", "FR", "SA", "SU"))

export interface HourlyScheduledTaskSchedule {
  readonly days?: ReadonlyArray<ScheduledTaskWeekday> | null | undefined
  /**
   * @format uint32
   */
  readonly intervalHours: number
  readonly type: "hourly"
}
export const HourlyScheduledTaskSchedule: Schema.Schema<HourlyScheduledTaskSchedule> = lazy("HourlyScheduledTaskSchedule", () => Schema.Struct({
  days: Schema.optional(Schema.NullOr(Schema.Array(force(ScheduledTaskWeekday)))),
  intervalHours: Schema.Number,
  type: Schema.Literal("hourly")
}))

export interface DailyScheduledTaskSchedule {
  readonly time: string
  readonly type: "daily"
}
export const DailyScheduledTaskSchedule: Schema.Schema<DailyScheduledTaskSchedule> = lazy("DailyScheduledTaskSchedule", () => Schema.Struct({
  time: Schema.String,
  type: Schema.Literal("daily")
}))

export interface WeekdaysScheduledTaskSchedule {
  readonly time: string
  readonly type: "weekdays"
}
export const WeekdaysScheduledTaskSchedule: Schema.Schema<WeekdaysScheduledTaskSchedule> = lazy("WeekdaysScheduledTaskSchedule", () => Schema.Struct({
  time: Schema.String,
  type: Schema.Literal("weekdays")
}))

export interface WeeklyScheduledTaskSchedule {
  readonly days: ReadonlyArray<ScheduledTaskWeekday>
  readonly time: string
  readonly type: "weekly"
}
export const WeeklyScheduledTaskSchedule: Schema.Schema<WeeklyScheduledTaskSchedule> = lazy("WeeklyScheduledTaskSchedule", () => Schema.Struct({
  days: Schema.Array(force(ScheduledTaskWeekday)),
  time: Schema.String,
  type: Schema.Literal("weekly")
}))

export type ScheduledTaskSchedule = (HourlyScheduledTaskSchedule | DailyScheduledTaskSchedule | WeekdaysScheduledTaskSchedule | WeeklyScheduledTaskSchedule)
export const ScheduledTaskSchedule: Schema.Schema<ScheduledTaskSchedule> = lazy("ScheduledTaskSchedule", () => Schema.Union(
  force(HourlyScheduledTaskSchedule),
  force(DailyScheduledTaskSchedule),
  force(WeekdaysScheduledTaskSchedule),
  force(WeeklyScheduledTaskSchedule)
))

export interface ScheduledTaskSummary {
  readonly key: string
  readonly name: string
  readonly prompt: string
  readonly schedule: ScheduledTaskSchedule
}
export const ScheduledTaskSummary: Schema.Schema<ScheduledTaskSummary> = lazy("ScheduledTaskSummary", () => Schema.Struct({
  key: Schema.String,
  name: Schema.String,
  prompt: Schema.String,
  schedule: force(ScheduledTaskSchedule)
}))

export type PluginDisabledReason = "disabled_by_admin" | "plan_not_eligible" | "required_app_unavailable" | "unknown"
export const PluginDisabledReason: Schema.Schema<PluginDisabledReason> = lazy("PluginDisabledReason", () => Schema.Literal("disabled_by_admin", "plan_not_eligible", "required_app_unavailable", "unknown"))

export type PluginInstallPolicy = "NOT_AVAILABLE" | "AVAILABLE" | "INSTALLED_BY_DEFAULT"
export const PluginInstallPolicy: Schema.Schema<PluginInstallPolicy> = lazy("PluginInstallPolicy", () => Schema.Literal("NOT_AVAILABLE", "AVAILABLE", "INSTALLED_BY_DEFAULT"))

export type PluginInstallPolicySource = "WORKSPACE_SETTING" | "IMPLICIT_CANONICAL_APP"
export const PluginInstallPolicySource: Schema.Schema<PluginInstallPolicySource> = lazy("PluginInstallPolicySource", () => Schema.Literal("WORKSPACE_SETTING", "IMPLICIT_CANONICAL_APP"))

export interface PluginInterface {
  readonly brandColor?: string | null | undefined
  readonly capabilities: ReadonlyArray<string>
  readonly category?: string | null | undefined
  /**
   * Local composer icon path, resolved from the installed plugin package.
   */
  readonly composerIcon?: AbsolutePathBuf | null | undefined
  /**
   * Remote composer icon URL from the plugin catalog.
   */
  readonly composerIconUrl?: string | null | undefined
  /**
   * Starter prompts for the plugin. Capped at 3 entries with a maximum of 512 characters per entry.
   */
  readonly defaultPrompt?: ReadonlyArray<string> | null | undefined
  readonly developerName?: string | null | undefined
  readonly displayName?: string | null | undefined
  /**
   * Local logo path, resolved from the installed plugin package.
   */
  readonly logo?: AbsolutePathBuf | null | undefined
  /**
   * Local dark-mode logo path, resolved from the installed plugin package.
   */
  readonly logoDark?: AbsolutePathBuf | null | undefined
  /**
   * Remote logo URL from the plugin catalog.
   */
  readonly logoUrl?: string | null | undefined
  /**
   * Remote dark-mode logo URL from the plugin catalog.
   */
  readonly logoUrlDark?: string | null | undefined
  readonly longDescription?: string | null | undefined
  readonly privacyPolicyUrl?: string | null | undefined
  /**
   * Remote screenshot URLs from the plugin catalog.
   */
  readonly screenshotUrls: ReadonlyArray<string>
  /**
   * Local screenshot paths, resolved from the installed plugin package.
   */
  readonly screenshots: ReadonlyArray<AbsolutePathBuf>
  readonly shortDescription?: string | null | undefined
  readonly termsOfServiceUrl?: string | null | undefined
  readonly websiteUrl?: string | null | undefined
}
export const PluginInterface: Schema.Schema<PluginInterface> = lazy("PluginInterface", () => Schema.Struct({
  brandColor: Schema.optional(Schema.NullOr(Schema.String)),
  capabilities: Schema.Array(Schema.String),
  category: Schema.optional(Schema.NullOr(Schema.String)),
  composerIcon: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  composerIconUrl: Schema.optional(Schema.NullOr(Schema.String)),
  defaultPrompt: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  developerName: Schema.optional(Schema.NullOr(Schema.String)),
  displayName: Schema.optional(Schema.NullOr(Schema.String)),
  logo: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  logoDark: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  logoUrl: Schema.optional(Schema.NullOr(Schema.String)),
  logoUrlDark: Schema.optional(Schema.NullOr(Schema.String)),
  longDescription: Schema.optional(Schema.NullOr(Schema.String)),
  privacyPolicyUrl: Schema.optional(Schema.NullOr(Schema.String)),
  screenshotUrls: Schema.Array(Schema.String),
  screenshots: Schema.Array(force(AbsolutePathBuf)),
  shortDescription: Schema.optional(Schema.NullOr(Schema.String)),
  termsOfServiceUrl: Schema.optional(Schema.NullOr(Schema.String)),
  websiteUrl: Schema.optional(Schema.NullOr(Schema.String))
}))

export type PluginSharePrincipalRole = "reader" | "editor" | "owner"
export const PluginSharePrincipalRole: Schema.Schema<PluginSharePrincipalRole> = lazy("PluginSharePrincipalRole", () => Schema.Literal("reader", "editor", "owner"))

export interface PluginSharePrincipal {
  readonly name: string
  readonly principalId: string
  readonly principalType: PluginSharePrincipalType
  readonly role: PluginSharePrincipalRole
}
export const PluginSharePrincipal: Schema.Schema<PluginSharePrincipal> = lazy("PluginSharePrincipal", () => Schema.Struct({
  name: Schema.String,
  principalId: Schema.String,
  principalType: force(PluginSharePrincipalType),
  role: force(PluginSharePrincipalRole)
}))

export interface PluginShareContext {
  /**
   * @default null
   */
  readonly canPublishToWorkspace?: boolean | null | undefined
  readonly creatorAccountUserId?: string | null | undefined
  readonly creatorName?: string | null | undefined
  readonly discoverability?: PluginShareDiscoverability | null | undefined
  readonly remotePluginId: string
  /**
   * Version of the remote shared plugin release when available.
   * @default null
   */
  readonly remoteVersion?: string | null | undefined
  readonly sharePrincipals?: ReadonlyArray<PluginSharePrincipal> | null | undefined
  readonly shareUrl?: string | null | undefined
}
export const PluginShareContext: Schema.Schema<PluginShareContext> = lazy("PluginShareContext", () => Schema.Struct({
  canPublishToWorkspace: Schema.optional(Schema.NullOr(Schema.Boolean)),
  creatorAccountUserId: Schema.optional(Schema.NullOr(Schema.String)),
  creatorName: Schema.optional(Schema.NullOr(Schema.String)),
  discoverability: Schema.optional(Schema.NullOr(force(PluginShareDiscoverability))),
  remotePluginId: Schema.String,
  remoteVersion: Schema.optional(Schema.NullOr(Schema.String)),
  sharePrincipals: Schema.optional(Schema.NullOr(Schema.Array(force(PluginSharePrincipal)))),
  shareUrl: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface LocalPluginSource {
  readonly path: AbsolutePathBuf
  readonly type: "local"
}
export const LocalPluginSource: Schema.Schema<LocalPluginSource> = lazy("LocalPluginSource", () => Schema.Struct({
  path: force(AbsolutePathBuf),
  type: Schema.Literal("local")
}))

export interface GitPluginSource {
  readonly path?: string | null | undefined
  readonly refName?: string | null | undefined
  readonly sha?: string | null | undefined
  readonly type: "git"
  readonly url: string
}
export const GitPluginSource: Schema.Schema<GitPluginSource> = lazy("GitPluginSource", () => Schema.Struct({
  path: Schema.optional(Schema.NullOr(Schema.String)),
  refName: Schema.optional(Schema.NullOr(Schema.String)),
  sha: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("git"),
  url: Schema.String
}))

export interface NpmPluginSource {
  readonly package: string
  /**
   * Optional HTTPS registry URL. Authentication stays in the user's npm config.
   */
  readonly registry?: string | null | undefined
  readonly type: "npm"
  /**
   * Optional npm version or version range.
   */
  readonly version?: string | null | undefined
}
export const NpmPluginSource: Schema.Schema<NpmPluginSource> = lazy("NpmPluginSource", () => Schema.Struct({
  package: Schema.String,
  registry: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("npm"),
  version: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * The plugin is available in the remote catalog. Download metadata is kept server-side and is not exposed through the app-server API.
 */
export interface RemotePluginSource {
  readonly type: "remote"
}
export const RemotePluginSource: Schema.Schema<RemotePluginSource> = lazy("RemotePluginSource", () => Schema.Struct({
  type: Schema.Literal("remote")
}))

export type PluginSource = (LocalPluginSource | GitPluginSource | NpmPluginSource | RemotePluginSource)
export const PluginSource: Schema.Schema<PluginSource> = lazy("PluginSource", () => Schema.Union(
  force(LocalPluginSource),
  force(GitPluginSource),
  force(NpmPluginSource),
  force(RemotePluginSource)
))

export interface PluginSummary {
  readonly authPolicy: PluginAuthPolicy
  /**
   * Availability state for installing and using the plugin.
   * @default "AVAILABLE"
   */
  readonly availability?: PluginAvailability | undefined
  /**
   * Why the remote plugin is unavailable, when provided by plugin-service.
   * @default null
   */
  readonly disabledReason?: PluginDisabledReason | null | undefined
  /**
   * Raw plugin-service plan identifiers eligible to install the plugin.
   * @default null
   */
  readonly eligiblePlanTypes?: ReadonlyArray<string> | null | undefined
  readonly enabled: boolean
  readonly id: string
  readonly installPolicy: PluginInstallPolicy
  readonly installPolicySource?: PluginInstallPolicySource | null | undefined
  readonly installed: boolean
  /**
   * Unix timestamp in seconds when the remote plugin was installed, when available.
   * @format int64
   * @default null
   */
  readonly installedAt?: number | null | undefined
  readonly interface?: PluginInterface | null | undefined
  /**
   * @default []
   */
  readonly keywords?: ReadonlyArray<string> | undefined
  /**
   * Version of the locally materialized plugin package when available.
   * @default null
   */
  readonly localVersion?: string | null | undefined
  /**
   * @default null
   */
  readonly mustShowInstallationInterstitial?: boolean | null | undefined
  readonly name: string
  /**
   * Backend remote plugin identifier when available.
   */
  readonly remotePluginId?: string | null | undefined
  /**
   * Remote sharing context associated with this plugin when available.
   */
  readonly shareContext?: PluginShareContext | null | undefined
  readonly source: PluginSource
  /**
   * Version advertised by the remote marketplace backend when available.
   * @default null
   */
  readonly version?: string | null | undefined
}
export const PluginSummary: Schema.Schema<PluginSummary> = lazy("PluginSummary", () => Schema.Struct({
  authPolicy: force(PluginAuthPolicy),
  availability: Schema.optional(force(PluginAvailability)),
  disabledReason: Schema.optional(Schema.NullOr(force(PluginDisabledReason))),
  eligiblePlanTypes: Schema.optional(Schema.NullOr(Schema.Array(Schema.String))),
  enabled: Schema.Boolean,
  id: Schema.String,
  installPolicy: force(PluginInstallPolicy),
  installPolicySource: Schema.optional(Schema.NullOr(force(PluginInstallPolicySource))),
  installed: Schema.Boolean,
  installedAt: Schema.optional(Schema.NullOr(Schema.Number)),
  interface: Schema.optional(Schema.NullOr(force(PluginInterface))),
  keywords: Schema.optional(Schema.Array(Schema.String)),
  localVersion: Schema.optional(Schema.NullOr(Schema.String)),
  mustShowInstallationInterstitial: Schema.optional(Schema.NullOr(Schema.Boolean)),
  name: Schema.String,
  remotePluginId: Schema.optional(Schema.NullOr(Schema.String)),
  shareContext: Schema.optional(Schema.NullOr(force(PluginShareContext))),
  source: force(PluginSource),
  version: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface PluginDetail {
  readonly appTemplates: ReadonlyArray<AppTemplateSummary>
  readonly apps: ReadonlyArray<AppSummary>
  readonly description?: string | null | undefined
  readonly hooks: ReadonlyArray<PluginHookSummary>
  readonly marketplaceName: string
  readonly marketplacePath?: AbsolutePathBuf | null | undefined
  readonly mcpServers: ReadonlyArray<string>
  /**
   * The declared onboarding skill, when the plugin and visible skill are enabled.
   * @default null
   */
  readonly onboardingSkill?: SkillSummary | null | undefined
  readonly scheduledTasks?: ReadonlyArray<ScheduledTaskSummary> | null | undefined
  readonly shareUrl?: string | null | undefined
  readonly skills: ReadonlyArray<SkillSummary>
  readonly summary: PluginSummary
}
export const PluginDetail: Schema.Schema<PluginDetail> = lazy("PluginDetail", () => Schema.Struct({
  appTemplates: Schema.Array(force(AppTemplateSummary)),
  apps: Schema.Array(force(AppSummary)),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  hooks: Schema.Array(force(PluginHookSummary)),
  marketplaceName: Schema.String,
  marketplacePath: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  mcpServers: Schema.Array(Schema.String),
  onboardingSkill: Schema.optional(Schema.NullOr(force(SkillSummary))),
  scheduledTasks: Schema.optional(Schema.NullOr(Schema.Array(force(ScheduledTaskSummary)))),
  shareUrl: Schema.optional(Schema.NullOr(Schema.String)),
  skills: Schema.Array(force(SkillSummary)),
  summary: force(PluginSummary)
}))

export interface PluginInstallResponse {
  readonly appsNeedingAuth: ReadonlyArray<AppSummary>
  readonly authPolicy: PluginAuthPolicy
}
export const PluginInstallResponse: Schema.Schema<PluginInstallResponse> = lazy("PluginInstallResponse", () => Schema.Struct({
  appsNeedingAuth: Schema.Array(force(AppSummary)),
  authPolicy: force(PluginAuthPolicy)
}))

export interface PluginMarketplaceEntry {
  readonly interface?: MarketplaceInterface | null | undefined
  readonly name: string
  /**
   * Local marketplace file path when the marketplace is backed by a local file. Remote-only catalog marketplaces do not have a local path.
   */
  readonly path?: AbsolutePathBuf | null | undefined
  readonly plugins: ReadonlyArray<PluginSummary>
}
export const PluginMarketplaceEntry: Schema.Schema<PluginMarketplaceEntry> = lazy("PluginMarketplaceEntry", () => Schema.Struct({
  interface: Schema.optional(Schema.NullOr(force(MarketplaceInterface))),
  name: Schema.String,
  path: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  plugins: Schema.Array(force(PluginSummary))
}))

export interface PluginInstalledResponse {
  /**
   * @default []
   */
  readonly marketplaceLoadErrors?: ReadonlyArray<MarketplaceLoadErrorInfo> | undefined
  readonly marketplaces: ReadonlyArray<PluginMarketplaceEntry>
}
export const PluginInstalledResponse: Schema.Schema<PluginInstalledResponse> = lazy("PluginInstalledResponse", () => Schema.Struct({
  marketplaceLoadErrors: Schema.optional(Schema.Array(force(MarketplaceLoadErrorInfo))),
  marketplaces: Schema.Array(force(PluginMarketplaceEntry))
}))

export interface PluginListResponse {
  /**
   * @default []
   */
  readonly featuredPluginIds?: ReadonlyArray<string> | undefined
  /**
   * @default []
   */
  readonly marketplaceLoadErrors?: ReadonlyArray<MarketplaceLoadErrorInfo> | undefined
  readonly marketplaces: ReadonlyArray<PluginMarketplaceEntry>
}
export const PluginListResponse: Schema.Schema<PluginListResponse> = lazy("PluginListResponse", () => Schema.Struct({
  featuredPluginIds: Schema.optional(Schema.Array(Schema.String)),
  marketplaceLoadErrors: Schema.optional(Schema.Array(force(MarketplaceLoadErrorInfo))),
  marketplaces: Schema.Array(force(PluginMarketplaceEntry))
}))

export interface PluginReadResponse {
  readonly plugin: PluginDetail
}
export const PluginReadResponse: Schema.Schema<PluginReadResponse> = lazy("PluginReadResponse", () => Schema.Struct({
  plugin: force(PluginDetail)
}))

/**
 * Runtime categories affected by this change, not just capabilities currently present. Flags describe declarations before runtime policy filtering. Updates OR the old and new bundle flags; enablement changes and cached reinstalls use the cached bundle; removals retain the old bundle's flags.
 */
export interface PluginReconcileChangedPlugin {
  readonly hasApps: boolean
  readonly hasHooks: boolean
  readonly hasMcps: boolean
  /**
   * Whether either bundle declares skill roots; not a validated inventory of enabled skills.
   */
  readonly hasSkills: boolean
  /**
   * Local plugin ID (`name@marketplace`), matching `PluginSummary.id`.
   */
  readonly id: string
}
export const PluginReconcileChangedPlugin: Schema.Schema<PluginReconcileChangedPlugin> = lazy("PluginReconcileChangedPlugin", () => Schema.Struct({
  hasApps: Schema.Boolean,
  hasHooks: Schema.Boolean,
  hasMcps: Schema.Boolean,
  hasSkills: Schema.Boolean,
  id: Schema.String
}))

/**
 * Bundle and installed-state changes observed by this pass, not a runtime-readiness acknowledgement or a cumulative diff since the client's last request. Other metadata-only changes are not listed.
 */
export interface PluginReconcileResponse {
  /**
   * Plugins affected by bundle changes, enablement changes, or removals. Installed-state changes compare against the previous cached snapshot, including cached reinstalls. Removal hints survive cache cleanup failures; unchanged plugins are omitted.
   */
  readonly changedPlugins: ReadonlyArray<PluginReconcileChangedPlugin>
  /**
   * Subset of failures for which the requested bundle could not be materialized. A previously cached version may still be available.
   */
  readonly failedMaterializationRemotePluginIds: ReadonlyArray<string>
  /**
   * Backend remote plugin IDs whose bundle or identity update failed.
   */
  readonly failedRemotePluginIds: ReadonlyArray<string>
}
export const PluginReconcileResponse: Schema.Schema<PluginReconcileResponse> = lazy("PluginReconcileResponse", () => Schema.Struct({
  changedPlugins: Schema.Array(force(PluginReconcileChangedPlugin)),
  failedMaterializationRemotePluginIds: Schema.Array(Schema.String),
  failedRemotePluginIds: Schema.Array(Schema.String)
}))

export interface PluginSearchResult {
  readonly marketplaceName: string
  readonly marketplacePath?: AbsolutePathBuf | null | undefined
  readonly plugin: PluginSummary
}
export const PluginSearchResult: Schema.Schema<PluginSearchResult> = lazy("PluginSearchResult", () => Schema.Struct({
  marketplaceName: Schema.String,
  marketplacePath: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  plugin: force(PluginSummary)
}))

export interface PluginSearchResponse {
  readonly data: ReadonlyArray<PluginSearchResult>
  readonly nextCursor?: string | null | undefined
}
export const PluginSearchResponse: Schema.Schema<PluginSearchResponse> = lazy("PluginSearchResponse", () => Schema.Struct({
  data: Schema.Array(force(PluginSearchResult)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface PluginShareCheckoutResponse {
  readonly marketplaceName: string
  readonly marketplacePath: AbsolutePathBuf
  readonly pluginId: string
  readonly pluginName: string
  readonly pluginPath: AbsolutePathBuf
  readonly remotePluginId: string
  readonly remoteVersion?: string | null | undefined
}
export const PluginShareCheckoutResponse: Schema.Schema<PluginShareCheckoutResponse> = lazy("PluginShareCheckoutResponse", () => Schema.Struct({
  marketplaceName: Schema.String,
  marketplacePath: force(AbsolutePathBuf),
  pluginId: Schema.String,
  pluginName: Schema.String,
  pluginPath: force(AbsolutePathBuf),
  remotePluginId: Schema.String,
  remoteVersion: Schema.optional(Schema.NullOr(Schema.String))
}))

export type PluginShareDeleteResponse = { readonly [key: string]: unknown }
export const PluginShareDeleteResponse: Schema.Schema<PluginShareDeleteResponse> = lazy("PluginShareDeleteResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface PluginShareListItem {
  readonly localPluginPath?: AbsolutePathBuf | null | undefined
  readonly plugin: PluginSummary
}
export const PluginShareListItem: Schema.Schema<PluginShareListItem> = lazy("PluginShareListItem", () => Schema.Struct({
  localPluginPath: Schema.optional(Schema.NullOr(force(AbsolutePathBuf))),
  plugin: force(PluginSummary)
}))

export interface PluginShareListResponse {
  readonly data: ReadonlyArray<PluginShareListItem>
}
export const PluginShareListResponse: Schema.Schema<PluginShareListResponse> = lazy("PluginShareListResponse", () => Schema.Struct({
  data: Schema.Array(force(PluginShareListItem))
}))

export interface PluginShareSaveResponse {
  /**
   * @default null
   */
  readonly canPublishToWorkspace?: boolean | null | undefined
  readonly remotePluginId: string
  readonly shareUrl: string
}
export const PluginShareSaveResponse: Schema.Schema<PluginShareSaveResponse> = lazy("PluginShareSaveResponse", () => Schema.Struct({
  canPublishToWorkspace: Schema.optional(Schema.NullOr(Schema.Boolean)),
  remotePluginId: Schema.String,
  shareUrl: Schema.String
}))

export interface PluginShareUpdateTargetsResponse {
  readonly discoverability: PluginShareDiscoverability
  readonly principals: ReadonlyArray<PluginSharePrincipal>
}
export const PluginShareUpdateTargetsResponse: Schema.Schema<PluginShareUpdateTargetsResponse> = lazy("PluginShareUpdateTargetsResponse", () => Schema.Struct({
  discoverability: force(PluginShareDiscoverability),
  principals: Schema.Array(force(PluginSharePrincipal))
}))

export interface PluginSkillReadResponse {
  readonly contents?: string | null | undefined
}
export const PluginSkillReadResponse: Schema.Schema<PluginSkillReadResponse> = lazy("PluginSkillReadResponse", () => Schema.Struct({
  contents: Schema.optional(Schema.NullOr(Schema.String))
}))

export type PluginUninstallResponse = { readonly [key: string]: unknown }
export const PluginUninstallResponse: Schema.Schema<PluginUninstallResponse> = lazy("PluginUninstallResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Final process exit notification for `process/spawn`.
 */
export interface ProcessExitedNotification {
  /**
   * Process exit code.
   * @format int32
   */
  readonly exitCode: number
  /**
   * Whether output collection hit its post-exit deadline before seeing EOF or reaching the requested byte cap on either stream. Older servers omit this field.
   */
  readonly outputDrainTimedOut?: boolean | null | undefined
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  readonly processHandle: string
  /**
   * Buffered stderr capture.
   *
   * Empty when stderr was streamed via `process/outputDelta`.
   */
  readonly stderr: string
  /**
   * Whether stderr reached `outputBytesCap`.
   *
   * In streaming mode, stderr is empty and cap state is also reported on the final stderr `process/outputDelta` notification.
   */
  readonly stderrCapReached: boolean
  /**
   * Buffered stdout capture.
   *
   * Empty when stdout was streamed via `process/outputDelta`.
   */
  readonly stdout: string
  /**
   * Whether stdout reached `outputBytesCap`.
   *
   * In streaming mode, stdout is empty and cap state is also reported on the final stdout `process/outputDelta` notification.
   */
  readonly stdoutCapReached: boolean
}
export const ProcessExitedNotification: Schema.Schema<ProcessExitedNotification> = lazy("ProcessExitedNotification", () => Schema.Struct({
  exitCode: Schema.Number,
  outputDrainTimedOut: Schema.optional(Schema.NullOr(Schema.Boolean)),
  processHandle: Schema.String,
  stderr: Schema.String,
  stderrCapReached: Schema.Boolean,
  stdout: Schema.String,
  stdoutCapReached: Schema.Boolean
}))

/**
 * Empty success response for `process/kill`.
 */
export type ProcessKillResponse = { readonly [key: string]: unknown }
export const ProcessKillResponse: Schema.Schema<ProcessKillResponse> = lazy("ProcessKillResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Stream label for `process/outputDelta` notifications.
 */
export type ProcessOutputStream = "stdout" | "stderr"
export const ProcessOutputStream: Schema.Schema<ProcessOutputStream> = lazy("ProcessOutputStream", () => Schema.Literal("stdout", "stderr"))

/**
 * Base64-encoded output chunk emitted for a streaming `process/spawn` request.
 */
export interface ProcessOutputDeltaNotification {
  /**
   * True on the final streamed chunk for this stream when output was truncated by `outputBytesCap`.
   */
  readonly capReached: boolean
  /**
   * Base64-encoded output bytes.
   */
  readonly deltaBase64: string
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  readonly processHandle: string
  /**
   * Output stream this chunk belongs to.
   */
  readonly stream: ProcessOutputStream
}
export const ProcessOutputDeltaNotification: Schema.Schema<ProcessOutputDeltaNotification> = lazy("ProcessOutputDeltaNotification", () => Schema.Struct({
  capReached: Schema.Boolean,
  deltaBase64: Schema.String,
  processHandle: Schema.String,
  stream: force(ProcessOutputStream)
}))

/**
 * Empty success response for `process/resizePty`.
 */
export type ProcessResizePtyResponse = { readonly [key: string]: unknown }
export const ProcessResizePtyResponse: Schema.Schema<ProcessResizePtyResponse> = lazy("ProcessResizePtyResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Successful response for `process/spawn`.
 */
export type ProcessSpawnResponse = { readonly [key: string]: unknown }
export const ProcessSpawnResponse: Schema.Schema<ProcessSpawnResponse> = lazy("ProcessSpawnResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Empty success response for `process/writeStdin`.
 */
export type ProcessWriteStdinResponse = { readonly [key: string]: unknown }
export const ProcessWriteStdinResponse: Schema.Schema<ProcessWriteStdinResponse> = lazy("ProcessWriteStdinResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface Project {
  /**
   * @format int64
   */
  readonly createdAt: number
  readonly id: string
  readonly metadata: { readonly [key: string]: string }
  readonly name: string
  /**
   * @format int64
   */
  readonly position: number
  /**
   * Newest non-archived member thread's recency, in Unix seconds; null when none exist.
   * @format int64
   */
  readonly recencyAt?: number | null | undefined
  readonly roots: ReadonlyArray<ProjectRoot>
  /**
   * @format int64
   */
  readonly updatedAt: number
}
export const Project: Schema.Schema<Project> = lazy("Project", () => Schema.Struct({
  createdAt: Schema.Number,
  id: Schema.String,
  metadata: Schema.Record({ key: Schema.String, value: Schema.String }),
  name: Schema.String,
  position: Schema.Number,
  recencyAt: Schema.optional(Schema.NullOr(Schema.Number)),
  roots: Schema.Array(force(ProjectRoot)),
  updatedAt: Schema.Number
}))

export type ProjectChangeType = "created" | "updated" | "deleted"
export const ProjectChangeType: Schema.Schema<ProjectChangeType> = lazy("ProjectChangeType", () => Schema.Literal("created", "updated", "deleted"))

export interface ProjectChangedNotification {
  readonly changeType: ProjectChangeType
  readonly projectId: string
}
export const ProjectChangedNotification: Schema.Schema<ProjectChangedNotification> = lazy("ProjectChangedNotification", () => Schema.Struct({
  changeType: force(ProjectChangeType),
  projectId: Schema.String
}))

export interface ProjectCreateResponse {
  readonly project: Project
}
export const ProjectCreateResponse: Schema.Schema<ProjectCreateResponse> = lazy("ProjectCreateResponse", () => Schema.Struct({
  project: force(Project)
}))

export type ProjectDeleteResponse = { readonly [key: string]: unknown }
export const ProjectDeleteResponse: Schema.Schema<ProjectDeleteResponse> = lazy("ProjectDeleteResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ProjectImportResponse {
  readonly project: Project
}
export const ProjectImportResponse: Schema.Schema<ProjectImportResponse> = lazy("ProjectImportResponse", () => Schema.Struct({
  project: force(Project)
}))

export interface ProjectListResponse {
  readonly data: ReadonlyArray<Project>
  readonly nextCursor?: string | null | undefined
}
export const ProjectListResponse: Schema.Schema<ProjectListResponse> = lazy("ProjectListResponse", () => Schema.Struct({
  data: Schema.Array(force(Project)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export type ProjectMoveResponse = { readonly [key: string]: unknown }
export const ProjectMoveResponse: Schema.Schema<ProjectMoveResponse> = lazy("ProjectMoveResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ProjectReadResponse {
  readonly project: Project
}
export const ProjectReadResponse: Schema.Schema<ProjectReadResponse> = lazy("ProjectReadResponse", () => Schema.Struct({
  project: force(Project)
}))

export interface ProjectUpdateResponse {
  readonly project: Project
}
export const ProjectUpdateResponse: Schema.Schema<ProjectUpdateResponse> = lazy("ProjectUpdateResponse", () => Schema.Struct({
  project: force(Project)
}))

export interface QueuedSubmission {
  readonly clientUserMessageId: string
  readonly id: string
  readonly input: ReadonlyArray<UserInput>
  /**
   * Metadata retained with this input, including across reconnect and restoration.
   */
  readonly responsesapiClientMetadata?: { readonly [key: string]: string } | null | undefined
}
export const QueuedSubmission: Schema.Schema<QueuedSubmission> = lazy("QueuedSubmission", () => Schema.Struct({
  clientUserMessageId: Schema.String,
  id: Schema.String,
  input: Schema.Array(force(UserInput)),
  responsesapiClientMetadata: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String })))
}))

export interface TokenUsageBreakdown {
  /**
   * @format int64
   * @default 0
   */
  readonly cacheWriteInputTokens?: number | undefined
  /**
   * @format int64
   */
  readonly cachedInputTokens: number
  /**
   * @format int64
   */
  readonly inputTokens: number
  /**
   * @format int64
   */
  readonly outputTokens: number
  /**
   * @format int64
   */
  readonly reasoningOutputTokens: number
  /**
   * @format int64
   */
  readonly totalTokens: number
}
export const TokenUsageBreakdown: Schema.Schema<TokenUsageBreakdown> = lazy("TokenUsageBreakdown", () => Schema.Struct({
  cacheWriteInputTokens: Schema.optional(Schema.Number),
  cachedInputTokens: Schema.Number,
  inputTokens: Schema.Number,
  outputTokens: Schema.Number,
  reasoningOutputTokens: Schema.Number,
  totalTokens: Schema.Number
}))

/**
 * Usage metadata reported for one upstream response.
 */
export interface ResponseUsageMetadata {
  readonly amount?: string | null | undefined
  readonly metadata?: unknown | undefined
}
export const ResponseUsageMetadata: Schema.Schema<ResponseUsageMetadata> = lazy("ResponseUsageMetadata", () => Schema.Struct({
  amount: Schema.optional(Schema.NullOr(Schema.String)),
  metadata: Schema.optional(Schema.Unknown)
}))

/**
 * Internal-only notification containing the exact usage from one upstream Responses API completion.
 */
export interface RawResponseCompletedNotification {
  readonly responseId: string
  readonly threadId: string
  readonly turnId: string
  readonly usage?: TokenUsageBreakdown | null | undefined
  readonly usageMetadata?: ResponseUsageMetadata | null | undefined
}
export const RawResponseCompletedNotification: Schema.Schema<RawResponseCompletedNotification> = lazy("RawResponseCompletedNotification", () => Schema.Struct({
  responseId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String,
  usage: Schema.optional(Schema.NullOr(force(TokenUsageBreakdown))),
  usageMetadata: Schema.optional(Schema.NullOr(force(ResponseUsageMetadata)))
}))

export interface RawResponseItemCompletedNotification {
  readonly item: ResponseItem
  readonly threadId: string
  readonly turnId: string
}
export const RawResponseItemCompletedNotification: Schema.Schema<RawResponseItemCompletedNotification> = lazy("RawResponseItemCompletedNotification", () => Schema.Struct({
  item: force(ResponseItem),
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface RealtimeVoicesList {
  readonly defaultV1: RealtimeVoice
  readonly defaultV2: RealtimeVoice
  readonly v1: ReadonlyArray<RealtimeVoice>
  readonly v2: ReadonlyArray<RealtimeVoice>
  /**
   * @default []
   */
  readonly v3?: ReadonlyArray<RealtimeVoice> | undefined
}
export const RealtimeVoicesList: Schema.Schema<RealtimeVoicesList> = lazy("RealtimeVoicesList", () => Schema.Struct({
  defaultV1: force(RealtimeVoice),
  defaultV2: force(RealtimeVoice),
  v1: Schema.Array(force(RealtimeVoice)),
  v2: Schema.Array(force(RealtimeVoice)),
  v3: Schema.optional(Schema.Array(force(RealtimeVoice)))
}))

export interface ReasoningSummaryPartAddedNotification {
  readonly itemId: string
  /**
   * @format int64
   */
  readonly summaryIndex: number
  readonly threadId: string
  readonly turnId: string
}
export const ReasoningSummaryPartAddedNotification: Schema.Schema<ReasoningSummaryPartAddedNotification> = lazy("ReasoningSummaryPartAddedNotification", () => Schema.Struct({
  itemId: Schema.String,
  summaryIndex: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface ReasoningSummaryTextDeltaNotification {
  readonly delta: string
  readonly itemId: string
  /**
   * @format int64
   */
  readonly summaryIndex: number
  readonly threadId: string
  readonly turnId: string
}
export const ReasoningSummaryTextDeltaNotification: Schema.Schema<ReasoningSummaryTextDeltaNotification> = lazy("ReasoningSummaryTextDeltaNotification", () => Schema.Struct({
  delta: Schema.String,
  itemId: Schema.String,
  summaryIndex: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface ReasoningTextDeltaNotification {
  /**
   * @format int64
   */
  readonly contentIndex: number
  readonly delta: string
  readonly itemId: string
  readonly threadId: string
  readonly turnId: string
}
export const ReasoningTextDeltaNotification: Schema.Schema<ReasoningTextDeltaNotification> = lazy("ReasoningTextDeltaNotification", () => Schema.Struct({
  contentIndex: Schema.Number,
  delta: Schema.String,
  itemId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface RemoteControlClient {
  readonly appVersion?: string | null | undefined
  readonly clientId: string
  readonly deviceModel?: string | null | undefined
  readonly deviceType?: string | null | undefined
  readonly displayName?: string | null | undefined
  /**
   * @format int64
   */
  readonly lastSeenAt?: number | null | undefined
  readonly osVersion?: string | null | undefined
  readonly platform?: string | null | undefined
}
export const RemoteControlClient: Schema.Schema<RemoteControlClient> = lazy("RemoteControlClient", () => Schema.Struct({
  appVersion: Schema.optional(Schema.NullOr(Schema.String)),
  clientId: Schema.String,
  deviceModel: Schema.optional(Schema.NullOr(Schema.String)),
  deviceType: Schema.optional(Schema.NullOr(Schema.String)),
  displayName: Schema.optional(Schema.NullOr(Schema.String)),
  lastSeenAt: Schema.optional(Schema.NullOr(Schema.Number)),
  osVersion: Schema.optional(Schema.NullOr(Schema.String)),
  platform: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface RemoteControlClientsListResponse {
  readonly data: ReadonlyArray<RemoteControlClient>
  readonly nextCursor?: string | null | undefined
}
export const RemoteControlClientsListResponse: Schema.Schema<RemoteControlClientsListResponse> = lazy("RemoteControlClientsListResponse", () => Schema.Struct({
  data: Schema.Array(force(RemoteControlClient)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export type RemoteControlClientsRevokeResponse = { readonly [key: string]: unknown }
export const RemoteControlClientsRevokeResponse: Schema.Schema<RemoteControlClientsRevokeResponse> = lazy("RemoteControlClientsRevokeResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type RemoteControlConnectionStatus = "disabled" | "connecting" | "connected" | "errored"
export const RemoteControlConnectionStatus: Schema.Schema<RemoteControlConnectionStatus> = lazy("RemoteControlConnectionStatus", () => Schema.Literal("disabled", "connecting", "connected", "errored"))

export interface RemoteControlDisableResponse {
  readonly environmentId?: string | null | undefined
  readonly installationId: string
  readonly serverName: string
  readonly status: RemoteControlConnectionStatus
}
export const RemoteControlDisableResponse: Schema.Schema<RemoteControlDisableResponse> = lazy("RemoteControlDisableResponse", () => Schema.Struct({
  environmentId: Schema.optional(Schema.NullOr(Schema.String)),
  installationId: Schema.String,
  serverName: Schema.String,
  status: force(RemoteControlConnectionStatus)
}))

export interface RemoteControlEnableResponse {
  readonly environmentId?: string | null | undefined
  readonly installationId: string
  readonly serverName: string
  readonly status: RemoteControlConnectionStatus
}
export const RemoteControlEnableResponse: Schema.Schema<RemoteControlEnableResponse> = lazy("RemoteControlEnableResponse", () => Schema.Struct({
  environmentId: Schema.optional(Schema.NullOr(Schema.String)),
  installationId: Schema.String,
  serverName: Schema.String,
  status: force(RemoteControlConnectionStatus)
}))

export interface RemoteControlPairingStartResponse {
  readonly environmentId: string
  /**
   * @format int64
   */
  readonly expiresAt: number
  readonly manualPairingCode?: string | null | undefined
  readonly pairingCode: string
}
export const RemoteControlPairingStartResponse: Schema.Schema<RemoteControlPairingStartResponse> = lazy("RemoteControlPairingStartResponse", () => Schema.Struct({
  environmentId: Schema.String,
  expiresAt: Schema.Number,
  manualPairingCode: Schema.optional(Schema.NullOr(Schema.String)),
  pairingCode: Schema.String
}))

export interface RemoteControlPairingStatusResponse {
  readonly claimed: boolean
}
export const RemoteControlPairingStatusResponse: Schema.Schema<RemoteControlPairingStatusResponse> = lazy("RemoteControlPairingStatusResponse", () => Schema.Struct({
  claimed: Schema.Boolean
}))

/**
 * Current remote-control connection status and remote identity exposed to clients.
 */
export interface RemoteControlStatusChangedNotification {
  readonly environmentId?: string | null | undefined
  readonly installationId: string
  readonly serverName: string
  readonly status: RemoteControlConnectionStatus
}
export const RemoteControlStatusChangedNotification: Schema.Schema<RemoteControlStatusChangedNotification> = lazy("RemoteControlStatusChangedNotification", () => Schema.Struct({
  environmentId: Schema.optional(Schema.NullOr(Schema.String)),
  installationId: Schema.String,
  serverName: Schema.String,
  status: force(RemoteControlConnectionStatus)
}))

export interface RemoteControlStatusReadResponse {
  readonly environmentId?: string | null | undefined
  readonly installationId: string
  readonly serverName: string
  readonly status: RemoteControlConnectionStatus
}
export const RemoteControlStatusReadResponse: Schema.Schema<RemoteControlStatusReadResponse> = lazy("RemoteControlStatusReadResponse", () => Schema.Struct({
  environmentId: Schema.optional(Schema.NullOr(Schema.String)),
  installationId: Schema.String,
  serverName: Schema.String,
  status: force(RemoteControlConnectionStatus)
}))

export type TurnStatus = "completed" | "interrupted" | "failed" | "inProgress"
export const TurnStatus: Schema.Schema<TurnStatus> = lazy("TurnStatus", () => Schema.Literal("completed", "interrupted", "failed", "inProgress"))

export interface Turn {
  /**
   * Unix timestamp (in seconds) when the turn completed.
   * @format int64
   */
  readonly completedAt?: number | null | undefined
  /**
   * Duration between turn start and completion in milliseconds, if known.
   * @format int64
   */
  readonly durationMs?: number | null | undefined
  /**
   * Error associated with a failed or interrupted turn.
   */
  readonly error?: TurnError | null | undefined
  /**
   * Identifier for this turn. Codex-generated turn IDs are UUIDv7.
   */
  readonly id: string
  /**
   * Thread items currently included in this turn payload.
   */
  readonly items: ReadonlyArray<ThreadItem>
  /**
   * Describes how much of `items` has been loaded for this turn.
   * @default "full"
   */
  readonly itemsView?: TurnItemsView | undefined
  /**
   * ID of the first turn in the chain of work that led to this turn. Pass this as `rootTurnId` when starting work on behalf of this turn. May be null in older history or a `review/start` response.
   */
  readonly rootTurnId?: string | null | undefined
  /**
   * Unix timestamp (in seconds) when the turn started.
   * @format int64
   */
  readonly startedAt?: number | null | undefined
  readonly status: TurnStatus
}
export const Turn: Schema.Schema<Turn> = lazy("Turn", () => Schema.Struct({
  completedAt: Schema.optional(Schema.NullOr(Schema.Number)),
  durationMs: Schema.optional(Schema.NullOr(Schema.Number)),
  error: Schema.optional(Schema.NullOr(force(TurnError))),
  id: Schema.String,
  items: Schema.Array(force(ThreadItem)),
  itemsView: Schema.optional(force(TurnItemsView)),
  rootTurnId: Schema.optional(Schema.NullOr(Schema.String)),
  startedAt: Schema.optional(Schema.NullOr(Schema.Number)),
  status: force(TurnStatus)
}))

export interface ReviewStartResponse {
  /**
   * The thread id supplied to `review/start`.
   */
  readonly reviewThreadId: string
  readonly turn: Turn
}
export const ReviewStartResponse: Schema.Schema<ReviewStartResponse> = lazy("ReviewStartResponse", () => Schema.Struct({
  reviewThreadId: Schema.String,
  turn: force(Turn)
}))

/**
 * Acknowledges the compression trigger, not completion. Existing maintenance locks and cooldowns can cause the background pass to skip without doing work.
 */
export type RolloutCompressResponse = { readonly [key: string]: unknown }
export const RolloutCompressResponse: Schema.Schema<RolloutCompressResponse> = lazy("RolloutCompressResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface SendAddCreditsNudgeEmailResponse {
  readonly status: AddCreditsNudgeEmailStatus
}
export const SendAddCreditsNudgeEmailResponse: Schema.Schema<SendAddCreditsNudgeEmailResponse> = lazy("SendAddCreditsNudgeEmailResponse", () => Schema.Struct({
  status: force(AddCreditsNudgeEmailStatus)
}))

export interface ServerDiagnosticsGauge {
  readonly name: string
  /**
   * @format uint64
   */
  readonly value: number
}
export const ServerDiagnosticsGauge: Schema.Schema<ServerDiagnosticsGauge> = lazy("ServerDiagnosticsGauge", () => Schema.Struct({
  name: Schema.String,
  value: Schema.Number
}))

export interface ServerDiagnosticsProcess {
  /**
   * @format uint32
   */
  readonly id: number
  /**
   * @format uint64
   */
  readonly physicalFootprintBytes?: number | null | undefined
  /**
   * @format uint64
   */
  readonly residentMemoryBytes?: number | null | undefined
}
export const ServerDiagnosticsProcess: Schema.Schema<ServerDiagnosticsProcess> = lazy("ServerDiagnosticsProcess", () => Schema.Struct({
  id: Schema.Number,
  physicalFootprintBytes: Schema.optional(Schema.NullOr(Schema.Number)),
  residentMemoryBytes: Schema.optional(Schema.NullOr(Schema.Number))
}))

export interface ServerDiagnosticsResponse {
  readonly gauges: ReadonlyArray<ServerDiagnosticsGauge>
  readonly process: ServerDiagnosticsProcess
}
export const ServerDiagnosticsResponse: Schema.Schema<ServerDiagnosticsResponse> = lazy("ServerDiagnosticsResponse", () => Schema.Struct({
  gauges: Schema.Array(force(ServerDiagnosticsGauge)),
  process: force(ServerDiagnosticsProcess)
}))

/**
 * An environment selected by a loaded thread, independent of connection status.
 */
export interface ThreadEnvironment {
  readonly cwd: LegacyAppPathString
  readonly environmentId: string
  readonly runtimeWorkspaceRoots: ReadonlyArray<LegacyAppPathString>
}
export const ThreadEnvironment: Schema.Schema<ThreadEnvironment> = lazy("ThreadEnvironment", () => Schema.Struct({
  cwd: force(LegacyAppPathString),
  environmentId: Schema.String,
  runtimeWorkspaceRoots: Schema.Array(force(LegacyAppPathString))
}))

/**
 * Extra app-server data for a thread.
 */
export type ThreadExtra = { readonly [key: string]: unknown }
export const ThreadExtra: Schema.Schema<ThreadExtra> = lazy("ThreadExtra", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * An independently persisted, user-visible thread section.
 */
export interface ThreadSection {
  /**
   * Optional appearance synchronized across clients.
   * @default null
   */
  readonly appearance?: ThreadSectionAppearance | null | undefined
  /**
   * Opaque UUIDv7 identity that remains stable when the section is renamed.
   */
  readonly id: string
  /**
   * The current user-visible section name.
   */
  readonly name: string
}
export const ThreadSection: Schema.Schema<ThreadSection> = lazy("ThreadSection", () => Schema.Struct({
  appearance: Schema.optional(Schema.NullOr(force(ThreadSectionAppearance))),
  id: Schema.String,
  name: Schema.String
}))

export interface ThreadSpawnSubAgentSource {
  readonly thread_spawn: {
      /**
       * @default null
       */
      readonly agent_nickname?: string | null | undefined
      /**
       * @default null
       */
      readonly agent_path?: AgentPath | null | undefined
      /**
       * @default null
       */
      readonly agent_role?: string | null | undefined
      /**
       * @format int32
       */
      readonly depth: number
      readonly parent_thread_id: ThreadId
    }
}
export const ThreadSpawnSubAgentSource: Schema.Schema<ThreadSpawnSubAgentSource> = lazy("ThreadSpawnSubAgentSource", () => Schema.Struct({
  thread_spawn: Schema.Struct({
      agent_nickname: Schema.optional(Schema.NullOr(Schema.String)),
      agent_path: Schema.optional(Schema.NullOr(force(AgentPath))),
      agent_role: Schema.optional(Schema.NullOr(Schema.String)),
      depth: Schema.Number,
      parent_thread_id: force(ThreadId)
    })
}))

export interface OtherSubAgentSource {
  readonly other: string
}
export const OtherSubAgentSource: Schema.Schema<OtherSubAgentSource> = lazy("OtherSubAgentSource", () => Schema.Struct({
  other: Schema.String
}))

export type SubAgentSource = ("review" | "compact" | "memory_consolidation" | ThreadSpawnSubAgentSource | OtherSubAgentSource)
export const SubAgentSource: Schema.Schema<SubAgentSource> = lazy("SubAgentSource", () => Schema.Union(
  Schema.Literal("review", "compact", "memory_consolidation"),
  force(ThreadSpawnSubAgentSource),
  force(OtherSubAgentSource)
))

export interface CustomSessionSource {
  readonly custom: string
}
export const CustomSessionSource: Schema.Schema<CustomSessionSource> = lazy("CustomSessionSource", () => Schema.Struct({
  custom: Schema.String
}))

export interface SubAgentSessionSource {
  readonly subAgent: SubAgentSource
}
export const SubAgentSessionSource: Schema.Schema<SubAgentSessionSource> = lazy("SubAgentSessionSource", () => Schema.Struct({
  subAgent: force(SubAgentSource)
}))

export type SessionSource = ("cli" | "vscode" | "exec" | "appServer" | "unknown" | CustomSessionSource | SubAgentSessionSource)
export const SessionSource: Schema.Schema<SessionSource> = lazy("SessionSource", () => Schema.Union(
  Schema.Literal("cli", "vscode", "exec", "appServer", "unknown"),
  force(CustomSessionSource),
  force(SubAgentSessionSource)
))

export type ThreadActiveFlag = "waitingOnApproval" | "waitingOnUserInput"
export const ThreadActiveFlag: Schema.Schema<ThreadActiveFlag> = lazy("ThreadActiveFlag", () => Schema.Literal("waitingOnApproval", "waitingOnUserInput"))

export interface NotLoadedThreadStatus {
  readonly type: "notLoaded"
}
export const NotLoadedThreadStatus: Schema.Schema<NotLoadedThreadStatus> = lazy("NotLoadedThreadStatus", () => Schema.Struct({
  type: Schema.Literal("notLoaded")
}))

export interface IdleThreadStatus {
  readonly type: "idle"
}
export const IdleThreadStatus: Schema.Schema<IdleThreadStatus> = lazy("IdleThreadStatus", () => Schema.Struct({
  type: Schema.Literal("idle")
}))

export interface SystemErrorThreadStatus {
  readonly type: "systemError"
}
export const SystemErrorThreadStatus: Schema.Schema<SystemErrorThreadStatus> = lazy("SystemErrorThreadStatus", () => Schema.Struct({
  type: Schema.Literal("systemError")
}))

export interface ActiveThreadStatus {
  readonly activeFlags: ReadonlyArray<ThreadActiveFlag>
  readonly type: "active"
}
export const ActiveThreadStatus: Schema.Schema<ActiveThreadStatus> = lazy("ActiveThreadStatus", () => Schema.Struct({
  activeFlags: Schema.Array(force(ThreadActiveFlag)),
  type: Schema.Literal("active")
}))

export type ThreadStatus = (NotLoadedThreadStatus | IdleThreadStatus | SystemErrorThreadStatus | ActiveThreadStatus)
export const ThreadStatus: Schema.Schema<ThreadStatus> = lazy("ThreadStatus", () => Schema.Union(
  force(NotLoadedThreadStatus),
  force(IdleThreadStatus),
  force(SystemErrorThreadStatus),
  force(ActiveThreadStatus)
))

export interface Thread {
  /**
   * Optional random unique nickname assigned to an AgentControl-spawned sub-agent.
   */
  readonly agentNickname?: string | null | undefined
  /**
   * Optional role (agent_role) assigned to an AgentControl-spawned sub-agent.
   */
  readonly agentRole?: string | null | undefined
  /**
   * Parent that owns this persisted attached thread, independent of fork or spawn lineage.
   */
  readonly attachedToThreadId?: string | null | undefined
  /**
   * Whether the app server accepts direct turn input for this loaded thread. `None` means the capability is unavailable, such as for an unloaded stored thread.
   */
  readonly canAcceptDirectInput?: boolean | null | undefined
  /**
   * Version of the CLI that created the thread.
   */
  readonly cliVersion: string
  /**
   * Unix timestamp (in seconds) when the thread was created.
   * @format int64
   */
  readonly createdAt: number
  /**
   * Working directory captured for the thread.
   */
  readonly cwd: AbsolutePathBuf
  /**
   * Saved Daybreak choice, independent of turn execution. Null if unset.
   */
  readonly daybreakEnabled?: boolean | null | undefined
  /**
   * Current environments for a loaded thread, in priority order, primary first. `null` means the thread is not loaded or the server does not expose its selection. An empty list means no environments are selected. This does not report connection status.
   * @default null
   */
  readonly environments?: ReadonlyArray<ThreadEnvironment> | null | undefined
  /**
   * Whether the thread is ephemeral and should not be materialized on disk.
   */
  readonly ephemeral: boolean
  /**
   * Optional implementation-specific thread data.
   */
  readonly extra?: ThreadExtra | null | undefined
  /**
   * Source thread id when this thread was created by forking another thread.
   */
  readonly forkedFromId?: string | null | undefined
  /**
   * Optional Git metadata captured when the thread was created.
   */
  readonly gitInfo?: GitInfo | null | undefined
  /**
   * Persisted thread history contract selected when this thread was created.
   * @default "legacy"
   */
  readonly historyMode?: ThreadHistoryMode | undefined
  /**
   * Identifier for this thread. Codex-generated thread IDs are UUIDv7.
   */
  readonly id: string
  /**
   * Current configured model when loaded, otherwise the latest persisted model. Null when unavailable. This is not per-turn execution telemetry.
   */
  readonly model?: string | null | undefined
  /**
   * Model provider used for this thread (for example, 'openai').
   */
  readonly modelProvider: string
  /**
   * Optional user-facing thread title.
   */
  readonly name?: string | null | undefined
  /**
   * Originator recorded when the thread was created, independent of its current client or executor. Null when the recorded originator is unavailable.
   */
  readonly originator?: string | null | undefined
  /**
   * The ID of the parent thread. This will only be set if this thread is a subagent.
   */
  readonly parentThreadId?: string | null | undefined
  /**
   * [UNSTABLE] Path to the thread on disk.
   */
  readonly path?: string | null | undefined
  /**
   * Usually the first user message in the thread, if available.
   */
  readonly preview: string
  /**
   * Canonical project assignment owned by app-server, if any.
   */
  readonly projectId: string | null
  /**
   * Current configured reasoning effort when loaded, otherwise the latest persisted effort. Null when unset or unavailable. This is not per-turn execution telemetry.
   */
  readonly reasoningEffort?: ReasoningEffort | null | undefined
  /**
   * Unix timestamp (in seconds) used for thread recency ordering.
   * @format int64
   */
  readonly recencyAt?: number | null | undefined
  /**
   * The independently persisted section selected for this thread, if any.
   * @default null
   */
  readonly section?: ThreadSection | null | undefined
  /**
   * Unix timestamp in seconds when the thread entered its current section.
   * @format int64
   * @default null
   */
  readonly sectionEnteredAt?: number | null | undefined
  /**
   * Session id shared by threads that belong to the same session tree.
   */
  readonly sessionId: string
  /**
   * Origin of the thread (CLI, VSCode, codex exec, codex app-server, etc.).
   */
  readonly source: SessionSource
  /**
   * Current runtime status for the thread.
   */
  readonly status: ThreadStatus
  /**
   * Optional analytics source classification for this thread.
   */
  readonly threadSource?: ThreadSource | null | undefined
  /**
   * Only populated on `thread/resume`, `thread/fork`, and `thread/read` (when `includeTurns` is true) responses. For all other responses and notifications returning a Thread, the turns field will be an empty list.
   */
  readonly turns: ReadonlyArray<Turn>
  /**
   * Unix timestamp (in seconds) when the thread was last updated.
   * @format int64
   */
  readonly updatedAt: number
}
export const Thread: Schema.Schema<Thread> = lazy("Thread", () => Schema.Struct({
  agentNickname: Schema.optional(Schema.NullOr(Schema.String)),
  agentRole: Schema.optional(Schema.NullOr(Schema.String)),
  attachedToThreadId: Schema.optional(Schema.NullOr(Schema.String)),
  canAcceptDirectInput: Schema.optional(Schema.NullOr(Schema.Boolean)),
  cliVersion: Schema.String,
  createdAt: Schema.Number,
  cwd: force(AbsolutePathBuf),
  daybreakEnabled: Schema.optional(Schema.NullOr(Schema.Boolean)),
  environments: Schema.optional(Schema.NullOr(Schema.Array(force(ThreadEnvironment)))),
  ephemeral: Schema.Boolean,
  extra: Schema.optional(Schema.NullOr(force(ThreadExtra))),
  forkedFromId: Schema.optional(Schema.NullOr(Schema.String)),
  gitInfo: Schema.optional(Schema.NullOr(force(GitInfo))),
  historyMode: Schema.optional(force(ThreadHistoryMode)),
  id: Schema.String,
  model: Schema.optional(Schema.NullOr(Schema.String)),
  modelProvider: Schema.String,
  name: Schema.optional(Schema.NullOr(Schema.String)),
  originator: Schema.optional(Schema.NullOr(Schema.String)),
  parentThreadId: Schema.optional(Schema.NullOr(Schema.String)),
  path: Schema.optional(Schema.NullOr(Schema.String)),
  preview: Schema.String,
  projectId: Schema.NullOr(Schema.String),
  reasoningEffort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  recencyAt: Schema.optional(Schema.NullOr(Schema.Number)),
  section: Schema.optional(Schema.NullOr(force(ThreadSection))),
  sectionEnteredAt: Schema.optional(Schema.NullOr(Schema.Number)),
  sessionId: Schema.String,
  source: force(SessionSource),
  status: force(ThreadStatus),
  threadSource: Schema.optional(Schema.NullOr(force(ThreadSource))),
  turns: Schema.Array(force(Turn)),
  updatedAt: Schema.Number
}))

export interface ThreadStartedNotification {
  readonly thread: Thread
}
export const ThreadStartedNotification: Schema.Schema<ThreadStartedNotification> = lazy("ThreadStartedNotification", () => Schema.Struct({
  thread: force(Thread)
}))

export interface ThreadStatusChangedNotification {
  readonly status: ThreadStatus
  readonly threadId: string
}
export const ThreadStatusChangedNotification: Schema.Schema<ThreadStatusChangedNotification> = lazy("ThreadStatusChangedNotification", () => Schema.Struct({
  status: force(ThreadStatus),
  threadId: Schema.String
}))

/**
 * Explicitly marked unread, including when the thread has no turns.
 */
export interface ThreadStartThreadUnreadPosition {
  readonly type: "threadStart"
}
export const ThreadStartThreadUnreadPosition: Schema.Schema<ThreadStartThreadUnreadPosition> = lazy("ThreadStartThreadUnreadPosition", () => Schema.Struct({
  type: Schema.Literal("threadStart")
}))

/**
 * The earliest completed result needing attention.
 */
export interface TurnThreadUnreadPosition {
  readonly turnId: string
  readonly type: "turn"
}
export const TurnThreadUnreadPosition: Schema.Schema<TurnThreadUnreadPosition> = lazy("TurnThreadUnreadPosition", () => Schema.Struct({
  turnId: Schema.String,
  type: Schema.Literal("turn")
}))

export type ThreadUnreadPosition = (ThreadStartThreadUnreadPosition | TurnThreadUnreadPosition)
export const ThreadUnreadPosition: Schema.Schema<ThreadUnreadPosition> = lazy("ThreadUnreadPosition", () => Schema.Union(
  force(ThreadStartThreadUnreadPosition),
  force(TurnThreadUnreadPosition)
))

/**
 * The first unread position in a durable local thread. A null position means read. The opaque revision guards edits against activity or marks the caller has not seen.
 */
export interface ThreadReadState {
  readonly firstUnread?: ThreadUnreadPosition | null | undefined
  readonly revision: string
}
export const ThreadReadState: Schema.Schema<ThreadReadState> = lazy("ThreadReadState", () => Schema.Struct({
  firstUnread: Schema.optional(Schema.NullOr(force(ThreadUnreadPosition))),
  revision: Schema.String
}))

export interface ThreadReadStateChangedNotification {
  readonly readState: ThreadReadState
  readonly threadId: string
}
export const ThreadReadStateChangedNotification: Schema.Schema<ThreadReadStateChangedNotification> = lazy("ThreadReadStateChangedNotification", () => Schema.Struct({
  readState: force(ThreadReadState),
  threadId: Schema.String
}))

export interface ThreadArchivedNotification {
  readonly threadId: string
}
export const ThreadArchivedNotification: Schema.Schema<ThreadArchivedNotification> = lazy("ThreadArchivedNotification", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadDeletedNotification {
  readonly threadId: string
}
export const ThreadDeletedNotification: Schema.Schema<ThreadDeletedNotification> = lazy("ThreadDeletedNotification", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadUnarchivedNotification {
  readonly threadId: string
}
export const ThreadUnarchivedNotification: Schema.Schema<ThreadUnarchivedNotification> = lazy("ThreadUnarchivedNotification", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadClosedNotification {
  readonly threadId: string
}
export const ThreadClosedNotification: Schema.Schema<ThreadClosedNotification> = lazy("ThreadClosedNotification", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadRevertedNotification {
  readonly threadId: string
}
export const ThreadRevertedNotification: Schema.Schema<ThreadRevertedNotification> = lazy("ThreadRevertedNotification", () => Schema.Struct({
  threadId: Schema.String
}))

/**
 * Notification emitted when watched local skill files change.
 *
 * Treat this as an invalidation signal and re-run `skills/list` with the client's current parameters when refreshed skill metadata is needed.
 */
export type SkillsChangedNotification = { readonly [key: string]: unknown }
export const SkillsChangedNotification: Schema.Schema<SkillsChangedNotification> = lazy("SkillsChangedNotification", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ThreadNameUpdatedNotification {
  readonly threadId: string
  readonly threadName?: string | null | undefined
}
export const ThreadNameUpdatedNotification: Schema.Schema<ThreadNameUpdatedNotification> = lazy("ThreadNameUpdatedNotification", () => Schema.Struct({
  threadId: Schema.String,
  threadName: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * Broadcast after a successful move into, within, or out of a section.
 */
export interface ThreadSectionChangedNotification {
  /**
   * Destination section, or `null` when the thread was removed from its section.
   */
  readonly sectionId: string | null
  readonly threadId: string
}
export const ThreadSectionChangedNotification: Schema.Schema<ThreadSectionChangedNotification> = lazy("ThreadSectionChangedNotification", () => Schema.Struct({
  sectionId: Schema.NullOr(Schema.String),
  threadId: Schema.String
}))

/**
 * The persisted attachment change represented by a notification.
 */
export type ThreadAttachmentOperation = "created" | "deleted"
export const ThreadAttachmentOperation: Schema.Schema<ThreadAttachmentOperation> = lazy("ThreadAttachmentOperation", () => Schema.Literal("created", "deleted"))

/**
 * Notification published after a thread attachment is created or deleted.
 */
export interface ThreadAttachmentUpdatedNotification {
  readonly attachmentId: string
  readonly attachmentType: string
  readonly identityKey: string
  readonly operation: ThreadAttachmentOperation
  readonly threadId: string
}
export const ThreadAttachmentUpdatedNotification: Schema.Schema<ThreadAttachmentUpdatedNotification> = lazy("ThreadAttachmentUpdatedNotification", () => Schema.Struct({
  attachmentId: Schema.String,
  attachmentType: Schema.String,
  identityKey: Schema.String,
  operation: force(ThreadAttachmentOperation),
  threadId: Schema.String
}))

export interface ThreadGoal {
  /**
   * @format int64
   */
  readonly createdAt: number
  readonly objective: string
  readonly status: ThreadGoalStatus
  readonly threadId: string
  /**
   * @format int64
   */
  readonly timeUsedSeconds: number
  /**
   * @format int64
   */
  readonly tokenBudget?: number | null | undefined
  /**
   * @format int64
   */
  readonly tokensUsed: number
  /**
   * @format int64
   */
  readonly updatedAt: number
}
export const ThreadGoal: Schema.Schema<ThreadGoal> = lazy("ThreadGoal", () => Schema.Struct({
  createdAt: Schema.Number,
  objective: Schema.String,
  status: force(ThreadGoalStatus),
  threadId: Schema.String,
  timeUsedSeconds: Schema.Number,
  tokenBudget: Schema.optional(Schema.NullOr(Schema.Number)),
  tokensUsed: Schema.Number,
  updatedAt: Schema.Number
}))

export interface ThreadGoalUpdatedNotification {
  readonly goal: ThreadGoal
  readonly threadId: string
  readonly turnId?: string | null | undefined
}
export const ThreadGoalUpdatedNotification: Schema.Schema<ThreadGoalUpdatedNotification> = lazy("ThreadGoalUpdatedNotification", () => Schema.Struct({
  goal: force(ThreadGoal),
  threadId: Schema.String,
  turnId: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface CompletedThreadPredictionResult {
  readonly text?: string | null | undefined
  readonly type: "completed"
}
export const CompletedThreadPredictionResult: Schema.Schema<CompletedThreadPredictionResult> = lazy("CompletedThreadPredictionResult", () => Schema.Struct({
  text: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("completed")
}))

export interface FailedThreadPredictionResult {
  readonly type: "failed"
}
export const FailedThreadPredictionResult: Schema.Schema<FailedThreadPredictionResult> = lazy("FailedThreadPredictionResult", () => Schema.Struct({
  type: Schema.Literal("failed")
}))

export type ThreadPredictionResult = (CompletedThreadPredictionResult | FailedThreadPredictionResult)
export const ThreadPredictionResult: Schema.Schema<ThreadPredictionResult> = lazy("ThreadPredictionResult", () => Schema.Union(
  force(CompletedThreadPredictionResult),
  force(FailedThreadPredictionResult)
))

export interface ThreadPredictionUpdatedNotification {
  readonly result: ThreadPredictionResult
  readonly sourceTurnId: string
  readonly threadId: string
}
export const ThreadPredictionUpdatedNotification: Schema.Schema<ThreadPredictionUpdatedNotification> = lazy("ThreadPredictionUpdatedNotification", () => Schema.Struct({
  result: force(ThreadPredictionResult),
  sourceTurnId: Schema.String,
  threadId: Schema.String
}))

export interface ThreadGoalClearedNotification {
  readonly threadId: string
}
export const ThreadGoalClearedNotification: Schema.Schema<ThreadGoalClearedNotification> = lazy("ThreadGoalClearedNotification", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadQueueChangedNotification {
  readonly threadId: string
}
export const ThreadQueueChangedNotification: Schema.Schema<ThreadQueueChangedNotification> = lazy("ThreadQueueChangedNotification", () => Schema.Struct({
  threadId: Schema.String
}))

export interface ThreadProjectUpdatedNotification {
  readonly projectId: string | null
  readonly threadId: string
}
export const ThreadProjectUpdatedNotification: Schema.Schema<ThreadProjectUpdatedNotification> = lazy("ThreadProjectUpdatedNotification", () => Schema.Struct({
  projectId: Schema.NullOr(Schema.String),
  threadId: Schema.String
}))

export interface ThreadSettings {
  readonly activePermissionProfile?: ActivePermissionProfile | null | undefined
  readonly approvalPolicy: AskForApproval
  readonly approvalsReviewer: ApprovalsReviewer
  readonly collaborationMode: CollaborationMode
  readonly cwd: AbsolutePathBuf
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   * @default []
   */
  readonly disabledPluginIds?: ReadonlyArray<string> | undefined
  readonly effort?: ReasoningEffort | null | undefined
  /**
   * Environments configured for future turns, in priority order, primary first. `null` means the server does not expose the selection; [] means none are selected.
   * @default null
   */
  readonly environments?: ReadonlyArray<ThreadEnvironment> | null | undefined
  readonly model: string
  readonly modelProvider: string
  /**
   * @deprecated Always `explicitRequestOnly`. Use `effort` for Ultra behavior.
   * @default "explicitRequestOnly"
   */
  readonly multiAgentMode?: MultiAgentMode | undefined
  /**
   * @deprecated Reports the saved setting; `friendly` and `pragmatic` no longer select a style.
   */
  readonly personality?: Personality | null | undefined
  readonly sandboxPolicy: SandboxPolicy
  readonly serviceTier?: string | null | undefined
  readonly summary?: ReasoningSummary | null | undefined
}
export const ThreadSettings: Schema.Schema<ThreadSettings> = lazy("ThreadSettings", () => Schema.Struct({
  activePermissionProfile: Schema.optional(Schema.NullOr(force(ActivePermissionProfile))),
  approvalPolicy: force(AskForApproval),
  approvalsReviewer: force(ApprovalsReviewer),
  collaborationMode: force(CollaborationMode),
  cwd: force(AbsolutePathBuf),
  disabledPluginIds: Schema.optional(Schema.Array(Schema.String)),
  effort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  environments: Schema.optional(Schema.NullOr(Schema.Array(force(ThreadEnvironment)))),
  model: Schema.String,
  modelProvider: Schema.String,
  multiAgentMode: Schema.optional(force(MultiAgentMode)),
  personality: Schema.optional(Schema.NullOr(force(Personality))),
  sandboxPolicy: force(SandboxPolicy),
  serviceTier: Schema.optional(Schema.NullOr(Schema.String)),
  summary: Schema.optional(Schema.NullOr(force(ReasoningSummary)))
}))

export interface ThreadSettingsUpdatedNotification {
  readonly threadId: string
  readonly threadSettings: ThreadSettings
}
export const ThreadSettingsUpdatedNotification: Schema.Schema<ThreadSettingsUpdatedNotification> = lazy("ThreadSettingsUpdatedNotification", () => Schema.Struct({
  threadId: Schema.String,
  threadSettings: force(ThreadSettings)
}))

export interface ThreadTokenUsage {
  readonly last: TokenUsageBreakdown
  /**
   * @format int64
   */
  readonly modelContextWindow?: number | null | undefined
  readonly total: TokenUsageBreakdown
}
export const ThreadTokenUsage: Schema.Schema<ThreadTokenUsage> = lazy("ThreadTokenUsage", () => Schema.Struct({
  last: force(TokenUsageBreakdown),
  modelContextWindow: Schema.optional(Schema.NullOr(Schema.Number)),
  total: force(TokenUsageBreakdown)
}))

export interface ThreadTokenUsageUpdatedNotification {
  readonly threadId: string
  readonly tokenUsage: ThreadTokenUsage
  readonly turnId: string
}
export const ThreadTokenUsageUpdatedNotification: Schema.Schema<ThreadTokenUsageUpdatedNotification> = lazy("ThreadTokenUsageUpdatedNotification", () => Schema.Struct({
  threadId: Schema.String,
  tokenUsage: force(ThreadTokenUsage),
  turnId: Schema.String
}))

export interface TurnStartedNotification {
  readonly threadId: string
  readonly turn: Turn
}
export const TurnStartedNotification: Schema.Schema<TurnStartedNotification> = lazy("TurnStartedNotification", () => Schema.Struct({
  threadId: Schema.String,
  turn: force(Turn)
}))

export interface TurnCompletedNotification {
  readonly threadId: string
  readonly turn: Turn
}
export const TurnCompletedNotification: Schema.Schema<TurnCompletedNotification> = lazy("TurnCompletedNotification", () => Schema.Struct({
  threadId: Schema.String,
  turn: force(Turn)
}))

/**
 * Notification that the turn-level unified diff has changed. Contains the latest aggregated diff across all file changes in the turn.
 */
export interface TurnDiffUpdatedNotification {
  readonly diff: string
  readonly threadId: string
  readonly turnId: string
}
export const TurnDiffUpdatedNotification: Schema.Schema<TurnDiffUpdatedNotification> = lazy("TurnDiffUpdatedNotification", () => Schema.Struct({
  diff: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))

export type TurnPlanStepStatus = "pending" | "inProgress" | "completed"
export const TurnPlanStepStatus: Schema.Schema<TurnPlanStepStatus> = lazy("TurnPlanStepStatus", () => Schema.Literal("pending", "inProgress", "completed"))

export interface TurnPlanStep {
  readonly status: TurnPlanStepStatus
  readonly step: string
}
export const TurnPlanStep: Schema.Schema<TurnPlanStep> = lazy("TurnPlanStep", () => Schema.Struct({
  status: force(TurnPlanStepStatus),
  step: Schema.String
}))

export interface TurnPlanUpdatedNotification {
  readonly explanation?: string | null | undefined
  readonly plan: ReadonlyArray<TurnPlanStep>
  readonly threadId: string
  readonly turnId: string
}
export const TurnPlanUpdatedNotification: Schema.Schema<TurnPlanUpdatedNotification> = lazy("TurnPlanUpdatedNotification", () => Schema.Struct({
  explanation: Schema.optional(Schema.NullOr(Schema.String)),
  plan: Schema.Array(force(TurnPlanStep)),
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface StrictReviewRequiredNotification {
  /**
   * Unix timestamp (in milliseconds) when this review started.
   * @format int64
   */
  readonly startedAtMs: number
  readonly threadId: string
  readonly turnId: string
}
export const StrictReviewRequiredNotification: Schema.Schema<StrictReviewRequiredNotification> = lazy("StrictReviewRequiredNotification", () => Schema.Struct({
  startedAtMs: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface TerminalInteractionNotification {
  readonly itemId: string
  readonly processId: string
  readonly stdin: string
  readonly threadId: string
  readonly turnId: string
}
export const TerminalInteractionNotification: Schema.Schema<TerminalInteractionNotification> = lazy("TerminalInteractionNotification", () => Schema.Struct({
  itemId: Schema.String,
  processId: Schema.String,
  stdin: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface ServerRequestResolvedNotification {
  readonly requestId: RequestId
  readonly threadId: string
}
export const ServerRequestResolvedNotification: Schema.Schema<ServerRequestResolvedNotification> = lazy("ServerRequestResolvedNotification", () => Schema.Struct({
  requestId: force(RequestId),
  threadId: Schema.String
}))

export interface TurnModerationMetadataNotification {
  readonly metadata: unknown
  readonly threadId: string
  readonly turnId: string
}
export const TurnModerationMetadataNotification: Schema.Schema<TurnModerationMetadataNotification> = lazy("TurnModerationMetadataNotification", () => Schema.Struct({
  metadata: Schema.Unknown,
  threadId: Schema.String,
  turnId: Schema.String
}))

export interface WarningNotification {
  /**
   * Concise warning message for the user.
   */
  readonly message: string
  /**
   * Optional thread target when the warning applies to a specific thread.
   */
  readonly threadId?: string | null | undefined
}
export const WarningNotification: Schema.Schema<WarningNotification> = lazy("WarningNotification", () => Schema.Struct({
  message: Schema.String,
  threadId: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * EXPERIMENTAL - emitted when thread realtime startup is accepted.
 */
export interface ThreadRealtimeStartedNotification {
  readonly realtimeSessionId?: string | null | undefined
  readonly threadId: string
  readonly version: RealtimeConversationVersion
}
export const ThreadRealtimeStartedNotification: Schema.Schema<ThreadRealtimeStartedNotification> = lazy("ThreadRealtimeStartedNotification", () => Schema.Struct({
  realtimeSessionId: Schema.optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String,
  version: force(RealtimeConversationVersion)
}))

/**
 * EXPERIMENTAL - raw non-audio thread realtime item emitted by the backend.
 */
export interface ThreadRealtimeItemAddedNotification {
  readonly item: unknown
  readonly threadId: string
}
export const ThreadRealtimeItemAddedNotification: Schema.Schema<ThreadRealtimeItemAddedNotification> = lazy("ThreadRealtimeItemAddedNotification", () => Schema.Struct({
  item: Schema.Unknown,
  threadId: Schema.String
}))

export type ThreadRealtimeTranscriptRole = "user" | "assistant"
export const ThreadRealtimeTranscriptRole: Schema.Schema<ThreadRealtimeTranscriptRole> = lazy("ThreadRealtimeTranscriptRole", () => Schema.Literal("user", "assistant"))

export interface WholeItemThreadRealtimeBemItemPresentation {
  readonly type: "wholeItem"
}
export const WholeItemThreadRealtimeBemItemPresentation: Schema.Schema<WholeItemThreadRealtimeBemItemPresentation> = lazy("WholeItemThreadRealtimeBemItemPresentation", () => Schema.Struct({
  type: Schema.Literal("wholeItem")
}))

export interface InlineMarkdownThreadRealtimeBemItemPresentation {
  readonly type: "inlineMarkdown"
}
export const InlineMarkdownThreadRealtimeBemItemPresentation: Schema.Schema<InlineMarkdownThreadRealtimeBemItemPresentation> = lazy("InlineMarkdownThreadRealtimeBemItemPresentation", () => Schema.Struct({
  type: Schema.Literal("inlineMarkdown")
}))

export interface InlineVisualizationThreadRealtimeBemItemPresentation {
  /**
   * @format uint32
   */
  readonly index: number
  readonly type: "inlineVisualization"
}
export const InlineVisualizationThreadRealtimeBemItemPresentation: Schema.Schema<InlineVisualizationThreadRealtimeBemItemPresentation> = lazy("InlineVisualizationThreadRealtimeBemItemPresentation", () => Schema.Struct({
  index: Schema.Number,
  type: Schema.Literal("inlineVisualization")
}))

/**
 * EXPERIMENTAL - how an existing agent item appears in a realtime conversation.
 */
export type ThreadRealtimeBemItemPresentation = (WholeItemThreadRealtimeBemItemPresentation | InlineMarkdownThreadRealtimeBemItemPresentation | InlineVisualizationThreadRealtimeBemItemPresentation)
export const ThreadRealtimeBemItemPresentation: Schema.Schema<ThreadRealtimeBemItemPresentation> = lazy("ThreadRealtimeBemItemPresentation", () => Schema.Union(
  force(WholeItemThreadRealtimeBemItemPresentation),
  force(InlineMarkdownThreadRealtimeBemItemPresentation),
  force(InlineVisualizationThreadRealtimeBemItemPresentation)
))

export type ThreadRealtimeSessionOutcome = "ended" | "failed"
export const ThreadRealtimeSessionOutcome: Schema.Schema<ThreadRealtimeSessionOutcome> = lazy("ThreadRealtimeSessionOutcome", () => Schema.Literal("ended", "failed"))

export interface RealtimeSessionStartedThreadRealtimeItem {
  readonly id: string
  readonly realtimeSessionId: string
  readonly type: "realtimeSessionStarted"
}
export const RealtimeSessionStartedThreadRealtimeItem: Schema.Schema<RealtimeSessionStartedThreadRealtimeItem> = lazy("RealtimeSessionStartedThreadRealtimeItem", () => Schema.Struct({
  id: Schema.String,
  realtimeSessionId: Schema.String,
  type: Schema.Literal("realtimeSessionStarted")
}))

export interface TranscriptSegmentThreadRealtimeItem {
  readonly id: string
  readonly realtimeSessionId: string
  readonly role: ThreadRealtimeTranscriptRole
  readonly text: string
  readonly type: "transcriptSegment"
}
export const TranscriptSegmentThreadRealtimeItem: Schema.Schema<TranscriptSegmentThreadRealtimeItem> = lazy("TranscriptSegmentThreadRealtimeItem", () => Schema.Struct({
  id: Schema.String,
  realtimeSessionId: Schema.String,
  role: force(ThreadRealtimeTranscriptRole),
  text: Schema.String,
  type: Schema.Literal("transcriptSegment")
}))

export interface BemItemPromotedThreadRealtimeItem {
  readonly id: string
  readonly item_id: string
  readonly presentation: ThreadRealtimeBemItemPresentation
  readonly realtimeSessionId: string
  readonly turn_id: string
  readonly type: "bemItemPromoted"
}
export const BemItemPromotedThreadRealtimeItem: Schema.Schema<BemItemPromotedThreadRealtimeItem> = lazy("BemItemPromotedThreadRealtimeItem", () => Schema.Struct({
  id: Schema.String,
  item_id: Schema.String,
  presentation: force(ThreadRealtimeBemItemPresentation),
  realtimeSessionId: Schema.String,
  turn_id: Schema.String,
  type: Schema.Literal("bemItemPromoted")
}))

export interface RealtimeSessionClosedThreadRealtimeItem {
  readonly id: string
  readonly outcome: ThreadRealtimeSessionOutcome
  readonly realtimeSessionId: string
  readonly type: "realtimeSessionClosed"
}
export const RealtimeSessionClosedThreadRealtimeItem: Schema.Schema<RealtimeSessionClosedThreadRealtimeItem> = lazy("RealtimeSessionClosedThreadRealtimeItem", () => Schema.Struct({
  id: Schema.String,
  outcome: force(ThreadRealtimeSessionOutcome),
  realtimeSessionId: Schema.String,
  type: Schema.Literal("realtimeSessionClosed")
}))

/**
 * EXPERIMENTAL - a thread-scoped realtime item in the canonical timeline.
 */
export type ThreadRealtimeItem = (RealtimeSessionStartedThreadRealtimeItem | TranscriptSegmentThreadRealtimeItem | BemItemPromotedThreadRealtimeItem | RealtimeSessionClosedThreadRealtimeItem)
export const ThreadRealtimeItem: Schema.Schema<ThreadRealtimeItem> = lazy("ThreadRealtimeItem", () => Schema.Union(
  force(RealtimeSessionStartedThreadRealtimeItem),
  force(TranscriptSegmentThreadRealtimeItem),
  force(BemItemPromotedThreadRealtimeItem),
  force(RealtimeSessionClosedThreadRealtimeItem)
))

/**
 * EXPERIMENTAL - a realtime timeline item started before its content streams.
 */
export interface ThreadRealtimeItemStartedNotification {
  readonly item: ThreadRealtimeItem
  readonly threadId: string
}
export const ThreadRealtimeItemStartedNotification: Schema.Schema<ThreadRealtimeItemStartedNotification> = lazy("ThreadRealtimeItemStartedNotification", () => Schema.Struct({
  item: force(ThreadRealtimeItem),
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - text appended to an active realtime transcript item.
 */
export interface ThreadRealtimeItemTranscriptDeltaNotification {
  readonly delta: string
  readonly itemId: string
  readonly threadId: string
}
export const ThreadRealtimeItemTranscriptDeltaNotification: Schema.Schema<ThreadRealtimeItemTranscriptDeltaNotification> = lazy("ThreadRealtimeItemTranscriptDeltaNotification", () => Schema.Struct({
  delta: Schema.String,
  itemId: Schema.String,
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - a realtime timeline item published after canonical commit.
 */
export interface ThreadRealtimeItemCompletedNotification {
  readonly item: ThreadRealtimeItem
  readonly threadId: string
}
export const ThreadRealtimeItemCompletedNotification: Schema.Schema<ThreadRealtimeItemCompletedNotification> = lazy("ThreadRealtimeItemCompletedNotification", () => Schema.Struct({
  item: force(ThreadRealtimeItem),
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - flat transcript delta emitted whenever realtime transcript text changes.
 */
export interface ThreadRealtimeTranscriptDeltaNotification {
  /**
   * Live transcript delta from the realtime event.
   */
  readonly delta: string
  readonly role: string
  readonly threadId: string
}
export const ThreadRealtimeTranscriptDeltaNotification: Schema.Schema<ThreadRealtimeTranscriptDeltaNotification> = lazy("ThreadRealtimeTranscriptDeltaNotification", () => Schema.Struct({
  delta: Schema.String,
  role: Schema.String,
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - final transcript text emitted when realtime completes a transcript part.
 */
export interface ThreadRealtimeTranscriptDoneNotification {
  readonly role: string
  /**
   * Final complete text for the transcript part.
   */
  readonly text: string
  readonly threadId: string
}
export const ThreadRealtimeTranscriptDoneNotification: Schema.Schema<ThreadRealtimeTranscriptDoneNotification> = lazy("ThreadRealtimeTranscriptDoneNotification", () => Schema.Struct({
  role: Schema.String,
  text: Schema.String,
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - streamed output audio emitted by thread realtime.
 */
export interface ThreadRealtimeOutputAudioDeltaNotification {
  readonly audio: ThreadRealtimeAudioChunk
  readonly threadId: string
}
export const ThreadRealtimeOutputAudioDeltaNotification: Schema.Schema<ThreadRealtimeOutputAudioDeltaNotification> = lazy("ThreadRealtimeOutputAudioDeltaNotification", () => Schema.Struct({
  audio: force(ThreadRealtimeAudioChunk),
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - emitted with the remote SDP for a WebRTC realtime session.
 */
export interface ThreadRealtimeSdpNotification {
  readonly sdp: string
  readonly threadId: string
}
export const ThreadRealtimeSdpNotification: Schema.Schema<ThreadRealtimeSdpNotification> = lazy("ThreadRealtimeSdpNotification", () => Schema.Struct({
  sdp: Schema.String,
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - emitted when thread realtime encounters an error.
 */
export interface ThreadRealtimeErrorNotification {
  readonly message: string
  readonly threadId: string
}
export const ThreadRealtimeErrorNotification: Schema.Schema<ThreadRealtimeErrorNotification> = lazy("ThreadRealtimeErrorNotification", () => Schema.Struct({
  message: Schema.String,
  threadId: Schema.String
}))

/**
 * EXPERIMENTAL - emitted when thread realtime transport closes.
 */
export interface ThreadRealtimeClosedNotification {
  readonly reason?: string | null | undefined
  readonly threadId: string
}
export const ThreadRealtimeClosedNotification: Schema.Schema<ThreadRealtimeClosedNotification> = lazy("ThreadRealtimeClosedNotification", () => Schema.Struct({
  reason: Schema.optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String
}))

export interface WindowsWorldWritableWarningNotification {
  /**
   * @format uint
   */
  readonly extraCount: number
  readonly failedScan: boolean
  readonly samplePaths: ReadonlyArray<string>
}
export const WindowsWorldWritableWarningNotification: Schema.Schema<WindowsWorldWritableWarningNotification> = lazy("WindowsWorldWritableWarningNotification", () => Schema.Struct({
  extraCount: Schema.Number,
  failedScan: Schema.Boolean,
  samplePaths: Schema.Array(Schema.String)
}))

export interface WindowsSandboxSetupCompletedNotification {
  readonly error?: string | null | undefined
  readonly mode: WindowsSandboxSetupMode
  readonly success: boolean
}
export const WindowsSandboxSetupCompletedNotification: Schema.Schema<WindowsSandboxSetupCompletedNotification> = lazy("WindowsSandboxSetupCompletedNotification", () => Schema.Struct({
  error: Schema.optional(Schema.NullOr(Schema.String)),
  mode: force(WindowsSandboxSetupMode),
  success: Schema.Boolean
}))

export interface ThreadEnvironmentConnectedNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/environment/connected"
  readonly params: EnvironmentConnectionNotification
}
export const ThreadEnvironmentConnectedNotification: Schema.Schema<ThreadEnvironmentConnectedNotification> = lazy("ThreadEnvironmentConnectedNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/environment/connected"),
  params: force(EnvironmentConnectionNotification)
}))

export interface ThreadEnvironmentDisconnectedNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/environment/disconnected"
  readonly params: EnvironmentConnectionNotification
}
export const ThreadEnvironmentDisconnectedNotification: Schema.Schema<ThreadEnvironmentDisconnectedNotification> = lazy("ThreadEnvironmentDisconnectedNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/environment/disconnected"),
  params: force(EnvironmentConnectionNotification)
}))

export interface ItemAutoApprovalReviewStartedNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/autoApprovalReview/started"
  readonly params: ItemGuardianApprovalReviewStartedNotification
}
export const ItemAutoApprovalReviewStartedNotification: Schema.Schema<ItemAutoApprovalReviewStartedNotification> = lazy("ItemAutoApprovalReviewStartedNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/autoApprovalReview/started"),
  params: force(ItemGuardianApprovalReviewStartedNotification)
}))

export interface ItemAutoApprovalReviewCompletedNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/autoApprovalReview/completed"
  readonly params: ItemGuardianApprovalReviewCompletedNotification
}
export const ItemAutoApprovalReviewCompletedNotification: Schema.Schema<ItemAutoApprovalReviewCompletedNotification> = lazy("ItemAutoApprovalReviewCompletedNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/autoApprovalReview/completed"),
  params: force(ItemGuardianApprovalReviewCompletedNotification)
}))

export interface AutoApprovalReviewStrictReviewRequiredNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "autoApprovalReview/strictReviewRequired"
  readonly params: StrictReviewRequiredNotification
}
export const AutoApprovalReviewStrictReviewRequiredNotification: Schema.Schema<AutoApprovalReviewStrictReviewRequiredNotification> = lazy("AutoApprovalReviewStrictReviewRequiredNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("autoApprovalReview/strictReviewRequired"),
  params: force(StrictReviewRequiredNotification)
}))

export interface ItemAgentMessageDeltaNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/agentMessage/delta"
  readonly params: AgentMessageDeltaNotification
}
export const ItemAgentMessageDeltaNotification: Schema.Schema<ItemAgentMessageDeltaNotification> = lazy("ItemAgentMessageDeltaNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/agentMessage/delta"),
  params: force(AgentMessageDeltaNotification)
}))

/**
 * EXPERIMENTAL - proposed plan streaming deltas for plan items.
 */
export interface ItemPlanDeltaNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/plan/delta"
  readonly params: PlanDeltaNotification
}
export const ItemPlanDeltaNotification: Schema.Schema<ItemPlanDeltaNotification> = lazy("ItemPlanDeltaNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/plan/delta"),
  params: force(PlanDeltaNotification)
}))

export interface ItemCommandExecutionOutputDeltaNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/commandExecution/outputDelta"
  readonly params: CommandExecutionOutputDeltaNotification
}
export const ItemCommandExecutionOutputDeltaNotification: Schema.Schema<ItemCommandExecutionOutputDeltaNotification> = lazy("ItemCommandExecutionOutputDeltaNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/commandExecution/outputDelta"),
  params: force(CommandExecutionOutputDeltaNotification)
}))

export interface ItemCommandExecutionTerminalInteractionNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/commandExecution/terminalInteraction"
  readonly params: TerminalInteractionNotification
}
export const ItemCommandExecutionTerminalInteractionNotification: Schema.Schema<ItemCommandExecutionTerminalInteractionNotification> = lazy("ItemCommandExecutionTerminalInteractionNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/commandExecution/terminalInteraction"),
  params: force(TerminalInteractionNotification)
}))

/**
 * Deprecated legacy apply_patch output stream notification.
 */
export interface ItemFileChangeOutputDeltaNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/fileChange/outputDelta"
  readonly params: FileChangeOutputDeltaNotification
}
export const ItemFileChangeOutputDeltaNotification: Schema.Schema<ItemFileChangeOutputDeltaNotification> = lazy("ItemFileChangeOutputDeltaNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/fileChange/outputDelta"),
  params: force(FileChangeOutputDeltaNotification)
}))

export interface ItemFileChangePatchUpdatedNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/fileChange/patchUpdated"
  readonly params: FileChangePatchUpdatedNotification
}
export const ItemFileChangePatchUpdatedNotification: Schema.Schema<ItemFileChangePatchUpdatedNotification> = lazy("ItemFileChangePatchUpdatedNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/fileChange/patchUpdated"),
  params: force(FileChangePatchUpdatedNotification)
}))

export interface ItemMcpToolCallProgressNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/mcpToolCall/progress"
  readonly params: McpToolCallProgressNotification
}
export const ItemMcpToolCallProgressNotification: Schema.Schema<ItemMcpToolCallProgressNotification> = lazy("ItemMcpToolCallProgressNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/mcpToolCall/progress"),
  params: force(McpToolCallProgressNotification)
}))

export interface McpServerStartupStatusUpdatedNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "mcpServer/startupStatus/updated"
  readonly params: McpServerStatusUpdatedNotification
}
export const McpServerStartupStatusUpdatedNotification: Schema.Schema<McpServerStartupStatusUpdatedNotification> = lazy("McpServerStartupStatusUpdatedNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("mcpServer/startupStatus/updated"),
  params: force(McpServerStatusUpdatedNotification)
}))

export interface McpServerEventStreamNotificationNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "mcpServer/event/stream/notification"
  readonly params: McpServerEventStreamNotification
}
export const McpServerEventStreamNotificationNotification: Schema.Schema<McpServerEventStreamNotificationNotification> = lazy("McpServerEventStreamNotificationNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("mcpServer/event/stream/notification"),
  params: force(McpServerEventStreamNotification)
}))

export interface AccountGatewayOAuthChangedNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "account/gatewayOAuth/changed"
  readonly params: GatewayOAuthChangedNotification
}
export const AccountGatewayOAuthChangedNotification: Schema.Schema<AccountGatewayOAuthChangedNotification> = lazy("AccountGatewayOAuthChangedNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("account/gatewayOAuth/changed"),
  params: force(GatewayOAuthChangedNotification)
}))

export interface ItemReasoningSummaryTextDeltaNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/reasoning/summaryTextDelta"
  readonly params: ReasoningSummaryTextDeltaNotification
}
export const ItemReasoningSummaryTextDeltaNotification: Schema.Schema<ItemReasoningSummaryTextDeltaNotification> = lazy("ItemReasoningSummaryTextDeltaNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/reasoning/summaryTextDelta"),
  params: force(ReasoningSummaryTextDeltaNotification)
}))

export interface ItemReasoningSummaryPartAddedNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/reasoning/summaryPartAdded"
  readonly params: ReasoningSummaryPartAddedNotification
}
export const ItemReasoningSummaryPartAddedNotification: Schema.Schema<ItemReasoningSummaryPartAddedNotification> = lazy("ItemReasoningSummaryPartAddedNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/reasoning/summaryPartAdded"),
  params: force(ReasoningSummaryPartAddedNotification)
}))

export interface ItemReasoningTextDeltaNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/reasoning/textDelta"
  readonly params: ReasoningTextDeltaNotification
}
export const ItemReasoningTextDeltaNotification: Schema.Schema<ItemReasoningTextDeltaNotification> = lazy("ItemReasoningTextDeltaNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/reasoning/textDelta"),
  params: force(ReasoningTextDeltaNotification)
}))

/**
 * Deprecated: Use `ContextCompaction` item type instead.
 */
export interface ThreadCompactedNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/compacted"
  readonly params: ContextCompactedNotification
}
export const ThreadCompactedNotification: Schema.Schema<ThreadCompactedNotification> = lazy("ThreadCompactedNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/compacted"),
  params: force(ContextCompactedNotification)
}))

export interface ModelProviderAuthRecoveryStartedNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "modelProvider/authRecoveryStarted"
  readonly params: AuthRecoveryNotification
}
export const ModelProviderAuthRecoveryStartedNotification: Schema.Schema<ModelProviderAuthRecoveryStartedNotification> = lazy("ModelProviderAuthRecoveryStartedNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("modelProvider/authRecoveryStarted"),
  params: force(AuthRecoveryNotification)
}))

export interface ModelProviderAuthRecoveryCompletedNotification {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "modelProvider/authRecoveryCompleted"
  readonly params: AuthRecoveryNotification
}
export const ModelProviderAuthRecoveryCompletedNotification: Schema.Schema<ModelProviderAuthRecoveryCompletedNotification> = lazy("ModelProviderAuthRecoveryCompletedNotification", () => Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("modelProvider/authRecoveryCompleted"),
  params: force(AuthRecoveryNotification)
}))

/**
 * Notification sent from the server to the client.
 */
export type ServerNotification = ({
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "error"
  readonly params: ErrorNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/started"
  readonly params: ThreadStartedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/status/changed"
  readonly params: ThreadStatusChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/readState/changed"
  readonly params: ThreadReadStateChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/archived"
  readonly params: ThreadArchivedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/deleted"
  readonly params: ThreadDeletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/unarchived"
  readonly params: ThreadUnarchivedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/closed"
  readonly params: ThreadClosedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/reverted"
  readonly params: ThreadRevertedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "skills/changed"
  readonly params: SkillsChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/name/updated"
  readonly params: ThreadNameUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/section/changed"
  readonly params: ThreadSectionChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/attachment/updated"
  readonly params: ThreadAttachmentUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/goal/updated"
  readonly params: ThreadGoalUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/prediction/updated"
  readonly params: ThreadPredictionUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/goal/cleared"
  readonly params: ThreadGoalClearedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/queue/changed"
  readonly params: ThreadQueueChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "project/changed"
  readonly params: ProjectChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/project/updated"
  readonly params: ThreadProjectUpdatedNotification
} | ThreadEnvironmentConnectedNotification | ThreadEnvironmentDisconnectedNotification | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/settings/updated"
  readonly params: ThreadSettingsUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/tokenUsage/updated"
  readonly params: ThreadTokenUsageUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "turn/started"
  readonly params: TurnStartedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "hook/started"
  readonly params: HookStartedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "turn/completed"
  readonly params: TurnCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "hook/completed"
  readonly params: HookCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "turn/diff/updated"
  readonly params: TurnDiffUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "turn/plan/updated"
  readonly params: TurnPlanUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/started"
  readonly params: ItemStartedNotification
} | ItemAutoApprovalReviewStartedNotification | ItemAutoApprovalReviewCompletedNotification | AutoApprovalReviewStrictReviewRequiredNotification | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "item/completed"
  readonly params: ItemCompletedNotification
} | ItemAgentMessageDeltaNotification | ItemPlanDeltaNotification | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "command/exec/outputDelta"
  readonly params: CommandExecOutputDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "process/outputDelta"
  readonly params: ProcessOutputDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "process/exited"
  readonly params: ProcessExitedNotification
} | ItemCommandExecutionOutputDeltaNotification | ItemCommandExecutionTerminalInteractionNotification | ItemFileChangeOutputDeltaNotification | ItemFileChangePatchUpdatedNotification | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "serverRequest/resolved"
  readonly params: ServerRequestResolvedNotification
} | ItemMcpToolCallProgressNotification | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "mcpServer/oauthLogin/completed"
  readonly params: McpServerOauthLoginCompletedNotification
} | McpServerStartupStatusUpdatedNotification | McpServerEventStreamNotificationNotification | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "account/updated"
  readonly params: AccountUpdatedNotification
} | AccountGatewayOAuthChangedNotification | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "account/rateLimits/updated"
  readonly params: AccountRateLimitsUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "app/list/updated"
  readonly params: AppListUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "remoteControl/status/changed"
  readonly params: RemoteControlStatusChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "externalAgentConfig/import/progress"
  readonly params: ExternalAgentConfigImportProgressNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "externalAgentConfig/import/completed"
  readonly params: ExternalAgentConfigImportCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "fs/changed"
  readonly params: FsChangedNotification
} | ItemReasoningSummaryTextDeltaNotification | ItemReasoningSummaryPartAddedNotification | ItemReasoningTextDeltaNotification | ThreadCompactedNotification | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "model/rerouted"
  readonly params: ModelReroutedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "model/verification"
  readonly params: ModelVerificationNotification
} | ModelProviderAuthRecoveryStartedNotification | ModelProviderAuthRecoveryCompletedNotification | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "turn/moderationMetadata"
  readonly params: TurnModerationMetadataNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "model/safetyBuffering/updated"
  readonly params: ModelSafetyBufferingUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "warning"
  readonly params: WarningNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "guardianWarning"
  readonly params: GuardianWarningNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "deprecationNotice"
  readonly params: DeprecationNoticeNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "configWarning"
  readonly params: ConfigWarningNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "fuzzyFileSearch/sessionUpdated"
  readonly params: FuzzyFileSearchSessionUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "fuzzyFileSearch/sessionCompleted"
  readonly params: FuzzyFileSearchSessionCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/realtime/started"
  readonly params: ThreadRealtimeStartedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/realtime/itemAdded"
  readonly params: ThreadRealtimeItemAddedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/realtime/item/started"
  readonly params: ThreadRealtimeItemStartedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/realtime/item/transcript/delta"
  readonly params: ThreadRealtimeItemTranscriptDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/realtime/item/completed"
  readonly params: ThreadRealtimeItemCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/realtime/transcript/delta"
  readonly params: ThreadRealtimeTranscriptDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/realtime/transcript/done"
  readonly params: ThreadRealtimeTranscriptDoneNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/realtime/outputAudio/delta"
  readonly params: ThreadRealtimeOutputAudioDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/realtime/sdp"
  readonly params: ThreadRealtimeSdpNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/realtime/error"
  readonly params: ThreadRealtimeErrorNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "thread/realtime/closed"
  readonly params: ThreadRealtimeClosedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "windows/worldWritableWarning"
  readonly params: WindowsWorldWritableWarningNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "windowsSandbox/setupCompleted"
  readonly params: WindowsSandboxSetupCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   * @format int64
   */
  readonly emittedAtMs?: number | undefined
  readonly method: "account/login/completed"
  readonly params: AccountLoginCompletedNotification
})
export const ServerNotification: Schema.Schema<ServerNotification> = lazy("ServerNotification", () => Schema.Union(
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("error"),
  params: force(ErrorNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/started"),
  params: force(ThreadStartedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/status/changed"),
  params: force(ThreadStatusChangedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/readState/changed"),
  params: force(ThreadReadStateChangedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/archived"),
  params: force(ThreadArchivedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/deleted"),
  params: force(ThreadDeletedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/unarchived"),
  params: force(ThreadUnarchivedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/closed"),
  params: force(ThreadClosedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/reverted"),
  params: force(ThreadRevertedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("skills/changed"),
  params: force(SkillsChangedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/name/updated"),
  params: force(ThreadNameUpdatedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/section/changed"),
  params: force(ThreadSectionChangedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/attachment/updated"),
  params: force(ThreadAttachmentUpdatedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/goal/updated"),
  params: force(ThreadGoalUpdatedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/prediction/updated"),
  params: force(ThreadPredictionUpdatedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/goal/cleared"),
  params: force(ThreadGoalClearedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/queue/changed"),
  params: force(ThreadQueueChangedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("project/changed"),
  params: force(ProjectChangedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/project/updated"),
  params: force(ThreadProjectUpdatedNotification)
}),
  force(ThreadEnvironmentConnectedNotification),
  force(ThreadEnvironmentDisconnectedNotification),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/settings/updated"),
  params: force(ThreadSettingsUpdatedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/tokenUsage/updated"),
  params: force(ThreadTokenUsageUpdatedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("turn/started"),
  params: force(TurnStartedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("hook/started"),
  params: force(HookStartedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("turn/completed"),
  params: force(TurnCompletedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("hook/completed"),
  params: force(HookCompletedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("turn/diff/updated"),
  params: force(TurnDiffUpdatedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("turn/plan/updated"),
  params: force(TurnPlanUpdatedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/started"),
  params: force(ItemStartedNotification)
}),
  force(ItemAutoApprovalReviewStartedNotification),
  force(ItemAutoApprovalReviewCompletedNotification),
  force(AutoApprovalReviewStrictReviewRequiredNotification),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("item/completed"),
  params: force(ItemCompletedNotification)
}),
  force(ItemAgentMessageDeltaNotification),
  force(ItemPlanDeltaNotification),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("command/exec/outputDelta"),
  params: force(CommandExecOutputDeltaNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("process/outputDelta"),
  params: force(ProcessOutputDeltaNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("process/exited"),
  params: force(ProcessExitedNotification)
}),
  force(ItemCommandExecutionOutputDeltaNotification),
  force(ItemCommandExecutionTerminalInteractionNotification),
  force(ItemFileChangeOutputDeltaNotification),
  force(ItemFileChangePatchUpdatedNotification),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("serverRequest/resolved"),
  params: force(ServerRequestResolvedNotification)
}),
  force(ItemMcpToolCallProgressNotification),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("mcpServer/oauthLogin/completed"),
  params: force(McpServerOauthLoginCompletedNotification)
}),
  force(McpServerStartupStatusUpdatedNotification),
  force(McpServerEventStreamNotificationNotification),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("account/updated"),
  params: force(AccountUpdatedNotification)
}),
  force(AccountGatewayOAuthChangedNotification),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("account/rateLimits/updated"),
  params: force(AccountRateLimitsUpdatedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("app/list/updated"),
  params: force(AppListUpdatedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("remoteControl/status/changed"),
  params: force(RemoteControlStatusChangedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("externalAgentConfig/import/progress"),
  params: force(ExternalAgentConfigImportProgressNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("externalAgentConfig/import/completed"),
  params: force(ExternalAgentConfigImportCompletedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("fs/changed"),
  params: force(FsChangedNotification)
}),
  force(ItemReasoningSummaryTextDeltaNotification),
  force(ItemReasoningSummaryPartAddedNotification),
  force(ItemReasoningTextDeltaNotification),
  force(ThreadCompactedNotification),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("model/rerouted"),
  params: force(ModelReroutedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("model/verification"),
  params: force(ModelVerificationNotification)
}),
  force(ModelProviderAuthRecoveryStartedNotification),
  force(ModelProviderAuthRecoveryCompletedNotification),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("turn/moderationMetadata"),
  params: force(TurnModerationMetadataNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("model/safetyBuffering/updated"),
  params: force(ModelSafetyBufferingUpdatedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("warning"),
  params: force(WarningNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("guardianWarning"),
  params: force(GuardianWarningNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("deprecationNotice"),
  params: force(DeprecationNoticeNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("configWarning"),
  params: force(ConfigWarningNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("fuzzyFileSearch/sessionUpdated"),
  params: force(FuzzyFileSearchSessionUpdatedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("fuzzyFileSearch/sessionCompleted"),
  params: force(FuzzyFileSearchSessionCompletedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/realtime/started"),
  params: force(ThreadRealtimeStartedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/realtime/itemAdded"),
  params: force(ThreadRealtimeItemAddedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/realtime/item/started"),
  params: force(ThreadRealtimeItemStartedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/realtime/item/transcript/delta"),
  params: force(ThreadRealtimeItemTranscriptDeltaNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/realtime/item/completed"),
  params: force(ThreadRealtimeItemCompletedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/realtime/transcript/delta"),
  params: force(ThreadRealtimeTranscriptDeltaNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/realtime/transcript/done"),
  params: force(ThreadRealtimeTranscriptDoneNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/realtime/outputAudio/delta"),
  params: force(ThreadRealtimeOutputAudioDeltaNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/realtime/sdp"),
  params: force(ThreadRealtimeSdpNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/realtime/error"),
  params: force(ThreadRealtimeErrorNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("thread/realtime/closed"),
  params: force(ThreadRealtimeClosedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("windows/worldWritableWarning"),
  params: force(WindowsWorldWritableWarningNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("windowsSandbox/setupCompleted"),
  params: force(WindowsSandboxSetupCompletedNotification)
}),
  Schema.Struct({
  emittedAtMs: Schema.optional(Schema.Number),
  method: Schema.Literal("account/login/completed"),
  params: force(AccountLoginCompletedNotification)
})
))

/**
 * EXPERIMENTAL. Defines a single selectable option for request_user_input.
 */
export interface ToolRequestUserInputOption {
  readonly description: string
  readonly label: string
}
export const ToolRequestUserInputOption: Schema.Schema<ToolRequestUserInputOption> = lazy("ToolRequestUserInputOption", () => Schema.Struct({
  description: Schema.String,
  label: Schema.String
}))

/**
 * EXPERIMENTAL. Represents one request_user_input question and its required options.
 */
export interface ToolRequestUserInputQuestion {
  readonly header: string
  readonly id: string
  /**
   * @default false
   */
  readonly isOther?: boolean | undefined
  /**
   * @default false
   */
  readonly isSecret?: boolean | undefined
  readonly options?: ReadonlyArray<ToolRequestUserInputOption> | null | undefined
  readonly question: string
}
export const ToolRequestUserInputQuestion: Schema.Schema<ToolRequestUserInputQuestion> = lazy("ToolRequestUserInputQuestion", () => Schema.Struct({
  header: Schema.String,
  id: Schema.String,
  isOther: Schema.optional(Schema.Boolean),
  isSecret: Schema.optional(Schema.Boolean),
  options: Schema.optional(Schema.NullOr(Schema.Array(force(ToolRequestUserInputOption)))),
  question: Schema.String
}))

/**
 * EXPERIMENTAL. Params sent with a request_user_input event.
 */
export interface ToolRequestUserInputParams {
  /**
   * @deprecated Use `isBlocking` to decide whether the request should block.
   * @format uint64
   * @default null
   */
  readonly autoResolutionMs?: number | null | undefined
  readonly isBlocking: boolean
  readonly itemId: string
  readonly questions: ReadonlyArray<ToolRequestUserInputQuestion>
  readonly threadId: string
  readonly turnId: string
}
export const ToolRequestUserInputParams: Schema.Schema<ToolRequestUserInputParams> = lazy("ToolRequestUserInputParams", () => Schema.Struct({
  autoResolutionMs: Schema.optional(Schema.NullOr(Schema.Number)),
  isBlocking: Schema.Boolean,
  itemId: Schema.String,
  questions: Schema.Array(force(ToolRequestUserInputQuestion)),
  threadId: Schema.String,
  turnId: Schema.String
}))

/**
 * NEW APIs Sent when approval is requested for a specific command execution. This request is used for Turns started via turn/start.
 */
export interface ItemCommandExecutionRequestApprovalRequest {
  readonly id: RequestId
  readonly method: "item/commandExecution/requestApproval"
  readonly params: CommandExecutionRequestApprovalParams
}
export const ItemCommandExecutionRequestApprovalRequest: Schema.Schema<ItemCommandExecutionRequestApprovalRequest> = lazy("ItemCommandExecutionRequestApprovalRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("item/commandExecution/requestApproval"),
  params: force(CommandExecutionRequestApprovalParams)
}))

/**
 * Sent when approval is requested for a specific file change. This request is used for Turns started via turn/start.
 */
export interface ItemFileChangeRequestApprovalRequest {
  readonly id: RequestId
  readonly method: "item/fileChange/requestApproval"
  readonly params: FileChangeRequestApprovalParams
}
export const ItemFileChangeRequestApprovalRequest: Schema.Schema<ItemFileChangeRequestApprovalRequest> = lazy("ItemFileChangeRequestApprovalRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("item/fileChange/requestApproval"),
  params: force(FileChangeRequestApprovalParams)
}))

/**
 * EXPERIMENTAL - Request input from the user for a tool call.
 */
export interface ItemToolRequestUserInputRequest {
  readonly id: RequestId
  readonly method: "item/tool/requestUserInput"
  readonly params: ToolRequestUserInputParams
}
export const ItemToolRequestUserInputRequest: Schema.Schema<ItemToolRequestUserInputRequest> = lazy("ItemToolRequestUserInputRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("item/tool/requestUserInput"),
  params: force(ToolRequestUserInputParams)
}))

/**
 * Request input for an MCP server elicitation.
 */
export interface McpServerElicitationRequestRequest {
  readonly id: RequestId
  readonly method: "mcpServer/elicitation/request"
  readonly params: McpServerElicitationRequestParams
}
export const McpServerElicitationRequestRequest: Schema.Schema<McpServerElicitationRequestRequest> = lazy("McpServerElicitationRequestRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("mcpServer/elicitation/request"),
  params: force(McpServerElicitationRequestParams)
}))

/**
 * Request approval for additional permissions from the user.
 */
export interface ItemPermissionsRequestApprovalRequest {
  readonly id: RequestId
  readonly method: "item/permissions/requestApproval"
  readonly params: PermissionsRequestApprovalParams
}
export const ItemPermissionsRequestApprovalRequest: Schema.Schema<ItemPermissionsRequestApprovalRequest> = lazy("ItemPermissionsRequestApprovalRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("item/permissions/requestApproval"),
  params: force(PermissionsRequestApprovalParams)
}))

/**
 * Execute a dynamic tool call on the client.
 */
export interface ItemToolCallRequest {
  readonly id: RequestId
  readonly method: "item/tool/call"
  readonly params: DynamicToolCallParams
}
export const ItemToolCallRequest: Schema.Schema<ItemToolCallRequest> = lazy("ItemToolCallRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("item/tool/call"),
  params: force(DynamicToolCallParams)
}))

export interface AccountChatgptAuthTokensRefreshRequest {
  readonly id: RequestId
  readonly method: "account/chatgptAuthTokens/refresh"
  readonly params: ChatgptAuthTokensRefreshParams
}
export const AccountChatgptAuthTokensRefreshRequest: Schema.Schema<AccountChatgptAuthTokensRefreshRequest> = lazy("AccountChatgptAuthTokensRefreshRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("account/chatgptAuthTokens/refresh"),
  params: force(ChatgptAuthTokensRefreshParams)
}))

/**
 * Generate a fresh upstream attestation result on demand.
 */
export interface AttestationGenerateRequest {
  readonly id: RequestId
  readonly method: "attestation/generate"
  readonly params: AttestationGenerateParams
}
export const AttestationGenerateRequest: Schema.Schema<AttestationGenerateRequest> = lazy("AttestationGenerateRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("attestation/generate"),
  params: force(AttestationGenerateParams)
}))

/**
 * Read the current time from an external clock owned by the client.
 */
export interface CurrentTimeReadRequest {
  readonly id: RequestId
  readonly method: "currentTime/read"
  readonly params: CurrentTimeReadParams
}
export const CurrentTimeReadRequest: Schema.Schema<CurrentTimeReadRequest> = lazy("CurrentTimeReadRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("currentTime/read"),
  params: force(CurrentTimeReadParams)
}))

/**
 * DEPRECATED APIs below Request to approve a patch. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage).
 */
export interface ApplyPatchApprovalRequest {
  readonly id: RequestId
  readonly method: "applyPatchApproval"
  readonly params: ApplyPatchApprovalParams
}
export const ApplyPatchApprovalRequest: Schema.Schema<ApplyPatchApprovalRequest> = lazy("ApplyPatchApprovalRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("applyPatchApproval"),
  params: force(ApplyPatchApprovalParams)
}))

/**
 * Request to exec a command. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage).
 */
export interface ExecCommandApprovalRequest {
  readonly id: RequestId
  readonly method: "execCommandApproval"
  readonly params: ExecCommandApprovalParams
}
export const ExecCommandApprovalRequest: Schema.Schema<ExecCommandApprovalRequest> = lazy("ExecCommandApprovalRequest", () => Schema.Struct({
  id: force(RequestId),
  method: Schema.Literal("execCommandApproval"),
  params: force(ExecCommandApprovalParams)
}))

/**
 * Request initiated from the server and sent to the client.
 */
export type ServerRequest = (ItemCommandExecutionRequestApprovalRequest | ItemFileChangeRequestApprovalRequest | ItemToolRequestUserInputRequest | McpServerElicitationRequestRequest | ItemPermissionsRequestApprovalRequest | ItemToolCallRequest | AccountChatgptAuthTokensRefreshRequest | AttestationGenerateRequest | CurrentTimeReadRequest | ApplyPatchApprovalRequest | ExecCommandApprovalRequest)
export const ServerRequest: Schema.Schema<ServerRequest> = lazy("ServerRequest", () => Schema.Union(
  force(ItemCommandExecutionRequestApprovalRequest),
  force(ItemFileChangeRequestApprovalRequest),
  force(ItemToolRequestUserInputRequest),
  force(McpServerElicitationRequestRequest),
  force(ItemPermissionsRequestApprovalRequest),
  force(ItemToolCallRequest),
  force(AccountChatgptAuthTokensRefreshRequest),
  force(AttestationGenerateRequest),
  force(CurrentTimeReadRequest),
  force(ApplyPatchApprovalRequest),
  force(ExecCommandApprovalRequest)
))

export interface SkillToolDependency {
  readonly command?: string | null | undefined
  readonly description?: string | null | undefined
  readonly transport?: string | null | undefined
  readonly type: string
  readonly url?: string | null | undefined
  readonly value: string
}
export const SkillToolDependency: Schema.Schema<SkillToolDependency> = lazy("SkillToolDependency", () => Schema.Struct({
  command: Schema.optional(Schema.NullOr(Schema.String)),
  description: Schema.optional(Schema.NullOr(Schema.String)),
  transport: Schema.optional(Schema.NullOr(Schema.String)),
  type: Schema.String,
  url: Schema.optional(Schema.NullOr(Schema.String)),
  value: Schema.String
}))

export interface SkillDependencies {
  readonly tools: ReadonlyArray<SkillToolDependency>
}
export const SkillDependencies: Schema.Schema<SkillDependencies> = lazy("SkillDependencies", () => Schema.Struct({
  tools: Schema.Array(force(SkillToolDependency))
}))

export interface SkillErrorInfo {
  readonly message: string
  readonly path: string
}
export const SkillErrorInfo: Schema.Schema<SkillErrorInfo> = lazy("SkillErrorInfo", () => Schema.Struct({
  message: Schema.String,
  path: Schema.String
}))

export type SkillScope = "user" | "repo" | "system" | "admin"
export const SkillScope: Schema.Schema<SkillScope> = lazy("SkillScope", () => Schema.Literal("user", "repo", "system", "admin"))

export interface SkillMetadata {
  readonly dependencies?: SkillDependencies | null | undefined
  readonly description: string
  readonly enabled: boolean
  readonly interface?: SkillInterface | null | undefined
  readonly name: string
  readonly path: LegacyAppPathString
  /**
   * Owning plugin ID, matching `PluginSummary.id`, when known.
   */
  readonly pluginId?: string | null | undefined
  readonly scope: SkillScope
  /**
   * Legacy short_description from SKILL.md. Prefer SKILL.json interface.short_description.
   */
  readonly shortDescription?: string | null | undefined
}
export const SkillMetadata: Schema.Schema<SkillMetadata> = lazy("SkillMetadata", () => Schema.Struct({
  dependencies: Schema.optional(Schema.NullOr(force(SkillDependencies))),
  description: Schema.String,
  enabled: Schema.Boolean,
  interface: Schema.optional(Schema.NullOr(force(SkillInterface))),
  name: Schema.String,
  path: force(LegacyAppPathString),
  pluginId: Schema.optional(Schema.NullOr(Schema.String)),
  scope: force(SkillScope),
  shortDescription: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface SkillsConfigWriteResponse {
  readonly effectiveEnabled: boolean
}
export const SkillsConfigWriteResponse: Schema.Schema<SkillsConfigWriteResponse> = lazy("SkillsConfigWriteResponse", () => Schema.Struct({
  effectiveEnabled: Schema.Boolean
}))

export type SkillsExtraRootsSetResponse = { readonly [key: string]: unknown }
export const SkillsExtraRootsSetResponse: Schema.Schema<SkillsExtraRootsSetResponse> = lazy("SkillsExtraRootsSetResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface SkillsListEntry {
  readonly cwd: string
  readonly errors: ReadonlyArray<SkillErrorInfo>
  readonly skills: ReadonlyArray<SkillMetadata>
}
export const SkillsListEntry: Schema.Schema<SkillsListEntry> = lazy("SkillsListEntry", () => Schema.Struct({
  cwd: Schema.String,
  errors: Schema.Array(force(SkillErrorInfo)),
  skills: Schema.Array(force(SkillMetadata))
}))

export interface SkillsListResponse {
  readonly data: ReadonlyArray<SkillsListEntry>
}
export const SkillsListResponse: Schema.Schema<SkillsListResponse> = lazy("SkillsListResponse", () => Schema.Struct({
  data: Schema.Array(force(SkillsListEntry))
}))

export type ThreadApproveGuardianDeniedActionResponse = { readonly [key: string]: unknown }
export const ThreadApproveGuardianDeniedActionResponse: Schema.Schema<ThreadApproveGuardianDeniedActionResponse> = lazy("ThreadApproveGuardianDeniedActionResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type ThreadArchiveResponse = { readonly [key: string]: unknown }
export const ThreadArchiveResponse: Schema.Schema<ThreadArchiveResponse> = lazy("ThreadArchiveResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * An independently persisted attachment associated with a thread.
 */
export interface ThreadAttachment {
  readonly attachmentType: string
  /**
   * @format int64
   */
  readonly createdAt: number
  readonly id: string
  readonly identityKey: string
  readonly payload: unknown
}
export const ThreadAttachment: Schema.Schema<ThreadAttachment> = lazy("ThreadAttachment", () => Schema.Struct({
  attachmentType: Schema.String,
  createdAt: Schema.Number,
  id: Schema.String,
  identityKey: Schema.String,
  payload: Schema.Unknown
}))

/**
 * Result of attempting to associate an attachment with a thread.
 */
export type ThreadAttachmentAddOutcome = "created" | "existing"
export const ThreadAttachmentAddOutcome: Schema.Schema<ThreadAttachmentAddOutcome> = lazy("ThreadAttachmentAddOutcome", () => Schema.Literal("created", "existing"))

/**
 * The created or existing attachment.
 */
export interface ThreadAttachmentAddResponse {
  readonly attachment: ThreadAttachment
  readonly outcome: ThreadAttachmentAddOutcome
}
export const ThreadAttachmentAddResponse: Schema.Schema<ThreadAttachmentAddResponse> = lazy("ThreadAttachmentAddResponse", () => Schema.Struct({
  attachment: force(ThreadAttachment),
  outcome: force(ThreadAttachmentAddOutcome)
}))

/**
 * One page of attachments associated with the requested thread.
 */
export interface ThreadAttachmentListResponse {
  readonly data: ReadonlyArray<ThreadAttachment>
  readonly nextCursor?: string | null | undefined
}
export const ThreadAttachmentListResponse: Schema.Schema<ThreadAttachmentListResponse> = lazy("ThreadAttachmentListResponse", () => Schema.Struct({
  data: Schema.Array(force(ThreadAttachment)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * A thread that currently owns an attachment with the requested identity.
 */
export interface ThreadAttachmentOwner {
  /**
   * Whether the owning thread is archived, not whether it is currently executing a turn.
   */
  readonly archived: boolean
  readonly threadId: string
}
export const ThreadAttachmentOwner: Schema.Schema<ThreadAttachmentOwner> = lazy("ThreadAttachmentOwner", () => Schema.Struct({
  archived: Schema.Boolean,
  threadId: Schema.String
}))

/**
 * One page of matching owners, including threads without their own user messages.
 */
export interface ThreadAttachmentOwnerListResponse {
  readonly data: ReadonlyArray<ThreadAttachmentOwner>
  readonly nextCursor?: string | null | undefined
}
export const ThreadAttachmentOwnerListResponse: Schema.Schema<ThreadAttachmentOwnerListResponse> = lazy("ThreadAttachmentOwnerListResponse", () => Schema.Struct({
  data: Schema.Array(force(ThreadAttachmentOwner)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * Successful deletion does not return additional attachment data.
 */
export type ThreadAttachmentRemoveResponse = { readonly [key: string]: unknown }
export const ThreadAttachmentRemoveResponse: Schema.Schema<ThreadAttachmentRemoveResponse> = lazy("ThreadAttachmentRemoveResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ThreadBackgroundTerminal {
  readonly command: string
  /**
   * @format double
   */
  readonly cpuPercent?: number | null | undefined
  readonly cwd: LegacyAppPathString
  readonly itemId: string
  /**
   * @format uint32
   */
  readonly osPid?: number | null | undefined
  readonly processId: string
  /**
   * @format uint64
   */
  readonly rssKb?: number | null | undefined
}
export const ThreadBackgroundTerminal: Schema.Schema<ThreadBackgroundTerminal> = lazy("ThreadBackgroundTerminal", () => Schema.Struct({
  command: Schema.String,
  cpuPercent: Schema.optional(Schema.NullOr(Schema.Number)),
  cwd: force(LegacyAppPathString),
  itemId: Schema.String,
  osPid: Schema.optional(Schema.NullOr(Schema.Number)),
  processId: Schema.String,
  rssKb: Schema.optional(Schema.NullOr(Schema.Number))
}))

export type ThreadBackgroundTerminalsCleanResponse = { readonly [key: string]: unknown }
export const ThreadBackgroundTerminalsCleanResponse: Schema.Schema<ThreadBackgroundTerminalsCleanResponse> = lazy("ThreadBackgroundTerminalsCleanResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ThreadBackgroundTerminalsListResponse {
  readonly data: ReadonlyArray<ThreadBackgroundTerminal>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  readonly nextCursor?: string | null | undefined
}
export const ThreadBackgroundTerminalsListResponse: Schema.Schema<ThreadBackgroundTerminalsListResponse> = lazy("ThreadBackgroundTerminalsListResponse", () => Schema.Struct({
  data: Schema.Array(force(ThreadBackgroundTerminal)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ThreadBackgroundTerminalsTerminateResponse {
  readonly terminated: boolean
}
export const ThreadBackgroundTerminalsTerminateResponse: Schema.Schema<ThreadBackgroundTerminalsTerminateResponse> = lazy("ThreadBackgroundTerminalsTerminateResponse", () => Schema.Struct({
  terminated: Schema.Boolean
}))

export type ThreadCompactStartResponse = { readonly [key: string]: unknown }
export const ThreadCompactStartResponse: Schema.Schema<ThreadCompactStartResponse> = lazy("ThreadCompactStartResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Response for `thread/decrement_elicitation`.
 */
export interface ThreadDecrementElicitationResponse {
  /**
   * Current out-of-band elicitation count after the decrement.
   * @format int64
   */
  readonly count: number
  /**
   * Whether timeout accounting remains paused after applying the decrement.
   */
  readonly paused: boolean
}
export const ThreadDecrementElicitationResponse: Schema.Schema<ThreadDecrementElicitationResponse> = lazy("ThreadDecrementElicitationResponse", () => Schema.Struct({
  count: Schema.Number,
  paused: Schema.Boolean
}))

export type ThreadDeleteResponse = { readonly [key: string]: unknown }
export const ThreadDeleteResponse: Schema.Schema<ThreadDeleteResponse> = lazy("ThreadDeleteResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ThreadForkResponse {
  /**
   * Named or implicit built-in profile that produced the active permissions, when known.
   * @default null
   */
  readonly activePermissionProfile?: ActivePermissionProfile | null | undefined
  readonly approvalPolicy: AskForApproval
  /**
   * Reviewer currently used for approval requests on this thread.
   */
  readonly approvalsReviewer: ApprovalsReviewer
  readonly cwd: AbsolutePathBuf
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   * @default []
   */
  readonly disabledPluginIds?: ReadonlyArray<string> | undefined
  /**
   * Environment-native paths to instruction source files currently loaded for this thread.
   * @default []
   */
  readonly instructionSources?: ReadonlyArray<LegacyAppPathString> | undefined
  readonly model: string
  readonly modelProvider: string
  /**
   * @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
   * @default "explicitRequestOnly"
   */
  readonly multiAgentMode?: MultiAgentMode | undefined
  readonly reasoningEffort?: ReasoningEffort | null | undefined
  /**
   * Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
   * @default []
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf> | undefined
  /**
   * Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
   */
  readonly sandbox: SandboxPolicy
  readonly serviceTier?: string | null | undefined
  readonly thread: Thread
}
export const ThreadForkResponse: Schema.Schema<ThreadForkResponse> = lazy("ThreadForkResponse", () => Schema.Struct({
  activePermissionProfile: Schema.optional(Schema.NullOr(force(ActivePermissionProfile))),
  approvalPolicy: force(AskForApproval),
  approvalsReviewer: force(ApprovalsReviewer),
  cwd: force(AbsolutePathBuf),
  disabledPluginIds: Schema.optional(Schema.Array(Schema.String)),
  instructionSources: Schema.optional(Schema.Array(force(LegacyAppPathString))),
  model: Schema.String,
  modelProvider: Schema.String,
  multiAgentMode: Schema.optional(force(MultiAgentMode)),
  reasoningEffort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  runtimeWorkspaceRoots: Schema.optional(Schema.Array(force(AbsolutePathBuf))),
  sandbox: force(SandboxPolicy),
  serviceTier: Schema.optional(Schema.NullOr(Schema.String)),
  thread: force(Thread)
}))

export interface ThreadGoalClearResponse {
  readonly cleared: boolean
}
export const ThreadGoalClearResponse: Schema.Schema<ThreadGoalClearResponse> = lazy("ThreadGoalClearResponse", () => Schema.Struct({
  cleared: Schema.Boolean
}))

export interface ThreadGoalGetResponse {
  readonly goal?: ThreadGoal | null | undefined
}
export const ThreadGoalGetResponse: Schema.Schema<ThreadGoalGetResponse> = lazy("ThreadGoalGetResponse", () => Schema.Struct({
  goal: Schema.optional(Schema.NullOr(force(ThreadGoal)))
}))

export interface ThreadGoalSetResponse {
  readonly goal: ThreadGoal
}
export const ThreadGoalSetResponse: Schema.Schema<ThreadGoalSetResponse> = lazy("ThreadGoalSetResponse", () => Schema.Struct({
  goal: force(ThreadGoal)
}))

export interface ThreadGuardianAssessment {
  readonly outcome: GuardianAssessmentOutcome
  readonly rationale: string
  readonly riskLevel: GuardianRiskLevel
  readonly userAuthorization: GuardianUserAuthorization
}
export const ThreadGuardianAssessment: Schema.Schema<ThreadGuardianAssessment> = lazy("ThreadGuardianAssessment", () => Schema.Struct({
  outcome: force(GuardianAssessmentOutcome),
  rationale: Schema.String,
  riskLevel: force(GuardianRiskLevel),
  userAuthorization: force(GuardianUserAuthorization)
}))

export interface ThreadGuardianReviewResponse {
  /**
   * Null when current policy or a remembered approval skips review.
   */
  readonly assessment?: ThreadGuardianAssessment | null | undefined
  readonly callId: string
}
export const ThreadGuardianReviewResponse: Schema.Schema<ThreadGuardianReviewResponse> = lazy("ThreadGuardianReviewResponse", () => Schema.Struct({
  assessment: Schema.optional(Schema.NullOr(force(ThreadGuardianAssessment))),
  callId: Schema.String
}))

/**
 * Response for `thread/increment_elicitation`.
 */
export interface ThreadIncrementElicitationResponse {
  /**
   * Current out-of-band elicitation count after the increment.
   * @format int64
   */
  readonly count: number
  /**
   * Whether timeout accounting is paused after applying the increment.
   */
  readonly paused: boolean
}
export const ThreadIncrementElicitationResponse: Schema.Schema<ThreadIncrementElicitationResponse> = lazy("ThreadIncrementElicitationResponse", () => Schema.Struct({
  count: Schema.Number,
  paused: Schema.Boolean
}))

export type ThreadInjectItemsResponse = { readonly [key: string]: unknown }
export const ThreadInjectItemsResponse: Schema.Schema<ThreadInjectItemsResponse> = lazy("ThreadInjectItemsResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ThreadItemEntry {
  /**
   * Unix timestamp (milliseconds) when the item completed, if recorded by the producer.
   * @format int64
   */
  readonly completedAtMs?: number | null | undefined
  readonly item: ThreadItem
  /**
   * The saved output was omitted. Fetch the complete item with `thread/items/read`.
   */
  readonly outputDeferred?: boolean | undefined
  /**
   * Unix timestamp (milliseconds) when the item started, if recorded by the producer.
   * @format int64
   */
  readonly startedAtMs?: number | null | undefined
  /**
   * Turn containing this item.
   */
  readonly turnId: string
}
export const ThreadItemEntry: Schema.Schema<ThreadItemEntry> = lazy("ThreadItemEntry", () => Schema.Struct({
  completedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  item: force(ThreadItem),
  outputDeferred: Schema.optional(Schema.Boolean),
  startedAtMs: Schema.optional(Schema.NullOr(Schema.Number)),
  turnId: Schema.String
}))

export interface ThreadItemsListResponse {
  /**
   * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one item.
   */
  readonly backwardsCursor?: string | null | undefined
  readonly data: ReadonlyArray<ThreadItemEntry>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
   */
  readonly nextCursor?: string | null | undefined
}
export const ThreadItemsListResponse: Schema.Schema<ThreadItemsListResponse> = lazy("ThreadItemsListResponse", () => Schema.Struct({
  backwardsCursor: Schema.optional(Schema.NullOr(Schema.String)),
  data: Schema.Array(force(ThreadItemEntry)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * EXPERIMENTAL - persisted items returned in canonical stored order.
 */
export interface ThreadItemsReadResponse {
  readonly data: ReadonlyArray<ThreadItemEntry>
}
export const ThreadItemsReadResponse: Schema.Schema<ThreadItemsReadResponse> = lazy("ThreadItemsReadResponse", () => Schema.Struct({
  data: Schema.Array(force(ThreadItemEntry))
}))

export interface ThreadListResponse {
  /**
   * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped.
   */
  readonly backwardsCursor?: string | null | undefined
  readonly data: ReadonlyArray<Thread>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
   */
  readonly nextCursor?: string | null | undefined
  /**
   * Local receipts for eligible threads on this page, keyed by thread ID. Null means durable read state is unavailable; an absent key means that row is ineligible.
   */
  readonly readStates?: { readonly [key: string]: ThreadReadState } | null | undefined
}
export const ThreadListResponse: Schema.Schema<ThreadListResponse> = lazy("ThreadListResponse", () => Schema.Struct({
  backwardsCursor: Schema.optional(Schema.NullOr(Schema.String)),
  data: Schema.Array(force(Thread)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String)),
  readStates: Schema.optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: force(ThreadReadState) })))
}))

export interface ThreadLoadedListResponse {
  /**
   * Thread ids for sessions currently loaded in memory.
   */
  readonly data: ReadonlyArray<string>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
   */
  readonly nextCursor?: string | null | undefined
}
export const ThreadLoadedListResponse: Schema.Schema<ThreadLoadedListResponse> = lazy("ThreadLoadedListResponse", () => Schema.Struct({
  data: Schema.Array(Schema.String),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export type ThreadMemoryModeSetResponse = { readonly [key: string]: unknown }
export const ThreadMemoryModeSetResponse: Schema.Schema<ThreadMemoryModeSetResponse> = lazy("ThreadMemoryModeSetResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ThreadMemoryReadResponse {
  /**
   * Summary from the thread's selected memory version. Null when memory use is disabled or the selected summary is missing, unreadable, or blank.
   */
  readonly summary?: string | null | undefined
}
export const ThreadMemoryReadResponse: Schema.Schema<ThreadMemoryReadResponse> = lazy("ThreadMemoryReadResponse", () => Schema.Struct({
  summary: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ThreadMetadataUpdateResponse {
  readonly thread: Thread
}
export const ThreadMetadataUpdateResponse: Schema.Schema<ThreadMetadataUpdateResponse> = lazy("ThreadMetadataUpdateResponse", () => Schema.Struct({
  thread: force(Thread)
}))

export type ThreadPredictionRequestResponse = { readonly [key: string]: unknown }
export const ThreadPredictionRequestResponse: Schema.Schema<ThreadPredictionRequestResponse> = lazy("ThreadPredictionRequestResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ThreadPrepareApprovedPlanResponse {
  /**
   * Initial user prompt. If no attachment is readable, the plan is already in the thread's context.
   */
  readonly prompt: string
}
export const ThreadPrepareApprovedPlanResponse: Schema.Schema<ThreadPrepareApprovedPlanResponse> = lazy("ThreadPrepareApprovedPlanResponse", () => Schema.Struct({
  prompt: Schema.String
}))

export interface ThreadQueueAddResponse {
  readonly queuedSubmission: QueuedSubmission
}
export const ThreadQueueAddResponse: Schema.Schema<ThreadQueueAddResponse> = lazy("ThreadQueueAddResponse", () => Schema.Struct({
  queuedSubmission: force(QueuedSubmission)
}))

export interface ThreadQueueDeleteResponse {
  readonly deleted: boolean
}
export const ThreadQueueDeleteResponse: Schema.Schema<ThreadQueueDeleteResponse> = lazy("ThreadQueueDeleteResponse", () => Schema.Struct({
  deleted: Schema.Boolean
}))

export interface ThreadQueueListResponse {
  readonly data: ReadonlyArray<QueuedSubmission>
  /**
   * Opaque cursor for the next page, or `null` when no submissions remain.
   */
  readonly nextCursor?: string | null | undefined
}
export const ThreadQueueListResponse: Schema.Schema<ThreadQueueListResponse> = lazy("ThreadQueueListResponse", () => Schema.Struct({
  data: Schema.Array(force(QueuedSubmission)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export type ThreadQueueReorderResponse = { readonly [key: string]: unknown }
export const ThreadQueueReorderResponse: Schema.Schema<ThreadQueueReorderResponse> = lazy("ThreadQueueReorderResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ThreadQueueStartResponse {
  readonly turn: Turn
}
export const ThreadQueueStartResponse: Schema.Schema<ThreadQueueStartResponse> = lazy("ThreadQueueStartResponse", () => Schema.Struct({
  turn: force(Turn)
}))

export interface ThreadQueueUpdateResponse {
  readonly queuedSubmission: QueuedSubmission
}
export const ThreadQueueUpdateResponse: Schema.Schema<ThreadQueueUpdateResponse> = lazy("ThreadQueueUpdateResponse", () => Schema.Struct({
  queuedSubmission: force(QueuedSubmission)
}))

export interface ThreadReadResponse {
  /**
   * Local receipt. Null means this thread's durable read state is unavailable.
   */
  readonly readState?: ThreadReadState | null | undefined
  readonly thread: Thread
}
export const ThreadReadResponse: Schema.Schema<ThreadReadResponse> = lazy("ThreadReadResponse", () => Schema.Struct({
  readState: Schema.optional(Schema.NullOr(force(ThreadReadState))),
  thread: force(Thread)
}))

export interface ThreadReadStateUpdateResponse {
  readonly readState: ThreadReadState
}
export const ThreadReadStateUpdateResponse: Schema.Schema<ThreadReadStateUpdateResponse> = lazy("ThreadReadStateUpdateResponse", () => Schema.Struct({
  readState: force(ThreadReadState)
}))

/**
 * EXPERIMENTAL - response for appending realtime audio input.
 */
export type ThreadRealtimeAppendAudioResponse = { readonly [key: string]: unknown }
export const ThreadRealtimeAppendAudioResponse: Schema.Schema<ThreadRealtimeAppendAudioResponse> = lazy("ThreadRealtimeAppendAudioResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * EXPERIMENTAL - response for appending realtime speech.
 */
export type ThreadRealtimeAppendSpeechResponse = { readonly [key: string]: unknown }
export const ThreadRealtimeAppendSpeechResponse: Schema.Schema<ThreadRealtimeAppendSpeechResponse> = lazy("ThreadRealtimeAppendSpeechResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * EXPERIMENTAL - response for appending realtime text input.
 */
export type ThreadRealtimeAppendTextResponse = { readonly [key: string]: unknown }
export const ThreadRealtimeAppendTextResponse: Schema.Schema<ThreadRealtimeAppendTextResponse> = lazy("ThreadRealtimeAppendTextResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * EXPERIMENTAL - response for listing supported realtime voices.
 */
export interface ThreadRealtimeListVoicesResponse {
  readonly voices: RealtimeVoicesList
}
export const ThreadRealtimeListVoicesResponse: Schema.Schema<ThreadRealtimeListVoicesResponse> = lazy("ThreadRealtimeListVoicesResponse", () => Schema.Struct({
  voices: force(RealtimeVoicesList)
}))

/**
 * EXPERIMENTAL - response for starting thread realtime.
 */
export type ThreadRealtimeStartResponse = { readonly [key: string]: unknown }
export const ThreadRealtimeStartResponse: Schema.Schema<ThreadRealtimeStartResponse> = lazy("ThreadRealtimeStartResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * EXPERIMENTAL - response for stopping thread realtime.
 */
export type ThreadRealtimeStopResponse = { readonly [key: string]: unknown }
export const ThreadRealtimeStopResponse: Schema.Schema<ThreadRealtimeStopResponse> = lazy("ThreadRealtimeStopResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface TurnsPage {
  readonly backwardsCursor?: string | null | undefined
  readonly data: ReadonlyArray<Turn>
  readonly nextCursor?: string | null | undefined
}
export const TurnsPage: Schema.Schema<TurnsPage> = lazy("TurnsPage", () => Schema.Struct({
  backwardsCursor: Schema.optional(Schema.NullOr(Schema.String)),
  data: Schema.Array(force(Turn)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ThreadResumeResponse {
  /**
   * Named or implicit built-in profile that produced the active permissions, when known.
   * @default null
   */
  readonly activePermissionProfile?: ActivePermissionProfile | null | undefined
  readonly approvalPolicy: AskForApproval
  /**
   * Reviewer currently used for approval requests on this thread.
   */
  readonly approvalsReviewer: ApprovalsReviewer
  /**
   * Effective collaboration mode. Absent when resuming from an older server.
   */
  readonly collaborationMode?: CollaborationMode | null | undefined
  readonly cwd: AbsolutePathBuf
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   * @default []
   */
  readonly disabledPluginIds?: ReadonlyArray<string> | undefined
  /**
   * `thread/turns/list` page returned when requested by `initialTurnsPage`.
   * @default null
   */
  readonly initialTurnsPage?: TurnsPage | null | undefined
  /**
   * Environment-native paths to instruction source files currently loaded for this thread.
   * @default []
   */
  readonly instructionSources?: ReadonlyArray<LegacyAppPathString> | undefined
  /**
   * Opaque cursor for hydrating paginated items backwards.
   *
   * Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.
   * @default null
   */
  readonly itemsBackwardsCursor?: string | null | undefined
  readonly model: string
  readonly modelProvider: string
  /**
   * @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
   * @default "explicitRequestOnly"
   */
  readonly multiAgentMode?: MultiAgentMode | undefined
  readonly reasoningEffort?: ReasoningEffort | null | undefined
  /**
   * Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
   * @default []
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf> | undefined
  /**
   * Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
   */
  readonly sandbox: SandboxPolicy
  readonly serviceTier?: string | null | undefined
  readonly thread: Thread
  /**
   * Opaque cursor for hydrating paginated turns backwards.
   *
   * Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.
   * @default null
   */
  readonly turnsBackwardsCursor?: string | null | undefined
}
export const ThreadResumeResponse: Schema.Schema<ThreadResumeResponse> = lazy("ThreadResumeResponse", () => Schema.Struct({
  activePermissionProfile: Schema.optional(Schema.NullOr(force(ActivePermissionProfile))),
  approvalPolicy: force(AskForApproval),
  approvalsReviewer: force(ApprovalsReviewer),
  collaborationMode: Schema.optional(Schema.NullOr(force(CollaborationMode))),
  cwd: force(AbsolutePathBuf),
  disabledPluginIds: Schema.optional(Schema.Array(Schema.String)),
  initialTurnsPage: Schema.optional(Schema.NullOr(force(TurnsPage))),
  instructionSources: Schema.optional(Schema.Array(force(LegacyAppPathString))),
  itemsBackwardsCursor: Schema.optional(Schema.NullOr(Schema.String)),
  model: Schema.String,
  modelProvider: Schema.String,
  multiAgentMode: Schema.optional(force(MultiAgentMode)),
  reasoningEffort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  runtimeWorkspaceRoots: Schema.optional(Schema.Array(force(AbsolutePathBuf))),
  sandbox: force(SandboxPolicy),
  serviceTier: Schema.optional(Schema.NullOr(Schema.String)),
  thread: force(Thread),
  turnsBackwardsCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ThreadRevertResponse {
  /**
   * Opaque cursor for hydrating paginated items backwards.
   *
   * Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.
   */
  readonly itemsBackwardsCursor?: string | null | undefined
  /**
   * Updated loaded thread metadata. `turns` is always empty; hydrate retained history through `thread/turns/list`.
   */
  readonly thread: Thread
  /**
   * Opaque cursor for hydrating paginated turns backwards.
   *
   * Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.
   */
  readonly turnsBackwardsCursor?: string | null | undefined
}
export const ThreadRevertResponse: Schema.Schema<ThreadRevertResponse> = lazy("ThreadRevertResponse", () => Schema.Struct({
  itemsBackwardsCursor: Schema.optional(Schema.NullOr(Schema.String)),
  thread: force(Thread),
  turnsBackwardsCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export type ThreadSampleCancelResponse = { readonly [key: string]: unknown }
export const ThreadSampleCancelResponse: Schema.Schema<ThreadSampleCancelResponse> = lazy("ThreadSampleCancelResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ThreadSampleResponse {
  /**
   * @format int64
   */
  readonly cachedInputTokens?: number | null | undefined
  /**
   * @format int64
   */
  readonly inputTokens?: number | null | undefined
  /**
   * @format int64
   */
  readonly outputTokens?: number | null | undefined
  readonly responseId: string
  readonly sourceTurnId: string
  /**
   * Assistant text from the response, or null if it attempted a tool call or completed without text.
   */
  readonly text?: string | null | undefined
}
export const ThreadSampleResponse: Schema.Schema<ThreadSampleResponse> = lazy("ThreadSampleResponse", () => Schema.Struct({
  cachedInputTokens: Schema.optional(Schema.NullOr(Schema.Number)),
  inputTokens: Schema.optional(Schema.NullOr(Schema.Number)),
  outputTokens: Schema.optional(Schema.NullOr(Schema.Number)),
  responseId: Schema.String,
  sourceTurnId: Schema.String,
  text: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * UTF-16 code-unit range within `snippet`.
 */
export interface ThreadSearchTextRange {
  /**
   * Exclusive UTF-16 code-unit offset.
   * @format uint32
   */
  readonly end: number
  /**
   * Inclusive UTF-16 code-unit offset.
   * @format uint32
   */
  readonly start: number
}
export const ThreadSearchTextRange: Schema.Schema<ThreadSearchTextRange> = lazy("ThreadSearchTextRange", () => Schema.Struct({
  end: Schema.Number,
  start: Schema.Number
}))

/**
 * One visible message occurrence returned by [`ThreadSearchOccurrencesResponse`].
 */
export interface ThreadSearchOccurrence {
  readonly itemId: string
  readonly snippet: string
  /**
   * Match range within `snippet`, in UTF-16 code units.
   */
  readonly snippetMatchRange: ThreadSearchTextRange
  /**
   * Opaque inclusive cursor accepted by `thread/turns/list` for this turn.
   */
  readonly turnCursor: string
  readonly turnId: string
}
export const ThreadSearchOccurrence: Schema.Schema<ThreadSearchOccurrence> = lazy("ThreadSearchOccurrence", () => Schema.Struct({
  itemId: Schema.String,
  snippet: Schema.String,
  snippetMatchRange: force(ThreadSearchTextRange),
  turnCursor: Schema.String,
  turnId: Schema.String
}))

export interface ThreadSearchOccurrencesResponse {
  /**
   * Occurrences in chronological message order.
   */
  readonly data: ReadonlyArray<ThreadSearchOccurrence>
  /**
   * Opaque cursor to continue after the last returned occurrence.
   */
  readonly nextCursor?: string | null | undefined
}
export const ThreadSearchOccurrencesResponse: Schema.Schema<ThreadSearchOccurrencesResponse> = lazy("ThreadSearchOccurrencesResponse", () => Schema.Struct({
  data: Schema.Array(force(ThreadSearchOccurrence)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ThreadSearchResult {
  readonly snippet: string
  readonly thread: Thread
}
export const ThreadSearchResult: Schema.Schema<ThreadSearchResult> = lazy("ThreadSearchResult", () => Schema.Struct({
  snippet: Schema.String,
  thread: force(Thread)
}))

export interface ThreadSearchResponse {
  /**
   * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped.
   */
  readonly backwardsCursor?: string | null | undefined
  readonly data: ReadonlyArray<ThreadSearchResult>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
   */
  readonly nextCursor?: string | null | undefined
}
export const ThreadSearchResponse: Schema.Schema<ThreadSearchResponse> = lazy("ThreadSearchResponse", () => Schema.Struct({
  backwardsCursor: Schema.optional(Schema.NullOr(Schema.String)),
  data: Schema.Array(force(ThreadSearchResult)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

/**
 * The independently persisted section created by the server.
 */
export interface ThreadSectionCreateResponse {
  readonly section: ThreadSection
}
export const ThreadSectionCreateResponse: Schema.Schema<ThreadSectionCreateResponse> = lazy("ThreadSectionCreateResponse", () => Schema.Struct({
  section: force(ThreadSection)
}))

/**
 * Successful deletion does not return additional section data.
 */
export type ThreadSectionDeleteResponse = { readonly [key: string]: unknown }
export const ThreadSectionDeleteResponse: Schema.Schema<ThreadSectionDeleteResponse> = lazy("ThreadSectionDeleteResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * One page of independently persisted thread sections.
 */
export interface ThreadSectionListResponse {
  readonly data: ReadonlyArray<ThreadSection>
  /**
   * Opaque cursor for the next page, or `null` when no sections remain.
   */
  readonly nextCursor?: string | null | undefined
}
export const ThreadSectionListResponse: Schema.Schema<ThreadSectionListResponse> = lazy("ThreadSectionListResponse", () => Schema.Struct({
  data: Schema.Array(force(ThreadSection)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export type ThreadSectionMoveResponse = { readonly [key: string]: unknown }
export const ThreadSectionMoveResponse: Schema.Schema<ThreadSectionMoveResponse> = lazy("ThreadSectionMoveResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * The independently persisted section after its name is updated.
 */
export interface ThreadSectionUpdateResponse {
  readonly section: ThreadSection
}
export const ThreadSectionUpdateResponse: Schema.Schema<ThreadSectionUpdateResponse> = lazy("ThreadSectionUpdateResponse", () => Schema.Struct({
  section: force(ThreadSection)
}))

export type ThreadSetNameResponse = { readonly [key: string]: unknown }
export const ThreadSetNameResponse: Schema.Schema<ThreadSetNameResponse> = lazy("ThreadSetNameResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type ThreadSettingsUpdateResponse = { readonly [key: string]: unknown }
export const ThreadSettingsUpdateResponse: Schema.Schema<ThreadSettingsUpdateResponse> = lazy("ThreadSettingsUpdateResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type ThreadShellCommandResponse = { readonly [key: string]: unknown }
export const ThreadShellCommandResponse: Schema.Schema<ThreadShellCommandResponse> = lazy("ThreadShellCommandResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export interface ThreadStartResponse {
  /**
   * Named or implicit built-in profile that produced the active permissions, when known.
   * @default null
   */
  readonly activePermissionProfile?: ActivePermissionProfile | null | undefined
  readonly approvalPolicy: AskForApproval
  /**
   * Reviewer currently used for approval requests on this thread.
   */
  readonly approvalsReviewer: ApprovalsReviewer
  readonly cwd: AbsolutePathBuf
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   * @default []
   */
  readonly disabledPluginIds?: ReadonlyArray<string> | undefined
  /**
   * Environment-native paths to instruction source files currently loaded for this thread.
   * @default []
   */
  readonly instructionSources?: ReadonlyArray<LegacyAppPathString> | undefined
  readonly model: string
  readonly modelProvider: string
  /**
   * @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
   * @default "explicitRequestOnly"
   */
  readonly multiAgentMode?: MultiAgentMode | undefined
  readonly reasoningEffort?: ReasoningEffort | null | undefined
  /**
   * Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
   * @default []
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf> | undefined
  /**
   * Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
   */
  readonly sandbox: SandboxPolicy
  readonly serviceTier?: string | null | undefined
  readonly thread: Thread
}
export const ThreadStartResponse: Schema.Schema<ThreadStartResponse> = lazy("ThreadStartResponse", () => Schema.Struct({
  activePermissionProfile: Schema.optional(Schema.NullOr(force(ActivePermissionProfile))),
  approvalPolicy: force(AskForApproval),
  approvalsReviewer: force(ApprovalsReviewer),
  cwd: force(AbsolutePathBuf),
  disabledPluginIds: Schema.optional(Schema.Array(Schema.String)),
  instructionSources: Schema.optional(Schema.Array(force(LegacyAppPathString))),
  model: Schema.String,
  modelProvider: Schema.String,
  multiAgentMode: Schema.optional(force(MultiAgentMode)),
  reasoningEffort: Schema.optional(Schema.NullOr(force(ReasoningEffort))),
  runtimeWorkspaceRoots: Schema.optional(Schema.Array(force(AbsolutePathBuf))),
  sandbox: force(SandboxPolicy),
  serviceTier: Schema.optional(Schema.NullOr(Schema.String)),
  thread: force(Thread)
}))

export interface ItemThreadTimelineEntry {
  readonly item: ThreadItem
  /**
   * @format uint64
   */
  readonly position: number
  readonly turnId: string
  readonly type: "item"
}
export const ItemThreadTimelineEntry: Schema.Schema<ItemThreadTimelineEntry> = lazy("ItemThreadTimelineEntry", () => Schema.Struct({
  item: force(ThreadItem),
  position: Schema.Number,
  turnId: Schema.String,
  type: Schema.Literal("item")
}))

export interface RealtimeThreadTimelineEntry {
  readonly item: ThreadRealtimeItem
  /**
   * @format uint64
   */
  readonly position: number
  readonly type: "realtime"
}
export const RealtimeThreadTimelineEntry: Schema.Schema<RealtimeThreadTimelineEntry> = lazy("RealtimeThreadTimelineEntry", () => Schema.Struct({
  item: force(ThreadRealtimeItem),
  position: Schema.Number,
  type: Schema.Literal("realtime")
}))

export interface TurnStartedThreadTimelineEntry {
  /**
   * @format uint64
   */
  readonly position: number
  /**
   * @format int64
   */
  readonly started_at?: number | null | undefined
  readonly turn_id: string
  readonly type: "turnStarted"
}
export const TurnStartedThreadTimelineEntry: Schema.Schema<TurnStartedThreadTimelineEntry> = lazy("TurnStartedThreadTimelineEntry", () => Schema.Struct({
  position: Schema.Number,
  started_at: Schema.optional(Schema.NullOr(Schema.Number)),
  turn_id: Schema.String,
  type: Schema.Literal("turnStarted")
}))

export interface TurnCompletedThreadTimelineEntry {
  /**
   * @format int64
   */
  readonly completed_at?: number | null | undefined
  /**
   * @format int64
   */
  readonly duration_ms?: number | null | undefined
  readonly error?: TurnError | null | undefined
  /**
   * @format uint64
   */
  readonly position: number
  /**
   * @format int64
   */
  readonly started_at?: number | null | undefined
  readonly status: TurnStatus
  readonly turn_id: string
  readonly type: "turnCompleted"
}
export const TurnCompletedThreadTimelineEntry: Schema.Schema<TurnCompletedThreadTimelineEntry> = lazy("TurnCompletedThreadTimelineEntry", () => Schema.Struct({
  completed_at: Schema.optional(Schema.NullOr(Schema.Number)),
  duration_ms: Schema.optional(Schema.NullOr(Schema.Number)),
  error: Schema.optional(Schema.NullOr(force(TurnError))),
  position: Schema.Number,
  started_at: Schema.optional(Schema.NullOr(Schema.Number)),
  status: force(TurnStatus),
  turn_id: Schema.String,
  type: Schema.Literal("turnCompleted")
}))

/**
 * EXPERIMENTAL - one item or turn boundary in canonical rollout order.
 */
export type ThreadTimelineEntry = (ItemThreadTimelineEntry | RealtimeThreadTimelineEntry | TurnStartedThreadTimelineEntry | TurnCompletedThreadTimelineEntry)
export const ThreadTimelineEntry: Schema.Schema<ThreadTimelineEntry> = lazy("ThreadTimelineEntry", () => Schema.Union(
  force(ItemThreadTimelineEntry),
  force(RealtimeThreadTimelineEntry),
  force(TurnStartedThreadTimelineEntry),
  force(TurnCompletedThreadTimelineEntry)
))

/**
 * EXPERIMENTAL - a bounded timeline page with its resolved opening voice state.
 */
export interface ThreadTimelineListResponse {
  readonly activeRealtimeSessionAtPageStart?: string | null | undefined
  readonly data: ReadonlyArray<ThreadTimelineEntry>
  readonly nextCursor?: string | null | undefined
}
export const ThreadTimelineListResponse: Schema.Schema<ThreadTimelineListResponse> = lazy("ThreadTimelineListResponse", () => Schema.Struct({
  activeRealtimeSessionAtPageStart: Schema.optional(Schema.NullOr(Schema.String)),
  data: Schema.Array(force(ThreadTimelineEntry)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ThreadTurnsListResponse {
  /**
   * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one turn. Use it with the opposite `sortDirection` to include the anchor turn again and catch updates to that turn.
   */
  readonly backwardsCursor?: string | null | undefined
  readonly data: ReadonlyArray<Turn>
  /**
   * Opaque cursor to pass to the next call to continue after the last turn. if None, there are no more turns to return.
   */
  readonly nextCursor?: string | null | undefined
}
export const ThreadTurnsListResponse: Schema.Schema<ThreadTurnsListResponse> = lazy("ThreadTurnsListResponse", () => Schema.Struct({
  backwardsCursor: Schema.optional(Schema.NullOr(Schema.String)),
  data: Schema.Array(force(Turn)),
  nextCursor: Schema.optional(Schema.NullOr(Schema.String))
}))

export interface ThreadUnarchiveResponse {
  readonly thread: Thread
}
export const ThreadUnarchiveResponse: Schema.Schema<ThreadUnarchiveResponse> = lazy("ThreadUnarchiveResponse", () => Schema.Struct({
  thread: force(Thread)
}))

export type ThreadUnsubscribeStatus = "notLoaded" | "notSubscribed" | "unsubscribed"
export const ThreadUnsubscribeStatus: Schema.Schema<ThreadUnsubscribeStatus> = lazy("ThreadUnsubscribeStatus", () => Schema.Literal("notLoaded", "notSubscribed", "unsubscribed"))

export interface ThreadUnsubscribeResponse {
  readonly status: ThreadUnsubscribeStatus
}
export const ThreadUnsubscribeResponse: Schema.Schema<ThreadUnsubscribeResponse> = lazy("ThreadUnsubscribeResponse", () => Schema.Struct({
  status: force(ThreadUnsubscribeStatus)
}))

/**
 * EXPERIMENTAL. Captures a user's answer to a request_user_input question.
 */
export interface ToolRequestUserInputAnswer {
  readonly answers: ReadonlyArray<string>
}
export const ToolRequestUserInputAnswer: Schema.Schema<ToolRequestUserInputAnswer> = lazy("ToolRequestUserInputAnswer", () => Schema.Struct({
  answers: Schema.Array(Schema.String)
}))

/**
 * EXPERIMENTAL. Response payload mapping question ids to answers.
 */
export interface ToolRequestUserInputResponse {
  readonly answers: { readonly [key: string]: ToolRequestUserInputAnswer }
}
export const ToolRequestUserInputResponse: Schema.Schema<ToolRequestUserInputResponse> = lazy("ToolRequestUserInputResponse", () => Schema.Struct({
  answers: Schema.Record({ key: Schema.String, value: force(ToolRequestUserInputAnswer) })
}))

export type TurnInterruptResponse = { readonly [key: string]: unknown }
export const TurnInterruptResponse: Schema.Schema<TurnInterruptResponse> = lazy("TurnInterruptResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type TurnSettingsUpdateStatus = "applied" | "targetUnavailable"
export const TurnSettingsUpdateStatus: Schema.Schema<TurnSettingsUpdateStatus> = lazy("TurnSettingsUpdateStatus", () => Schema.Literal("applied", "targetUnavailable"))

export interface TurnSettingsUpdateResponse {
  readonly status: TurnSettingsUpdateStatus
}
export const TurnSettingsUpdateResponse: Schema.Schema<TurnSettingsUpdateResponse> = lazy("TurnSettingsUpdateResponse", () => Schema.Struct({
  status: force(TurnSettingsUpdateStatus)
}))

export interface TurnStartResponse {
  readonly turn: Turn
}
export const TurnStartResponse: Schema.Schema<TurnStartResponse> = lazy("TurnStartResponse", () => Schema.Struct({
  turn: force(Turn)
}))

export interface TurnSteerResponse {
  readonly turnId: string
}
export const TurnSteerResponse: Schema.Schema<TurnSteerResponse> = lazy("TurnSteerResponse", () => Schema.Struct({
  turnId: Schema.String
}))

/**
 * Acknowledges the cancellation signal; native work may still be finishing. Unknown or finished requests are a no-op, and completed effects are not rolled back.
 */
export type UserVerificationCancelResponse = { readonly [key: string]: unknown }
export const UserVerificationCancelResponse: Schema.Schema<UserVerificationCancelResponse> = lazy("UserVerificationCancelResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

export type UserVerificationCancellationReason = "userCancelled" | "interrupted"
export const UserVerificationCancellationReason: Schema.Schema<UserVerificationCancellationReason> = lazy("UserVerificationCancellationReason", () => Schema.Literal("userCancelled", "interrupted"))

export type UserVerificationDeleteResponse = { readonly [key: string]: unknown }
export const UserVerificationDeleteResponse: Schema.Schema<UserVerificationDeleteResponse> = lazy("UserVerificationDeleteResponse", () => Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * Public metadata for a created or reused local credential. The caller completes backend registration; this response does not establish server enrollment. Older app-servers omit the metadata fields; callers must check both before registration.
 */
export interface UserVerificationEnrollResponse {
  readonly algorithm?: string | null | undefined
  readonly credentialId: string
  /**
   * Unpadded base64url of the SubjectPublicKeyInfo DER encoding.
   */
  readonly publicKey?: string | null | undefined
}
export const UserVerificationEnrollResponse: Schema.Schema<UserVerificationEnrollResponse> = lazy("UserVerificationEnrollResponse", () => Schema.Struct({
  algorithm: Schema.optional(Schema.NullOr(Schema.String)),
  credentialId: Schema.String,
  publicKey: Schema.optional(Schema.NullOr(Schema.String))
}))

export type UserVerificationInvalidRequestReason = "invalidParams"
export const UserVerificationInvalidRequestReason: Schema.Schema<UserVerificationInvalidRequestReason> = lazy("UserVerificationInvalidRequestReason", () => Schema.Literal("invalidParams"))

export type UserVerificationUnavailableReason = "credentialMissing" | "biometricsUnavailable" | "providerUnavailable"
export const UserVerificationUnavailableReason: Schema.Schema<UserVerificationUnavailableReason> = lazy("UserVerificationUnavailableReason", () => Schema.Literal("credentialMissing", "biometricsUnavailable", "providerUnavailable"))

export type UserVerificationFailureReason = "authenticationFailed" | "timeout" | "providerError" | "serviceError"
export const UserVerificationFailureReason: Schema.Schema<UserVerificationFailureReason> = lazy("UserVerificationFailureReason", () => Schema.Literal("authenticationFailed", "timeout", "providerError", "serviceError"))

export interface InvalidRequestUserVerificationErrorDetails {
  readonly reason: UserVerificationInvalidRequestReason
  readonly type: "invalidRequest"
}
export const InvalidRequestUserVerificationErrorDetails: Schema.Schema<InvalidRequestUserVerificationErrorDetails> = lazy("InvalidRequestUserVerificationErrorDetails", () => Schema.Struct({
  reason: force(UserVerificationInvalidRequestReason),
  type: Schema.Literal("invalidRequest")
}))

export interface UnavailableUserVerificationErrorDetails {
  readonly reason: UserVerificationUnavailableReason
  readonly type: "unavailable"
}
export const UnavailableUserVerificationErrorDetails: Schema.Schema<UnavailableUserVerificationErrorDetails> = lazy("UnavailableUserVerificationErrorDetails", () => Schema.Struct({
  reason: force(UserVerificationUnavailableReason),
  type: Schema.Literal("unavailable")
}))

export interface CancelledUserVerificationErrorDetails {
  readonly reason: UserVerificationCancellationReason
  readonly type: "cancelled"
}
export const CancelledUserVerificationErrorDetails: Schema.Schema<CancelledUserVerificationErrorDetails> = lazy("CancelledUserVerificationErrorDetails", () => Schema.Struct({
  reason: force(UserVerificationCancellationReason),
  type: Schema.Literal("cancelled")
}))

export interface FailedUserVerificationErrorDetails {
  readonly reason: UserVerificationFailureReason
  readonly type: "failed"
}
export const FailedUserVerificationErrorDetails: Schema.Schema<FailedUserVerificationErrorDetails> = lazy("FailedUserVerificationErrorDetails", () => Schema.Struct({
  reason: force(UserVerificationFailureReason),
  type: Schema.Literal("failed")
}))

/**
 * Closed error categories; native diagnostic payloads must not cross this boundary.
 */
export type UserVerificationErrorDetails = (InvalidRequestUserVerificationErrorDetails | UnavailableUserVerificationErrorDetails | CancelledUserVerificationErrorDetails | FailedUserVerificationErrorDetails)
export const UserVerificationErrorDetails: Schema.Schema<UserVerificationErrorDetails> = lazy("UserVerificationErrorDetails", () => Schema.Union(
  force(InvalidRequestUserVerificationErrorDetails),
  force(UnavailableUserVerificationErrorDetails),
  force(CancelledUserVerificationErrorDetails),
  force(FailedUserVerificationErrorDetails)
))

/**
 * A signature over the exact decoded challenge. The verifier validates and consumes it.
 */
export interface UserVerificationProof {
  readonly credentialId: string
  /**
   * Unpadded base64url DER ECDSA signature using P-256 and SHA-256.
   */
  readonly signature: string
}
export const UserVerificationProof: Schema.Schema<UserVerificationProof> = lazy("UserVerificationProof", () => Schema.Struct({
  credentialId: Schema.String,
  signature: Schema.String
}))

/**
 * The error object inside the normal JSON-RPC envelope.
 */
export interface UserVerificationRpcError {
  /**
   * @format int64
   */
  readonly code: number
  readonly data: UserVerificationErrorDetails
  readonly message: string
}
export const UserVerificationRpcError: Schema.Schema<UserVerificationRpcError> = lazy("UserVerificationRpcError", () => Schema.Struct({
  code: Schema.Number,
  data: force(UserVerificationErrorDetails),
  message: Schema.String
}))

/**
 * Local readiness only; this neither prompts nor queries server registration.
 */
export interface UserVerificationStatusResponse {
  readonly credentialId?: string | null | undefined
  readonly unavailableMessage?: string | null | undefined
  readonly unavailableReason?: UserVerificationUnavailableReason | null | undefined
}
export const UserVerificationStatusResponse: Schema.Schema<UserVerificationStatusResponse> = lazy("UserVerificationStatusResponse", () => Schema.Struct({
  credentialId: Schema.optional(Schema.NullOr(Schema.String)),
  unavailableMessage: Schema.optional(Schema.NullOr(Schema.String)),
  unavailableReason: Schema.optional(Schema.NullOr(force(UserVerificationUnavailableReason)))
}))

export interface UserVerificationVerifyResponse {
  readonly proof: UserVerificationProof
}
export const UserVerificationVerifyResponse: Schema.Schema<UserVerificationVerifyResponse> = lazy("UserVerificationVerifyResponse", () => Schema.Struct({
  proof: force(UserVerificationProof)
}))

export type WindowsSandboxReadiness = "ready" | "notConfigured" | "updateRequired"
export const WindowsSandboxReadiness: Schema.Schema<WindowsSandboxReadiness> = lazy("WindowsSandboxReadiness", () => Schema.Literal("ready", "notConfigured", "updateRequired"))

export interface WindowsSandboxReadinessResponse {
  readonly status: WindowsSandboxReadiness
}
export const WindowsSandboxReadinessResponse: Schema.Schema<WindowsSandboxReadinessResponse> = lazy("WindowsSandboxReadinessResponse", () => Schema.Struct({
  status: force(WindowsSandboxReadiness)
}))

export interface WindowsSandboxSetupStartResponse {
  readonly started: boolean
}
export const WindowsSandboxSetupStartResponse: Schema.Schema<WindowsSandboxSetupStartResponse> = lazy("WindowsSandboxSetupStartResponse", () => Schema.Struct({
  started: Schema.Boolean
}))
