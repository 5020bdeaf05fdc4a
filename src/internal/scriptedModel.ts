/**
 * A scripted stand-in for the OpenAI Responses API on 127.0.0.1, so real codex turns run offline.
 * Plain Node (node:http) underneath; the public, Effect-shaped API is in src/testing.ts.
 */
import * as http from "node:http"
import type { AddressInfo } from "node:net"

/** One output item of a scripted model response. */
export type ScriptedItem =
  | {
    readonly type: "message"
    /** The final text of the message. */
    readonly text: string
    /** How the text is streamed; defaults to the text split into words. Must join to `text`. */
    readonly chunks?: ReadonlyArray<string>
    /** `final_answer` or `commentary`; omitted means a phase-less message. */
    readonly phase?: "final_answer" | "commentary"
  }
  | {
    readonly type: "functionCall"
    readonly name: string
    /** An object (serialised for you) or an already serialised JSON string. */
    readonly arguments: unknown
    readonly callId?: string
  }

export interface ScriptedResponse {
  readonly items: ReadonlyArray<ScriptedItem>
  /** Pause before each streamed delta, in milliseconds (default 0). */
  readonly chunkDelayMs?: number
  /** Reply with this HTTP status and no stream, to script a model failure. */
  readonly httpStatus?: number
  readonly usage?: {
    readonly inputTokens: number
    readonly cachedInputTokens?: number
    readonly outputTokens: number
    readonly reasoningTokens?: number
  }
}

/** What codex sent, as recorded by the scripted model. */
export interface RecordedRequest {
  readonly index: number
  readonly path: string
  readonly body: any
  /** Text of the last user message in `input`, when there is one. */
  readonly lastUserText: string | undefined
  /** `function_call_output` items in `input`, in order. */
  readonly functionOutputs: ReadonlyArray<{ readonly callId: string; readonly output: unknown }>
}

export type Script =
  | ReadonlyArray<ScriptedResponse>
  | ((request: RecordedRequest) => ScriptedResponse)

export interface ScriptedModelServer {
  readonly port: number
  readonly baseUrl: string
  readonly requests: () => ReadonlyArray<RecordedRequest>
  readonly close: () => Promise<void>
}

const fallback: ScriptedResponse = { items: [{ type: "message", text: "(the scripted model has no more responses)" }] }

const userText = (input: unknown): string | undefined => {
  if (!Array.isArray(input)) return undefined
  for (let i = input.length - 1; i >= 0; i--) {
    const item = input[i]
    if (item?.role === "user" && Array.isArray(item.content)) {
      const texts = item.content.filter((c: any) => typeof c?.text === "string").map((c: any) => c.text as string)
      if (texts.length > 0) return texts.join("\n")
    }
  }
  return undefined
}

const functionOutputs = (input: unknown) =>
  Array.isArray(input)
    ? input
      .filter((item: any) => item?.type === "function_call_output")
      .map((item: any) => ({ callId: String(item.call_id), output: item.output }))
    : []

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

const splitWords = (text: string): ReadonlyArray<string> => text.match(/\S+\s*|\s+/g) ?? [text]

