// A real OpenID Provider (the certified `oidc-provider` package) on loopback, for the sign-in
// tests only: one confidential client, PKCE required, two test users, the developer login form.
//
// Environment:
//   OP_PORT                  port on 127.0.0.1 (required)
//   OP_REDIRECT_URI          the relying party's callback URL (required)
//   OP_POST_LOGOUT_URI       where RP-initiated logout may send the browser back (required)
//   OP_CLIENT_ID / OP_CLIENT_SECRET   the test client (defaults below)
//   OP_ID_TOKEN_TTL          ID token lifetime in seconds (default 600)
// Test-only control: POST /test/clock?offset=SECONDS moves this provider's clock, so it issues
// ID tokens that are already expired when the relying party receives them (a skewed IdP clock).
import Provider from 'oidc-provider';

const port = Number(process.env.OP_PORT);
const issuer = `http://127.0.0.1:${port}`;
const realNow = Date.now;
let offsetMs = 0;
Date.now = () => realNow() + offsetMs;

const ACCOUNTS = {
  'anna-coach': {
    sub: 'anna-coach', name: 'Anna Testsson', email: 'anna.coach@example.se', email_verified: true,
    praktikmatch_role: 'coach', praktikmatch_team: 'Hisingen',
  },
  'okand-person': {
    sub: 'okand-person', name: 'Okänd Person', email: 'okand@example.se', email_verified: true,
  },
};

const configuration = {
  clients: [{
    client_id: process.env.OP_CLIENT_ID || 'praktikmatch-test',
    client_secret: process.env.OP_CLIENT_SECRET || 'test-client-secret-not-for-production',
    redirect_uris: [process.env.OP_REDIRECT_URI],
    post_logout_redirect_uris: [process.env.OP_POST_LOGOUT_URI],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  scopes: ['openid', 'profile', 'email', 'praktikmatch'],
  claims: {
    openid: ['sub'],
    profile: ['name'],
    email: ['email', 'email_verified'],
    praktikmatch: ['praktikmatch_role', 'praktikmatch_team'],
  },
  // Put the requested claims into the ID token itself, as many municipal IdPs do.
  conformIdTokenClaims: false,
  ttl: { IdToken: Number(process.env.OP_ID_TOKEN_TTL || 600) },
  cookies: { keys: ['test-only-cookie-key'] },
  async findAccount(ctx, id) {
    const account = ACCOUNTS[id];
    if (!account) return undefined;
    return { accountId: id, async claims() { return { ...account }; } };
  },
};

const provider = new Provider(issuer, configuration);
provider.use(async (ctx, next) => {
  if (ctx.path === '/test/clock' && ctx.method === 'POST') {
    offsetMs = Number(ctx.query.offset || 0) * 1000;
    ctx.body = { offset: offsetMs / 1000 };
    return;
  }
  await next();
});
provider.listen(port, '127.0.0.1', () => {
  console.log(`oidc-provider listening on ${issuer}`);
});
