/**
 * generated from codex 0.169.0; do not edit.
 * Regenerate with `npm run generate` (scripts/generate.ts).
 */
import * as Schema from "effect/Schema"
import * as S from "./schemas.js"

/** The codex version these tables were generated from. */
export const codexVersion = "0.169.0"

/** Params of a method that takes none: absent on the wire. */
export const NoParams: Schema.Schema<null | undefined> = Schema.UndefinedOr(Schema.Null)

export interface RequestSpec<P, R> {
  readonly params: Schema.Schema<P>
  readonly response: Schema.Schema<R>
  /** Needs `capabilities.experimentalApi: true` at initialize. */
  readonly experimental: boolean
}

export interface NotificationSpec<P> {
  readonly params: Schema.Schema<P>
  /** Only sent to clients that set `capabilities.experimentalApi: true`. */
  readonly experimental: boolean
}

export interface ClientRequestMap {
  readonly "initialize": {
    readonly params: S.InitializeParams
    readonly response: S.InitializeResponse
  }
  /**
   * Read content-free, process-local diagnostics.
   */
  readonly "server/diagnostics": {
    readonly params: S.ServerDiagnosticsParams
    readonly response: S.ServerDiagnosticsResponse
  }
  readonly "userVerification/status": {
    readonly params: S.UserVerificationStatusParams
    readonly response: S.UserVerificationStatusResponse
  }
  readonly "userVerification/enroll": {
    readonly params: S.UserVerificationEnrollParams
    readonly response: S.UserVerificationEnrollResponse
  }
  readonly "userVerification/delete": {
    readonly params: S.UserVerificationDeleteParams
    readonly response: S.UserVerificationDeleteResponse
  }
  readonly "userVerification/verify": {
    readonly params: S.UserVerificationVerifyParams
    readonly response: S.UserVerificationVerifyResponse
  }
  readonly "userVerification/cancel": {
    readonly params: S.UserVerificationCancelParams
    readonly response: S.UserVerificationCancelResponse
  }
  /**
   * NEW APIs
   */
  readonly "thread/start": {
    readonly params: S.ThreadStartParams
    readonly response: S.ThreadStartResponse
  }
  readonly "thread/resume": {
    readonly params: S.ThreadResumeParams
    readonly response: S.ThreadResumeResponse
  }
  readonly "thread/fork": {
    readonly params: S.ThreadForkParams
    readonly response: S.ThreadForkResponse
  }
  readonly "thread/sample": {
    readonly params: S.ThreadSampleParams
    readonly response: S.ThreadSampleResponse
  }
  readonly "thread/sample/cancel": {
    readonly params: S.ThreadSampleCancelParams
    readonly response: S.ThreadSampleCancelResponse
  }
  readonly "thread/archive": {
    readonly params: S.ThreadArchiveParams
    readonly response: S.ThreadArchiveResponse
  }
  readonly "thread/delete": {
    readonly params: S.ThreadDeleteParams
    readonly response: S.ThreadDeleteResponse
  }
  readonly "thread/unsubscribe": {
    readonly params: S.ThreadUnsubscribeParams
    readonly response: S.ThreadUnsubscribeResponse
  }
  /**
   * Increment the thread-local out-of-band elicitation counter.
   *
   * This is used by external helpers to pause timeout accounting while a user approval or other elicitation is pending outside the app-server request flow.
   */
  readonly "thread/increment_elicitation": {
    readonly params: S.ThreadIncrementElicitationParams
    readonly response: S.ThreadIncrementElicitationResponse
  }
  /**
   * Decrement the thread-local out-of-band elicitation counter.
   *
   * When the count reaches zero, timeout accounting resumes for the thread.
   */
  readonly "thread/decrement_elicitation": {
    readonly params: S.ThreadDecrementElicitationParams
    readonly response: S.ThreadDecrementElicitationResponse
  }
  readonly "thread/name/set": {
    readonly params: S.ThreadSetNameParams
    readonly response: S.ThreadSetNameResponse
  }
  readonly "thread/prediction/request": {
    readonly params: S.ThreadPredictionRequestParams
    readonly response: S.ThreadPredictionRequestResponse
  }
  readonly "thread/goal/set": {
    readonly params: S.ThreadGoalSetParams
    readonly response: S.ThreadGoalSetResponse
  }
  readonly "thread/goal/get": {
    readonly params: S.ThreadGoalGetParams
    readonly response: S.ThreadGoalGetResponse
  }
  readonly "thread/goal/clear": {
    readonly params: S.ThreadGoalClearParams
    readonly response: S.ThreadGoalClearResponse
  }
  readonly "thread/queue/add": {
    readonly params: S.ThreadQueueAddParams
    readonly response: S.ThreadQueueAddResponse
  }
  readonly "thread/queue/list": {
    readonly params: S.ThreadQueueListParams
    readonly response: S.ThreadQueueListResponse
  }
  readonly "thread/queue/update": {
    readonly params: S.ThreadQueueUpdateParams
    readonly response: S.ThreadQueueUpdateResponse
  }
  readonly "thread/queue/delete": {
    readonly params: S.ThreadQueueDeleteParams
    readonly response: S.ThreadQueueDeleteResponse
  }
  readonly "thread/queue/reorder": {
    readonly params: S.ThreadQueueReorderParams
    readonly response: S.ThreadQueueReorderResponse
  }
  readonly "thread/queue/start": {
    readonly params: S.ThreadQueueStartParams
    readonly response: S.ThreadQueueStartResponse
  }
  readonly "thread/metadata/update": {
    readonly params: S.ThreadMetadataUpdateParams
    readonly response: S.ThreadMetadataUpdateResponse
  }
  readonly "thread/attachment/add": {
    readonly params: S.ThreadAttachmentAddParams
    readonly response: S.ThreadAttachmentAddResponse
  }
  readonly "thread/attachment/list": {
    readonly params: S.ThreadAttachmentListParams
    readonly response: S.ThreadAttachmentListResponse
  }
  readonly "thread/attachmentOwner/list": {
    readonly params: S.ThreadAttachmentOwnerListParams
    readonly response: S.ThreadAttachmentOwnerListResponse
  }
  readonly "thread/attachment/remove": {
    readonly params: S.ThreadAttachmentRemoveParams
    readonly response: S.ThreadAttachmentRemoveResponse
  }
  readonly "thread/section/move": {
    readonly params: S.ThreadSectionMoveParams
    readonly response: S.ThreadSectionMoveResponse
  }
  readonly "thread/settings/update": {
    readonly params: S.ThreadSettingsUpdateParams
    readonly response: S.ThreadSettingsUpdateResponse
  }
  readonly "thread/memoryMode/set": {
    readonly params: S.ThreadMemoryModeSetParams
    readonly response: S.ThreadMemoryModeSetResponse
  }
  readonly "thread/memory/read": {
    readonly params: S.ThreadMemoryReadParams
    readonly response: S.ThreadMemoryReadResponse
  }
  readonly "memory/status": {
    readonly params: S.MemoryStatusParams
    readonly response: S.MemoryStatusResponse
  }
  readonly "memory/reset": {
    readonly params: null | undefined
    readonly response: S.MemoryResetResponse
  }
  /**
   * Start a best-effort background compression pass for cold local rollouts.
   */
  readonly "rollout/compress": {
    readonly params: null | undefined
    readonly response: S.RolloutCompressResponse
  }
  readonly "thread/unarchive": {
    readonly params: S.ThreadUnarchiveParams
    readonly response: S.ThreadUnarchiveResponse
  }
  readonly "thread/compact/start": {
    readonly params: S.ThreadCompactStartParams
    readonly response: S.ThreadCompactStartResponse
  }
  readonly "thread/shellCommand": {
    readonly params: S.ThreadShellCommandParams
    readonly response: S.ThreadShellCommandResponse
  }
  readonly "thread/approveGuardianDeniedAction": {
    readonly params: S.ThreadApproveGuardianDeniedActionParams
    readonly response: S.ThreadApproveGuardianDeniedActionResponse
  }
  readonly "thread/backgroundTerminals/clean": {
    readonly params: S.ThreadBackgroundTerminalsCleanParams
    readonly response: S.ThreadBackgroundTerminalsCleanResponse
  }
  readonly "thread/backgroundTerminals/list": {
    readonly params: S.ThreadBackgroundTerminalsListParams
    readonly response: S.ThreadBackgroundTerminalsListResponse
  }
  readonly "thread/backgroundTerminals/terminate": {
    readonly params: S.ThreadBackgroundTerminalsTerminateParams
    readonly response: S.ThreadBackgroundTerminalsTerminateResponse
  }
  readonly "thread/revert": {
    readonly params: S.ThreadRevertParams
    readonly response: S.ThreadRevertResponse
  }
  readonly "thread/list": {
    readonly params: S.ThreadListParams
    readonly response: S.ThreadListResponse
  }
  readonly "project/list": {
    readonly params: S.ProjectListParams
    readonly response: S.ProjectListResponse
  }
  readonly "project/read": {
    readonly params: S.ProjectReadParams
    readonly response: S.ProjectReadResponse
  }
  readonly "project/create": {
    readonly params: S.ProjectCreateParams
    readonly response: S.ProjectCreateResponse
  }
  readonly "project/import": {
    readonly params: S.ProjectImportParams
    readonly response: S.ProjectImportResponse
  }
  readonly "project/update": {
    readonly params: S.ProjectUpdateParams
    readonly response: S.ProjectUpdateResponse
  }
  readonly "project/move": {
    readonly params: S.ProjectMoveParams
    readonly response: S.ProjectMoveResponse
  }
  readonly "project/delete": {
    readonly params: S.ProjectDeleteParams
    readonly response: S.ProjectDeleteResponse
  }
  readonly "threadSection/list": {
    readonly params: S.ThreadSectionListParams
    readonly response: S.ThreadSectionListResponse
  }
  readonly "threadSection/create": {
    readonly params: S.ThreadSectionCreateParams
    readonly response: S.ThreadSectionCreateResponse
  }
  readonly "threadSection/update": {
    readonly params: S.ThreadSectionUpdateParams
    readonly response: S.ThreadSectionUpdateResponse
  }
  readonly "threadSection/delete": {
    readonly params: S.ThreadSectionDeleteParams
    readonly response: S.ThreadSectionDeleteResponse
  }
  readonly "thread/search": {
    readonly params: S.ThreadSearchParams
    readonly response: S.ThreadSearchResponse
  }
  readonly "thread/searchOccurrences": {
    readonly params: S.ThreadSearchOccurrencesParams
    readonly response: S.ThreadSearchOccurrencesResponse
  }
  readonly "thread/loaded/list": {
    readonly params: S.ThreadLoadedListParams
    readonly response: S.ThreadLoadedListResponse
  }
  readonly "thread/read": {
    readonly params: S.ThreadReadParams
    readonly response: S.ThreadReadResponse
  }
  readonly "thread/readState/update": {
    readonly params: S.ThreadReadStateUpdateParams
    readonly response: S.ThreadReadStateUpdateResponse
  }
  readonly "thread/turns/list": {
    readonly params: S.ThreadTurnsListParams
    readonly response: S.ThreadTurnsListResponse
  }
  readonly "thread/items/list": {
    readonly params: S.ThreadItemsListParams
    readonly response: S.ThreadItemsListResponse
  }
  readonly "thread/items/read": {
    readonly params: S.ThreadItemsReadParams
    readonly response: S.ThreadItemsReadResponse
  }
  /**
   * Review the idle thread's final injected exec_command without executing it.
   */
  readonly "thread/guardianReview": {
    readonly params: S.ThreadGuardianReviewParams
    readonly response: S.ThreadGuardianReviewResponse
  }
  /**
   * Append raw Responses API items to the thread history without starting a user turn.
   */
  readonly "thread/inject_items": {
    readonly params: S.ThreadInjectItemsParams
    readonly response: S.ThreadInjectItemsResponse
  }
  readonly "thread/prepareApprovedPlan": {
    readonly params: S.ThreadPrepareApprovedPlanParams
    readonly response: S.ThreadPrepareApprovedPlanResponse
  }
  readonly "skills/list": {
    readonly params: S.SkillsListParams
    readonly response: S.SkillsListResponse
  }
  readonly "skills/extraRoots/set": {
    readonly params: S.SkillsExtraRootsSetParams
    readonly response: S.SkillsExtraRootsSetResponse
  }
  readonly "hooks/list": {
    readonly params: S.HooksListParams
    readonly response: S.HooksListResponse
  }
  readonly "marketplace/add": {
    readonly params: S.MarketplaceAddParams
    readonly response: S.MarketplaceAddResponse
  }
  readonly "marketplace/remove": {
    readonly params: S.MarketplaceRemoveParams
    readonly response: S.MarketplaceRemoveResponse
  }
  readonly "marketplace/upgrade": {
    readonly params: S.MarketplaceUpgradeParams
    readonly response: S.MarketplaceUpgradeResponse
  }
  readonly "plugin/list": {
    readonly params: S.PluginListParams
    readonly response: S.PluginListResponse
  }
  readonly "plugin/search": {
    readonly params: S.PluginSearchParams
    readonly response: S.PluginSearchResponse
  }
  readonly "plugin/installed": {
    readonly params: S.PluginInstalledParams
    readonly response: S.PluginInstalledResponse
  }
  readonly "plugin/reconcile": {
    readonly params: S.PluginReconcileParams
    readonly response: S.PluginReconcileResponse
  }
  readonly "plugin/read": {
    readonly params: S.PluginReadParams
    readonly response: S.PluginReadResponse
  }
  readonly "plugin/skill/read": {
    readonly params: S.PluginSkillReadParams
    readonly response: S.PluginSkillReadResponse
  }
  readonly "plugin/share/save": {
    readonly params: S.PluginShareSaveParams
    readonly response: S.PluginShareSaveResponse
  }
  readonly "plugin/share/updateTargets": {
    readonly params: S.PluginShareUpdateTargetsParams
    readonly response: S.PluginShareUpdateTargetsResponse
  }
  readonly "plugin/share/list": {
    readonly params: S.PluginShareListParams
    readonly response: S.PluginShareListResponse
  }
  readonly "plugin/share/checkout": {
    readonly params: S.PluginShareCheckoutParams
    readonly response: S.PluginShareCheckoutResponse
  }
  readonly "plugin/share/delete": {
    readonly params: S.PluginShareDeleteParams
    readonly response: S.PluginShareDeleteResponse
  }
  readonly "app/read": {
    readonly params: S.AppsReadParams
    readonly response: S.AppsReadResponse
  }
  readonly "app/list": {
    readonly params: S.AppsListParams
    readonly response: S.AppsListResponse
  }
  readonly "app/installed": {
    readonly params: S.AppsInstalledParams
    readonly response: S.AppsInstalledResponse
  }
  readonly "fs/readFile": {
    readonly params: S.FsReadFileParams
    readonly response: S.FsReadFileResponse
  }
  readonly "fs/writeFile": {
    readonly params: S.FsWriteFileParams
    readonly response: S.FsWriteFileResponse
  }
  readonly "fs/createDirectory": {
    readonly params: S.FsCreateDirectoryParams
    readonly response: S.FsCreateDirectoryResponse
  }
  readonly "fs/getMetadata": {
    readonly params: S.FsGetMetadataParams
    readonly response: S.FsGetMetadataResponse
  }
  readonly "fs/readDirectory": {
    readonly params: S.FsReadDirectoryParams
    readonly response: S.FsReadDirectoryResponse
  }
  readonly "fs/remove": {
    readonly params: S.FsRemoveParams
    readonly response: S.FsRemoveResponse
  }
  readonly "fs/copy": {
    readonly params: S.FsCopyParams
    readonly response: S.FsCopyResponse
  }
  readonly "fs/watch": {
    readonly params: S.FsWatchParams
    readonly response: S.FsWatchResponse
  }
  readonly "fs/unwatch": {
    readonly params: S.FsUnwatchParams
    readonly response: S.FsUnwatchResponse
  }
  readonly "skills/config/write": {
    readonly params: S.SkillsConfigWriteParams
    readonly response: S.SkillsConfigWriteResponse
  }
  readonly "plugin/install": {
    readonly params: S.PluginInstallParams
    readonly response: S.PluginInstallResponse
  }
  readonly "plugin/uninstall": {
    readonly params: S.PluginUninstallParams
    readonly response: S.PluginUninstallResponse
  }
  readonly "turn/start": {
    readonly params: S.TurnStartParams
    readonly response: S.TurnStartResponse
  }
  readonly "turn/settings/update": {
    readonly params: S.TurnSettingsUpdateParams
    readonly response: S.TurnSettingsUpdateResponse
  }
  readonly "turn/steer": {
    readonly params: S.TurnSteerParams
    readonly response: S.TurnSteerResponse
  }
  readonly "turn/interrupt": {
    readonly params: S.TurnInterruptParams
    readonly response: S.TurnInterruptResponse
  }
  readonly "thread/realtime/start": {
    readonly params: S.ThreadRealtimeStartParams
    readonly response: S.ThreadRealtimeStartResponse
  }
  readonly "thread/realtime/appendAudio": {
    readonly params: S.ThreadRealtimeAppendAudioParams
    readonly response: S.ThreadRealtimeAppendAudioResponse
  }
  readonly "thread/realtime/appendText": {
    readonly params: S.ThreadRealtimeAppendTextParams
    readonly response: S.ThreadRealtimeAppendTextResponse
  }
  readonly "thread/realtime/appendSpeech": {
    readonly params: S.ThreadRealtimeAppendSpeechParams
    readonly response: S.ThreadRealtimeAppendSpeechResponse
  }
  readonly "thread/realtime/stop": {
    readonly params: S.ThreadRealtimeStopParams
    readonly response: S.ThreadRealtimeStopResponse
  }
  readonly "thread/timeline/list": {
    readonly params: S.ThreadTimelineListParams
    readonly response: S.ThreadTimelineListResponse
  }
  readonly "thread/realtime/listVoices": {
    readonly params: S.ThreadRealtimeListVoicesParams
    readonly response: S.ThreadRealtimeListVoicesResponse
  }
  readonly "review/start": {
    readonly params: S.ReviewStartParams
    readonly response: S.ReviewStartResponse
  }
  readonly "model/list": {
    readonly params: S.ModelListParams
    readonly response: S.ModelListResponse
  }
  readonly "account/gatewayOAuth/read": {
    readonly params: S.GatewayOAuthReadParams | null | undefined
    readonly response: S.GatewayOAuthReadResponse
  }
  readonly "account/gatewayOAuth/login": {
    readonly params: S.GatewayOAuthLoginParams | null | undefined
    readonly response: S.GatewayOAuthLoginResponse
  }
  readonly "account/gatewayOAuth/cancel": {
    readonly params: null | undefined
    readonly response: S.GatewayOAuthCancelResponse
  }
  readonly "modelProvider/list": {
    readonly params: S.ModelProviderListParams
    readonly response: S.ModelProviderListResponse
  }
  readonly "modelProvider/config/write": {
    readonly params: S.ModelProviderConfigWriteParams
    readonly response: S.ModelProviderConfigWriteResponse
  }
  readonly "modelProvider/capabilities/read": {
    readonly params: S.ModelProviderCapabilitiesReadParams
    readonly response: S.ModelProviderCapabilitiesReadResponse
  }
  readonly "experimentalFeature/list": {
    readonly params: S.ExperimentalFeatureListParams
    readonly response: S.ExperimentalFeatureListResponse
  }
  readonly "permissionProfile/list": {
    readonly params: S.PermissionProfileListParams
    readonly response: S.PermissionProfileListResponse
  }
  readonly "experimentalFeature/enablement/set": {
    readonly params: S.ExperimentalFeatureEnablementSetParams
    readonly response: S.ExperimentalFeatureEnablementSetResponse
  }
  readonly "remoteControl/enable": {
    readonly params: S.RemoteControlEnableParams | null | undefined
    readonly response: S.RemoteControlEnableResponse
  }
  readonly "remoteControl/disable": {
    readonly params: S.RemoteControlDisableParams | null | undefined
    readonly response: S.RemoteControlDisableResponse
  }
  readonly "remoteControl/status/read": {
    readonly params: null | undefined
    readonly response: S.RemoteControlStatusReadResponse
  }
  readonly "remoteControl/pairing/start": {
    readonly params: S.RemoteControlPairingStartParams
    readonly response: S.RemoteControlPairingStartResponse
  }
  readonly "remoteControl/pairing/status": {
    readonly params: S.RemoteControlPairingStatusParams
    readonly response: S.RemoteControlPairingStatusResponse
  }
  readonly "remoteControl/client/list": {
    readonly params: S.RemoteControlClientsListParams
    readonly response: S.RemoteControlClientsListResponse
  }
  readonly "remoteControl/client/revoke": {
    readonly params: S.RemoteControlClientsRevokeParams
    readonly response: S.RemoteControlClientsRevokeResponse
  }
  /**
   * Lists collaboration mode presets.
   */
  readonly "collaborationMode/list": {
    readonly params: S.CollaborationModeListParams
    readonly response: S.CollaborationModeListResponse
  }
  /**
   * Test-only method used to validate experimental gating.
   */
  readonly "mock/experimentalMethod": {
    readonly params: S.MockExperimentalMethodParams
    readonly response: S.MockExperimentalMethodResponse
  }
  /**
   * Adds or replaces a remote environment by id for later selection.
   */
  readonly "environment/add": {
    readonly params: S.EnvironmentAddParams
    readonly response: S.EnvironmentAddResponse
  }
  /**
   * Reads information from a configured execution environment.
   */
  readonly "environment/info": {
    readonly params: S.EnvironmentInfoParams
    readonly response: S.EnvironmentInfoResponse
  }
  /**
   * Reads the current status of a configured execution environment.
   */
  readonly "environment/status": {
    readonly params: S.EnvironmentStatusParams
    readonly response: S.EnvironmentStatusResponse
  }
  readonly "mcpServer/oauth/login": {
    readonly params: S.McpServerOauthLoginParams
    readonly response: S.McpServerOauthLoginResponse
  }
  readonly "config/mcpServer/reload": {
    readonly params: null | undefined
    readonly response: S.McpServerRefreshResponse
  }
  readonly "mcpServerStatus/list": {
    readonly params: S.ListMcpServerStatusParams
    readonly response: S.ListMcpServerStatusResponse
  }
  readonly "mcpServer/resource/read": {
    readonly params: S.McpResourceReadParams
    readonly response: S.McpResourceReadResponse
  }
  readonly "mcpServer/event/stream/start": {
    readonly params: S.McpServerEventStreamStartParams
    readonly response: S.McpServerEventStreamStartResponse
  }
  readonly "mcpServer/event/stream/stop": {
    readonly params: S.McpServerEventStreamStopParams
    readonly response: S.McpServerEventStreamStopResponse
  }
  readonly "mcpServer/tool/call": {
    readonly params: S.McpServerToolCallParams
    readonly response: S.McpServerToolCallResponse
  }
  readonly "windowsSandbox/setupStart": {
    readonly params: S.WindowsSandboxSetupStartParams
    readonly response: S.WindowsSandboxSetupStartResponse
  }
  readonly "windowsSandbox/readiness": {
    readonly params: null | undefined
    readonly response: S.WindowsSandboxReadinessResponse
  }
  readonly "account/login/start": {
    readonly params: S.LoginAccountParams
    readonly response: S.LoginAccountResponse
  }
  readonly "account/bedrock/discover": {
    readonly params: S.BedrockDiscoverParams
    readonly response: S.BedrockDiscoverResponse
  }
  readonly "account/bedrock/setup": {
    readonly params: S.BedrockSetupParams
    readonly response: S.BedrockSetupResponse
  }
  readonly "account/gcp/setup": {
    readonly params: S.GcpSetupParams
    readonly response: S.GcpSetupResponse
  }
  readonly "account/bedrock/checkGovCloudRequirements": {
    readonly params: S.BedrockCheckGovCloudRequirementsParams
    readonly response: S.BedrockCheckGovCloudRequirementsResponse
  }
  readonly "account/login/cancel": {
    readonly params: S.CancelLoginAccountParams
    readonly response: S.CancelLoginAccountResponse
  }
  readonly "accountSession/list": {
    readonly params: S.AccountSessionsListParams
    readonly response: S.AccountSessionsResponse
  }
  readonly "accountSession/switch": {
    readonly params: S.AccountSessionsSwitchParams
    readonly response: S.AccountSessionsSwitchResponse
  }
  readonly "account/logout": {
    readonly params: null | undefined
    readonly response: S.LogoutAccountResponse
  }
  readonly "account/securitySetup/read": {
    readonly params: null | undefined
    readonly response: S.GetAccountSecuritySetupResponse
  }
  readonly "account/rateLimits/read": {
    readonly params: S.GetAccountRateLimitsParams | null | undefined
    readonly response: S.GetAccountRateLimitsResponse
  }
  readonly "account/rateLimitResetCredit/consume": {
    readonly params: S.ConsumeAccountRateLimitResetCreditParams
    readonly response: S.ConsumeAccountRateLimitResetCreditResponse
  }
  readonly "account/usage/read": {
    readonly params: S.GetAccountTokenUsageParams | null | undefined
    readonly response: S.GetAccountTokenUsageResponse
  }
  readonly "account/workspaceMessages/read": {
    readonly params: null | undefined
    readonly response: S.GetWorkspaceMessagesResponse
  }
  readonly "account/sendAddCreditsNudgeEmail": {
    readonly params: S.SendAddCreditsNudgeEmailParams
    readonly response: S.SendAddCreditsNudgeEmailResponse
  }
  readonly "feedback/upload": {
    readonly params: S.FeedbackUploadParams
    readonly response: S.FeedbackUploadResponse
  }
  readonly "feedback/save": {
    readonly params: S.FeedbackSaveParams
    readonly response: S.FeedbackSaveResponse
  }
  /**
   * Execute a standalone command (argv vector) under the server's sandbox.
   */
  readonly "command/exec": {
    readonly params: S.CommandExecParams
    readonly response: S.CommandExecResponse
  }
  /**
   * Write stdin bytes to a running `command/exec` session or close stdin.
   */
  readonly "command/exec/write": {
    readonly params: S.CommandExecWriteParams
    readonly response: S.CommandExecWriteResponse
  }
  /**
   * Terminate a running `command/exec` session by client-supplied `processId`.
   */
  readonly "command/exec/terminate": {
    readonly params: S.CommandExecTerminateParams
    readonly response: S.CommandExecTerminateResponse
  }
  /**
   * Resize a running PTY-backed `command/exec` session by client-supplied `processId`.
   */
  readonly "command/exec/resize": {
    readonly params: S.CommandExecResizeParams
    readonly response: S.CommandExecResizeResponse
  }
  /**
   * Spawn a standalone process (argv vector) without a Codex sandbox.
   */
  readonly "process/spawn": {
    readonly params: S.ProcessSpawnParams
    readonly response: S.ProcessSpawnResponse
  }
  /**
   * Write stdin bytes to a running `process/spawn` session or close stdin.
   */
  readonly "process/writeStdin": {
    readonly params: S.ProcessWriteStdinParams
    readonly response: S.ProcessWriteStdinResponse
  }
  /**
   * Terminate a running `process/spawn` session by client-supplied `processHandle`.
   */
  readonly "process/kill": {
    readonly params: S.ProcessKillParams
    readonly response: S.ProcessKillResponse
  }
  /**
   * Resize a running PTY-backed `process/spawn` session by client-supplied `processHandle`.
   */
  readonly "process/resizePty": {
    readonly params: S.ProcessResizePtyParams
    readonly response: S.ProcessResizePtyResponse
  }
  readonly "config/read": {
    readonly params: S.ConfigReadParams
    readonly response: S.ConfigReadResponse
  }
  readonly "externalAgentConfig/detect": {
    readonly params: S.ExternalAgentConfigDetectParams
    readonly response: S.ExternalAgentConfigDetectResponse
  }
  readonly "externalAgentConfig/import": {
    readonly params: S.ExternalAgentConfigImportParams
    readonly response: S.ExternalAgentConfigImportResponse
  }
  readonly "externalAgentConfig/import/recordHistory": {
    readonly params: S.ExternalAgentConfigImportHistoryRecordParams
    readonly response: S.ExternalAgentConfigImportHistoryRecordResponse
  }
  readonly "externalAgentConfig/import/readHistories": {
    readonly params: null | undefined
    readonly response: S.ExternalAgentConfigImportHistoriesReadResponse
  }
  readonly "config/value/write": {
    readonly params: S.ConfigValueWriteParams
    readonly response: S.ConfigWriteResponse
  }
  readonly "config/batchWrite": {
    readonly params: S.ConfigBatchWriteParams
    readonly response: S.ConfigWriteResponse
  }
  readonly "configRequirements/read": {
    readonly params: null | undefined
    readonly response: S.ConfigRequirementsReadResponse
  }
  readonly "account/read": {
    readonly params: S.GetAccountParams
    readonly response: S.GetAccountResponse
  }
  readonly "fuzzyFileSearch": {
    readonly params: S.FuzzyFileSearchParams
    readonly response: S.FuzzyFileSearchResponse
  }
  readonly "fuzzyFileSearch/sessionStart": {
    readonly params: S.FuzzyFileSearchSessionStartParams
    readonly response: S.FuzzyFileSearchSessionStartResponse
  }
  readonly "fuzzyFileSearch/sessionUpdate": {
    readonly params: S.FuzzyFileSearchSessionUpdateParams
    readonly response: S.FuzzyFileSearchSessionUpdateResponse
  }
  readonly "fuzzyFileSearch/sessionStop": {
    readonly params: S.FuzzyFileSearchSessionStopParams
    readonly response: S.FuzzyFileSearchSessionStopResponse
  }
}

