"""Checking a port before binding it, so "address in use" is a one-line message and not a uvicorn traceback."""

from __future__ import annotations

import socket


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        # As uvicorn binds: a port whose old connections linger in TIME_WAIT is free to listen on.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def require_free_port(host: str, port: int) -> None:
    from servers.cli import UsageError

    if not 0 <= port <= 65535:
        raise UsageError(f"port {port} is out of range (0-65535)")
    if port and not port_is_free(host, port):
        raise UsageError(f"port {port} on {host} is already in use; pick another with --port")


def free_port(host: str = "127.0.0.1") -> int:
    """A port the OS says is free right now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def free_ports(count: int, host: str = "127.0.0.1") -> list[int]:
    """``count`` distinct ports the OS says are free right now.

    The sockets are all held open until every port is known, so the OS cannot hand out one port twice (asking
    one at a time can return a port it just gave).
    """
    sockets = [socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind((host, 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()
