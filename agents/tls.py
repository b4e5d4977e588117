"""One TLS client context per process, shared by every httpx client that accord creates.

Building an ``ssl.SSLContext`` loads and parses the CA bundle: about 37 ms of CPU, which httpx spends again for
every ``AsyncClient`` it is not given a context for. ``client_tls`` builds it once, exactly as httpx would
(``httpx.create_ssl_context``: certifi's bundle, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` when the client trusts
the environment), and hands out the same context after that; passing it as ``verify=`` costs about 1.5 ms a client.

Sharing is safe for clients that speak HTTP/1.1 only (all of accord's): httpcore sets the context's ALPN list on
each connection, to the same value for every such client. A client with ``http2=True`` must build its own.
"""

from __future__ import annotations

import functools
import os
import ssl

import httpx

__all__ = ["client_tls"]


def client_tls(trust_env: bool = True) -> ssl.SSLContext:
    """The process's TLS context for outgoing HTTPS, verifying servers as httpx does by default.

    ``trust_env`` as the client's own: ``False`` ignores ``SSL_CERT_FILE`` and ``SSL_CERT_DIR``. A context is
    kept per value of those two variables, so one built before they changed (in the fork server, before it forks
    a child with another environment) is never handed out for the new values.
    """
    where = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")) if trust_env else (None, None)
    return _context(trust_env, *where)


@functools.cache
def _context(trust_env: bool, cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    return httpx.create_ssl_context(trust_env=trust_env)
