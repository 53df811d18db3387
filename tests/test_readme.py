"""The README's Workato Embedded walk-through runs, against the fake, as a user would type it."""

from __future__ import annotations

import re
from pathlib import Path

from .conftest import TOKEN

README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_partners_first_day_runs_against_the_fake(fake_url, capsys):
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Workato Embedded: a partner's first day") :]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    with fake_url("workato-embedded") as url:
        source = code[1].replace('api_token="...", data_center="eu"', f'api_token=TOKEN, base_url="{url}"')
        exec(compile(source, "README.md", "exec"), {"TOKEN": TOKEN})
    customer_id, members, started, jobs = capsys.readouterr().out.split()
    assert int(customer_id) > 0 and int(members) == 1 and started == "True" and int(jobs) == 1
