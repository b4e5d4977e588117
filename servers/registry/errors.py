"""The registry's domain errors. ``app.py`` maps each to an HTTP status in one table; the core raises them."""

from __future__ import annotations

from agents.errors import AccordError


class RegistryServiceError(AccordError):
    """Base of every error the registry service answers with; ``code`` is the wire error code."""

    code = "bad_request"


class BadRequest(RegistryServiceError):
    """The request itself is malformed: not JSON, a missing field, a bad parameter or cursor."""

    code = "bad_request"


class Unauthorized(RegistryServiceError):
    code = "unauthorized"


class AgentNotFound(RegistryServiceError):
    code = "not_found"


class NameTaken(RegistryServiceError):
    """A live agent from another URL already holds the name."""

    code = "name_taken"


class TooLarge(RegistryServiceError):
    """The request body or the fetched card is over the size cap."""

    code = "too_large"


class InvalidCard(RegistryServiceError):
    """The card could not be fetched, is not JSON, or is not an A2A Agent Card."""

    code = "invalid_card"
