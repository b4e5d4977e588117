"""A figure sent alone: 'Weeks 4', 'hours per week 30', 'Days 12'.

Such a request names an amount of time and nothing to know about it; it is what is left when a form ("Rate
£17.50/hour; hours per week 30; weeks 4. Total?") is cut into lines. Searched as it stands, its words match any
note that says "a week" beside a 4 ("14 units a week ... 4 percent"), and the note would be returned as an
answer. It is declined instead: there is no question and no topic in it.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+|\d[\d,.]*")
_COUNTED = frozenset(
    """second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks wk wks fortnight
    fortnights month months year years yr yrs shift shifts per a an each every of total rate""".split()
)


def bare_figure(text: str) -> bool:
    """Whether ``text`` is only figures and the periods they count ('Weeks 4', 'hours per week 30')."""
    words = _WORD.findall(text.lower())
    figures = [w for w in words if w[0].isdigit()]
    counted = [w for w in words if not w[0].isdigit()]  # '1066' alone is a year, and a topic of its own
    return bool(figures and counted) and len(words) <= 6 and all(w in _COUNTED for w in counted)
