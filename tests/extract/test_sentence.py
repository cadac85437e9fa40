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


def test_a_quoted_name_is_one_clause_and_someones_quoted_words_split_like_any_text():
    from helpers.extract.sentence import clauses

    named = "推行“一户一策，一人一档”，全年帮扶3万户。"
    assert [named[a:b] for a, b in clauses(named, 0, len(named))] == ["推行“一户一策，一人一档”", "全年帮扶3万户。"]
    said = "“上半年我们新增外贸航线10条，中东、拉美方向箱量增长最快，同比分别增长27%和近40%。”"
    assert [said[a:b] for a, b in clauses(said, 0, len(said))] == [
        "“上半年我们新增外贸航线10条", "中东、拉美方向箱量增长最快", "同比分别增长27%和近40%。”"]
    unclosed = "“今年新增就业5万人，增长3%。"  # the quotation goes on in the next sentence
    assert len(clauses(unclosed, 0, len(unclosed))) == 2


def test_a_quoted_sentence_inside_another_ends_its_clause():
    from helpers.extract.sentence import clauses

    text = "“现在当地工程师能独立处理80%以上的故障。”李志强在沙特工作了近5年，他告诉记者。"
    assert [text[a:b] for a, b in clauses(text, 0, len(text))] == [
        "“现在当地工程师能独立处理80%以上的故障", "李志强在沙特工作了近5年", "他告诉记者。"]
