"""The connection to the servers: the HTTP core, auth, the clients per API, typed errors."""
