"""A web view's parameters come from its URL, so a file path a view builds from one ("path = os.path.join(base,
filename)" then "send_file(path)") lets "../" reach any file: a path traversal, named with the line that builds the
path. A name passed through secure_filename or basename, a view that checks its resolved path, and a plain
function's parameter are not reported."""

from __future__ import annotations

import pytest
from conftest import review_reply

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "line"),
    [
        (
            "security review for this flask download endpoint\n```python\nimport os\nfrom flask import send_file\n\n"
            "def download(filename):\n    path = os.path.join('/srv/files', filename)\n    return send_file(path)\n```",
            5,
        ),
        (
            "Is this route secure?\n```python\nimport os\n\n@app.route('/notes/<name>')\ndef note(name):\n"
            "    full = os.path.join('/data/notes', name)\n    with open(full) as f:\n        return f.read()\n```",
            5,
        ),
        (
            "Any vulnerabilities here?\n```python\nfrom fastapi.responses import FileResponse\n\n"
            "@app.get('/files/{doc}')\ndef fetch(doc: str):\n    target = '/var/docs/' + doc\n"
            "    return FileResponse(target)\n```",
            5,
        ),
        (
            "security check please\n```python\nimport os\n\n@app.post('/delete/<item>')\ndef delete(item):\n"
            "    victim = os.path.join(UPLOADS, item)\n    os.remove(victim)\n    return 'ok'\n```",
            5,
        ),
    ],
)
async def test_a_path_built_from_a_view_parameter_is_a_path_traversal(request_text, line):
    failed, text = await review_reply(request_text)
    assert not failed, text
    assert "path-traversal" in text
    assert f"on line {line}" in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Is this safe?\n```python\nimport os\nfrom flask import send_file\nfrom werkzeug.utils import secure_filename\n"
        "\ndef download(filename):\n    path = os.path.join('/srv/files', secure_filename(filename))\n"
        "    return send_file(path)\n```",
        "Any security issues?\n```python\nimport os\nfrom flask import send_file, abort\n\ndef download(filename):\n"
        "    path = os.path.realpath(os.path.join('/srv/files', filename))\n"
        "    if not path.startswith('/srv/files/'):\n        abort(404)\n    return send_file(path)\n```",
        "Is this secure?\n```python\nimport os\n\ndef read_config(name):\n"
        "    with open(os.path.join('/etc/app', name)) as f:\n        return f.read()\n```",
    ],
)
async def test_a_checked_name_or_a_plain_function_is_no_path_traversal(request_text):
    _, text = await review_reply(request_text)
    assert "path-traversal" not in text