export interface ServerRequestMap {
  /**
   * NEW APIs Sent when approval is requested for a specific command execution. This request is used for Turns started via turn/start.
   */
  readonly "item/commandExecution/requestApproval": {
    readonly params: S.CommandExecutionRequestApprovalParams
    readonly response: S.CommandExecutionRequestApprovalResponse
  }
  /**
   * Sent when approval is requested for a specific file change. This request is used for Turns started via turn/start.
   */
  readonly "item/fileChange/requestApproval": {
    readonly params: S.FileChangeRequestApprovalParams
    readonly response: S.FileChangeRequestApprovalResponse
  }
  /**
   * EXPERIMENTAL - Request input from the user for a tool call.
   */
  readonly "item/tool/requestUserInput": {
    readonly params: S.ToolRequestUserInputParams
    readonly response: S.ToolRequestUserInputResponse
  }
  /**
   * Request input for an MCP server elicitation.
   */
  readonly "mcpServer/elicitation/request": {
    readonly params: S.McpServerElicitationRequestParams
    readonly response: S.McpServerElicitationRequestResponse
  }
  /**
   * Request approval for additional permissions from the user.
   */
  readonly "item/permissions/requestApproval": {
    readonly params: S.PermissionsRequestApprovalParams
    readonly response: S.PermissionsRequestApprovalResponse
  }
  /**
   * Execute a dynamic tool call on the client.
   */
  readonly "item/tool/call": {
    readonly params: S.DynamicToolCallParams
    readonly response: S.DynamicToolCallResponse
  }
  readonly "account/chatgptAuthTokens/refresh": {
    readonly params: S.ChatgptAuthTokensRefreshParams
    readonly response: S.ChatgptAuthTokensRefreshResponse
  }
  /**
   * Generate a fresh upstream attestation result on demand.
   */
  readonly "attestation/generate": {
    readonly params: S.AttestationGenerateParams
    readonly response: S.AttestationGenerateResponse
  }
  /**
   * Read the current time from an external clock owned by the client.
   */
  readonly "currentTime/read": {
    readonly params: S.CurrentTimeReadParams
    readonly response: S.CurrentTimeReadResponse
  }
  /**
   * DEPRECATED APIs below Request to approve a patch. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage).
   */
  readonly "applyPatchApproval": {
    readonly params: S.ApplyPatchApprovalParams
    readonly response: S.ApplyPatchApprovalResponse
  }
  /**
   * Request to exec a command. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage).
   */
  readonly "execCommandApproval": {
    readonly params: S.ExecCommandApprovalParams
    readonly response: S.ExecCommandApprovalResponse
  }
}

