"""``accord tokens add|list|revoke``: the named client tokens that may call this data dir's agents and registry.

``add`` prints the new token once (accord keeps only its SHA-256); ``--json`` prints
``{"name", "token", "scopes", "created_at"}``. Scopes: ``call`` (the default), ``registry:write``, ``admin``.
Running servers pick up a change at their next request.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from servers.cli import Subparsers


def register(subparsers: Subparsers) -> None:
    from servers.credentials import SCOPES

    parser = subparsers.add_parser("tokens", help="add, list or revoke client tokens (scoped credentials)")
    parser.add_argument("--data-dir", help="state folder (default: ACCORD_DATA_DIR or ~/.accord)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))
    add = actions.add_parser("add", help="make a token NAME and print it once")
    add.add_argument("token_name", metavar="NAME", help="who holds it: lowercase letters, digits, '_', '.', '-'")
    add.add_argument(
        "--scope",
        action="append",
        choices=SCOPES,
        help="what it may do (repeatable; default: call)",
    )
    add.add_argument("--json", action="store_true", help="print the token as JSON")
    listing = actions.add_parser("list", help="the tokens (names and scopes, never the tokens)")
    listing.add_argument("--json", action="store_true")
    revoke = actions.add_parser("revoke", help="revoke the token NAME")
    revoke.add_argument("token_name", metavar="NAME")
    for sub in (add, listing, revoke):
        sub.add_argument("--data-dir", default=argparse.SUPPRESS, help="state folder")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import json
    import sys

    from agents.settings import Settings
    from servers.cli import UsageError
    from servers.credentials import CALL, CredentialError, TokenStore

    if args.action is None:
        raise UsageError("say what to do: accord tokens add NAME | list | revoke NAME")
    settings = Settings.from_env().with_overrides(data_dir=args.data_dir)
    store = TokenStore.in_data_dir(settings.data_dir)
    try:
        if args.action == "add":
            token = store.add(args.token_name, args.scope or [CALL])
            made = next(t for t in store.tokens() if t.name == args.token_name)
            if args.json:
                print(
                    json.dumps(
                        {"name": made.name, "token": token, "scopes": list(made.scopes), "created_at": made.created_at}
                    )
                )
            else:
                print(token)
                print(
                    f"accord tokens: made {made.name!r} ({', '.join(made.scopes)}); it is shown only now, "
                    f"accord keeps its hash in {store.path}",
                    file=sys.stderr,
                )
        elif args.action == "list":
            tokens = store.tokens()
            if args.json:
                rows = [{"name": t.name, "scopes": list(t.scopes), "created_at": t.created_at} for t in tokens]
                print(json.dumps(rows))
            elif not tokens:
                print("no client tokens (ACCORD_TOKEN, the mesh's own, is not listed)", file=sys.stderr)
            for t in tokens if not args.json else ():
                print(f"{t.name}\t{','.join(t.scopes)}\t{t.created_at}")
        else:
            store.revoke(args.token_name)
            print(f"accord tokens: revoked {args.token_name!r}", file=sys.stderr)
    except CredentialError as exc:
        raise UsageError(str(exc)) from None
    return 0
