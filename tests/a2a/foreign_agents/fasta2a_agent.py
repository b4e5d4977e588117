"""A fasta2a agent (run with fasta2a's own interpreter): answers ``submitted`` at once, then completes a moment later
with an echo of the text.

Usage: python fasta2a_agent.py PORT
"""

import sys
import uuid
from contextlib import asynccontextmanager
from typing import Any

import anyio
import uvicorn
from fasta2a import FastA2A, Worker
from fasta2a.broker import InMemoryBroker
from fasta2a.schema import Artifact, Message, TaskIdParams, TaskSendParams
from fasta2a.storage import InMemoryStorage


class EchoWorker(Worker[list[Message]]):
    async def run_task(self, params: TaskSendParams) -> None:
        await self.storage.update_task(params["id"], state="working")
        await anyio.sleep(0.5)
        text = " ".join(p.get("text", "") for p in params["message"]["parts"])
        artifact = Artifact(artifact_id=uuid.uuid4().hex, name="answer", parts=[{"text": f"fasta2a echo: {text}"}])
        await self.storage.update_task(params["id"], state="completed", new_artifacts=[artifact])

    async def cancel_task(self, params: TaskIdParams) -> None:
        await self.storage.update_task(params["id"], state="canceled")

    def build_message_history(self, history: list[Message]) -> list[Any]:
        return history

    def build_artifacts(self, result: Any) -> list[Artifact]:
        return []


def main() -> None:
    port = int(sys.argv[1])
    storage, broker = InMemoryStorage(), InMemoryBroker()
    worker = EchoWorker(broker=broker, storage=storage)

    @asynccontextmanager
    async def lifespan(app: FastA2A):
        async with app.task_manager, worker.run():
            yield

    app = FastA2A(
        storage=storage,
        broker=broker,
        name="Summarizer FA",
        description="Summarizes text (a fasta2a agent that echoes)",
        url=f"http://127.0.0.1:{port}/",
        skills=[{"id": "summarize", "name": "Summarize", "description": "Summarizes", "tags": ["summary"]}],
        lifespan=lifespan,
    )
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main()
