"""A charge per metre per night with no nights said is declined asking how many nights, never one night's charge
as the amount owed."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused


@pytest.mark.anyio
async def test_berthing_without_nights_is_declined():
    assert "how many nights" in await refused(
        "Berthing is €3.20 per metre per night. A 12.5 m yacht is staying. What do they owe?"
    )
