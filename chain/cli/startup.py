"""The ``chain`` command starts with the cyclic garbage collector paused.

Starting ``chain validate`` imports pydantic, networkx and the library and builds
every model class, schema, profile and rule: tens of thousands of long-lived objects
and almost no garbage. The cyclic collector, triggered by the allocations, would scan
the growing heap again and again (about a tenth of the time ``chain validate`` takes
on a small file). So :func:`pause` is called first thing, and :func:`resume` once
start-up is over (after the first file of a batch, or before a Typer command runs):
it moves what start-up built to the oldest generation, which only full collections
scan, and turns collection back on.

When the command is done, :func:`finish` freezes the heap (``gc.freeze``): the
interpreter's exit then skips scanning it for cyclic garbage one last time, which
took longer than checking a small file. Nothing is lost: the process is ending.

The command does not load pydantic plugins (:func:`without_pydantic_plugins`): finding
them means reading the metadata of every installed package when the first model is
defined, for observers of the library's own models, not of the user's data.

The ``chain`` program then ends with :func:`leave`: it runs what is registered to
run at exit, flushes the standard streams and ends the process, without the
interpreter's teardown, which frees every module and object one by one (about a
thirtieth of ``chain validate`` on a small file, for nothing).
"""

from __future__ import annotations

import gc
import sys
from typing import NoReturn

from chain._perf.gcpause import to_oldest_generation

__all__ = ["finish", "leave", "pause", "resume", "without_pydantic_plugins"]

_paused = False


def pause() -> None:
    """Turn the cyclic collector off until :func:`resume`, unless it is off already."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def without_pydantic_plugins() -> None:
    """Tell pydantic not to look for plugins, unless ``PYDANTIC_DISABLE_PLUGINS`` is set
    already (set it empty to have them loaded)."""
    import os

    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def resume() -> None:
    """Turn the collector back on if :func:`pause` turned it off (otherwise do nothing)."""
    global _paused
    if not _paused:
        return
    _paused = False
    to_oldest_generation()
    gc.enable()


def finish() -> None:
    """The command is done: leave the heap out of the exit's last collection."""
    gc.freeze()


def leave(code: int | None) -> NoReturn:
    """End the process with exit status ``code`` once the output is written.

    What is registered with :mod:`atexit` runs first, as at any exit, and the
    standard streams are flushed (a failed flush of the output gives status 120, as
    Python's own exit does). While other threads run, the ordinary exit is taken:
    it waits for them.
    """
    import atexit
    import os

    threading = sys.modules.get("threading")
    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_functions is None or (threading is not None and threading.active_count() > 1):
        raise SystemExit(code)
    run_exit_functions()
    status = code or 0
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            if stream is sys.stdout and status == 0:
                status = 120
    os._exit(status)
