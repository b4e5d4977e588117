"""What model calls cost: a per-model price table that turns ``Usage`` into an estimated amount in US dollars.

Prices are list prices per million tokens, by model family: a dated or versioned name (``claude-haiku-4-5``,
``claude-haiku-4-5-20251001``) is priced by the longest family prefix that matches. Prompt-cache writes cost
1.25 times the input price and cache reads 0.1 times (the five-minute cache). Models served locally (the
offline model, an OpenAI-compatible server) cost nothing. A model with no known price has no cost (``None``):
budgets in dollars cannot hold it, and the run says so instead of pretending it was free.

A price is the budgets' ``patterns.Price``, the one notion of what tokens cost. The numbers are an estimate for
budgets and reports, not an invoice; a deployment with negotiated prices passes its own ``PriceTable``.
"""

from __future__ import annotations

from collections.abc import Mapping

from patterns.budget import Price
from patterns.worker import Usage

CACHE_WRITE_FACTOR = 1.25
CACHE_READ_FACTOR = 0.1


def model_price(input_per_mtok: float, output_per_mtok: float) -> Price:
    """A model's list price, its prompt cache at the five-minute cache's rates relative to its input price."""
    return Price(
        input_per_mtok,
        output_per_mtok,
        cache_read_per_mtok=input_per_mtok * CACHE_READ_FACTOR,
        cache_write_per_mtok=input_per_mtok * CACHE_WRITE_FACTOR,
    )


FREE = Price(0.0, 0.0, 0.0, 0.0)

CLAUDE_PRICES: dict[str, Price] = {
    "claude-opus": model_price(5.0, 25.0),
    "claude-sonnet": model_price(3.0, 15.0),
    "claude-haiku": model_price(1.0, 5.0),
    "claude-3-5-haiku": model_price(0.8, 4.0),
    "claude-3-haiku": model_price(0.25, 1.25),
}


class PriceTable:
    """Prices by model name prefix; ``local`` and ``openai-compatible:*`` models are free."""

    def __init__(self, prices: Mapping[str, Price] | None = None) -> None:
        self.prices = dict(CLAUDE_PRICES if prices is None else prices)

    def price(self, model: str) -> Price | None:
        if model in ("local", "scripted") or model.startswith("openai-compatible:"):
            return FREE
        matches = [prefix for prefix in self.prices if model.startswith(prefix)]
        return self.prices[max(matches, key=len)] if matches else None

    def cost(self, model: str, usage: Usage) -> float | None:
        """The estimated cost of ``usage`` on ``model`` in US dollars, ``None`` when the price is unknown."""
        price = self.price(model)
        return price.cost(usage) if price is not None else None

    def max_output_tokens(self, model: str, dollars: float) -> int | None:
        """How many output tokens ``dollars`` buys on ``model`` (``None``: unknown price or free)."""
        price = self.price(model)
        if price is None or price.output_per_mtok <= 0:
            return None
        return int(max(0.0, dollars) * 1_000_000 / price.output_per_mtok)


PRICES = PriceTable()
