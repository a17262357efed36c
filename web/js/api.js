// Talks to the three services: bearer token, problem+json errors, and writes that carry an
// Idempotency-Key and wait on this device until a service has them (safe to retry offline).

const TOKEN_KEY = "backhabit.token";
const PENDING_KEY = "backhabit.pending";

export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The message for one field, when the problem names it. */
  violation(field) {
    return (this.problem.violations || []).find((v) => v.field === field)?.message;
  }
}

export class Api {
  constructor(config) {
    this.config = config;
  }

  get token() {
    return localStorage.getItem(TOKEN_KEY);
  }

  set token(value) {
    if (value) {
      localStorage.setItem(TOKEN_KEY, value);
    } else {
      localStorage.removeItem(TOKEN_KEY);
    }
  }

  /** The user id (the token's sub), or null. */
  get userId() {
    try {
      const payload = this.token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      return JSON.parse(atob(payload)).sub || null;
    } catch {
      return null;
    }
  }

  async request(service, path, { method = "GET", body, headers = {} } = {}) {
    const base = this.config[`${service}Url`];
    const all = { Accept: "application/json", ...headers };
    if (this.token) {
      all.Authorization = `Bearer ${this.token}`;
    }
    if (body !== undefined) {
      all["Content-Type"] = "application/json";
    }
    const response = await fetch(base + path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 204) {
      return { data: null, response };
    }
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      throw new ProblemError(response.status, data && typeof data === "object" ? data : { title: response.statusText, status: response.status });
    }
    return { data, response };
  }

  async get(service, path) {
    return (await this.request(service, path)).data;
  }

  /** A GET whose 404 means "not set yet": null then. */
  async optional(service, path) {
    try {
      return await this.get(service, path);
    } catch (error) {
      if (error instanceof ProblemError && error.status === 404) return null;
      throw error;
    }
  }

  /** Whether this installation runs the notification service. */
  get notifies() {
    return Boolean(this.config.notificationUrl);
  }

  reminder() {
    return this.optional("notification", "/notifications/me/reminders");
  }
  async setReminder(reminder) {
    return (await this.request("notification", "/notifications/me/reminders", { method: "PUT", body: reminder })).data;
  }
  async removeReminder() {
    await this.request("notification", "/notifications/me/reminders", { method: "DELETE" });
  }
  email() {
    return this.optional("notification", "/notifications/me/email");
  }
  async setEmail(address) {
    return (await this.request("notification", "/notifications/me/email", { method: "PUT", body: { address } })).data;
  }
  async removeEmail() {
    await this.request("notification", "/notifications/me/email", { method: "DELETE" });
  }
  async deliveries() {
    return (await this.get("notification", "/notifications/me/deliveries?limit=10")).items;
  }

  // Catalog (public)
  exercises(filters) {
    const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== "" && v !== undefined && v !== null));
    query.set("size", "100");
    return this.get("catalog", `/exercises?${query}`);
  }
  routines(kind) {
    return this.get("catalog", `/routines?size=100${kind ? `&kind=${encodeURIComponent(kind)}` : ""}`);
  }
  routine(slug) {
    return this.get("catalog", `/routines/${encodeURIComponent(slug)}`);
  }
  redFlags() {
    return this.get("catalog", "/guidance/red-flags");
  }

  // Progress
  dashboard(weeks = 12) {
    return this.get("progress", `/progress/me/dashboard?weeks=${weeks}`);
  }
  goal() {
    return this.get("progress", "/progress/me/goal");
  }
  async setGoal(goal) {
    return (await this.request("progress", "/progress/me/goal", { method: "PUT", body: goal })).data;
  }
  pauses() {
    return this.get("progress", "/progress/me/pauses");
  }
  async addPause(pause) {
    return (await this.request("progress", "/progress/me/pauses", { method: "POST", body: pause })).data;
  }
  async removePause(id) {
    await this.request("progress", `/progress/me/pauses/${encodeURIComponent(id)}`, { method: "DELETE" });
  }
  async dismissPrompt(id) {
    await this.request("progress", `/progress/me/prompts/${encodeURIComponent(id)}/dismiss`, { method: "POST" });
  }

  // Session writes: kept on this device with their key until a service answered.
  recordSession(session) {
    return this.sendSafely({ path: "/sessions", body: session, key: crypto.randomUUID() });
  }
  recordCheckIn(checkIn) {
    return this.sendSafely({ path: "/check-ins", body: checkIn, key: crypto.randomUUID() });
  }

  pending() {
    return JSON.parse(localStorage.getItem(PENDING_KEY) || "[]");
  }

  savePending(list) {
    localStorage.setItem(PENDING_KEY, JSON.stringify(list));
  }

  /**
   * Sends one write, retrying with the same Idempotency-Key on network failures, 409 (the first
   * try is still in flight) and 503 (after Retry-After). When the network is gone the write stays
   * pending and {@link flushPending} sends it later; the service records it once either way.
   * @returns {{data: object|null, queued: boolean}}
   */
  async sendSafely(write) {
    this.savePending([...this.pending(), write]);
    try {
      const data = await this.withRetries(write);
      this.savePending(this.pending().filter((w) => w.key !== write.key));
      return { data, queued: false };
    } catch (error) {
      if (error instanceof ProblemError) {
        // The service refused it: retrying cannot help, so it leaves the queue.
        this.savePending(this.pending().filter((w) => w.key !== write.key));
        throw error;
      }
      return { data: null, queued: true };
    }
  }

  async withRetries(write, attempts = 4) {
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.request("session", write.path, { method: "POST", body: write.body, headers: { "Idempotency-Key": write.key } })).data;
      } catch (error) {
        const retryable = !(error instanceof ProblemError) || error.status === 409 || error.status === 503;
        if (!retryable || attempt >= attempts) {
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 300 * 2 ** attempt));
      }
    }
  }

  /** Sends what waited on this device; returns how many went through. */
  async flushPending() {
    let sent = 0;
    for (const write of this.pending()) {
      try {
        await this.withRetries(write, 1);
        sent++;
        this.savePending(this.pending().filter((w) => w.key !== write.key));
      } catch (error) {
        if (error instanceof ProblemError) {
          this.savePending(this.pending().filter((w) => w.key !== write.key));
        } else {
          break;
        }
      }
    }
    return sent;
  }
}
