"""Shell scripts and SQL through the code reviewer: their classic mistakes named at their line, with the checks
that ran; code none of them fire on is declined, never called fine."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, error_text, reviewed

from servers.tools.code_reviewer import create_server, shell, sql

pytestmark = pytest.mark.anyio


async def declined(request: str) -> str:
    result = await call_as_asked(create_server(), "review_request", request)
    assert result is not None and result.is_error, result and result.structured_content
    return error_text(result)


@pytest.mark.parametrize(
    ("request_", "said", "line"),
    [
        ("Review my cleanup script:\n```bash\n#!/bin/bash\nBUILD_DIR=$1\nrm -rf $BUILD_DIR/*\n```", "root", 3),
        (
            "Can you check this deploy script before I run it on the server?\n```sh\n#!/bin/sh\ncd /var/www/app\n"
            'git pull\nrm -rf "$CACHE_DIR"/\n```',
            "rm -rf /",
            4,
        ),
        ("Review this: rm -rf $DIR/*", "empty or unset", 1),
        (
            "My shell script deletes the wrong stuff sometimes, any idea why?\n```bash\nTARGET=$HOME/tmp\n"
            "rm -rf ${TARGET}/*\n```",
            "root",
            2,
        ),
        (
            'Quick review of my backup script please\n```bash\n#!/bin/bash\nset -euo pipefail\nSRC="$1"\nDEST="$2"\n'
            "cp -r $SRC $DEST\n```",
            "not quoted",
            5,
        ),
        (
            "any problems with this script?\n```\n#!/bin/bash\nfor f in $(ls *.txt); do\n  mv $f backup/\ndone\n```",
            "$f",
            3,
        ),
        ("Can you review my script?\n```bash\n#!/bin/bash\ncd /srv/app\nmake build\n```", "cd /srv/app || exit 1", 2),
    ],
)
async def test_shell_mistakes_are_named_at_their_line(request_, said, line):
    answer = await reviewed(request_)
    assert said in answer
    assert f"line {line}:" in answer
    assert "Not checked: everything else" in answer


@pytest.mark.parametrize(
    ("request_", "said", "line"),
    [
        (
            "About to run this on the orders table to clear a test order, look ok?\n```sql\nDELETE FROM orders;\n"
            "-- test order id was 10442\n```",
            "every row in orders",
            1,
        ),
        (
            "Does this SQL look right? I want to deactivate one user\n```sql\nUPDATE users SET active = 0;\n```",
            "every row",
            1,
        ),
        ("Review this query: update accounts set balance = 0", "every row in accounts", 1),
        ("Can someone sanity check this before I run it in prod?\n```\ndelete from sessions\n```", "no WHERE", 1),
        ("Review this query please:\n```sql\nSELECT id\nFROM customers\nWHERE email = NULL;\n```", "IS NULL", 3),
        (
            "what's wrong with my query, it returns nothing\n```sql\nSELECT * FROM orders\n"
            "WHERE shipped_at != NULL\n```",
            "IS NOT NULL",
            2,
        ),
        (
            "is this stored procedure ok?\n```sql\nCREATE PROCEDURE find_user @name NVARCHAR(50) AS\n"
            "EXEC('SELECT * FROM users WHERE name = ''' + @name + '''');\n```",
            "SQL injection",
            2,
        ),
    ],
)
async def test_sql_mistakes_are_named_at_their_line(request_, said, line):
    answer = await reviewed(request_)
    assert said in answer
    assert f"line {line}:" in answer


async def test_the_id_a_comment_names_is_offered_for_the_where_clause():
    answer = await reviewed(
        "About to run this on the orders table to clear a test order, look ok?\n```sql\nDELETE FROM orders;\n"
        "-- test order id was 10442\n```"
    )
    assert "WHERE id = 10442" in answer


@pytest.mark.parametrize(
    "request_",
    [
        # the checks pass: the answer says what was checked and declines to call the code fine
        'Review my script:\n```bash\n#!/bin/bash\nset -euo pipefail\ncd "$1" || exit 1\nrm -rf -- "${OUT:?}"/*\n```',
        "check my sql:\n```sql\n-- remove the duplicate row\nDELETE FROM orders WHERE id = 10442;\n```",
        "is it safe to run this?\n\nDELETE FROM users WHERE last_login < '2020-01-01';",
        # a reported failure none of the findings explains
        "my script says permission denied, why?\n```bash\n#!/bin/bash\ncp $SRC /etc/app.conf\n```",
    ],
)
async def test_code_the_checks_pass_is_declined_not_called_fine(request_):
    said = await declined(request_)
    assert "I check only" in said
    assert "None of my" in said


def test_look_alikes_in_strings_comments_and_heredocs_do_not_count():
    script = (
        "#!/bin/bash\nset -euo pipefail\n# rm -rf $OLD/*\necho 'rm -rf $X/'\n"
        'cat <<EOF\nrm -rf $GONE/*\nEOF\nrm -rf "${KEEP:?}"/cache\n'
    )
    assert shell.review(script) == []
    query = "-- DELETE FROM orders;\nSELECT 'DELETE FROM orders' AS note;\n/* UPDATE t SET a = NULL */"
    assert sql.review(query) == []


def test_assignments_conditions_and_arithmetic_are_not_unquoted_words():
    script = '#!/bin/bash\nset -euo pipefail\nDIR=$1\nif [[ -z $DIR ]]; then exit 1; fi\nn=$(( $# + 1 ))\necho "$DIR"\n'
    assert shell.review(script) == []