export interface ServerNotificationMap {
  /**
   * NEW NOTIFICATIONS
   */
  readonly "error": {
    readonly params: S.ErrorNotification
  }
  readonly "thread/started": {
    readonly params: S.ThreadStartedNotification
  }
  readonly "thread/status/changed": {
    readonly params: S.ThreadStatusChangedNotification
  }
  readonly "thread/readState/changed": {
    readonly params: S.ThreadReadStateChangedNotification
  }
  readonly "thread/archived": {
    readonly params: S.ThreadArchivedNotification
  }
  readonly "thread/deleted": {
    readonly params: S.ThreadDeletedNotification
  }
  readonly "thread/unarchived": {
    readonly params: S.ThreadUnarchivedNotification
  }
  readonly "thread/closed": {
    readonly params: S.ThreadClosedNotification
  }
  readonly "thread/reverted": {
    readonly params: S.ThreadRevertedNotification
  }
  readonly "skills/changed": {
    readonly params: S.SkillsChangedNotification
  }
  readonly "thread/name/updated": {
    readonly params: S.ThreadNameUpdatedNotification
  }
  readonly "thread/section/changed": {
    readonly params: S.ThreadSectionChangedNotification
  }
  readonly "thread/attachment/updated": {
    readonly params: S.ThreadAttachmentUpdatedNotification
  }
  readonly "thread/goal/updated": {
    readonly params: S.ThreadGoalUpdatedNotification
  }
  readonly "thread/prediction/updated": {
    readonly params: S.ThreadPredictionUpdatedNotification
  }
  readonly "thread/goal/cleared": {
    readonly params: S.ThreadGoalClearedNotification
  }
  readonly "thread/queue/changed": {
    readonly params: S.ThreadQueueChangedNotification
  }
  readonly "project/changed": {
    readonly params: S.ProjectChangedNotification
  }
  readonly "thread/project/updated": {
    readonly params: S.ThreadProjectUpdatedNotification
  }
  readonly "thread/environment/connected": {
    readonly params: S.EnvironmentConnectionNotification
  }
  readonly "thread/environment/disconnected": {
    readonly params: S.EnvironmentConnectionNotification
  }
  readonly "thread/settings/updated": {
    readonly params: S.ThreadSettingsUpdatedNotification
  }
  readonly "thread/tokenUsage/updated": {
    readonly params: S.ThreadTokenUsageUpdatedNotification
  }
  readonly "turn/started": {
    readonly params: S.TurnStartedNotification
  }
  readonly "hook/started": {
    readonly params: S.HookStartedNotification
  }
  readonly "turn/completed": {
    readonly params: S.TurnCompletedNotification
  }
  readonly "hook/completed": {
    readonly params: S.HookCompletedNotification
  }
  readonly "turn/diff/updated": {
    readonly params: S.TurnDiffUpdatedNotification
  }
  readonly "turn/plan/updated": {
    readonly params: S.TurnPlanUpdatedNotification
  }
  readonly "item/started": {
    readonly params: S.ItemStartedNotification
  }
  readonly "item/autoApprovalReview/started": {
    readonly params: S.ItemGuardianApprovalReviewStartedNotification
  }
  readonly "item/autoApprovalReview/completed": {
    readonly params: S.ItemGuardianApprovalReviewCompletedNotification
  }
  readonly "autoApprovalReview/strictReviewRequired": {
    readonly params: S.StrictReviewRequiredNotification
  }
  readonly "item/completed": {
    readonly params: S.ItemCompletedNotification
  }
  readonly "item/agentMessage/delta": {
    readonly params: S.AgentMessageDeltaNotification
  }
  /**
   * EXPERIMENTAL - proposed plan streaming deltas for plan items.
   */
  readonly "item/plan/delta": {
    readonly params: S.PlanDeltaNotification
  }
  /**
   * Stream base64-encoded stdout/stderr chunks for a running `command/exec` session.
   */
  readonly "command/exec/outputDelta": {
    readonly params: S.CommandExecOutputDeltaNotification
  }
  /**
   * Stream base64-encoded stdout/stderr chunks for a running `process/spawn` session.
   */
  readonly "process/outputDelta": {
    readonly params: S.ProcessOutputDeltaNotification
  }
  /**
   * Final exit notification for a `process/spawn` session.
   */
  readonly "process/exited": {
    readonly params: S.ProcessExitedNotification
  }
  readonly "item/commandExecution/outputDelta": {
    readonly params: S.CommandExecutionOutputDeltaNotification
  }
  readonly "item/commandExecution/terminalInteraction": {
    readonly params: S.TerminalInteractionNotification
  }
  /**
   * Deprecated legacy apply_patch output stream notification.
   */
  readonly "item/fileChange/outputDelta": {
    readonly params: S.FileChangeOutputDeltaNotification
  }
  readonly "item/fileChange/patchUpdated": {
    readonly params: S.FileChangePatchUpdatedNotification
  }
  readonly "serverRequest/resolved": {
    readonly params: S.ServerRequestResolvedNotification
  }
  readonly "item/mcpToolCall/progress": {
    readonly params: S.McpToolCallProgressNotification
  }
  readonly "mcpServer/oauthLogin/completed": {
    readonly params: S.McpServerOauthLoginCompletedNotification
  }
  readonly "mcpServer/startupStatus/updated": {
    readonly params: S.McpServerStatusUpdatedNotification
  }
  readonly "mcpServer/event/stream/notification": {
    readonly params: S.McpServerEventStreamNotification
  }
  readonly "account/updated": {
    readonly params: S.AccountUpdatedNotification
  }
  readonly "account/gatewayOAuth/changed": {
    readonly params: S.GatewayOAuthChangedNotification
  }
  readonly "account/rateLimits/updated": {
    readonly params: S.AccountRateLimitsUpdatedNotification
  }
  readonly "app/list/updated": {
    readonly params: S.AppListUpdatedNotification
  }
  readonly "remoteControl/status/changed": {
    readonly params: S.RemoteControlStatusChangedNotification
  }
  readonly "externalAgentConfig/import/progress": {
    readonly params: S.ExternalAgentConfigImportProgressNotification
  }
  readonly "externalAgentConfig/import/completed": {
    readonly params: S.ExternalAgentConfigImportCompletedNotification
  }
  readonly "fs/changed": {
    readonly params: S.FsChangedNotification
  }
  readonly "item/reasoning/summaryTextDelta": {
    readonly params: S.ReasoningSummaryTextDeltaNotification
  }
  readonly "item/reasoning/summaryPartAdded": {
    readonly params: S.ReasoningSummaryPartAddedNotification
  }
  readonly "item/reasoning/textDelta": {
    readonly params: S.ReasoningTextDeltaNotification
  }
  /**
   * Deprecated: Use `ContextCompaction` item type instead.
   */
  readonly "thread/compacted": {
    readonly params: S.ContextCompactedNotification
  }
  readonly "model/rerouted": {
    readonly params: S.ModelReroutedNotification
  }
  readonly "model/verification": {
    readonly params: S.ModelVerificationNotification
  }
  readonly "modelProvider/authRecoveryStarted": {
    readonly params: S.AuthRecoveryNotification
  }
  readonly "modelProvider/authRecoveryCompleted": {
    readonly params: S.AuthRecoveryNotification
  }
  readonly "turn/moderationMetadata": {
    readonly params: S.TurnModerationMetadataNotification
  }
  readonly "model/safetyBuffering/updated": {
    readonly params: S.ModelSafetyBufferingUpdatedNotification
  }
  readonly "warning": {
    readonly params: S.WarningNotification
  }
  readonly "guardianWarning": {
    readonly params: S.GuardianWarningNotification
  }
  readonly "deprecationNotice": {
    readonly params: S.DeprecationNoticeNotification
  }
  readonly "configWarning": {
    readonly params: S.ConfigWarningNotification
  }
  readonly "fuzzyFileSearch/sessionUpdated": {
    readonly params: S.FuzzyFileSearchSessionUpdatedNotification
  }
  readonly "fuzzyFileSearch/sessionCompleted": {
    readonly params: S.FuzzyFileSearchSessionCompletedNotification
  }
  readonly "thread/realtime/started": {
    readonly params: S.ThreadRealtimeStartedNotification
  }
  readonly "thread/realtime/itemAdded": {
    readonly params: S.ThreadRealtimeItemAddedNotification
  }
  readonly "thread/realtime/item/started": {
    readonly params: S.ThreadRealtimeItemStartedNotification
  }
  readonly "thread/realtime/item/transcript/delta": {
    readonly params: S.ThreadRealtimeItemTranscriptDeltaNotification
  }
  readonly "thread/realtime/item/completed": {
    readonly params: S.ThreadRealtimeItemCompletedNotification
  }
  readonly "thread/realtime/transcript/delta": {
    readonly params: S.ThreadRealtimeTranscriptDeltaNotification
  }
  readonly "thread/realtime/transcript/done": {
    readonly params: S.ThreadRealtimeTranscriptDoneNotification
  }
  readonly "thread/realtime/outputAudio/delta": {
    readonly params: S.ThreadRealtimeOutputAudioDeltaNotification
  }
  readonly "thread/realtime/sdp": {
    readonly params: S.ThreadRealtimeSdpNotification
  }
  readonly "thread/realtime/error": {
    readonly params: S.ThreadRealtimeErrorNotification
  }
  readonly "thread/realtime/closed": {
    readonly params: S.ThreadRealtimeClosedNotification
  }
  /**
   * Notifies the user of world-writable directories on Windows, which cannot be protected by the sandbox.
   */
  readonly "windows/worldWritableWarning": {
    readonly params: S.WindowsWorldWritableWarningNotification
  }
  readonly "windowsSandbox/setupCompleted": {
    readonly params: S.WindowsSandboxSetupCompletedNotification
  }
  readonly "account/login/completed": {
    readonly params: S.AccountLoginCompletedNotification
  }
}

