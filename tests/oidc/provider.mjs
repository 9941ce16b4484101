// A real OpenID provider (node-oidc-provider, OpenID certified) for the tests, on loopback only.
// Prints one JSON line {"issuer": ...} when it listens; stops when its stdin closes.
import http from 'node:http';
import Provider from 'oidc-provider';

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: 'klantbeeld',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      // RFC 8252 7.3: any port on the loopback address; the provider ignores the port.
      redirect_uris: ['http://127.0.0.1/aangemeld'],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    }],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    scopes: ['openid', 'offline_access', 'profile'],
    async findAccount(ctx, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, name: `Medewerker ${id}`, preferred_username: id };
        },
      };
    },
    // Every sign-in grants what the client asks (no consent page: it is the municipality's app).
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId
        || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid profile offline_access');
      grant.addOIDCClaims(['name', 'preferred_username']);
      await grant.save();
      return grant;
    },
    async issueRefreshToken(ctx, client) { return client.grantTypeAllowed('refresh_token'); },
    features: { devInteractions: { enabled: true }, revocation: { enabled: true } },
    ttl: { AccessToken: 300, IdToken: 300, RefreshToken: 3600, Grant: 3600, Session: 3600 },
  });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
