"""What model calls cost: a per-model price table that turns ``Usage`` into an estimated amount in US dollars.

Prices are list prices per million tokens, by model family: a dated or versioned name (``claude-haiku-4-5``,
``claude-haiku-4-5-20251001``) is priced by the longest family prefix that matches. Prompt-cache writes cost
1.25 times the input price and cache reads 0.1 times (the five-minute cache). Models served locally (the
offline model, an OpenAI-compatible server) cost nothing. A model with no known price has no cost (``None``):
budgets in dollars cannot hold it, and the run says so instead of pretending it was free.

The numbers are an estimate for budgets and reports, not an invoice; a deployment with negotiated prices passes
its own ``PriceTable``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from agents.models.base import Usage

CACHE_WRITE_FACTOR = 1.25
CACHE_READ_FACTOR = 0.1


@dataclass(frozen=True, slots=True)
class ModelPrice:
    """US dollars per million tokens."""

    input: float
    output: float
    cache_write: float | None = None
    cache_read: float | None = None

    def cost(self, usage: Usage) -> float:
        cache_write = self.cache_write if self.cache_write is not None else self.input * CACHE_WRITE_FACTOR
        cache_read = self.cache_read if self.cache_read is not None else self.input * CACHE_READ_FACTOR
        return (
            usage.input_tokens * self.input
            + usage.output_tokens * self.output
            + usage.cache_write_tokens * cache_write
            + usage.cache_read_tokens * cache_read
        ) / 1_000_000


FREE = ModelPrice(0.0, 0.0, 0.0, 0.0)

CLAUDE_PRICES: dict[str, ModelPrice] = {
    "claude-opus": ModelPrice(5.0, 25.0),
    "claude-sonnet": ModelPrice(3.0, 15.0),
    "claude-haiku": ModelPrice(1.0, 5.0),
    "claude-3-5-haiku": ModelPrice(0.8, 4.0),
    "claude-3-haiku": ModelPrice(0.25, 1.25),
}


class PriceTable:
    """Prices by model name prefix; ``local`` and ``openai-compatible:*`` models are free."""

    def __init__(self, prices: Mapping[str, ModelPrice] | None = None) -> None:
        self.prices = dict(CLAUDE_PRICES if prices is None else prices)

    def price(self, model: str) -> ModelPrice | None:
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
        if price is None or price.output <= 0:
            return None
        return int(max(0.0, dollars) * 1_000_000 / price.output)


PRICES = PriceTable()
