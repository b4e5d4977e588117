"""Unit conversion for length, land area, mass, temperature, time, volume, energy, data size and angles.

Units are matched leniently ("km", "kilometers", "degrees Fahrenheit", "°F", "MiB") so that a person's wording or
a model's argument both work. Every linear unit is a factor to its dimension's base unit; temperature is affine
and converts through kelvin.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from servers.tools.inputs import ToolInputError


@dataclass(frozen=True, slots=True)
class Unit:
    name: str
    dimension: str
    factor: float = 1.0  # to the dimension's base unit (metre, kilogram, second, byte)


_LINEAR: dict[str, dict[str, tuple[float, tuple[str, ...]]]] = {
    "length": {
        "millimeter": (0.001, ("mm", "millimetre")),
        "centimeter": (0.01, ("cm", "centimetre")),
        "meter": (1.0, ("m", "metre")),
        "kilometer": (1000.0, ("km", "kilometre")),
        "inch": (0.0254, ("in", "inches", '"')),
        "foot": (0.3048, ("ft", "feet", "'")),
        "yard": (0.9144, ("yd",)),
        "mile": (1609.344, ("mi", "statute mile")),
        "nautical mile": (1852.0, ("nmi",)),
    },
    "area": {  # land, as a field or a plot is sold: only the named units (squares of lengths are geometry's)
        "hectare": (10_000.0, ("ha",)),
        "acre": (4046.8564224, ("ac",)),
    },
    "mass": {
        "microgram": (1e-9, ("mcg", "µg", "ug")),  # a dose: 'a 400 mcg folic acid tablet'
        "milligram": (1e-6, ("mg",)),
        "gram": (0.001, ("g", "gramme", "gramo")),
        "kilogram": (1.0, ("kg", "kilo", "kilogramme")),
        "tonne": (1000.0, ("t", "metric ton")),
        "ounce": (0.028349523125, ("oz",)),
        "pound": (0.45359237, ("lb", "lbs")),
        "stone": (6.35029318, ("st",)),
    },
    "time": {
        "millisecond": (0.001, ("ms",)),
        "second": (1.0, ("s", "sec")),
        "minute": (60.0, ("min",)),
        "hour": (3600.0, ("h", "hr")),
        "day": (86400.0, ("d",)),
        "week": (604800.0, ("wk",)),
        "fortnight": (1209600.0, ()),
        "month": (2629800.0, ()),  # a twelfth of the Julian year used for "year"
        "year": (31557600.0, ("yr", "julian year", "annum")),
        "leap year": (31622400.0, ()),
    },
    "volume": {  # US customary measures, as a recipe or a fuel pump in the US gives them
        "milliliter": (1e-6, ("ml", "mL", "millilitre")),
        "centiliter": (1e-5, ("cl", "cL", "centilitre")),  # a wine bottle's label: 75 cl
        "liter": (1e-3, ("l", "L", "litre", "ltr", "litro")),  # "litro": as Spanish and Italian speakers write it
        "cubic meter": (1.0, ("m3", "m³", "m cubed", "cubic metre")),  # 'm3' and 'm³' reach here as 'm cubed'
        "cubic centimeter": (1e-6, ("cm3", "cm cubed", "cc", "cubic centimetre")),
        "cubic foot": (0.028316846592, ("ft3", "ft cubed", "cu ft", "cubic feet")),
        "teaspoon": (4.92892159375e-6, ("tsp",)),
        "tablespoon": (1.478676478125e-5, ("tbsp",)),
        "fluid ounce": (2.95735295625e-5, ("fl oz", "floz")),
        "cup": (2.365882365e-4, ()),
        "pint": (4.73176473e-4, ("pt",)),
        "quart": (9.46352946e-4, ("qt",)),
        "gallon": (3.785411784e-3, ("gal", "us gallon", "US gallon", "us gal")),
        "imperial gallon": (4.54609e-3, ("uk gallon", "UK gallon", "imp gal", "imperial gal")),
    },
    "energy": {  # what a power bill counts (kWh) and a food label (kcal)
        "joule": (1.0, ("J",)),
        "kilojoule": (1e3, ("kJ",)),
        "watt hour": (3600.0, ("Wh", "watt-hour")),
        "kilowatt hour": (3.6e6, ("kWh", "kwh", "kilowatt-hour")),
        "kilocalorie": (4184.0, ("kcal",)),
    },
    "data size": {
        "bit": (0.125, ("b",)),
        "byte": (1.0, ("B",)),
        "kilobyte": (1e3, ("kB", "KB")),
        "megabyte": (1e6, ("MB",)),
        "gigabyte": (1e9, ("GB",)),
        "terabyte": (1e12, ("TB",)),
        "kibibyte": (1024.0, ("KiB",)),
        "mebibyte": (1024.0**2, ("MiB",)),
        "gibibyte": (1024.0**3, ("GiB",)),
        "tebibyte": (1024.0**4, ("TiB",)),
    },
    "angle": {
        "radian": (1.0, ("rad",)),
        "degree": (math.pi / 180, ("deg", "°")),
    },
}
_TEMPERATURE = {"celsius": ("c", "°c", "centigrade"), "fahrenheit": ("f", "°f"), "kelvin": ("k",)}


def _build_index() -> tuple[dict[str, Unit], dict[str, Unit]]:
    exact: dict[str, Unit] = {}  # case-sensitive symbols: "B" is a byte, "b" a bit, "MB" a megabyte
    folded: dict[str, Unit] = {}
    for dimension, units in _LINEAR.items():
        for name, (factor, aliases) in units.items():
            unit = Unit(name, dimension, factor)
            for key in (name, name + "s", *aliases):
                exact.setdefault(key, unit)
                folded.setdefault(key.lower(), unit)
    for name, aliases in _TEMPERATURE.items():
        unit = Unit(name, "temperature")
        for key in (name, *aliases):
            folded.setdefault(key, unit)
    return exact, folded


_EXACT, _FOLDED = _build_index()

_TYPO_LETTERS = 5


def _squeezed(word: str) -> str:
    """``word`` with every run of one letter said once: 'gallon' and 'galon', 'millimeter' and 'milimeter' agree."""
    return "".join(c for k, c in enumerate(word) if k == 0 or c != word[k - 1])


def _build_typos() -> dict[str, tuple[str, Unit]]:
    """Unit names and aliases of five letters or more by their squeezed spelling ('galon' for 'gallon'), each with
    the spelling it stands for. A squeezed spelling two units share is left out."""
    seen: dict[str, tuple[str, Unit] | None] = {}
    for dimension, units in _LINEAR.items():
        for name, (factor, aliases) in units.items():
            unit = Unit(name, dimension, factor)
            for key in (name, *aliases):
                if len(key) >= _TYPO_LETTERS and key.isalpha():
                    squeezed = _squeezed(key.lower())
                    known = seen.get(squeezed, (key, unit))
                    seen[squeezed] = (key, unit) if known is not None and known[1] == unit else None
    return {k: v for k, v in seen.items() if v is not None}


_TYPOS = _build_typos()
UNIT_NAMES = sorted({u.name for u in (*_EXACT.values(), *_FOLDED.values())})


def find_unit(text: str) -> Unit:
    """The unit a phrase names, or a ToolInputError listing what is known."""
    raw = text.strip()
    if raw in _EXACT:
        return _EXACT[raw]
    key = re.sub(r"^(degrees?|deg)\s+", "", raw.lower().rstrip(".")).strip()
    if key in _FOLDED:
        return _FOLDED[key]
    if key.endswith("s") and key[:-1] in _FOLDED:
        return _FOLDED[key[:-1]]
    typo = _misspelt(key)
    if typo is not None:
        return typo
    raise ToolInputError(f"unknown unit {text!r}; known units: {', '.join(UNIT_NAMES)}")


def _misspelt(key: str) -> Unit | None:
    """A unit name of five letters or more with a doubled letter said once ('galon', 'milimetres'): the commonest
    slip of the keyboard in a unit's name. Only a letter left out: 'litter' is a word, not a litre."""
    for word in (key, key[:-1] if key.endswith("s") else ""):
        if len(word) >= _TYPO_LETTERS and word.isalpha() and _squeezed(word) in _TYPOS:
            spelt, unit = _TYPOS[_squeezed(word)]
            if len(word) < len(spelt):
                return unit
    return None


def convert(value: float, from_unit: str, to_unit: str) -> tuple[float, Unit, Unit]:
    """``value`` in ``from_unit`` expressed in ``to_unit``, with the two units resolved."""
    source, target = find_unit(from_unit), find_unit(to_unit)
    if source.dimension != target.dimension:
        raise ToolInputError(f"cannot convert {source.dimension} ({source.name}) to {target.dimension} ({target.name})")
    if source.dimension == "temperature":
        return _from_kelvin(_to_kelvin(value, source.name), target.name), source, target
    return value * source.factor / target.factor, source, target


def _to_kelvin(value: float, unit: str) -> float:
    kelvin = {"celsius": value + 273.15, "fahrenheit": (value - 32) * 5 / 9 + 273.15, "kelvin": value}[unit]
    if kelvin < 0:
        raise ToolInputError("that temperature is below absolute zero")
    return kelvin


def _from_kelvin(kelvin: float, unit: str) -> float:
    return {"celsius": kelvin - 273.15, "fahrenheit": (kelvin - 273.15) * 9 / 5 + 32, "kelvin": kelvin}[unit]
