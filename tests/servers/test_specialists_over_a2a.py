"""Every specialist over a real socket, through the official a2a-sdk client, on the offline model."""

import re

import anyio
import pytest
from a2a.types import TaskState

from agents.a2a_client import A2AConnection, task_data, task_text
from agents.models import LocalModel
from agents.settings import Settings
from agents.spec import builtin_spec
from servers.a2a.hosting import agent_app
from servers.cli import main as accord
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio


async def ask(name: str, data_dir, message: str):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    app = agent_app(builtin_spec(name), Settings(data_dir=data_dir), url, model=LocalModel())
    async with running(app, port), A2AConnection(url) as agent:
        return await agent.send(message)


async def test_the_code_reviewer_flags_sql_built_by_concatenation(tmp_path):
    code = 'def find(cursor, uid):\n    cursor.execute("SELECT * FROM t WHERE id=" + uid)\n'
    task = await ask("code_reviewer", tmp_path, f"Review this code:\n```python\n{code}```")
    assert task.status.state == TaskState.TASK_STATE_COMPLETED
    findings = [f for item in task_data(task) for f in item.get("findings", [])]
    sql = [f for f in findings if "sql" in (f.get("rule", "") + f.get("message", "")).lower()]
    assert sql and sql[0]["line"] == 2
    assert "line 2" in task_text(task).lower()


async def test_the_summarizer_returns_fewer_words_made_of_the_input_sentences(tmp_path):
    sentences = [
        "The quarterly revenue grew by twelve percent compared with last year.",
        "Most of the growth came from the new subscription plans in Europe.",
        "Costs rose more slowly than revenue, so the margin improved.",
        "The team hired eight engineers and opened an office in Lisbon.",
        "Customer churn fell for the third quarter in a row.",
        "Next quarter the company plans to launch a mobile app.",
    ]
    text = " ".join(sentences)
    task = await ask("summarizer", tmp_path, f"Summarize this in two sentences: {text}")
    summary = task_data(task)[0]["summary"]
    assert len(summary) < len(text)
    picked = re.split(r"(?<=\.)\s+", summary.strip())
    assert len(picked) == 2 and all(sentence in sentences for sentence in picked)


async def test_the_researcher_cites_a_document_it_was_given(tmp_path, monkeypatch):
    note = tmp_path / "notes" / "zephyr.md"
    note.parent.mkdir()
    note.write_text("# Project Zephyr\n\nProject Zephyr is the codename of the glacier monitoring satellite.\n")
    monkeypatch.setenv("ACCORD_DATA_DIR", str(tmp_path / "data"))
    assert accord(["ingest", str(note.parent)]) == 0
    task = await ask("researcher", tmp_path / "data", "What is Project Zephyr?")
    answer = task_text(task)
    assert "Project Zephyr" in answer and "zephyr.md" in answer


async def test_the_fact_checker_contradicts_a_wrong_date_with_evidence(tmp_path):
    task = await ask("fact_checker", tmp_path, "My uncle insists the Eiffel Tower was finished in 1899. Is he right?")
    verdict = task_data(task)[0]
    assert verdict["verdict"] == "contradicted"
    assert any("1889" in e["passage"] for e in verdict["evidence"])


async def test_the_writer_drafts_an_email_with_a_greeting_and_a_sign_off(tmp_path):
    request = "Email the design team: the review moves to Thursday at 3pm, and bring the new mockups."
    task = await ask("writer", tmp_path, request)
    text = task_text(task)
    assert re.search(r"^(Hi|Hello|Dear)\b", text, re.M)
    assert "Thursday at 3pm" in text and "new mockups" in text


async def test_a_summary_request_without_the_text_asks_for_it(tmp_path):
    task = await ask("summarizer", tmp_path, "Give me a TL;DR of this quarterly report.")
    assert task.status.state == TaskState.TASK_STATE_INPUT_REQUIRED
    assert "send the text" in task_text(task)


async def test_a_request_the_agent_cannot_account_for_ends_rejected_with_its_reason(tmp_path):
    task = await ask("calculator", tmp_path, "What is 9**9**9?")
    assert task.status.state == TaskState.TASK_STATE_REJECTED
    assert "digits" in task_text(task) and "ANTHROPIC_API_KEY" in task_text(task)
    assert not task.artifacts


async def test_accord_ask_exits_with_the_code_of_how_the_task_ended(tmp_path, capsys):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    app = agent_app(builtin_spec("summarizer"), Settings(data_dir=tmp_path), url, model=LocalModel())
    async with running(app, port):
        asked = await anyio.to_thread.run_sync(accord, ["ask", url, "Summarize the report I mentioned."])
        text = (
            "The council met on Monday to discuss the new bike lanes. Residents asked for more crossings near the "
            "school. The plan goes to a vote in March."
        )
        answered = await anyio.to_thread.run_sync(accord, ["ask", url, f"Summarize this: {text}"])
    assert (asked, answered) == (4, 0)
    assert "input-required" in capsys.readouterr().err