export interface ClientNotificationMap {
  readonly "initialized": {
    readonly params: null | undefined
  }
}

export const ClientRequests: {
  readonly [M in keyof ClientRequestMap]: RequestSpec<ClientRequestMap[M]["params"], ClientRequestMap[M]["response"]>
} = {
  "initialize": { params: S.InitializeParams, response: S.InitializeResponse, experimental: false },
  "server/diagnostics": { params: S.ServerDiagnosticsParams, response: S.ServerDiagnosticsResponse, experimental: true },
  "userVerification/status": { params: S.UserVerificationStatusParams, response: S.UserVerificationStatusResponse, experimental: true },
  "userVerification/enroll": { params: S.UserVerificationEnrollParams, response: S.UserVerificationEnrollResponse, experimental: true },
  "userVerification/delete": { params: S.UserVerificationDeleteParams, response: S.UserVerificationDeleteResponse, experimental: true },
  "userVerification/verify": { params: S.UserVerificationVerifyParams, response: S.UserVerificationVerifyResponse, experimental: true },
  "userVerification/cancel": { params: S.UserVerificationCancelParams, response: S.UserVerificationCancelResponse, experimental: true },
  "thread/start": { params: S.ThreadStartParams, response: S.ThreadStartResponse, experimental: false },
  "thread/resume": { params: S.ThreadResumeParams, response: S.ThreadResumeResponse, experimental: false },
  "thread/fork": { params: S.ThreadForkParams, response: S.ThreadForkResponse, experimental: false },
  "thread/sample": { params: S.ThreadSampleParams, response: S.ThreadSampleResponse, experimental: true },
  "thread/sample/cancel": { params: S.ThreadSampleCancelParams, response: S.ThreadSampleCancelResponse, experimental: true },
  "thread/archive": { params: S.ThreadArchiveParams, response: S.ThreadArchiveResponse, experimental: false },
  "thread/delete": { params: S.ThreadDeleteParams, response: S.ThreadDeleteResponse, experimental: false },
  "thread/unsubscribe": { params: S.ThreadUnsubscribeParams, response: S.ThreadUnsubscribeResponse, experimental: false },
  "thread/increment_elicitation": { params: S.ThreadIncrementElicitationParams, response: S.ThreadIncrementElicitationResponse, experimental: true },
  "thread/decrement_elicitation": { params: S.ThreadDecrementElicitationParams, response: S.ThreadDecrementElicitationResponse, experimental: true },
  "thread/name/set": { params: S.ThreadSetNameParams, response: S.ThreadSetNameResponse, experimental: false },
  "thread/prediction/request": { params: S.ThreadPredictionRequestParams, response: S.ThreadPredictionRequestResponse, experimental: true },
  "thread/goal/set": { params: S.ThreadGoalSetParams, response: S.ThreadGoalSetResponse, experimental: false },
  "thread/goal/get": { params: S.ThreadGoalGetParams, response: S.ThreadGoalGetResponse, experimental: false },
  "thread/goal/clear": { params: S.ThreadGoalClearParams, response: S.ThreadGoalClearResponse, experimental: false },
  "thread/queue/add": { params: S.ThreadQueueAddParams, response: S.ThreadQueueAddResponse, experimental: true },
  "thread/queue/list": { params: S.ThreadQueueListParams, response: S.ThreadQueueListResponse, experimental: true },
  "thread/queue/update": { params: S.ThreadQueueUpdateParams, response: S.ThreadQueueUpdateResponse, experimental: true },
  "thread/queue/delete": { params: S.ThreadQueueDeleteParams, response: S.ThreadQueueDeleteResponse, experimental: true },
  "thread/queue/reorder": { params: S.ThreadQueueReorderParams, response: S.ThreadQueueReorderResponse, experimental: true },
  "thread/queue/start": { params: S.ThreadQueueStartParams, response: S.ThreadQueueStartResponse, experimental: true },
  "thread/metadata/update": { params: S.ThreadMetadataUpdateParams, response: S.ThreadMetadataUpdateResponse, experimental: false },
  "thread/attachment/add": { params: S.ThreadAttachmentAddParams, response: S.ThreadAttachmentAddResponse, experimental: false },
  "thread/attachment/list": { params: S.ThreadAttachmentListParams, response: S.ThreadAttachmentListResponse, experimental: false },
  "thread/attachmentOwner/list": { params: S.ThreadAttachmentOwnerListParams, response: S.ThreadAttachmentOwnerListResponse, experimental: false },
  "thread/attachment/remove": { params: S.ThreadAttachmentRemoveParams, response: S.ThreadAttachmentRemoveResponse, experimental: false },
  "thread/section/move": { params: S.ThreadSectionMoveParams, response: S.ThreadSectionMoveResponse, experimental: false },
  "thread/settings/update": { params: S.ThreadSettingsUpdateParams, response: S.ThreadSettingsUpdateResponse, experimental: true },
  "thread/memoryMode/set": { params: S.ThreadMemoryModeSetParams, response: S.ThreadMemoryModeSetResponse, experimental: true },
  "thread/memory/read": { params: S.ThreadMemoryReadParams, response: S.ThreadMemoryReadResponse, experimental: true },
  "memory/status": { params: S.MemoryStatusParams, response: S.MemoryStatusResponse, experimental: true },
  "memory/reset": { params: NoParams, response: S.MemoryResetResponse, experimental: true },
  "rollout/compress": { params: NoParams, response: S.RolloutCompressResponse, experimental: true },
  "thread/unarchive": { params: S.ThreadUnarchiveParams, response: S.ThreadUnarchiveResponse, experimental: false },
  "thread/compact/start": { params: S.ThreadCompactStartParams, response: S.ThreadCompactStartResponse, experimental: false },
  "thread/shellCommand": { params: S.ThreadShellCommandParams, response: S.ThreadShellCommandResponse, experimental: false },
  "thread/approveGuardianDeniedAction": { params: S.ThreadApproveGuardianDeniedActionParams, response: S.ThreadApproveGuardianDeniedActionResponse, experimental: false },
  "thread/backgroundTerminals/clean": { params: S.ThreadBackgroundTerminalsCleanParams, response: S.ThreadBackgroundTerminalsCleanResponse, experimental: true },
  "thread/backgroundTerminals/list": { params: S.ThreadBackgroundTerminalsListParams, response: S.ThreadBackgroundTerminalsListResponse, experimental: true },
  "thread/backgroundTerminals/terminate": { params: S.ThreadBackgroundTerminalsTerminateParams, response: S.ThreadBackgroundTerminalsTerminateResponse, experimental: true },
  "thread/revert": { params: S.ThreadRevertParams, response: S.ThreadRevertResponse, experimental: false },
  "thread/list": { params: S.ThreadListParams, response: S.ThreadListResponse, experimental: false },
  "project/list": { params: S.ProjectListParams, response: S.ProjectListResponse, experimental: true },
  "project/read": { params: S.ProjectReadParams, response: S.ProjectReadResponse, experimental: true },
  "project/create": { params: S.ProjectCreateParams, response: S.ProjectCreateResponse, experimental: true },
  "project/import": { params: S.ProjectImportParams, response: S.ProjectImportResponse, experimental: true },
  "project/update": { params: S.ProjectUpdateParams, response: S.ProjectUpdateResponse, experimental: true },
  "project/move": { params: S.ProjectMoveParams, response: S.ProjectMoveResponse, experimental: true },
  "project/delete": { params: S.ProjectDeleteParams, response: S.ProjectDeleteResponse, experimental: true },
  "threadSection/list": { params: S.ThreadSectionListParams, response: S.ThreadSectionListResponse, experimental: false },
  "threadSection/create": { params: S.ThreadSectionCreateParams, response: S.ThreadSectionCreateResponse, experimental: false },
  "threadSection/update": { params: S.ThreadSectionUpdateParams, response: S.ThreadSectionUpdateResponse, experimental: false },
  "threadSection/delete": { params: S.ThreadSectionDeleteParams, response: S.ThreadSectionDeleteResponse, experimental: false },
  "thread/search": { params: S.ThreadSearchParams, response: S.ThreadSearchResponse, experimental: true },
  "thread/searchOccurrences": { params: S.ThreadSearchOccurrencesParams, response: S.ThreadSearchOccurrencesResponse, experimental: true },
  "thread/loaded/list": { params: S.ThreadLoadedListParams, response: S.ThreadLoadedListResponse, experimental: false },
  "thread/read": { params: S.ThreadReadParams, response: S.ThreadReadResponse, experimental: false },
  "thread/readState/update": { params: S.ThreadReadStateUpdateParams, response: S.ThreadReadStateUpdateResponse, experimental: true },
  "thread/turns/list": { params: S.ThreadTurnsListParams, response: S.ThreadTurnsListResponse, experimental: false },
  "thread/items/list": { params: S.ThreadItemsListParams, response: S.ThreadItemsListResponse, experimental: false },
  "thread/items/read": { params: S.ThreadItemsReadParams, response: S.ThreadItemsReadResponse, experimental: true },
  "thread/guardianReview": { params: S.ThreadGuardianReviewParams, response: S.ThreadGuardianReviewResponse, experimental: true },
  "thread/inject_items": { params: S.ThreadInjectItemsParams, response: S.ThreadInjectItemsResponse, experimental: false },
  "thread/prepareApprovedPlan": { params: S.ThreadPrepareApprovedPlanParams, response: S.ThreadPrepareApprovedPlanResponse, experimental: true },
  "skills/list": { params: S.SkillsListParams, response: S.SkillsListResponse, experimental: false },
  "skills/extraRoots/set": { params: S.SkillsExtraRootsSetParams, response: S.SkillsExtraRootsSetResponse, experimental: false },
  "hooks/list": { params: S.HooksListParams, response: S.HooksListResponse, experimental: false },
  "marketplace/add": { params: S.MarketplaceAddParams, response: S.MarketplaceAddResponse, experimental: false },
  "marketplace/remove": { params: S.MarketplaceRemoveParams, response: S.MarketplaceRemoveResponse, experimental: false },
  "marketplace/upgrade": { params: S.MarketplaceUpgradeParams, response: S.MarketplaceUpgradeResponse, experimental: false },
  "plugin/list": { params: S.PluginListParams, response: S.PluginListResponse, experimental: false },
  "plugin/search": { params: S.PluginSearchParams, response: S.PluginSearchResponse, experimental: true },
  "plugin/installed": { params: S.PluginInstalledParams, response: S.PluginInstalledResponse, experimental: false },
  "plugin/reconcile": { params: S.PluginReconcileParams, response: S.PluginReconcileResponse, experimental: false },
  "plugin/read": { params: S.PluginReadParams, response: S.PluginReadResponse, experimental: false },
  "plugin/skill/read": { params: S.PluginSkillReadParams, response: S.PluginSkillReadResponse, experimental: false },
  "plugin/share/save": { params: S.PluginShareSaveParams, response: S.PluginShareSaveResponse, experimental: false },
  "plugin/share/updateTargets": { params: S.PluginShareUpdateTargetsParams, response: S.PluginShareUpdateTargetsResponse, experimental: false },
  "plugin/share/list": { params: S.PluginShareListParams, response: S.PluginShareListResponse, experimental: false },
  "plugin/share/checkout": { params: S.PluginShareCheckoutParams, response: S.PluginShareCheckoutResponse, experimental: false },
  "plugin/share/delete": { params: S.PluginShareDeleteParams, response: S.PluginShareDeleteResponse, experimental: false },
  "app/read": { params: S.AppsReadParams, response: S.AppsReadResponse, experimental: false },
  "app/list": { params: S.AppsListParams, response: S.AppsListResponse, experimental: false },
  "app/installed": { params: S.AppsInstalledParams, response: S.AppsInstalledResponse, experimental: false },
  "fs/readFile": { params: S.FsReadFileParams, response: S.FsReadFileResponse, experimental: false },
  "fs/writeFile": { params: S.FsWriteFileParams, response: S.FsWriteFileResponse, experimental: false },
  "fs/createDirectory": { params: S.FsCreateDirectoryParams, response: S.FsCreateDirectoryResponse, experimental: false },
  "fs/getMetadata": { params: S.FsGetMetadataParams, response: S.FsGetMetadataResponse, experimental: false },
  "fs/readDirectory": { params: S.FsReadDirectoryParams, response: S.FsReadDirectoryResponse, experimental: false },
  "fs/remove": { params: S.FsRemoveParams, response: S.FsRemoveResponse, experimental: false },
  "fs/copy": { params: S.FsCopyParams, response: S.FsCopyResponse, experimental: false },
  "fs/watch": { params: S.FsWatchParams, response: S.FsWatchResponse, experimental: false },
  "fs/unwatch": { params: S.FsUnwatchParams, response: S.FsUnwatchResponse, experimental: false },
  "skills/config/write": { params: S.SkillsConfigWriteParams, response: S.SkillsConfigWriteResponse, experimental: false },
  "plugin/install": { params: S.PluginInstallParams, response: S.PluginInstallResponse, experimental: false },
  "plugin/uninstall": { params: S.PluginUninstallParams, response: S.PluginUninstallResponse, experimental: false },
  "turn/start": { params: S.TurnStartParams, response: S.TurnStartResponse, experimental: false },
  "turn/settings/update": { params: S.TurnSettingsUpdateParams, response: S.TurnSettingsUpdateResponse, experimental: true },
  "turn/steer": { params: S.TurnSteerParams, response: S.TurnSteerResponse, experimental: false },
  "turn/interrupt": { params: S.TurnInterruptParams, response: S.TurnInterruptResponse, experimental: false },
  "thread/realtime/start": { params: S.ThreadRealtimeStartParams, response: S.ThreadRealtimeStartResponse, experimental: true },
  "thread/realtime/appendAudio": { params: S.ThreadRealtimeAppendAudioParams, response: S.ThreadRealtimeAppendAudioResponse, experimental: true },
  "thread/realtime/appendText": { params: S.ThreadRealtimeAppendTextParams, response: S.ThreadRealtimeAppendTextResponse, experimental: true },
  "thread/realtime/appendSpeech": { params: S.ThreadRealtimeAppendSpeechParams, response: S.ThreadRealtimeAppendSpeechResponse, experimental: true },
  "thread/realtime/stop": { params: S.ThreadRealtimeStopParams, response: S.ThreadRealtimeStopResponse, experimental: true },
  "thread/timeline/list": { params: S.ThreadTimelineListParams, response: S.ThreadTimelineListResponse, experimental: true },
  "thread/realtime/listVoices": { params: S.ThreadRealtimeListVoicesParams, response: S.ThreadRealtimeListVoicesResponse, experimental: true },
  "review/start": { params: S.ReviewStartParams, response: S.ReviewStartResponse, experimental: false },
  "model/list": { params: S.ModelListParams, response: S.ModelListResponse, experimental: false },
  "account/gatewayOAuth/read": { params: Schema.UndefinedOr(Schema.NullOr(S.GatewayOAuthReadParams)), response: S.GatewayOAuthReadResponse, experimental: false },
  "account/gatewayOAuth/login": { params: Schema.UndefinedOr(Schema.NullOr(S.GatewayOAuthLoginParams)), response: S.GatewayOAuthLoginResponse, experimental: false },
  "account/gatewayOAuth/cancel": { params: NoParams, response: S.GatewayOAuthCancelResponse, experimental: false },
  "modelProvider/list": { params: S.ModelProviderListParams, response: S.ModelProviderListResponse, experimental: false },
  "modelProvider/config/write": { params: S.ModelProviderConfigWriteParams, response: S.ModelProviderConfigWriteResponse, experimental: false },
  "modelProvider/capabilities/read": { params: S.ModelProviderCapabilitiesReadParams, response: S.ModelProviderCapabilitiesReadResponse, experimental: false },
  "experimentalFeature/list": { params: S.ExperimentalFeatureListParams, response: S.ExperimentalFeatureListResponse, experimental: false },
  "permissionProfile/list": { params: S.PermissionProfileListParams, response: S.PermissionProfileListResponse, experimental: false },
  "experimentalFeature/enablement/set": { params: S.ExperimentalFeatureEnablementSetParams, response: S.ExperimentalFeatureEnablementSetResponse, experimental: false },
  "remoteControl/enable": { params: Schema.UndefinedOr(Schema.NullOr(S.RemoteControlEnableParams)), response: S.RemoteControlEnableResponse, experimental: true },
  "remoteControl/disable": { params: Schema.UndefinedOr(Schema.NullOr(S.RemoteControlDisableParams)), response: S.RemoteControlDisableResponse, experimental: true },
  "remoteControl/status/read": { params: NoParams, response: S.RemoteControlStatusReadResponse, experimental: true },
  "remoteControl/pairing/start": { params: S.RemoteControlPairingStartParams, response: S.RemoteControlPairingStartResponse, experimental: true },
  "remoteControl/pairing/status": { params: S.RemoteControlPairingStatusParams, response: S.RemoteControlPairingStatusResponse, experimental: true },
  "remoteControl/client/list": { params: S.RemoteControlClientsListParams, response: S.RemoteControlClientsListResponse, experimental: true },
  "remoteControl/client/revoke": { params: S.RemoteControlClientsRevokeParams, response: S.RemoteControlClientsRevokeResponse, experimental: true },
  "collaborationMode/list": { params: S.CollaborationModeListParams, response: S.CollaborationModeListResponse, experimental: true },
  "mock/experimentalMethod": { params: S.MockExperimentalMethodParams, response: S.MockExperimentalMethodResponse, experimental: true },
  "environment/add": { params: S.EnvironmentAddParams, response: S.EnvironmentAddResponse, experimental: true },
  "environment/info": { params: S.EnvironmentInfoParams, response: S.EnvironmentInfoResponse, experimental: true },
  "environment/status": { params: S.EnvironmentStatusParams, response: S.EnvironmentStatusResponse, experimental: true },
  "mcpServer/oauth/login": { params: S.McpServerOauthLoginParams, response: S.McpServerOauthLoginResponse, experimental: false },
  "config/mcpServer/reload": { params: NoParams, response: S.McpServerRefreshResponse, experimental: false },
  "mcpServerStatus/list": { params: S.ListMcpServerStatusParams, response: S.ListMcpServerStatusResponse, experimental: false },
  "mcpServer/resource/read": { params: S.McpResourceReadParams, response: S.McpResourceReadResponse, experimental: false },
  "mcpServer/event/stream/start": { params: S.McpServerEventStreamStartParams, response: S.McpServerEventStreamStartResponse, experimental: true },
  "mcpServer/event/stream/stop": { params: S.McpServerEventStreamStopParams, response: S.McpServerEventStreamStopResponse, experimental: true },
  "mcpServer/tool/call": { params: S.McpServerToolCallParams, response: S.McpServerToolCallResponse, experimental: false },
  "windowsSandbox/setupStart": { params: S.WindowsSandboxSetupStartParams, response: S.WindowsSandboxSetupStartResponse, experimental: false },
  "windowsSandbox/readiness": { params: NoParams, response: S.WindowsSandboxReadinessResponse, experimental: false },
  "account/login/start": { params: S.LoginAccountParams, response: S.LoginAccountResponse, experimental: false },
  "account/bedrock/discover": { params: S.BedrockDiscoverParams, response: S.BedrockDiscoverResponse, experimental: true },
  "account/bedrock/setup": { params: S.BedrockSetupParams, response: S.BedrockSetupResponse, experimental: true },
  "account/gcp/setup": { params: S.GcpSetupParams, response: S.GcpSetupResponse, experimental: true },
  "account/bedrock/checkGovCloudRequirements": { params: S.BedrockCheckGovCloudRequirementsParams, response: S.BedrockCheckGovCloudRequirementsResponse, experimental: true },
  "account/login/cancel": { params: S.CancelLoginAccountParams, response: S.CancelLoginAccountResponse, experimental: false },
  "accountSession/list": { params: S.AccountSessionsListParams, response: S.AccountSessionsResponse, experimental: true },
  "accountSession/switch": { params: S.AccountSessionsSwitchParams, response: S.AccountSessionsSwitchResponse, experimental: true },
  "account/logout": { params: NoParams, response: S.LogoutAccountResponse, experimental: false },
  "account/securitySetup/read": { params: NoParams, response: S.GetAccountSecuritySetupResponse, experimental: false },
  "account/rateLimits/read": { params: Schema.UndefinedOr(Schema.NullOr(S.GetAccountRateLimitsParams)), response: S.GetAccountRateLimitsResponse, experimental: false },
  "account/rateLimitResetCredit/consume": { params: S.ConsumeAccountRateLimitResetCreditParams, response: S.ConsumeAccountRateLimitResetCreditResponse, experimental: false },
  "account/usage/read": { params: Schema.UndefinedOr(Schema.NullOr(S.GetAccountTokenUsageParams)), response: S.GetAccountTokenUsageResponse, experimental: false },
  "account/workspaceMessages/read": { params: NoParams, response: S.GetWorkspaceMessagesResponse, experimental: false },
  "account/sendAddCreditsNudgeEmail": { params: S.SendAddCreditsNudgeEmailParams, response: S.SendAddCreditsNudgeEmailResponse, experimental: false },
  "feedback/upload": { params: S.FeedbackUploadParams, response: S.FeedbackUploadResponse, experimental: false },
  "feedback/save": { params: S.FeedbackSaveParams, response: S.FeedbackSaveResponse, experimental: false },
  "command/exec": { params: S.CommandExecParams, response: S.CommandExecResponse, experimental: false },
  "command/exec/write": { params: S.CommandExecWriteParams, response: S.CommandExecWriteResponse, experimental: false },
  "command/exec/terminate": { params: S.CommandExecTerminateParams, response: S.CommandExecTerminateResponse, experimental: false },
  "command/exec/resize": { params: S.CommandExecResizeParams, response: S.CommandExecResizeResponse, experimental: false },
  "process/spawn": { params: S.ProcessSpawnParams, response: S.ProcessSpawnResponse, experimental: true },
  "process/writeStdin": { params: S.ProcessWriteStdinParams, response: S.ProcessWriteStdinResponse, experimental: true },
  "process/kill": { params: S.ProcessKillParams, response: S.ProcessKillResponse, experimental: true },
  "process/resizePty": { params: S.ProcessResizePtyParams, response: S.ProcessResizePtyResponse, experimental: true },
  "config/read": { params: S.ConfigReadParams, response: S.ConfigReadResponse, experimental: false },
  "externalAgentConfig/detect": { params: S.ExternalAgentConfigDetectParams, response: S.ExternalAgentConfigDetectResponse, experimental: false },
  "externalAgentConfig/import": { params: S.ExternalAgentConfigImportParams, response: S.ExternalAgentConfigImportResponse, experimental: false },
  "externalAgentConfig/import/recordHistory": { params: S.ExternalAgentConfigImportHistoryRecordParams, response: S.ExternalAgentConfigImportHistoryRecordResponse, experimental: false },
  "externalAgentConfig/import/readHistories": { params: NoParams, response: S.ExternalAgentConfigImportHistoriesReadResponse, experimental: false },
  "config/value/write": { params: S.ConfigValueWriteParams, response: S.ConfigWriteResponse, experimental: false },
  "config/batchWrite": { params: S.ConfigBatchWriteParams, response: S.ConfigWriteResponse, experimental: false },
  "configRequirements/read": { params: NoParams, response: S.ConfigRequirementsReadResponse, experimental: false },
  "account/read": { params: S.GetAccountParams, response: S.GetAccountResponse, experimental: false },
  "fuzzyFileSearch": { params: S.FuzzyFileSearchParams, response: S.FuzzyFileSearchResponse, experimental: false },
  "fuzzyFileSearch/sessionStart": { params: S.FuzzyFileSearchSessionStartParams, response: S.FuzzyFileSearchSessionStartResponse, experimental: true },
  "fuzzyFileSearch/sessionUpdate": { params: S.FuzzyFileSearchSessionUpdateParams, response: S.FuzzyFileSearchSessionUpdateResponse, experimental: true },
  "fuzzyFileSearch/sessionStop": { params: S.FuzzyFileSearchSessionStopParams, response: S.FuzzyFileSearchSessionStopResponse, experimental: true }
}

