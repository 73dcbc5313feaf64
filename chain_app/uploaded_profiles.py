"""Profiles the officer uploads: checked as strictly as on the command line, then chosen
in the sidebar like the built-in ones.

An uploaded TOML file is bounded like a profile given by path (1 MiB, 32 levels:
:mod:`chain.profiles.tomlfile`) and checked by :func:`chain.profiles.load.parse_profile`,
so its problems come with their lines and fixes; a file with problems is not kept
(the profiles already loaded stay). A profile is kept under its ``id``; one whose id is
a built-in one's is refused, so a built-in id always means the shipped template.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from chain.format.problems import InputProblem
from chain.profiles.load import ProfileError, builtin_profile_ids, parse_profile
from chain.profiles.model import Profile
from chain.profiles.tomlfile import MAX_TOML_BYTES, TomlFileError, parse_toml
from chain.vocab import L

__all__ = [
    "ProfileUploadError",
    "chosen",
    "open_profile_bytes",
    "profile_error",
    "profile_ids",
    "uploaded",
]

_PROFILES = "_uploaded_profiles"
_ERROR = "_profile_error"
_VERSION = "_uploaded_version"


@dataclass(frozen=True)
class ProfileUploadError:
    """An uploaded profile that could not be used, and why."""

    name: str
    problems: list[InputProblem]


def uploaded() -> dict[str, Profile]:
    """The profiles uploaded in this tab, by id."""
    return st.session_state.setdefault(_PROFILES, {})


def profile_ids() -> list[str]:
    """Ids to choose from: the built-in ones, then the uploaded ones."""
    return [*builtin_profile_ids(), *sorted(uploaded())]


def version() -> int:
    """Changes with every profile uploaded (a new file may keep its id)."""
    return st.session_state.get(_VERSION, 0)


def chosen(profile_id: str | None) -> Profile | str | None:
    """What to check against for ``profile_id``: an uploaded profile, else the id."""
    if profile_id is None:
        return None
    return uploaded().get(profile_id, profile_id)


def profile_error() -> ProfileUploadError | None:
    return st.session_state.get(_ERROR)


def open_profile_bytes(data: bytes, name: str) -> Profile | None:
    """Read an uploaded profile; on failure remember its problems and return ``None``."""
    try:
        if len(data) > MAX_TOML_BYTES:
            raise TomlFileError(
                [
                    InputProblem(
                        "",
                        "too_large",
                        L(
                            f"ファイルが大きすぎます（{len(data):,} バイト、上限 {MAX_TOML_BYTES:,} バイト）。",
                            f"The file is too large ({len(data):,} bytes; the limit is {MAX_TOML_BYTES:,}).",
                        ),
                    )
                ]
            )
        profile = parse_profile(parse_toml(data), source=name, text=data.decode("utf-8", "replace"))
    except TomlFileError as exc:
        st.session_state[_ERROR] = ProfileUploadError(name, list(exc.problems))
        return None
    except ProfileError as exc:
        st.session_state[_ERROR] = ProfileUploadError(name, list(exc.problems))
        return None
    if profile.id in builtin_profile_ids():
        st.session_state[_ERROR] = ProfileUploadError(
            name,
            [
                InputProblem(
                    "/id",
                    "id_taken",
                    L(
                        f"id「{profile.id}」は組込みのテンプレートのものです。",
                        f"Id {profile.id} is a built-in template's.",
                    ),
                    fix=L("別の id にしてください。", "Give the profile another id."),
                )
            ],
        )
        return None
    uploaded()[profile.id] = profile
    st.session_state[_VERSION] = version() + 1
    st.session_state.pop(_ERROR, None)
    return profile
