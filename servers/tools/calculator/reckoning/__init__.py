"""Reckoning by kinds: a word problem read as quantities that carry what they are (money, a count of named things,
a time, a rate of one per another) and a question that asks for one kind, answered when the kinds leave one sum.

It is the calculator's last reading of an everyday problem: only a request every narrower reader declined reaches
it, and it declines whatever its kinds do not settle.
"""

from servers.tools.calculator.reckoning.reader import solve_reckoned

__all__ = ["solve_reckoned"]