export const ServerRequests: {
  readonly [M in keyof ServerRequestMap]: RequestSpec<ServerRequestMap[M]["params"], ServerRequestMap[M]["response"]>
} = {
  "item/commandExecution/requestApproval": { params: S.CommandExecutionRequestApprovalParams, response: S.CommandExecutionRequestApprovalResponse, experimental: false },
  "item/fileChange/requestApproval": { params: S.FileChangeRequestApprovalParams, response: S.FileChangeRequestApprovalResponse, experimental: false },
  "item/tool/requestUserInput": { params: S.ToolRequestUserInputParams, response: S.ToolRequestUserInputResponse, experimental: false },
  "mcpServer/elicitation/request": { params: S.McpServerElicitationRequestParams, response: S.McpServerElicitationRequestResponse, experimental: false },
  "item/permissions/requestApproval": { params: S.PermissionsRequestApprovalParams, response: S.PermissionsRequestApprovalResponse, experimental: false },
  "item/tool/call": { params: S.DynamicToolCallParams, response: S.DynamicToolCallResponse, experimental: false },
  "account/chatgptAuthTokens/refresh": { params: S.ChatgptAuthTokensRefreshParams, response: S.ChatgptAuthTokensRefreshResponse, experimental: false },
  "attestation/generate": { params: S.AttestationGenerateParams, response: S.AttestationGenerateResponse, experimental: false },
  "currentTime/read": { params: S.CurrentTimeReadParams, response: S.CurrentTimeReadResponse, experimental: true },
  "applyPatchApproval": { params: S.ApplyPatchApprovalParams, response: S.ApplyPatchApprovalResponse, experimental: false },
  "execCommandApproval": { params: S.ExecCommandApprovalParams, response: S.ExecCommandApprovalResponse, experimental: false }
}

