import re

import pytest

from helpers.codebook import scanning
from helpers.extract.grammar import grammar

TEXT = "花了一年也没理顺，扩大半年期，忙了大半天，一天天临近，一个个项目，唯一一家，ab，b，aab，10个"


@pytest.mark.parametrize("pattern", [
    r"(?<!了)一[个天年](?:也|都)",  # a look-behind opening the only branch
    r"大(?:(?<=了大)|(?<![\u4e00-\u9fff]大))半(?:天|年)|唯一一[个家]",
    r"一(?P<m>[个天])(?P=m)",
    r"a?b",  # an optional item: what follows it opens too
    r"(?:a|)b",
])
def test_a_guarded_pattern_finds_what_the_pattern_finds(pattern):
    guarded = scanning(pattern)
    assert guarded.pattern.startswith("(?=[")
    assert [m.span() for m in guarded.finditer(TEXT)] == [m.span() for m in re.finditer(pattern, TEXT)]
    assert [m.groupdict() for m in guarded.finditer(TEXT)] == [m.groupdict() for m in re.finditer(pattern, TEXT)]


@pytest.mark.parametrize("pattern", [r"a*", r".个", r"[^a]b", r"\d+个", r"(?i)ab"])
def test_a_pattern_that_may_open_anywhere_is_left_as_it_is(pattern):
    assert scanning(pattern).pattern == pattern


def test_the_number_traps_scan_behind_their_opening_characters():
    """The traps are read over every text; one branch opening with a look-behind made the engine try all at each
    character."""
    assert grammar().traps.pattern.startswith("(?=[")
    assert grammar().traps.search("忙了大半天") is not None


def test_an_inline_case_insensitive_group_opens_with_any_case():
    assert scanning("(?i:abc)|xyz").findall("ABC abc xyz") == ["ABC", "abc", "xyz"]
