"""An a2a-sdk 0.3 client (run with the 0.3 SDK's own interpreter): finds an agent by its card, sends one message.

Usage: python sdk03_client.py BASE_URL CARD_PATH MESSAGE [streaming]
Prints one JSON line: the final state and the text of the answer.
"""

import asyncio
import json
import sys

import httpx
from a2a.client import A2ACardResolver, ClientConfig, ClientFactory
from a2a.client.helpers import create_text_message_object
from a2a.types import Message, Task


def text_of(task: Task) -> str:
    parts = [p.root for a in task.artifacts or [] for p in a.parts]
    if not parts and task.status.message is not None:
        parts = [p.root for p in task.status.message.parts]
    return "\n".join(getattr(p, "text", "") for p in parts)


async def main() -> None:
    base, card_path, message = sys.argv[1], sys.argv[2], sys.argv[3]
    streaming = len(sys.argv) > 4 and sys.argv[4] == "streaming"
    async with httpx.AsyncClient(timeout=30) as http:
        card = await A2ACardResolver(http, base, agent_card_path=card_path).get_agent_card()
        client = ClientFactory(ClientConfig(streaming=streaming, httpx_client=http)).create(card)
        final = None
        async for event in client.send_message(create_text_message_object(content=message)):
            if isinstance(event, Message):
                final = {"state": "message", "text": " ".join(p.root.text for p in event.parts)}
            else:
                task, _ = event
                final = {"state": task.status.state.value, "text": text_of(task)}
    print(json.dumps({"card": card.name, **(final or {})}))


if __name__ == "__main__":
    asyncio.run(main())
