import { demoPassword } from '../../src/server/demo/network';
import type { App } from '../../src/server/http/app';

export type Response<T = any> = { status: number; body: T; headers: Headers };

/** Talks to the app in-process like a browser would: keeps the session cookie and sends the CSRF token. */
export class TestClient {
  private cookie: string | null = null;
  csrfToken: string | null = null;
  bearer: string | null = null;

  constructor(private readonly app: App) {}

  async login(email: string, password = demoPassword): Promise<Response> {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }

  withToken(token: string) {
    this.bearer = token;
    return this;
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = any>(path: string, body?: unknown) {
    return this.request<T>('DELETE', path, body);
  }

  /** A GET whose body is kept as bytes, for files such as exports. */
  async download(path: string) {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const res = await this.app.request(path, { headers });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response<T>> {
    const all: Record<string, string> = { ...headers };
    if (this.cookie) all.cookie = this.cookie;
    if (this.csrfToken) all['x-csrf-token'] = this.csrfToken;
    if (this.bearer) all.authorization = `Bearer ${this.bearer}`;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      all['content-type'] ??= 'application/json';
    }
    const res = await this.app.request(path, { method, headers: all, body: payload });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const value = setCookie.split(';')[0];
      this.cookie = value.endsWith('=') ? null : value;
    }
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {}
    return { status: res.status, body: parsed, headers: res.headers };
  }
}
