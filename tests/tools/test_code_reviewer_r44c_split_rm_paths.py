"""A stray space in an rm command turns one path into two targets: ``rm -rf $DIR/ *`` removes the folder and then
``*``, everything in the directory the script runs from; a lone ``/`` or ``~`` beside the meant path removes the
root or the whole home folder. A user who reports that far too much was deleted is answered with that split.
Near-misses: the same path with no space, several real folders, a glob on its own and a guarded variable are not
flagged, and a report of lost files with none of these shapes is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


def _bash(code: str, ask: str) -> str:
    return f"{ask}\n```bash\n{code}\n```"


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        (
            "#!/bin/bash\nBACKUP_DIR=/mnt/usb/backups\nrm -rf $BACKUP_DIR/ *\ncp ~/bookings/*.csv $BACKUP_DIR/",
            "Ran my backup script and it wiped my whole home folder, not just the old backups. what did I do",
        ),
        (
            'CACHE=/var/tmp/shopcache\nrm -rf "$CACHE/" *.tmp',
            "my cleanup script deleted everything in the folder I ran it from, not just the cache. why??",
        ),
        ("rm -rf /home/sam/logs/ *", "Ran this to clear out old logs and now all my files are gone. What went wrong?"),
        (
            "#!/bin/bash\nset -euo pipefail\ncd /srv/site\nrm -rf ./uploads/tmp/ ./*",
            "Kindly examine the following. On execution it removed the entire site directory rather than the "
            "temporary uploads.",
        ),
        ("OLD=/data/old\nrm -rf $OLD/ *", "lost everything in my home dir after running this lol. help"),
        ("OLD=/data/old\nrm -rf $OLD/ *", "Cleanup script emptied my whole Documents folder, why?"),
        ("TMPD=/srv/tmp\nrm -rf $TMPD/ *", "this cleared out my entire project folder instead of the tmp one"),
        ("rm -rf /var/app/cache/ *", "ran it as a cron job and it trashed everything in the app user's home"),
    ],
)
async def test_a_path_split_from_its_glob_explains_the_lost_files(code: str, ask: str):
    declined, text = await review_reply(_bash(code, ask))
    assert not declined, text
    assert "rm-split-path" in text and "current directory" in text
    assert text.index("rm-split-path") < text.find("rm-from-root") or "rm-from-root" not in text


@pytest.mark.parametrize(
    ("code", "alone"),
    [
        ('#!/bin/bash\nset -euo pipefail\nTARGET=/opt/build\nrm -rf "$TARGET" /', "root of the file system"),
        ("rm -rf ~ /tmp/scratch", "whole home folder"),
        ("sudo rm -rf /var/cache/app /*", "root of the file system"),
    ],
)
async def test_a_lone_root_or_home_among_the_targets_is_flagged(code: str, alone: str):
    declined, text = await review_reply(_bash(code, "is this safe to run?"))
    assert not declined, text
    assert "rm-split-path" in text and alone in text


@pytest.mark.parametrize(
    "code",
    [
        '#!/bin/bash\nset -euo pipefail\nrm -rf "${BACKUP_DIR:?}"/*',
        "#!/bin/bash\nset -euo pipefail\nrm -rf build/ dist/\nrm -f *.log",
        "#!/bin/bash\nset -euo pipefail\nrm -rf /home/sam/logs/*",
        "#!/bin/bash\nset -euo pipefail\nrm ./*.bak",
    ],
)
async def test_paths_without_a_stray_space_are_not_flagged(code: str):
    declined, text = await review_reply(_bash(code, "It deleted everything, not just the old backups. why"))
    assert "rm-split-path" not in text
    assert declined, text


async def test_a_glob_after_a_folder_is_not_flagged_for_a_plain_review():
    declined, text = await review_reply(_bash("#!/bin/bash\nset -euo pipefail\nrm -rf build/ dist/", "review pls"))
    assert "rm-split-path" not in text


@pytest.mark.parametrize(
    "ask",
    ["Cleanup script emptied my whole Documents folder, why?", "this cleared out my entire project folder, why"],
)
async def test_an_emptied_folder_with_no_split_path_is_declined(ask: str):
    declined, text = await review_reply(_bash('#!/bin/bash\nset -euo pipefail\nrm -rf "${OLD:?}"/*', ask))
    assert "rm-split-path" not in text
    assert declined, text
