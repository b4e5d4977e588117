"""Everything that listens on a socket: the A2A host, the MCP tool servers, the registry, the gateway, the CLI."""
