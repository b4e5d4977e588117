"""Exact numbers for the calculator: fractions while the arithmetic allows, floats only when it must.

``0.1 + 0.2`` is ``3/10`` here, not ``0.30000000000000004``: decimals are read as fractions and the four
operations, integer powers and perfect roots stay exact. Irrational results (``sqrt(2)``, ``pi``) become floats.
Size is checked after every step, so a chain of huge numbers is refused when it passes the limit instead of
running on; a float that overflows to infinity is an error, never an answer.
"""

from __future__ import annotations

import math
import sys
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from servers.tools.calculator.functions import MAX_DIGITS
from servers.tools.inputs import ToolInputError

Real = Fraction | float

MAX_BITS = int(MAX_DIGITS * 3.33)  # a numerator or denominator past this has more than MAX_DIGITS digits
MAX_OUTPUT_DIGITS = 4_000  # Python will not print an int longer than 4,300 digits
MAX_ROOT_DEGREE = 64
FLOAT_MAX = Fraction(sys.float_info.max)


def checked(value: Real) -> Real:
    """``value`` when it is finite and of a workable size, else a ToolInputError saying which limit it passed."""
    if isinstance(value, float):
        if math.isnan(value):
            raise ToolInputError("the result is undefined (not a number)")
        if math.isinf(value):
            raise ToolInputError("the result is too large to represent (beyond about 1.8e308)")
        return value
    if value.numerator.bit_length() > MAX_BITS or value.denominator.bit_length() > MAX_BITS:
        raise ToolInputError(f"a number in this calculation would have more than {MAX_DIGITS:,} digits")
    return value


def to_float(value: Real) -> float:
    try:
        return float(value)
    except OverflowError:
        raise ToolInputError("the result is too large to represent (beyond about 1.8e308)") from None


def is_integer(value: Real) -> bool:
    # an int passes the float annotation too, and has no is_integer() before Python 3.12; it has a denominator
    return value.is_integer() if isinstance(value, float) else value.denominator == 1


def exact_root(value: Fraction, degree: int) -> Fraction | None:
    """The exact ``degree``-th root of a non-negative fraction when it is rational, else None."""
    if value < 0 or degree < 1:
        return None
    numerator, denominator = _integer_root(value.numerator, degree), _integer_root(value.denominator, degree)
    if numerator is None or denominator is None:
        return None
    return Fraction(numerator, denominator)


def _integer_root(n: int, degree: int) -> int | None:
    if n < 2:
        return n
    guess = round(math.exp(math.log(n) / degree)) if n.bit_length() < 1000 else _newton_root(n, degree)
    for candidate in (guess - 1, guess, guess + 1):
        if candidate >= 0 and candidate**degree == n:
            return candidate
    return None


def _newton_root(n: int, degree: int) -> int:
    x = 1 << -(-n.bit_length() // degree)
    while True:
        y = ((degree - 1) * x + n // x ** (degree - 1)) // degree
        if y >= x:
            return x
        x = y


def power(base: Real, exponent: Real) -> Real:
    """``base ** exponent``, exact for integer exponents and perfect roots; refused before work when huge."""
    if base == 0 and exponent < 0:
        raise ToolInputError("zero cannot be raised to a negative power (that is division by zero)")
    if base not in (0, 1, -1) and exponent > 0:
        digits = to_float(exponent) * math.log10(abs(to_float(base))) if to_float(base) else 0
        if digits > MAX_DIGITS:
            raise ToolInputError(f"the result would have about {digits:,.0f} digits; the limit is {MAX_DIGITS:,}")
    if isinstance(base, Fraction) and isinstance(exponent, Fraction):
        if exponent.denominator == 1:
            return checked(base**exponent.numerator)
        if exponent.denominator <= MAX_ROOT_DEGREE:
            root = exact_root(abs(base), exponent.denominator)
            if root is not None and (base >= 0 or exponent.denominator % 2 == 1):
                return checked((root if base >= 0 else -root) ** exponent.numerator)
    if base < 0 and not is_integer(exponent):
        if not (isinstance(exponent, Fraction) and exponent.denominator % 2 == 1):  # an odd root
            raise ToolInputError("a negative number to a fractional power is not a real number")
        return -checked(to_float(-base) ** to_float(exponent)) * (1 if exponent.numerator % 2 else -1)
    try:
        return checked(to_float(base) ** to_float(exponent))
    except OverflowError:
        raise ToolInputError("the result is too large to represent (beyond about 1.8e308)") from None


def plain(value: Real) -> int | float:
    """The value as JSON can carry it: an int when whole, else a float tidied of binary noise."""
    if is_integer(value):
        if abs(value) >= 10**MAX_OUTPUT_DIGITS:
            raise ToolInputError(f"the result has more than {MAX_OUTPUT_DIGITS:,} digits, more than I can show")
        return int(value)
    return tidy(to_float(value))


def tidy(x: float) -> float:
    """Round away binary noise (0.1 + 0.2) without hiding real precision."""
    return float(f"{x:.12g}") if math.isfinite(x) else x


def terminates(value: Fraction) -> bool:
    """Whether the fraction has a finite decimal expansion (its denominator is 2^a 5^b)."""
    d = value.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def format_number(value: Real) -> str:
    """A number as a person reads it: exact decimals when short, else twelve significant digits."""
    if isinstance(value, Fraction):
        if value.denominator == 1:
            if abs(value) < 10**100:
                return str(value.numerator)
            mantissa, exponent = format(Decimal(value.numerator), ".11e").split("e")
            return f"{mantissa.rstrip('0').rstrip('.')}e{exponent}"
        if terminates(value):
            text = decimal_text(value)
            if len(text.replace("-", "").replace(".", "").lstrip("0")) <= 15:
                return text
    return f"{tidy(to_float(value)):.12g}"


def decimal_text(value: Fraction) -> str:
    """The exact decimal of a terminating fraction: 3/8 -> '0.375'."""
    with localcontext() as ctx:
        ctx.prec = 60
        text = format(Decimal(value.numerator) / Decimal(value.denominator), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def round_half_up(value: Real, places: int) -> Fraction:
    """``value`` rounded to ``places`` decimals, halves away from zero (2.345 -> 2.35), as people round."""
    exact = value if isinstance(value, Fraction) else Fraction(repr(value))
    with localcontext() as ctx:
        ctx.prec = 80
        d = Decimal(exact.numerator) / Decimal(exact.denominator)
        return Fraction(d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def fixed(value: Fraction, places: int) -> str:
    """A rounded fraction shown with exactly ``places`` decimals: 25.5 -> '25.50'."""
    with localcontext() as ctx:
        ctx.prec = 80
        d = Decimal(value.numerator) / Decimal(value.denominator)
        return format(d.quantize(Decimal(1).scaleb(-places)), "f")


def exact_log10(value: Fraction) -> int | None:
    """n when ``value`` is exactly 10**n, so log(1000) is 3, not 2.9999999999999996."""
    for part, sign in ((value.numerator, 1), (value.denominator, -1)):
        if part != 1:
            text = str(part) if part.bit_length() < 10_000 else ""
            if text.rstrip("0") == "1" and (value.numerator == 1 or value.denominator == 1):
                return sign * (len(text) - 1)
            return None
    return 0
