"""The discourse memory of people: whom a pronoun, a title alone or a missing subject stands for."""

from helpers.extract.people import RECENT_PARAGRAPHS, People


def _read(*paragraphs):
    """A memory that has read paragraphs of (name, start, title, role, spoke) mentions."""
    people = People()
    for mentions in paragraphs:
        people.open_paragraph()
        for name, start, title, role, spoke in mentions:
            people.note(name, start, title, role, spoke)
    return people


def test_last_is_the_person_named_latest_before_the_position():
    people = _read([("王明", 0, "", "", False), ("李华", 20, "", "", False)])
    assert people.last(30).name == "李华"
    assert people.last(10).name == "王明"


def test_last_does_not_reach_past_the_recent_paragraphs():
    people = _read([("王明", 0, "", "", False)], *[[]] * RECENT_PARAGRAPHS, [])
    assert people.last(100) is None


def test_a_title_alone_stands_for_the_person_last_named_with_it():
    people = _read([("习近平", 0, "总书记", "总书记", False)], [("王明", 50, "局长", "县农业农村局局长", True)])
    assert people.titled("总书记", 80).name == "习近平"


def test_a_title_matches_the_end_of_a_role():
    people = _read([("王明", 0, "", "县农业农村局局长", False)])
    assert people.titled("局长", 10).name == "王明"


def test_the_one_speaking_is_only_looked_for_in_the_current_paragraph():
    people = _read([("王明", 0, "", "", True)], [("李华", 40, "", "", False)])
    assert people.speaking(60) is None
    people = _read([("王明", 0, "", "", True), ("李华", 10, "", "", False)])
    assert people.speaking(30).name == "王明"


def test_mentions_noted_out_of_order_are_kept_in_document_order():
    people = _read([("李华", 20, "", "", False), ("王明", 5, "", "", False)])
    assert [p.name for p in people.named] == ["王明", "李华"]


def test_the_first_person_named_in_a_span():
    people = _read([("王明", 5, "", "", False), ("李华", 20, "", "", False)])
    assert people.first_in(10, 30).name == "李华"
    assert people.first_in(21, 30) is None


def test_the_role_is_the_one_the_text_first_gave():
    people = _read([("王明", 0, "", "", False), ("王明", 10, "局长", "县农业农村局局长", False), ("王明", 30, "", "局长", False)])
    assert people.role_of("王明") == "县农业农村局局长"
