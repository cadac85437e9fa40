"""A sentence's entities and clauses, as attribution reads them."""

from dataclasses import dataclass

from helpers.extract.sentence import Context, SentenceContexts

VIEW = "人社部介绍，全国新增就业1244万人；北京市新增就业26万人。天津市新增就业38万人。"


@dataclass
class Span:
    start: int
    end: int
    type: str = "government"


def _at(word: str) -> Span:
    start = VIEW.index(word)
    return Span(start, start + len(word))


def test_a_sentence_gets_only_the_entities_that_start_in_it_in_order_of_start():
    first_end = VIEW.index("。") + 1
    contexts = SentenceContexts(VIEW, [_at("天津市"), _at("北京市"), _at("人社部")], [], [])
    ctx = contexts.context(0, first_end)
    assert [VIEW[o.start : o.end] for o in ctx.orgs] == ["人社部", "北京市"]


def test_a_sentence_context_is_made_once_for_all_its_numbers():
    contexts = SentenceContexts(VIEW, [_at("人社部")], [], [])
    assert contexts.context(0, 10) is contexts.context(0, 10)


def test_clauses_and_segments_split_at_their_own_marks():
    end = VIEW.index("。") + 1
    ctx = Context(VIEW, 0, end, [], [], [])
    semicolon = VIEW.index("；")
    assert ctx.clause(semicolon + 1) == (semicolon + 1, end)
    assert ctx.segment(2) == (0, semicolon + 1)
