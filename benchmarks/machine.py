"""The machine and library versions a benchmark ran on, for the record."""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata

__all__ = ["describe"]

_LIBRARIES = (
    "pydantic",
    "pydantic-core",
    "networkx",
    "orjson",
    "typer",
    "jsonschema",
    "hypothesis",
    "graphviz",
)


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> float | None:
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def describe() -> dict[str, object]:
    """CPU model, cores, memory, OS, Python and library versions."""
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": _memory_gib(),
        "os": f"{platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "libraries": {name: _version(name) for name in _LIBRARIES},
    }