export const startScriptedModel = (script: Script): Promise<ScriptedModelServer> => {
  const recorded: Array<RecordedRequest> = []
  const sockets = new Set<import("node:net").Socket>()
  let responseCounter = 0

  const pick = (request: RecordedRequest): ScriptedResponse =>
    typeof script === "function" ? script(request) : (script[request.index] ?? fallback)

  const server = http.createServer((req, res) => {
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      void (async () => {
        if (req.method !== "POST" || !req.url?.endsWith("/responses")) {
          res.writeHead(404, { "content-type": "application/json" })
          res.end(JSON.stringify({ error: { message: `scripted model: no route ${req.method} ${req.url}` } }))
          return
        }
        let body: any = undefined
        try {
          body = JSON.parse(Buffer.concat(chunks).toString("utf8"))
        } catch {
          body = undefined
        }
        const request: RecordedRequest = {
          index: recorded.length,
          path: req.url,
          body,
          lastUserText: userText(body?.input),
          functionOutputs: functionOutputs(body?.input)
        }
        recorded.push(request)
        let response: ScriptedResponse
        try {
          response = pick(request)
        } catch (e) {
          res.writeHead(500, { "content-type": "application/json" })
          res.end(JSON.stringify({ error: { message: `scripted model: script threw: ${String(e)}` } }))
          return
        }
        if (response.httpStatus !== undefined) {
          res.writeHead(response.httpStatus, { "content-type": "application/json" })
          res.end(JSON.stringify({ error: { message: "scripted model failure", type: "server_error" } }))
          return
        }
        await stream(res, response, ++responseCounter)
      })().catch(() => res.destroy())
    })
  })

  const stream = async (res: http.ServerResponse, response: ScriptedResponse, n: number) => {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" })
    const send = (type: string, data: Record<string, unknown>) => {
      if (!res.destroyed) res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`)
    }
    const responseId = `resp_${n}`
    send("response.created", { response: { id: responseId } })
    let index = 0
    for (const item of response.items) {
      if (res.destroyed) return
      if (item.type === "message") {
        const id = `msg_${n}_${index}`
        const base = { type: "message", role: "assistant", id, ...(item.phase ? { phase: item.phase } : {}) }
        send("response.output_item.added", { output_index: index, item: { ...base, content: [] } })
        for (const delta of item.chunks ?? splitWords(item.text)) {
          if (response.chunkDelayMs) await sleep(response.chunkDelayMs)
          send("response.output_text.delta", { item_id: id, output_index: index, content_index: 0, delta })
        }
        send("response.output_item.done", {
          output_index: index,
          item: { ...base, content: [{ type: "output_text", text: item.text, annotations: [] }] }
        })
      } else {
        const callId = item.callId ?? `call_${n}_${index}`
        const fc = {
          type: "function_call",
          id: `fc_${n}_${index}`,
          call_id: callId,
          name: item.name,
          arguments: typeof item.arguments === "string" ? item.arguments : JSON.stringify(item.arguments)
        }
        send("response.output_item.added", { output_index: index, item: fc })
        send("response.output_item.done", { output_index: index, item: fc })
      }
      index++
    }
    const usage = response.usage ?? { inputTokens: 10, outputTokens: 5 }
    send("response.completed", {
      response: {
        id: responseId,
        usage: {
          input_tokens: usage.inputTokens,
          input_tokens_details: { cached_tokens: usage.cachedInputTokens ?? 0 },
          output_tokens: usage.outputTokens,
          output_tokens_details: { reasoning_tokens: usage.reasoningTokens ?? 0 },
          total_tokens: usage.inputTokens + usage.outputTokens
        }
      }
    })
    res.end()
  }

  server.on("connection", (socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
  })

  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as AddressInfo).port
      resolve({
        port,
        baseUrl: `http://127.0.0.1:${port}/v1`,
        requests: () => recorded.slice(),
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy()
            server.close(() => done())
          })
      })
    })
  })
}

/**
 * Config overrides that keep codex 0.169.0 off the network when it runs against a scripted model.
 * Each key was checked against the pinned binary: `config/read` and `experimentalFeature/list`
 * report it as set (an unknown key would be listed by codex as "ignored"), and
 * test/testing.offline.real.test.ts fails when codex reaches out.
 *
 * `chatgptBaseUrl` should be a loopback URL: the ChatGPT backend base is redirected there.
 */
export const offlineConfig = (chatgptBaseUrl: string): Record<string, unknown> => ({
  features: {
    // Observed: at start-up codex syncs the curated plugin marketplace: it runs
    // `git ls-remote https://github.com/openai/plugins.git HEAD`, then falls back to
    // https://api.github.com/repos/openai/plugins, then to
    // https://chatgpt.com/backend-api/plugins/export/curated. This key alone stops all three.
    plugins: false,
    // Remote plugin catalog and the sync of remotely installed plugins (ChatGPT backend).
    remote_plugin: false,
    // Sharing plugins through the ChatGPT backend.
    plugin_sharing: false,
    // ChatGPT apps (connectors), served as an MCP server from the ChatGPT backend.
    apps: false,
    // Suggestions of connectors and plugins to install, from remote catalogs.
    tool_suggest: false,
    // Installing the MCP servers a skill depends on (downloads).
    skill_mcp_dependency_install: false,
    // Discovering the model list over the network (the remote models list); model/list then
    // answers from the catalog built into the binary.
    api_key_model_discovery: false
  },
  // Usage analytics events.
  analytics: { enabled: false },
  // Feedback uploads.
  feedback: { enabled: false },
  // OpenTelemetry exporters for logs, traces and metrics (the binary has a built-in Statsig
  // metrics endpoint, https://ab.chatgpt.com/otlp/v1/metrics).
  otel: { exporter: "none", trace_exporter: "none", metrics_exporter: "none" },
  // The update check against the package registry (done by the TUI; off here too).
  check_for_update_on_startup: false,
  // The hosted web_search tool is not offered to the model.
  web_search: "disabled",
  // The app-server starts a "remote control" websocket loop towards the ChatGPT backend, with no
  // config to turn it off; it waits for ChatGPT sign-in, which a temporary CODEX_HOME never has.
  // Pointing the ChatGPT backend at loopback keeps that loop, and anything else derived from
  // this base, local.
  chatgpt_base_url: chatgptBaseUrl
})

/**
 * The codex config overrides (`-c` flags, as a nested record) that point codex at the model and
 * keep it offline (see `offlineConfig`).
 */
export const scriptedModelConfig = (baseUrl: string): Record<string, unknown> => ({
  ...offlineConfig(new URL("/chatgpt/backend-api/", baseUrl).href),
  model: "mock-model",
  model_provider: "mock",
  model_providers: {
    mock: {
      name: "mock",
      base_url: baseUrl,
      wire_api: "responses",
      request_max_retries: 0,
      stream_max_retries: 0,
      supports_websockets: false
    }
  }
})
