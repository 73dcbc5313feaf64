"""Render a diagram's DOT text to SVG, PNG or PDF with Graphviz's ``dot``.

>>> from chain import check_chain, load_chain, load_profile
>>> from chain.diagram import build_dot
>>> from chain.diagram.export import render
>>> report = check_chain(load_chain("sample_data/000/compliant.json"), load_profile("000"))
>>> svg = render(build_dot(report.graph), "svg")
>>> svg.startswith(b"<?xml") and b"<svg" in svg
True

``dot`` format returns the DOT text itself (no Graphviz needed). The other
formats run the ``dot`` program with a time limit. PNG and PDF draw the
glyphs from the fonts installed on the machine: when no Japanese font is
installed, ``dot`` still succeeds but draws boxes, so :func:`render`
checks first (``fc-list :lang=ja``) and raises :class:`FontMissing`
rather than produce an unreadable diagram. SVG leaves glyphs to the viewer
and needs only ``dot``.

This module starts subprocesses; it is imported only by the commands and
pages that render, never on the ``chain validate`` path.
"""

from __future__ import annotations

import shutil
import subprocess
from typing import Literal, get_args

from chain.vocab import L

__all__ = [
    "FORMATS",
    "MEDIA_TYPES",
    "DotMissing",
    "ExportError",
    "FontMissing",
    "Format",
    "RenderFailed",
    "dot_program",
    "format_for",
    "japanese_fonts",
    "missing_for",
    "render",
]

Format = Literal["svg", "png", "pdf", "dot"]
FORMATS: tuple[str, ...] = get_args(Format)
MEDIA_TYPES = {
    "svg": "image/svg+xml",
    "png": "image/png",
    "pdf": "application/pdf",
    "dot": "text/vnd.graphviz",
}
#: Formats whose glyphs come from the fonts installed here.
NEEDS_FONT = frozenset({"png", "pdf"})
PNG_DPI = 144
DEFAULT_TIMEOUT = 120.0


class ExportError(Exception):
    """A diagram could not be rendered; ``message`` says why, in Japanese and English."""

    def __init__(self, message: L):
        self.message = message
        super().__init__(message.en)


class DotMissing(ExportError):
    """Graphviz's ``dot`` program is not installed."""

    def __init__(self) -> None:
        super().__init__(
            L(
                "Graphviz の dot コマンドが見つかりません。SVG・PNG・PDF を作るには Graphviz を"
                "インストールしてください（例: apt-get install graphviz）。DOT 形式は出力できます。",
                "Graphviz's dot program was not found. Install Graphviz to export SVG, PNG or PDF "
                "(e.g. apt-get install graphviz); DOT output works without it.",
            )
        )


class FontMissing(ExportError):
    """No Japanese font is installed: PNG and PDF would show boxes instead of names."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            L(
                "日本語フォントがインストールされていないため、PNG・PDF では日本語が四角（□）で"
                "表示されてしまいます。日本語フォントをインストールしてください"
                "（例: apt-get install fonts-noto-cjk）。SVG と DOT は出力できます。" + detail,
                "No Japanese font is installed, so PNG and PDF would show boxes instead of Japanese "
                "text. Install one (e.g. apt-get install fonts-noto-cjk); SVG and DOT work "
                "without it." + detail,
            )
        )


class RenderFailed(ExportError):
    """``dot`` ran but failed, or took longer than allowed."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            L(f"図を描画できませんでした: {detail}", f"Could not draw the diagram: {detail}")
        )


def format_for(filename: str) -> Format | None:
    """The format an output file name asks for, by its suffix (``.svg`` → ``svg``)."""
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    # A suffix found in FORMATS is a Format, which the checker cannot infer from `in`.
    return suffix if suffix in FORMATS else None  # type: ignore[return-value]


def dot_program() -> str | None:
    """Path of Graphviz's ``dot``, or ``None``."""
    return shutil.which("dot")


def japanese_fonts() -> list[str] | None:
    """Families of the installed fonts covering Japanese; ``None`` if fontconfig is absent."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        done = subprocess.run(
            [fc_list, ":lang=ja", "family"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return sorted({line.strip() for line in done.stdout.splitlines() if line.strip()})


def missing_for(fmt: str) -> ExportError | None:
    """What stops ``fmt`` from being rendered here, if anything (without raising)."""
    if fmt == "dot":
        return None
    if dot_program() is None:
        return DotMissing()
    if fmt in NEEDS_FONT:
        fonts = japanese_fonts()
        if fonts is None:
            return FontMissing(" (fc-list)")
        if not fonts:
            return FontMissing()
    return None


def render(dot: str, fmt: Format, *, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """Render DOT text to ``fmt`` bytes.

    Raises
    ------
    ValueError
        ``fmt`` is not one of :data:`FORMATS`.
    DotMissing, FontMissing
        The machine cannot render ``fmt`` (see :func:`missing_for`).
    RenderFailed
        ``dot`` failed or exceeded ``timeout`` seconds.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "dot":
        return dot.encode("utf-8")
    problem = missing_for(fmt)
    if problem is not None:
        raise problem
    program = dot_program()
    assert program is not None
    args = [program, "-q", f"-T{fmt}"]
    if fmt == "png":
        args.append(f"-Gdpi={PNG_DPI}")
    try:
        done = subprocess.run(
            args, input=dot.encode("utf-8"), capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise RenderFailed(f"dot took longer than {timeout:g} s") from None
    except OSError as exc:
        raise RenderFailed(str(exc)) from None
    if done.returncode != 0 or not done.stdout:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RenderFailed(detail[-1] if detail else f"dot exited with {done.returncode}")
    return done.stdout
