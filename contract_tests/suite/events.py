"""Reading the event stream (one JSON object a line) that `progress` appends while a run goes on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["Tail"]


class Tail:
    """Reads the complete lines appended to the event stream since the last call."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.pending = b""

    def read(self) -> list[dict[str, Any]]:
        try:
            with self.path.open("rb") as stream:
                stream.seek(self.offset)
                data = stream.read()
        except FileNotFoundError:
            return []
        self.offset += len(data)
        *lines, self.pending = (self.pending + data).split(b"\n")
        return [json.loads(line) for line in lines if line.strip()]
