"""JSON pointers: built and read back as RFC 6901 says, ordered as places in a file."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chain.format.pointer import join, sort_key, split

TOKENS = st.lists(
    st.one_of(st.integers(0, 10_000), st.text(alphabet="ab~/01 ", max_size=6)), max_size=5
)


@given(TOKENS)
def test_a_pointer_reads_back_as_its_tokens(tokens: list) -> None:
    pointer = join(*tokens)
    # RFC 6901: "~" is written "~0" and "/" is written "~1", in that order.
    assert pointer == "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)
    assert split(pointer) == [str(t) for t in tokens]


@given(TOKENS)
def test_the_order_is_by_token_numbers_first_by_value(tokens: list) -> None:
    expected = tuple((0, int(t)) if t.isdigit() else (1, t) for t in map(str, tokens))
    assert sort_key(join(*tokens)) == expected


def test_an_escaped_slash_is_one_token_and_numbers_sort_as_numbers() -> None:
    assert split("/a~1b/c~0d/2") == ["a/b", "c~d", "2"]
    assert sort_key("/delegations/10") > sort_key("/delegations/9")
    assert split("") == [] and sort_key("") == ()
