"""One model of bilingual text: everything the tool words in two languages is an ``L``.

Input problems, profile errors, the texts of a profile (its summary, labels, silences)
and the labels joined into one line all hold or give an ``L``; what the outputs write
of them is unchanged (``message: {ja, en}`` in JSON).
"""

from __future__ import annotations

import json

import pytest

from chain.format.problems import ChainInputError
from chain.format.read import parse_chain
from chain.profiles import ProfileError, load_profile, parse_profile
from chain.report.json import to_json
from chain.validate import validate_bytes
from chain.vocab import L, join_labels


def _problems(data: bytes):
    with pytest.raises(ChainInputError) as info:
        parse_chain(data)
    return info.value.problems


@pytest.mark.parametrize(
    "data",
    [b"{", b'{"format": "subcontract-chain", "version": "1.0"}', "\ufeff{]".encode(), b"\xff\xfe"],
)
def test_an_input_problem_holds_its_message_as_one_bilingual_text(data: bytes) -> None:
    for p in _problems(data):
        assert type(p.message) is L and p.message.ja and p.message.en
        assert (p.message("ja"), p.message("en")) == (p.message.ja, p.message.en)
        assert (p.message_ja, p.message_en) == (p.message.ja, p.message.en)
        assert p.to_dict()["message"] == {"ja": p.message.ja, "en": p.message.en}


def test_the_json_of_problems_is_written_as_before() -> None:
    result = validate_bytes(b'{"format": "subcontract-chain"}', path="x.json")
    (entry,) = json.loads(to_json([result]))["files"]
    assert entry["status"] == "invalid"
    for error, problem in zip(entry["errors"], result.problems, strict=True):
        assert list(error["message"]) == ["ja", "en"]
        assert error["message"] == problem.message.to_dict()


def test_a_profile_error_is_worded_in_both_languages() -> None:
    with pytest.raises(ProfileError) as info:
        load_profile("no-such-profile")
    exc = info.value
    assert type(exc.message) is L
    assert exc.message == L(exc.text("ja"), exc.text("en"))
    assert str(exc) == exc.message.en
    assert all(type(p.message) is L for p in exc.problems)


def test_the_texts_of_a_profile_are_bilingual_texts() -> None:
    profile = load_profile("000")
    assert type(profile.summary) is L
    labels = [item.label for items in profile.item_lists.values() for item in items.items]
    assert labels and all(type(label) is L for label in labels)
    assert all(type(s.topic) is L and type(s.interpretation) is L for s in profile.silences)
    interpretation = profile.interpretation(profile.silences[0].id)
    assert interpretation is not None and interpretation.topic is profile.silences[0].topic


def test_a_bilingual_text_of_a_profile_is_still_written_as_a_table() -> None:
    data = {
        "id": "x",
        "title": "t",
        "issuer": "i",
        "source": "s",
        "summary": {"ja": "要約", "en": "summary"},
        "roles": {"municipality": "市", "contractor": "受託者"},
    }
    assert parse_profile(data).summary == L("要約", "summary")
    for bad, kind in (
        ("要約", "model_type"),
        ({"ja": "要約"}, "missing"),
        ({"ja": "a", "en": "b", "fr": "c"}, "extra_forbidden"),
    ):
        with pytest.raises(ProfileError) as info:
            parse_profile({**data, "summary": bad})
        assert kind in {p.type for p in info.value.problems}, bad


def test_labels_are_joined_as_each_language_writes_a_list() -> None:
    assert join_labels(["甲", "乙"], "ja") == "甲、乙"
    assert join_labels(["a", "b"], "en") == "a; b"
    assert join_labels([], "en") == ""
