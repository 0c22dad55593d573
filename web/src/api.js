// api.js — GET requests to the entente JSON API. Errors come back as ApiError with the server's
// own `error.message`, so the page can show it as is.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

// Builds "/api/PATH?k=v…" leaving out empty values.
export function apiUrl(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v == null || v === '') continue;
    q.set(k, String(v));
  }
  const qs = q.toString();
  return `api/${path}${qs ? `?${qs}` : ''}`;
}

export async function get(path, params, { signal } = {}) {
  let res;
  try {
    res = await fetch(apiUrl(path, params), { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(0, 'The server cannot be reached. Is `entente serve` still running?');
  }
  let body = null;
  try {
    body = await res.json();
  } catch (err) {
    if (err.name === 'AbortError') throw err;
  }
  if (body && typeof body === 'object' && body.error) {
    throw new ApiError(body.error.status ?? res.status, body.error.message ?? `HTTP ${res.status}`);
  }
  if (!res.ok) throw new ApiError(res.status, `The server answered HTTP ${res.status} ${res.statusText}`.trim());
  if (body == null) throw new ApiError(res.status, 'The server sent an answer that is not JSON.');
  return body;
}

// One in-flight request per key: a newer call aborts the older one, whose promise rejects with
// AbortError (callers ignore those).
export function latest() {
  let ctl = null;
  return (path, params) => {
    if (ctl) ctl.abort();
    ctl = new AbortController();
    return get(path, params, { signal: ctl.signal });
  };
}

export const isAbort = (err) => err && err.name === 'AbortError';
