"""Readings kept for the next reader.

The solver tries a request on its readers in turn, and most of them start alike: they tokenize the request and
read its givens from the same place. ``read_once`` keeps the last few such readings, so each is done once per
request rather than once per reader. Every caller gets a list of its own: a reader that changes its list in place
(``strip_question`` cuts the endings off) changes nothing for the next. Only for a reading that depends on its
arguments alone and returns frozen things; a reading that raises is not kept, and raises again when asked again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, ParamSpec, TypeVar, cast

P = ParamSpec("P")
T = TypeVar("T")

KEPT = 64  # a request's readers ask for a handful of distinct readings; a few requests' worth is plenty


class _Listed(tuple[Any, ...]):
    """A list argument, kept as a tuple of its items: the key is its content, never the list object."""


def read_once(reader: Callable[P, list[T]]) -> Callable[P, list[T]]:
    """``reader``, with its last ``KEPT`` readings kept by the content of their arguments."""
    call = cast(Callable[..., list[T]], reader)

    @lru_cache(maxsize=KEPT)
    def kept(args: tuple[Any, ...], options: tuple[tuple[str, Any], ...]) -> tuple[T, ...]:
        return tuple(call(*(list(a) if isinstance(a, _Listed) else a for a in args), **dict(options)))

    @wraps(reader)
    def read(*args: P.args, **kwargs: P.kwargs) -> list[T]:
        key = tuple(_Listed(cast(list[Any], a)) if isinstance(a, list) else a for a in args)
        return list(kept(key, tuple(sorted(kwargs.items()))))

    return read
