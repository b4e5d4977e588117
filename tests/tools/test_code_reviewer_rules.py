"""The code reviewer's rules: each defect found at its line, and clean code left alone (through ``lint``)."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest
from conftest import call

from servers.tools.code_reviewer import create_server

pytestmark = pytest.mark.anyio


async def lint(code: str) -> list[dict[str, Any]]:
    result = await call(create_server(), "lint", code=textwrap.dedent(code))
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content["findings"]


DEFECTS = [
    (
        "possibly-unbound",
        6,
        """
        def grade(score):
            if score >= 90:
                letter = "A"
            elif score >= 80:
                letter = "B"
            return letter
        """,
    ),
    (
        "used-before-assignment",
        4,
        """
        hits = 0

        def record():
            hits += 1
        """,
    ),
    (
        "missing-return",
        4,
        """
        def sign(x):
            if x > 0:
                return 1
            elif x < 0:
                return -1
        """,
    ),
    (
        "unreachable-code",
        3,
        """
        def stop(job):
            return job.cancel()
            job.log("cancelled")
        """,
    ),
    (
        "return-in-loop",
        5,
        """
        def total(prices):
            result = 0
            for price in prices:
                result += price
                return result
        """,
    ),
    (
        "loop-never-ends",
        3,
        """
        def countdown(n):
            i = n
            while i > 0:
                print(i)
        """,
    ),
    (
        "recursion-no-base",
        1,
        """
        def fib(n):
            return fib(n - 1) + fib(n - 2)
        """,
    ),
    (
        "recursion-no-progress",
        4,
        """
        def power(base, exp):
            if exp == 0:
                return 1
            return base * power(base, exp)
        """,
    ),
    (
        "is-literal",
        2,
        """
        def is_root(user):
            return user.name is "root"
        """,
    ),
    (
        "constant-condition",
        2,
        """
        def wants_help(reply):
            if reply == "help" or "h":
                return True
            return False
        """,
    ),
    (
        "none-comparison",
        2,
        """
        def missing(value):
            return value == None
        """,
    ),
    (
        "comparison-statement",
        3,
        """
        def reset(state):
            state.count = 5
            state.total == 0
            return state
        """,
    ),
    (
        "assert-tuple",
        2,
        """
        def withdraw(balance, amount):
            assert (amount <= balance, "not enough money")
            return balance - amount
        """,
    ),
    (
        "float-equality",
        1,
        """
        if 0.1 + 0.2 == 0.3:
            print("equal")
        """,
    ),
    (
        "modify-while-iterating",
        4,
        """
        def prune(tags):
            for tag in tags:
                if not tag:
                    tags.remove(tag)
            return tags
        """,
    ),
    (
        "index-off-by-one",
        3,
        """
        def show(rows):
            for i in range(len(rows) + 1):
                print(rows[i])
        """,
    ),
    (
        "index-off-by-one",
        2,
        """
        def last_bids(bids, n):
            return [bids[i] for i in range(len(bids) - n, len(bids) + 1)]
        """,
    ),
    (
        "full-off-by-one",
        2,
        """
        def is_full(bookings, capacity):
            return len(bookings) > capacity
        """,
    ),
    (
        "full-off-by-one",
        2,
        """
        def has_space(booked, max_guests):
            return booked <= max_guests
        """,
    ),
    (
        "float-index",
        2,
        """
        def median_item(sorted_values):
            return sorted_values[len(sorted_values) / 2]
        """,
    ),
    (
        "late-binding-closure",
        3,
        """
        handlers = {}
        for level in ("debug", "info"):
            handlers[level] = lambda message: print(level, message)
        """,
    ),
    (
        "division-by-zero",
        2,
        """
        def rate(hits):
            return hits / 0
        """,
    ),
    (
        "input-not-converted",
        2,
        """
        years = input("Years? ")
        print(years * 12 - 1)
        """,
    ),
    (
        "str-plus-number",
        3,
        """
        def label(items):
            count = len(items)
            return "Items: " + count
        """,
    ),
    (
        "reversed-augmented-assignment",
        4,
        """
        def score(hits):
            points = 0
            for hit in hits:
                points =+ hit.value
            return points
        """,
    ),
    (
        "none-result",
        2,
        """
        def newest_first(posts):
            ordered = posts.sort(key=lambda p: p.date)
            return ordered
        """,
    ),
    (
        "discarded-result",
        2,
        """
        def clean(name):
            name.strip()
            return name
        """,
    ),
    (
        "format-arguments",
        2,
        """
        def describe(user, age):
            return "{} is {} years old, born in {}".format(user, age)
        """,
    ),
    (
        "missing-f-prefix",
        2,
        """
        def welcome(user):
            print("Welcome back, {user}!")
        """,
    ),
    (
        "mutable-default",
        1,
        """
        def remember(item, seen=[]):
            seen.append(item)
            return seen
        """,
    ),
    (
        "mutable-class-attribute",
        2,
        """
        class Basket:
            fruits = []

            def add(self, fruit):
                self.fruits.append(fruit)
        """,
    ),
    (
        "missing-self",
        2,
        """
        class Greeter:
            def hello():
                return "hi"
        """,
    ),
    (
        "duplicate-key",
        1,
        """
        COLORS = {"red": 1, "green": 2, "red": 3}
        """,
    ),
    (
        "swallowed-exception",
        4,
        """
        def load(path):
            try:
                return open(path).read()
            except Exception:
                pass
            return ""
        """,
    ),
    (
        "unreachable-except",
        6,
        """
        def parse(text):
            try:
                return int(text)
            except Exception:
                return None
            except ValueError:
                return 0
        """,
    ),
    (
        "except-or",
        4,
        """
        def number(text):
            try:
                return float(text)
            except (ValueError or TypeError):
                return 0.0
        """,
    ),
    (
        "open-without-with",
        2,
        """
        def save(path, text):
            out = open(path, "w")
            out.write(text)
        """,
    ),
    (
        "sql-injection",
        3,
        """
        def find(db, email):
            query = "SELECT id FROM users WHERE email = '%s'" % email
            return db.execute(query).fetchall()
        """,
    ),
    (
        "shell-injection",
        4,
        """
        import subprocess

        def archive(folder):
            subprocess.run(f"tar czf backup.tgz {folder}", shell=True)
        """,
    ),
    (
        "eval-exec",
        2,
        """
        def compute(expression):
            return eval(expression)
        """,
    ),
    (
        "unsafe-deserialization",
        4,
        """
        import yaml

        def settings(text):
            return yaml.load(text)
        """,
    ),
    (
        "hardcoded-secret",
        1,
        """
        API_KEY = "sk-live-4f9a8b7c6d5e"
        """,
    ),
    (
        "request-without-timeout",
        4,
        """
        import requests

        def fetch(url):
            return requests.get(url).json()
        """,
    ),
    (
        "tls-unverified",
        4,
        """
        import requests

        def fetch(url):
            return requests.get(url, timeout=5, verify=False)
        """,
    ),
    (
        "undefined-name",
        2,
        """
        def area(r):
            return PI * r * r
        """,
    ),
    (
        "unused-import",
        1,
        """
        import os
        """,
    ),
]


async def test_a_misspelt_name_is_a_bug_but_a_name_from_code_not_shown_is_only_a_warning():
    code = "def total(prices):\n    subtotal = sum(prices)\n    return subtotl + shipping_cost(prices)\n"
    found = [f for f in await lint(code) if f["rule"] == "undefined-name"]
    assert [(f["rule"], f["category"], f["line"]) for f in found] == [
        ("undefined-name", "bug", 3),
        ("undefined-name", "practice", 3),
    ]
    assert "did you mean 'subtotal'" in found[0]["message"] and "not shown" in found[1]["message"]


@pytest.mark.parametrize(("rule", "line", "code"), DEFECTS, ids=[d[0] for d in DEFECTS])
async def test_each_defect_is_found_at_its_line_with_a_fix(rule: str, line: int, code: str):
    found = [f for f in await lint(code) if f["rule"] == rule]
    assert [f["line"] for f in found] == [line]
    assert found[0]["message"] and found[0]["hint"]


CLEAN = {
    "a class with properties and methods": """
        from dataclasses import dataclass, field


        @dataclass
        class Account:
            owner: str
            history: list[float] = field(default_factory=list)

            @property
            def balance(self) -> float:
                return sum(self.history)

            def deposit(self, amount: float) -> None:
                if amount <= 0:
                    raise ValueError("deposit must be positive")
                self.history.append(amount)
        """,
    "every branch assigns before use": """
        def shipping(weight, express=False):
            if weight <= 0:
                raise ValueError("weight must be positive")
            if express:
                cost = 15.0
            elif weight > 20:
                cost = 12.5
            else:
                cost = 7.0
            return round(cost, 2)
        """,
    "a search loop with for/else and a break": """
        def first_negative(values):
            for index, value in enumerate(values):
                if value < 0:
                    found = index
                    break
            else:
                found = None
            return found
        """,
    "recursion with a base case and files closed by with": """
        import json
        from pathlib import Path


        def depth(tree):
            if not tree.children:
                return 1
            return 1 + max(depth(child) for child in tree.children)


        def load(path: Path) -> dict:
            with path.open(encoding="utf-8") as handle:
                return json.load(handle)
        """,
    "parameterized SQL, a shell-free subprocess and a request with a timeout": """
        import os
        import subprocess

        import requests


        def user(db, user_id):
            return db.execute("SELECT name FROM users WHERE id = ?", (user_id,)).fetchone()


        def listing(folder):
            return subprocess.run(["ls", "-l", folder], capture_output=True, check=True).stdout


        def status(url):
            token = os.environ["API_TOKEN"]
            return requests.get(url, headers={"Authorization": token}, timeout=10).status_code
        """,
    "a worker loop that waits for work, and a generator": """
        import queue


        def worker(jobs: queue.Queue) -> None:
            while True:
                job = jobs.get()
                job.run()


        def countdown(n):
            while n > 0:
                yield n
                n -= 1
        """,
    "narrow exception handling and string formatting": """
        import logging

        log = logging.getLogger(__name__)


        def port(text, default=8080):
            try:
                return int(text)
            except ValueError:
                log.warning("bad port %r, using %d", text, default)
                return default


        def banner(name, version):
            return "{} v{}".format(name, version) + f" ({name.lower()})"
        """,
    "a while loop that advances its counter, and a dict built in a comprehension": """
        def chunks(items, size):
            start = 0
            result = []
            while start < len(items):
                result.append(items[start : start + size])
                start += size
            return result


        def index_by_id(records):
            return {record["id"]: record for record in records if "id" in record}
        """,
    "async code with a context manager and a match statement": """
        async def handle(command, session):
            match command.split():
                case ["get", key]:
                    async with session.get(key) as response:
                        return await response.text()
                case ["ping"]:
                    return "pong"
                case _:
                    raise ValueError(f"unknown command: {command}")
        """,
}


@pytest.mark.parametrize(
    "code",
    [
        "def is_full(bookings, capacity):\n    return len(bookings) >= capacity\n",
        "def has_space(booked, max_guests):\n    return booked < max_guests\n",
        "def is_full(tank, level):\n    return tank > level\n",  # no count against a capacity
    ],
)
async def test_a_fullness_test_that_counts_the_full_case_is_left_alone(code: str):
    assert not [f for f in await lint(code) if f["rule"] == "full-off-by-one"]


@pytest.mark.parametrize("code", CLEAN.values(), ids=CLEAN.keys())
async def test_clean_code_gets_no_findings(code: str):
    assert await lint(code) == []


async def test_a_list_returned_inside_its_loop_is_one_bug_the_indented_return():
    """'it only ever gives me one': the return sits inside the loop. The function also falls off its end for an
    empty list, but that goes away with the fix, so only the return is reported."""
    findings = await lint(
        """
        def due_on(animals, day):
            due = []
            for animal in animals:
                if animal["due"] == day:
                    due.append(animal)
                return due
        """
    )
    assert [(f["rule"], f["line"]) for f in findings] == [("return-in-loop", 6)]
    assert "indented inside the loop" in findings[0]["message"]
