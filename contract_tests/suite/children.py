"""The one owner of the child processes a command starts (schemathesis runs, suite workers).

A `Children` registry knows every live child, so an interrupt caught on the main thread stops the
children that other threads started; once it is stopping it starts no new one. `interruptible` turns
Ctrl-C and SIGTERM into `Interrupted` (exit 130 or 143) after every child is stopped, so temporary
folders are removed on the way out. `follow` is the loop that waits for a child while passing its
event stream on.
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

from .events import Tail
from .results import Interrupted

__all__ = ["Children"]


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so cleanup runs as for Ctrl-C (and nothing catches it)."""


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise _Terminated


class Children:
    """Live children, so an interrupt on any thread can stop them all."""

    def __init__(self) -> None:
        self._live: set[subprocess.Popen[Any]] = set()
        self._lock = threading.Lock()
        self._stopping = threading.Event()

    @property
    def stopping(self) -> bool:
        """Whether `stop_all` was called: a run that sees this gives up with `Interrupted`."""
        return self._stopping.is_set()

    def check(self) -> None:
        """Raise `Interrupted` instead of starting a run once stopping."""
        if self.stopping:
            raise Interrupted(130)

    def spawn(self, args: list[str], **popen: Any) -> subprocess.Popen[Any]:
        """Start a child that `stop_all` will stop; hand it back to `release` when done with it."""
        self.check()
        child = subprocess.Popen(args, **popen)
        with self._lock:
            self._live.add(child)
        return child

    def release(self, child: subprocess.Popen[Any], grace: float = 5.0) -> None:
        """Forget `child`, stopping it first if it still runs (the caller was interrupted)."""
        with self._lock:
            self._live.discard(child)
        _terminate(child, grace)

    def stop_all(self, grace: float = 5.0) -> None:
        """Stop every running child (SIGTERM, then SIGKILL after `grace` seconds); start no new one."""
        self._stopping.set()
        with self._lock:
            children = list(self._live)
        for child in children:
            _terminate(child, grace)

    def follow(
        self,
        child: subprocess.Popen[Any],
        tail: Tail,
        on_record: Callable[[dict[str, Any]], None],
        interval: float = 0.1,
    ) -> int:
        """Wait for `child`, passing each event of `tail` to `on_record` as it comes; its exit code.

        The child is released on the way out, so an exception here (an interrupt) stops it."""
        try:
            while child.poll() is None:
                for record in tail.read():
                    on_record(record)
                time.sleep(interval)
            for record in tail.read():
                on_record(record)
        finally:
            self.release(child)
        return int(child.returncode)

    @contextlib.contextmanager
    def interruptible(self) -> Iterator[None]:
        """Ctrl-C, SIGTERM or an `Interrupted` run: stop every child, then raise `Interrupted(130|143)`."""
        self._stopping.clear()
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
        try:
            yield
        except (KeyboardInterrupt, _Terminated, Interrupted) as exc:
            self.stop_all()
            terminated = isinstance(exc, _Terminated) or (isinstance(exc, Interrupted) and exc.code == 143)
            raise Interrupted(143 if terminated else 130) from None
        finally:
            signal.signal(signal.SIGTERM, previous)


def _terminate(child: subprocess.Popen[Any], grace: float) -> None:
    if child.poll() is not None:
        return
    child.terminate()
    try:
        child.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
