"""The README's command list names every command and action that `praktikmatch --help` lists."""

import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_command_lines() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Command line") :]
    block = section[section.index("```") + 3 :]
    block = block[: block.index("```")]
    return [line for line in block.splitlines() if line.startswith("praktikmatch ")]


def _choices(help_text: str) -> list[str]:
    """The first {a,b,c} in a usage text: the commands or actions it offers."""
    found = re.search(r"\{([a-z_,-]+)\}", help_text)
    return found.group(1).split(",") if found else []


def _help(*args: str) -> str:
    from app.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main([*args, "--help"])
    return out.getvalue()


def test_every_command_and_action_in_help_is_in_the_readme():
    executable = Path(sys.executable).with_name("praktikmatch")
    top = subprocess.run([executable, "--help"], capture_output=True, text=True, check=True)
    commands = _choices(top.stdout)
    assert {"serve", "import", "remind", "certificates"} <= set(commands)  # the parse works
    lines = _readme_command_lines()
    missing = []
    for command in commands:
        mine = [line for line in lines if line.split()[1] == command]
        if not mine:
            missing.append(command)
            continue
        words = set(re.split(r"[\s|\[\]]+", " ".join(mine)))
        for action in _choices(_help(command).split("\n\n", 1)[0]):
            if action not in words:
                missing.append(f"{command} {action}")
    assert not missing, f"README's command list lacks: {', '.join(missing)}"
