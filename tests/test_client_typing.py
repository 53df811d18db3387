"""`mypy --strict` over what users write: every Python example in the READMEs and a user script per client.

The examples are the repo README's and each generated client's README's; the scripts are in
tests/typed_usage/. `mistakes.py` there proves the check can fail: mypy must flag exactly its marked lines.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # every test here starts processes or fuzzes

ROOT = Path(__file__).resolve().parent.parent
USAGE = Path(__file__).parent / "typed_usage"
READMES = [ROOT / "README.md", *sorted(ROOT.glob("generated/*/README.md"))]
CLIENT_PACKAGES = sorted(p.parent for p in ROOT.glob("generated/*/*/sdk.py"))
FENCE = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def mypy(*targets: Path | str, cwd: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache)]
    command += ["--no-error-summary", "--hide-error-context", *map(str, targets)]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, timeout=300)


def test_every_readme_example_and_user_script_passes_mypy_strict(tmp_path):
    files = []
    for readme in READMES:
        examples = FENCE.findall(readme.read_text(encoding="utf-8"))
        assert examples, f"{readme} has no Python example"
        for index, code in enumerate(examples):
            name = f"{readme.parent.name.replace('-', '_')}_example_{index}.py"
            files.append(tmp_path / name)
            files[-1].write_text(code, encoding="utf-8")
    for script in sorted(USAGE.glob("*_user.py")):
        files.append(tmp_path / script.name)
        shutil.copy(script, files[-1])
    assert len([f for f in files if f.name.endswith("_user.py")]) == 3  # one per client
    result = mypy(*files, cwd=tmp_path, cache=tmp_path / "cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_flags_exactly_the_marked_mistakes(tmp_path):
    script = tmp_path / "mistakes.py"
    shutil.copy(USAGE / "mistakes.py", script)
    lines = script.read_text(encoding="utf-8").splitlines()
    marked = {number for number, line in enumerate(lines, 1) if re.search(r"\s# error:", line)}
    result = mypy(script, cwd=tmp_path, cache=tmp_path / "cache")
    flagged = {int(m) for m in re.findall(r"^mistakes\.py:(\d+): error:", result.stdout, re.MULTILINE)}
    assert len(marked) >= 6
    assert flagged == marked, result.stdout


@pytest.mark.parametrize("package", CLIENT_PACKAGES, ids=lambda p: p.name)
def test_generated_client_passes_mypy_strict(package, tmp_path):
    result = mypy(package.name, cwd=package.parent, cache=tmp_path)  # the sources, not the installed copy
    assert result.returncode == 0, result.stdout + result.stderr
