"""A fasta2a client (run with fasta2a's own interpreter).

Usage: python fasta2a_client.py BASE_URL send MESSAGE   -> {"result": <what the client made of the answer>}
       python fasta2a_client.py BASE_URL get TASK_ID    -> {"state": ..., "text": ...}
"""

import asyncio
import json
import sys
import uuid

from fasta2a.client import A2AClient


async def main() -> None:
    base, command, argument = sys.argv[1], sys.argv[2], sys.argv[3]
    client = A2AClient(base)
    if command == "send":
        message = {"role": "user", "parts": [{"text": argument}], "kind": "message", "message_id": uuid.uuid4().hex}
        answer = await client.send_message(message)
        print(json.dumps({"result": answer.get("result"), "error": answer.get("error")}))
        return
    task = (await client.get_task(argument))["result"]
    texts = [p.get("text", "") for a in task.get("artifacts") or [] for p in a["parts"]]
    print(json.dumps({"state": task["status"]["state"], "text": "\n".join(texts)}))


if __name__ == "__main__":
    asyncio.run(main())
