/** Minimal JSON client for integration tests, keeping its cookies like a browser (paths aside). */
export class TestClient {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  /** `ehcp_session=<token>`, as a Cookie header, or null when not signed in. */
  get sessionCookie(): string | null {
    const value = this.cookies.get('ehcp_session');
    return value ? `ehcp_session=${value}` : null;
  }

  /** One cookie's value (e.g. the known-browser cookie), if set. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private get cookieHeader(): string | null {
    return this.cookies.size > 0 ? [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') : null;
  }

  private keepCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expires = attributes.find((a) => a.trim().toLowerCase().startsWith('expires='));
      const isExpired = expires !== undefined && Date.parse(expires.split('=')[1]!) <= Date.now();
      if (!value || isExpired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, bytes?: Buffer) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(this.cookieHeader ? { Cookie: this.cookieHeader } : {}),
        ...headers,
      },
      body: bytes ?? (body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)),
    });
    this.keepCookies(response.headers);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers, // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on arbitrary JSON shapes
      body: text ? (JSON.parse(text) as any) : null,
    };
  }

  /** A GET whose answer is a file: its bytes, not JSON. */
  async download(path: string) {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: this.cookieHeader ? { Cookie: this.cookieHeader } : {} });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  get(path: string) {
    return this.request('GET', path);
  }

  post(path: string, body?: unknown) {
    return this.request('POST', path, body);
  }

  patch(path: string, body?: unknown) {
    return this.request('PATCH', path, body);
  }

  delete(path: string) {
    return this.request('DELETE', path);
  }

  /** Sends a file's bytes as the raw body (an attachment upload). */
  async upload(path: string, bytes: Buffer, contentType = 'application/octet-stream') {
    return this.request('POST', path, undefined, { 'Content-Type': contentType }, bytes);
  }

  /** Signs in and keeps the cookie. */
  async login(email: string, password: string): Promise<this> {
    const result = await this.post('/api/auth/login', { email, password });
    if (result.status !== 200) throw new Error(`login failed: ${result.status} ${JSON.stringify(result.body)}`);
    return this;
  }
}
