// The hand-written layer over the generated types: one configured openapi-fetch client per
// service, bearer tokens, problem+json errors as exceptions, and safe retries of writes that carry
// an Idempotency-Key.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths as CatalogPaths, components as CatalogComponents } from "./generated/catalog.js";
import type { paths as SessionPaths } from "./generated/session.js";
import type { paths as ProgressPaths } from "./generated/progress.js";
import type { paths as NotificationPaths } from "./generated/notification.js";

/** An RFC 9457 problem detail: the body of every 4xx/5xx answer of every service. */
export type Problem = CatalogComponents["schemas"]["Problem"];

export interface BackhabitOptions {
  /** Base URLs; the local stack's defaults when left out. */
  catalogUrl?: string;
  sessionUrl?: string;
  progressUrl?: string;
  notificationUrl?: string;
  /** The bearer token (a JWT whose sub is the user id), read before every request. */
  token?: () => string | undefined;
  /** A fetch implementation (tests, React Native); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** Answers and problems are read as JSON (fetch the CSV export with a plain fetch when wanted). */
type Json = `${string}/json` | `${string}/${string}+json`;

export interface Backhabit {
  catalog: Client<CatalogPaths, Json>;
  session: Client<SessionPaths, Json>;
  progress: Client<ProgressPaths, Json>;
  notification: Client<NotificationPaths, Json>;
}

export function createBackhabit(options: BackhabitOptions = {}): Backhabit {
  const auth: Middleware = {
    onRequest({ request }) {
      const token = options.token?.();
      if (token) {
        request.headers.set("Authorization", `Bearer ${token}`);
      }
      return request;
    },
  };
  const make = <P extends {}>(baseUrl: string): Client<P, Json> => {
    const client = createClient<P, Json>({ baseUrl, fetch: options.fetch });
    client.use(auth);
    return client;
  };
  return {
    catalog: make<CatalogPaths>(options.catalogUrl ?? "http://localhost:8081"),
    session: make<SessionPaths>(options.sessionUrl ?? "http://localhost:8082"),
    progress: make<ProgressPaths>(options.progressUrl ?? "http://localhost:8083"),
    notification: make<NotificationPaths>(options.notificationUrl ?? "http://localhost:8084"),
  };
}

/** A 4xx/5xx answer, with its problem detail; violations name the fields at fault. */
export class ProblemError extends Error {
  constructor(readonly status: number, readonly problem: Problem, readonly response: Response) {
    super(problem.detail ?? problem.title);
    this.name = "ProblemError";
  }

  /** The message for one field, when the problem names it (for showing next to a form field). */
  violation(field: string): string | undefined {
    return this.problem.violations?.find((v) => v.field === field)?.message;
  }
}

type Result<D> = { data?: D; error?: unknown; response: Response };

/** The answer's body, or a ProblemError for a 4xx/5xx. */
export async function unwrap<D>(call: Promise<Result<D>>): Promise<D> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ProblemError(response.status, asProblem(error, response), response);
  }
  return data as D;
}

function asProblem(error: unknown, response: Response): Problem {
  if (error && typeof error === "object" && "status" in error && "title" in error) {
    return error as Problem;
  }
  return { type: `urn:problem-type:http-${response.status}`, title: response.statusText || "Error", status: response.status };
}

export interface RetryOptions {
  /** How many times to try in all; 4 by default. */
  attempts?: number;
  /** Wait before try n (1-based) when the server gives no Retry-After; 2^n × 250 ms by default. */
  backoffMs?: (attempt: number) => number;
}

/** A new Idempotency-Key: send the same one on every retry of one write. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Runs a write that carries an Idempotency-Key until it gets an answer that retrying cannot change:
 * network failures, 409 (the first attempt is still in flight), 429 and 503 (honouring Retry-After)
 * are retried with the same key, so the server records the write once. `Idempotent-Replayed: true`
 * on the answer means an earlier attempt had already been recorded.
 */
export async function withRetries<D>(write: () => Promise<Result<D>>, options: RetryOptions = {}): Promise<D> {
  const attempts = options.attempts ?? 4;
  const backoff = options.backoffMs ?? ((n: number) => 250 * 2 ** n);
  for (let attempt = 1; ; attempt++) {
    let result: Result<D>;
    try {
      result = await write();
    } catch (networkFailure) {
      if (attempt >= attempts) {
        throw networkFailure;
      }
      await pause(backoff(attempt));
      continue;
    }
    const status = result.response.status;
    if (attempt < attempts && (status === 409 || status === 429 || status === 503)) {
      const retryAfter = Number(result.response.headers.get("Retry-After"));
      await pause(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff(attempt));
      continue;
    }
    return unwrap(Promise.resolve(result));
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
