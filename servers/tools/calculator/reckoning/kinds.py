"""The kind of a quantity as a product of base kinds with powers: '£6.50 a jar' is money¹·jar⁻¹, '96 jars' is jar¹.

A base kind is money in one currency ('money GBP'), a count of one named thing ('count jar'), a stretch of time in
one named unit ('time hour') or a physical dimension ('mass', 'length', 'volume') whose values are kept in that
dimension's base unit. Time keeps its unit's name rather than converting: a working day is not 24 hours, a month
is no fixed count of weeks, so hours only cancel hours and days only days. Kinds multiply by adding powers, so
£/jar × jars = £ and jars ÷ jars/box = boxes; only quantities of one kind are added or taken away.
"""

from __future__ import annotations

Kind = tuple[tuple[str, int], ...]
"""Base kinds with their non-zero powers, sorted by name: (('count jar', -1), ('money GBP', 1))."""

NONE: Kind = ()


def base(name: str, power: int = 1) -> Kind:
    return ((name, power),)


def times(a: Kind, b: Kind, sign: int = 1) -> Kind:
    """``a`` × ``b`` (or ``a`` ÷ ``b`` with ``sign`` -1): the powers of each base kind added."""
    powers = dict(a)
    for name, power in b:
        powers[name] = powers.get(name, 0) + sign * power
    return tuple(sorted((name, power) for name, power in powers.items() if power != 0))


def per(a: Kind, b: Kind) -> Kind:
    return times(a, b, -1)


def count(noun: str) -> Kind:
    return base(f"count {noun}")


def time(name: str) -> Kind:
    return base(f"time {name}")


def bases(kind: Kind) -> list[str]:
    return [name for name, _ in kind]


def counted(kind: Kind) -> str | None:
    """The noun a plain count counts ('jar' for jar¹), or None for any other kind."""
    if len(kind) == 1 and kind[0][1] == 1 and kind[0][0].startswith("count "):
        return kind[0][0].removeprefix("count ")
    return None