export const ServerNotifications: {
  readonly [M in keyof ServerNotificationMap]: NotificationSpec<ServerNotificationMap[M]["params"]>
} = {
  "error": { params: S.ErrorNotification, experimental: false },
  "thread/started": { params: S.ThreadStartedNotification, experimental: false },
  "thread/status/changed": { params: S.ThreadStatusChangedNotification, experimental: false },
  "thread/readState/changed": { params: S.ThreadReadStateChangedNotification, experimental: false },
  "thread/archived": { params: S.ThreadArchivedNotification, experimental: false },
  "thread/deleted": { params: S.ThreadDeletedNotification, experimental: false },
  "thread/unarchived": { params: S.ThreadUnarchivedNotification, experimental: false },
  "thread/closed": { params: S.ThreadClosedNotification, experimental: false },
  "thread/reverted": { params: S.ThreadRevertedNotification, experimental: false },
  "skills/changed": { params: S.SkillsChangedNotification, experimental: false },
  "thread/name/updated": { params: S.ThreadNameUpdatedNotification, experimental: false },
  "thread/section/changed": { params: S.ThreadSectionChangedNotification, experimental: false },
  "thread/attachment/updated": { params: S.ThreadAttachmentUpdatedNotification, experimental: false },
  "thread/goal/updated": { params: S.ThreadGoalUpdatedNotification, experimental: false },
  "thread/prediction/updated": { params: S.ThreadPredictionUpdatedNotification, experimental: false },
  "thread/goal/cleared": { params: S.ThreadGoalClearedNotification, experimental: false },
  "thread/queue/changed": { params: S.ThreadQueueChangedNotification, experimental: false },
  "project/changed": { params: S.ProjectChangedNotification, experimental: false },
  "thread/project/updated": { params: S.ThreadProjectUpdatedNotification, experimental: false },
  "thread/environment/connected": { params: S.EnvironmentConnectionNotification, experimental: false },
  "thread/environment/disconnected": { params: S.EnvironmentConnectionNotification, experimental: false },
  "thread/settings/updated": { params: S.ThreadSettingsUpdatedNotification, experimental: false },
  "thread/tokenUsage/updated": { params: S.ThreadTokenUsageUpdatedNotification, experimental: false },
  "turn/started": { params: S.TurnStartedNotification, experimental: false },
  "hook/started": { params: S.HookStartedNotification, experimental: false },
  "turn/completed": { params: S.TurnCompletedNotification, experimental: false },
  "hook/completed": { params: S.HookCompletedNotification, experimental: false },
  "turn/diff/updated": { params: S.TurnDiffUpdatedNotification, experimental: false },
  "turn/plan/updated": { params: S.TurnPlanUpdatedNotification, experimental: false },
  "item/started": { params: S.ItemStartedNotification, experimental: false },
  "item/autoApprovalReview/started": { params: S.ItemGuardianApprovalReviewStartedNotification, experimental: false },
  "item/autoApprovalReview/completed": { params: S.ItemGuardianApprovalReviewCompletedNotification, experimental: false },
  "autoApprovalReview/strictReviewRequired": { params: S.StrictReviewRequiredNotification, experimental: false },
  "item/completed": { params: S.ItemCompletedNotification, experimental: false },
  "item/agentMessage/delta": { params: S.AgentMessageDeltaNotification, experimental: false },
  "item/plan/delta": { params: S.PlanDeltaNotification, experimental: false },
  "command/exec/outputDelta": { params: S.CommandExecOutputDeltaNotification, experimental: false },
  "process/outputDelta": { params: S.ProcessOutputDeltaNotification, experimental: false },
  "process/exited": { params: S.ProcessExitedNotification, experimental: false },
  "item/commandExecution/outputDelta": { params: S.CommandExecutionOutputDeltaNotification, experimental: false },
  "item/commandExecution/terminalInteraction": { params: S.TerminalInteractionNotification, experimental: false },
  "item/fileChange/outputDelta": { params: S.FileChangeOutputDeltaNotification, experimental: false },
  "item/fileChange/patchUpdated": { params: S.FileChangePatchUpdatedNotification, experimental: false },
  "serverRequest/resolved": { params: S.ServerRequestResolvedNotification, experimental: false },
  "item/mcpToolCall/progress": { params: S.McpToolCallProgressNotification, experimental: false },
  "mcpServer/oauthLogin/completed": { params: S.McpServerOauthLoginCompletedNotification, experimental: false },
  "mcpServer/startupStatus/updated": { params: S.McpServerStatusUpdatedNotification, experimental: false },
  "mcpServer/event/stream/notification": { params: S.McpServerEventStreamNotification, experimental: false },
  "account/updated": { params: S.AccountUpdatedNotification, experimental: false },
  "account/gatewayOAuth/changed": { params: S.GatewayOAuthChangedNotification, experimental: false },
  "account/rateLimits/updated": { params: S.AccountRateLimitsUpdatedNotification, experimental: false },
  "app/list/updated": { params: S.AppListUpdatedNotification, experimental: false },
  "remoteControl/status/changed": { params: S.RemoteControlStatusChangedNotification, experimental: false },
  "externalAgentConfig/import/progress": { params: S.ExternalAgentConfigImportProgressNotification, experimental: false },
  "externalAgentConfig/import/completed": { params: S.ExternalAgentConfigImportCompletedNotification, experimental: false },
  "fs/changed": { params: S.FsChangedNotification, experimental: false },
  "item/reasoning/summaryTextDelta": { params: S.ReasoningSummaryTextDeltaNotification, experimental: false },
  "item/reasoning/summaryPartAdded": { params: S.ReasoningSummaryPartAddedNotification, experimental: false },
  "item/reasoning/textDelta": { params: S.ReasoningTextDeltaNotification, experimental: false },
  "thread/compacted": { params: S.ContextCompactedNotification, experimental: false },
  "model/rerouted": { params: S.ModelReroutedNotification, experimental: false },
  "model/verification": { params: S.ModelVerificationNotification, experimental: false },
  "modelProvider/authRecoveryStarted": { params: S.AuthRecoveryNotification, experimental: false },
  "modelProvider/authRecoveryCompleted": { params: S.AuthRecoveryNotification, experimental: false },
  "turn/moderationMetadata": { params: S.TurnModerationMetadataNotification, experimental: false },
  "model/safetyBuffering/updated": { params: S.ModelSafetyBufferingUpdatedNotification, experimental: false },
  "warning": { params: S.WarningNotification, experimental: false },
  "guardianWarning": { params: S.GuardianWarningNotification, experimental: false },
  "deprecationNotice": { params: S.DeprecationNoticeNotification, experimental: false },
  "configWarning": { params: S.ConfigWarningNotification, experimental: false },
  "fuzzyFileSearch/sessionUpdated": { params: S.FuzzyFileSearchSessionUpdatedNotification, experimental: false },
  "fuzzyFileSearch/sessionCompleted": { params: S.FuzzyFileSearchSessionCompletedNotification, experimental: false },
  "thread/realtime/started": { params: S.ThreadRealtimeStartedNotification, experimental: false },
  "thread/realtime/itemAdded": { params: S.ThreadRealtimeItemAddedNotification, experimental: false },
  "thread/realtime/item/started": { params: S.ThreadRealtimeItemStartedNotification, experimental: false },
  "thread/realtime/item/transcript/delta": { params: S.ThreadRealtimeItemTranscriptDeltaNotification, experimental: false },
  "thread/realtime/item/completed": { params: S.ThreadRealtimeItemCompletedNotification, experimental: false },
  "thread/realtime/transcript/delta": { params: S.ThreadRealtimeTranscriptDeltaNotification, experimental: false },
  "thread/realtime/transcript/done": { params: S.ThreadRealtimeTranscriptDoneNotification, experimental: false },
  "thread/realtime/outputAudio/delta": { params: S.ThreadRealtimeOutputAudioDeltaNotification, experimental: false },
  "thread/realtime/sdp": { params: S.ThreadRealtimeSdpNotification, experimental: false },
  "thread/realtime/error": { params: S.ThreadRealtimeErrorNotification, experimental: false },
  "thread/realtime/closed": { params: S.ThreadRealtimeClosedNotification, experimental: false },
  "windows/worldWritableWarning": { params: S.WindowsWorldWritableWarningNotification, experimental: false },
  "windowsSandbox/setupCompleted": { params: S.WindowsSandboxSetupCompletedNotification, experimental: false },
  "account/login/completed": { params: S.AccountLoginCompletedNotification, experimental: false }
}

export const ClientNotifications: {
  readonly [M in keyof ClientNotificationMap]: NotificationSpec<ClientNotificationMap[M]["params"]>
} = {
  "initialized": { params: NoParams, experimental: false }
}

export type ClientRequestMethod = keyof ClientRequestMap
export type ServerRequestMethod = keyof ServerRequestMap
export type ServerNotificationMethod = keyof ServerNotificationMap
export type ClientNotificationMethod = keyof ClientNotificationMap
export type ClientRequestParams<M extends ClientRequestMethod> = ClientRequestMap[M]["params"]
export type ClientRequestResponse<M extends ClientRequestMethod> = ClientRequestMap[M]["response"]
export type ServerRequestParams<M extends ServerRequestMethod> = ServerRequestMap[M]["params"]
export type ServerRequestResponse<M extends ServerRequestMethod> = ServerRequestMap[M]["response"]
export type ServerNotificationParams<M extends ServerNotificationMethod> = ServerNotificationMap[M]["params"]
