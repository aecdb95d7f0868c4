// Talks to the registry's GraphQL API (POST /graphql) with the signed-in user's credentials, and turns every
// refusal into words a reader can act on. Nothing else in the page knows about HTTP.

const CREDENTIALS = 'erhvervshuse.authorization';
const ENDPOINT = '/graphql';

/** A failure said in words: `kind` is what the page reacts to, `message` what the reader is told. */
export class ApiError extends Error {
  constructor(kind, message, detail = null) {
    super(message);
    this.kind = kind;
    this.detail = detail;
  }
}

/** The Authorization header kept for this browser tab only (sessionStorage), or null when signed out. */
export function authorization() {
  return sessionStorage.getItem(CREDENTIALS);
}

export function signOut() {
  sessionStorage.removeItem(CREDENTIALS);
}

/** HTTP Basic for the embedded registry's users; the UTF-8 bytes, so that æ, ø and å survive. */
export function basicAuthorization(username, password) {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  bytes.forEach((byte) => { binary += String.fromCharCode(byte); });
  return `Basic ${btoa(binary)}`;
}

/** A bearer token from the ministry's sign-in (production). */
export function bearerAuthorization(token) {
  return `Bearer ${token.trim()}`;
}

/** Tries the credentials with `document` and keeps them when the registry accepts them. */
export async function signIn(header, document) {
  const data = await send(document, {}, header);
  sessionStorage.setItem(CREDENTIALS, header);
  return data;
}

/** Runs a query as the signed-in user and answers its data; throws ApiError with the reason in words. */
export function query(document, variables = {}) {
  const header = authorization();
  if (!header) {
    return Promise.reject(new ApiError('unauthenticated', 'Log ind for at se registrets tal.'));
  }
  return send(document, variables, header);
}

async function send(document, variables, header) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        Authorization: header,
        // Asks Spring Security for a bare 401 without WWW-Authenticate, so the browser never opens its own
        // sign-in dialog: the page's form is the only one.
        'X-Requested-With': 'XMLHttpRequest',
      },
      body: JSON.stringify({ query: document, variables }),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (unreachable) {
    throw new ApiError('network', 'Registret kan ikke nås lige nu. Prøv igen om lidt.');
  }
  if (response.status === 401) {
    throw new ApiError('unauthenticated', 'Brugernavn, adgangskode eller adgangstoken blev ikke godkendt.');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (notJson) {
    body = null;
  }
  const errors = body && Array.isArray(body.errors) ? body.errors : [];
  if (errors.length > 0) {
    throw explain(errors[0]);
  }
  if (!response.ok || !body || !body.data) {
    throw new ApiError('internal', `Registret svarede ikke som ventet (HTTP ${response.status}). Prøv igen om lidt.`);
  }
  return body.data;
}

/** The registry's error shape (classification, field, rule) in words. */
function explain(error) {
  const extensions = error.extensions || {};
  const rule = extensions.rule || null;
  const detail = typeof error.message === 'string' ? error.message : null;
  switch (extensions.classification) {
    case 'FORBIDDEN':
      return new ApiError('forbidden', 'Din rolle giver ikke adgang til disse oplysninger.', rule);
    case 'UNAUTHORIZED':
      return new ApiError('unauthenticated', 'Log ind igen for at fortsætte.', rule);
    case 'NOT_FOUND':
      return new ApiError('notFound', 'Det søgte findes ikke (endnu) i registret.', detail);
    case 'BAD_REQUEST':
      return new ApiError('badRequest', 'Registret afviste forespørgslen.', detail);
    case 'CONFLICT':
      return new ApiError('conflict', 'Registret er midt i en ændring. Prøv igen om lidt.', detail);
    default:
      return new ApiError('internal', 'Der opstod en fejl i registret. Prøv igen om lidt; fortsætter den, så kontakt driften.',
        detail);
  }
}
