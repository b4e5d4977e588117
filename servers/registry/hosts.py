"""Which hosts the registry will fetch a card from, or list as an agent's address: its host policy.

Every URL a registrant gives (the card URL, each interface URL in the card) must be http(s), carry no user
info, and name a host whose every address is allowed:

* link-local and cloud metadata addresses (169.254.0.0/16, fe80::/10), multicast and reserved ranges: never;
* loopback (and the unspecified address, which reaches this machine): only when the registry itself listens on
  loopback, or when told to allow it (``allow_loopback``);
* private and other non-global addresses (10/8, 192.168/16, fc00::/7, ...): allowed unless ``allow_private`` is
  off, so a registry on a LAN can list the agents next to it;
* when ``allowed`` lists hosts (names, addresses or networks such as ``10.1.0.0/16``), only those.

The address checked is the address connected to: ``resolve`` returns it and the fetch connects to that very
address, so a name that resolves differently a moment later (DNS rebinding) gains nothing.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from typing import Literal
from urllib.parse import SplitResult, urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Kind = Literal["refused", "loopback", "private", "public"]
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


class HostRefused(ValueError):
    """The URL, or the addresses its host resolves to, are not allowed by the policy."""


def kind(address: IPAddress) -> Kind:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_unspecified or address.is_loopback:
        return "loopback"
    if address.is_link_local or address.is_multicast or address.is_reserved:
        return "refused"
    return "public" if address.is_global else "private"


def is_loopback_host(host: str) -> bool:
    """Whether a bind host is loopback-only (``127.0.0.1``, ``::1``, ``localhost``)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def split_http_url(url: object, what: str = "URL") -> SplitResult:
    """``url`` split, when it is an absolute http(s) URL with a host and no user info; ``HostRefused`` otherwise."""
    if not isinstance(url, str) or not url or len(url) > 2048:
        raise HostRefused(f"the {what} must be an absolute http(s) URL")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  # raises ValueError for a port that is not a number in range
    except ValueError:
        raise HostRefused(f"the {what} is not a valid URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HostRefused(f"the {what} must be an absolute http(s) URL")
    if parts.username is not None or parts.password is not None:
        raise HostRefused(f"the {what} must not carry a user name or password")
    return parts


@dataclass(frozen=True, slots=True)
class HostPolicy:
    allow_loopback: bool = True
    allow_private: bool = True
    allowed: tuple[str, ...] = ()
    foreign_interfaces: bool = False  # may a card's interface URLs name another origin than its card URL?

    @classmethod
    def for_bind_host(
        cls, host: str, *, allow_loopback: bool = False, allowed: tuple[str, ...] = (), foreign_interfaces: bool = False
    ) -> HostPolicy:
        """The policy of a registry listening on ``host``: loopback allowed only when ``host`` is loopback."""
        return cls(
            allow_loopback=allow_loopback or is_loopback_host(host),
            allowed=tuple(allowed),
            foreign_interfaces=foreign_interfaces,
        )

    def admits(self, host: str, address: IPAddress) -> bool:
        found = kind(address)
        if found == "refused":
            return False
        listed = self._listed(host, address)
        if found == "loopback":
            return self.allow_loopback or listed
        if self.allowed:
            return listed
        return found == "public" or self.allow_private

    def _listed(self, host: str, address: IPAddress) -> bool:
        for entry in self.allowed:
            if entry.lower() == host.lower():
                return True
            try:
                if address in ipaddress.ip_network(entry.strip("[]"), strict=False):
                    return True
            except ValueError:
                continue
        return False

    async def resolve(self, url: str, what: str = "URL") -> IPAddress:
        """The address to connect to for ``url``: every address its host resolves to must be admitted."""
        parts = split_http_url(url, what)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = [ipaddress.ip_address(host)]
        except ValueError:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (OSError, UnicodeError):
                raise HostRefused(f"the host of the {what} does not resolve") from None
            addresses = list(dict.fromkeys(ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos))
        if not addresses or not all(self.admits(host, a) for a in addresses):
            raise HostRefused(f"the host of the {what} is not allowed by this registry's host policy")
        return addresses[0]
