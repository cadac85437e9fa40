"""Quotations and who said them: “……”X说, X说：“……”, transcript turns (李超：……; 问：…… 答：……), and the
speakers the text named earlier (总书记深情地表示, 他说, 出席……时要求：“……”), read from ``people.People``."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..codebook import alternation, yaml_book
from .names import PERSON_TAGS, Named, agents_named, anchored, clause_initial, cues as name_cues, name_after_title, name_before, named_at, introduced_people, named_before, not_people, rarer_name_at, role, speaker_before, speech_frame, OFFICE_ENDS
from .people import RANK_MARKS, People, Person
from .places import LIST_MARK, common_words, find as places_in
from .tokens import in_dictionary, one_word, stands_apart, tagged

_PUNCT = re.compile(r"[，。！？!?…]")
# a quotation may quote a short term inside it with the same marks (“…处于全国“第一方阵”，结构持续优化。”)
_QUOTED = re.compile(r"[“「]((?:[^“”「」]|[“「][^“”「」]{1,30}[”」]){2,400})[”」]")
_CLAUSE_END = re.compile(r"[，,。；;！？!?：:]")
_SENTENCE_END = re.compile(r"[。！？!?]")
AFTER_A_QUOTATION = "。！？!?…，, \u3000\n"  # what may follow a quotation that ends its paragraph
OPENS_WORDS_AFTER = ("：", ":", "。", "！", "？", "!", "?")
QUESTION_ENDS = ("？", "?", "吗", "呢")
SPEAKER_TAIL = 8  # 张莹说 / 张莹笑着告诉记者: how much a closing attribution adds to the name
# 李超：… ; 福建省长汀县水土保持局原局长 钟炳林：… (a role, a space and the name)
_TURN = re.compile(r"[ \u3000]*(?P<who>(?:[0-9A-Za-z]{1,6})?[\u4e00-\u9fff·]{2,30}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4})?)[：:](?![“「\s])")
# (a medium's name may open with digits or letters: 21世纪经济报道记者：, 澎湃新闻记者：)
# the State Council Information Office's transcripts open a turn with the speaker in brackets: [环境保护部副部长 吴晓青]各位来宾…
# 劉永富: on a line of its own; 水利部副部长 李国栋:, 主持人 国务院新闻办公室新闻局副局长、新闻发言人 陈思远: (roles and a
# name set apart by spaces, as 国新办 transcripts head each turn)
_LABEL = re.compile(r"[ \u3000]*(?P<who>[\u4e00-\u9fff·A-Za-z]{2,30}|[\u4e00-\u9fff·、（）()]{2,30}(?:[ \u3000]+[\u4e00-\u9fff·、（）()]{2,30})*"
                    r"[ \u3000]+[\u4e00-\u9fff·]{2,4})[：:][ \u3000]*")  # (总台CGTN记者:, …代表（正部长级）兼副部长 王受文:)
_BARE_LABEL = re.compile(r"[ \u3000]*(?P<who>[\u4e00-\u9fff·]{2,4})")  # 高虎城 on a line of its own
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BRACKET_TURN = re.compile(r"[ \u3000]*[\[【](?P<who>[\u4e00-\u9fff·]{2,30}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4})?)[\]】][：:]?")
# 赵明（市发展和改革委员会副主任）：, 记者（辽宁日报）：: a transcript's label with the speaker's post or medium in brackets
_ROLE_TURN = re.compile(r"[ \u3000]*(?P<who>[\u4e00-\u9fff·]{2,8})[（(](?P<role>[^（）()\n]{2,40})[）)][：:]")


def role_turn(view: str, start: int, end: int) -> re.Match | None:
    """A line's opening label that gives its speaker's post in brackets (李雪松（市自然资源局副局长）：…), or None."""
    return _ROLE_TURN.match(view, start, end)


def answer_turn(view: str, start: int, end: int) -> re.Match | None:
    """A transcript's answer label that gives the speaker's post and name in brackets (答（浙江省卫生健康委副主任 陈海燕）：…),
    or None: ``role`` holds the post, ``who`` the name after it."""
    return _ANSWER_TURN.match(view, start, end)


_ANSWER_TURN = re.compile(r"[ \u3000]*答[（(](?P<role>[^（）()\n]{2,40}?)[ \u3000·]*(?P<who>[\u4e00-\u9fff·]{2,4})[）)][：:]")


def named_answer(view: str, start: int, end: int) -> re.Match | None:
    """A transcript's answer label that gives the speaker's name alone in brackets (答（张红梅）：…, the post given once in the
    lead), or None: ``who`` holds the name."""
    return _NAMED_ANSWER.match(view, start, end)


_NAMED_ANSWER = re.compile(r"[ \u3000]*答[（(](?P<who>[\u4e00-\u9fff·]{2,4})[）)][：:]")


@dataclass
class Quote:
    start: int
    end: int
    quote: str
    speaker: str
    role: str
    turn: bool = False  # a transcript turn: what its paragraph says before it is the speaker's label


# What a determiner may say of the person before their title (这位|“80后”|党工委书记, 这位|年轻的|村支书): a nickname in
# quotation marks, or a short phrase closed by 的; the title after it still points back at its holder.
POINTED_DESCRIPTION = r"“[^”]{1,6}”|[^，。；：“”]{1,6}?的"


@dataclass(frozen=True)
class SpeechCues:
    """``people.yml``, typed: how texts frame speech (the cues for names are ``names.cues``)."""

    unnamed: re.Pattern
    pointed: re.Pattern  # 这位财务总监: a determiner that points back to someone named before with the role after it
    heads_of_bodies: frozenset[str]  # 负责人: the word 这位 points back with at the official who last spoke
    head_posts: tuple[str, ...]  # 长, 主任, 书记: how the posts of those who head a body end
    pointing_words: frozenset[str]  # 这位, 该
    role_words: tuple[str, ...]
    colloquial: re.Pattern
    askers: tuple[str, ...]
    principal_post: str  # 书记: a body's secretary, whose post leads a list of posts (市委书记、市人大常委会主任)
    deputy_party_posts: tuple[str, ...]  # 副书记, 常委: a party post that does not lead a list (省委副书记、省长)
    bylined: tuple[str, ...]  # roles of a byline in brackets ([记者 王晓明])
    not_a_person: tuple[str, ...]
    spokespeople: tuple[str, ...]
    display_nouns: tuple[str, ...]
    quote_leads: tuple[str, ...]  # 要, 必须: what is to be done, between a speech verb and the words quoted
    addressed: re.Pattern  # a verb whose addressee stands before the quotation (叮嘱甘肃广大干部)
    speech_words: re.Pattern  # a speech verb or noun: what names a standing-alone quotation's speaker
    subjectless: re.Pattern  # a clause with no subject: times, 在……上 / 出席……时, adverbs
    aside: re.Pattern  # 虽然…, 但说起…: a clause that stands aside after a quotation
    prepositions: tuple[str, ...]
    view_opening: str  # 在 of 在…看来: a clause framed as the view of the person inside (names' cues hold its closes)
    addressee_markers: tuple[str, ...]  # 对, 给: whom a clause's subject speaks to or gives to follows them
    verb_end: re.Pattern  # a speech verb ending where the searched text ends (张莹说：“, 感慨道，“)
    qa_turn: re.Pattern  # 问： / 答：
    qa_labelled: re.Pattern  # 问（四川日报记者）： / 答（张红梅）：: the mark with who asks or answers in brackets
    question_marks: tuple[str, ...]
    answer_marks: tuple[str, ...]
    answer_verbs: tuple[str, ...]
    questioner: str
    answer_cue: re.Pattern  # 答记者问, 采访了: a paragraph that may say who answers
    answerers: tuple[re.Pattern, ...]  # ……负责人就《意见》答记者问; 记者采访了商务部有关负责人
    designation: re.Pattern  # 请国铁集团赵晓燕副主任回答: the official a host hands the next question to
    nominal: re.Pattern  # what follows a quotation that is a name (“……”这一重大责任)
    heads: dict[str, tuple[str, ...]]  # 局长 → 局: the ends of the names of the bodies a title heads
    company_heads: dict[str, tuple[str, ...]]  # 总经理 → 公司, 集团: the same, named in the holder's own sentence only
    reporter_frames: re.Pattern  # 记者了解到, 据悉: the reporter's own finding, no one's words
    experts: tuple[str, ...]  # 研究员, 教授: posts of those who comment on figures rather than report them
    role_bodies: dict[str, tuple[str, ...]]  # 公司 (of 公司厂长) → 公司: the ends of the names of the bodies a role opens with
    body_head_titles: frozenset[str]  # 厂长 (of 公司厂长): the titles after such a noun that head the body
    government_heads: tuple[str, ...]  # 县长: the head of the people's government of the place named before the title


@lru_cache(maxsize=1)
def cues() -> SpeechCues:
    p = yaml_book(__package__, "people.yml")
    adverb = name_cues().adverb
    time = rf"(?:\d{{2,4}}年|\d{{1,2}}月份?|\d{{1,2}}日[早晚]?|[上中下]旬|[初底末]|{alternation(p['time_openers'])})"  # 16日晚
    return SpeechCues(
        unnamed=re.compile(rf"(?:{alternation(p['unnamed_determiners'])})?(?P<who>[\u4e00-\u9fff]{{2,10}}?)"
                           rf"(?:{alternation(p['manner_words'])}|{adverb})*$"),
        heads_of_bodies=frozenset(p["pointed_heads"]), head_posts=tuple(p["head_post_endings"]),
        pointed=re.compile(rf"(?:{alternation(p['pointing_determiners'])})(?:{POINTED_DESCRIPTION})?(?P<who>[\u4e00-\u9fff]{{2,8}})$"),
        pointing_words=frozenset(p["pointing_determiners"]),
        role_words=tuple(w for words in p["role_classes"].values() for w in words if len(w) >= 2),
        colloquial=re.compile("|".join([alternation(p["colloquial"])] + [f"{re.escape(w)}$" for w in p["colloquial_endings"]])),
        askers=tuple(p["askers"]), principal_post=p["principal_post"],
        deputy_party_posts=tuple(p["deputy_party_posts"]), bylined=tuple(p["bylined"]), not_a_person=tuple(p["not_a_person_endings"]), spokespeople=tuple(p["spokespeople"]), display_nouns=tuple(p["display_nouns"]), quote_leads=tuple(sorted(p["quote_leads"], key=len, reverse=True)),
        addressed=re.compile(rf"(?:{alternation(p['addressee_verbs'])})[\u4e00-\u9fff]{{1,12}}$"),
        speech_words=re.compile(alternation(list(p["speech_verbs"]) + list(p["speech_nouns"]))),
        subjectless=re.compile(rf"{time}*(?:(?:{alternation(p['circumstance_openers'])}).{{0,60}}?"
                               rf"(?:{alternation(p['circumstance_ends'])}))?{adverb}*"),
        prepositions=tuple(p["prepositions"]), view_opening=p["view_frame_open"], addressee_markers=tuple(p["addressee_markers"]),
        aside=re.compile(rf"(?:{alternation(p['contrast_words'])})?(?:{alternation(p['aside_openers'])})"),
        verb_end=re.compile(rf"(?:{alternation(p['speech_verbs'])})道?$"),  # 感慨道：“
        qa_turn=re.compile(rf"[ \u3000]*(?P<mark>{alternation(p['question_marks'] + p['answer_marks'])})[：:]"),
        qa_labelled=re.compile(rf"[ \u3000]*(?P<mark>{alternation(p['question_marks'] + p['answer_marks'])})[（(](?P<who>[^（）()\n]{{1,40}})[）)][：:]"),
        question_marks=tuple(p["question_marks"]), answer_marks=tuple(p["answer_marks"]),
        answer_verbs=tuple(p["answer_verbs"]), questioner=p["questioner"],
        answer_cue=re.compile(alternation(p["answer_cues"] + p["interview_cues"])),
        answerers=(re.compile(rf"(?P<who>[^，。；：、\s“”《》（）]{{2,40}}?)(?:{alternation(p['answer_frames'])})?(?:就.{{1,80}}?)?"
                              rf"(?:{alternation(p['answer_cues'])})"),
                   re.compile(rf"(?:{alternation(p['interview_cues'])})(?P<who>[^，。；：、\s“”《》（）]{{2,40}}?)[，。；]")),
        designation=re.compile(rf"请(?P<who>[^，。；：\s“”《》（）]{{2,30}}?)(?:{alternation(p['designation_cues'])})[。！；，]"),
        nominal=re.compile(alternation(p["nominal_followers"])),
        heads={title: tuple(ends) for title, ends in p["heads"].items()},
        company_heads={title: tuple(ends) for title, ends in p["company_heads"].items()},
        reporter_frames=re.compile(p["reporter_frames"]), experts=tuple(p["role_classes"]["expert"]),
        role_bodies={noun: tuple(ends) for noun, ends in p["role_bodies"].items()}, body_head_titles=frozenset(p["body_head_titles"]),
        government_heads=tuple(p["government_heads"]))


@lru_cache(maxsize=1)
def _quoted(view: str, start: int, end: int) -> tuple[re.Match, ...]:
    """What quotation marks enclose in ``view[start:end]``: ``read`` passes over it and ``find`` reads it, for the same
    paragraph one after the other, so the paragraph is scanned once."""
    return tuple(_QUOTED.finditer(view, start, end))


def _speechy(content: str) -> bool:
    """Sounds like someone talking, not a campaign name in quotation marks (“我为群众办实事”)."""
    return bool(_PUNCT.search(content)) or (len(content) >= 10 and bool(cues().colloquial.search(content)))


def is_term(content: str) -> bool:
    """A term in quotation marks (“税务驿站”, “灵魂砍价”, “一组两员”), not someone's words."""
    return len(content) < 6 or not _speechy(content) and len(content) < 12


def _listed_terms(content: str) -> bool:
    """Whether quoted words are short terms listed with 、 and nothing that sounds like talk (a slogan's parts): inside
    someone's reported words, a slogan they cite, not another's words that end theirs."""
    items = content.split(LIST_MARK)
    return not _speechy(content) and len(items) > 1 and all(0 < len(item) < TERM_MAX for item in items)


TERM_MAX = 8  # characters of a listed term (市场运作, 助餐助浴助医)


_MORE_QUOTED = re.compile(r"(?:“[^“”]*”|…+)*")  # “……”“……”……: more quotations, and an ellipsis, before who speaks


def _framed_as_speech(view: str, qs: int, qe: int, stop: int) -> bool:
    """Whether short quoted words opening a clause are framed as someone's by the clause right after them, past any
    more quotations (“损毁房屋都修好了吗”“冬小麦补种情况如何”……总书记问得很细): it opens with a speaker and has a speech
    verb (not “一业一证”、行政许可告知承诺制等…)."""
    if not clause_initial(view, qs - 1):
        return False
    lo = _MORE_QUOTED.match(view, qe + 1).end()
    end = _CLAUSE_END.search(view, lo, stop)
    verb = name_cues().speech_verbs.search(view, lo, end.start() if end else stop)
    who = speaker_before(view, verb.start(), lo) if verb is not None else None
    return who is not None and who.start == lo  # the clause opens with who speaks


def _closing_words(view: str, qs: int, qe: int, content: str, people: People) -> bool:
    """Whether short quoted words are the closing clause of someone's reported speech (张兴旺介绍，…秋粮收获进度已达82.5%，
    “又是一个丰收季”。): a clause of their own after a comma that ends the sentence, with a verb, after a speaker who
    spoke earlier in the paragraph; not a term the sentence names (…，“放管服”。, a clause with no verb; 推进“双减”。), nor
    the words a banner shows (挂起了标语，“撸起袖子加油干”。)."""
    if view[qs - 2 : qs - 1] not in CLAUSE_COMMAS or view[qe + 1 : qe + 2] not in SENTENCE_CLOSERS:
        return False
    if people.speaking(qs) is None and not _about_someone(view, qs - 2, people) \
            or view.endswith(cues().display_nouns, 0, qs - 2):
        return False  # 挂起了标语，“撸起袖子加油干”: words a banner shows, no one's
    return any(tag.startswith("v") for _, tag in tagged(content))


def _about_someone(view: str, comma: int, people: People) -> bool:
    """Whether the sentence before ``comma`` is about a person the text introduces by name and role or age (65岁的村民
    吴家贵和老伴今年…挣了3.1万元，“比年轻时出去打工还强”): their words may close it."""
    who = _topic(view, _sentence_start(view, 0, comma), comma, people)
    return who is not None and bool(who.name) and bool(who.title or who.role or people.role_of(who.name))


SENTENCE_CLOSERS = "。！？!?"
CLAUSE_COMMAS = "，；,;"  # the quotation opens a clause of its own after them


WRITTEN = ("写着", "写道", "印着", "刻着", "标着", "写有", "印有", "刻有")  # a sign's or a paper's words, no one's speech


def _nominal(view: str, open_at: int, close_at: int) -> bool:
    """A quotation that a clause talks about as a name (“……”这一重大责任, “……”的承诺), or that stands inside
    a clause with words before and after it (践行“……”重要理念): a slogan, not someone's words. One that closes a
    sentence of its own (…赵广利算起了细账：“……成本。”这个合作社有社员286户) is words said, whatever follows,
    unless it is written somewhere (标语上写着“安全第一，预防为主。”)."""
    if view[close_at - 1 : close_at] in UTTERANCE_ENDS and not view.endswith(WRITTEN, 0, open_at):
        return False
    if cues().nominal.match(view, close_at + 1):
        return True
    return not clause_initial(view, open_at) and close_at + 1 < len(view) and not clause_initial(view, close_at + 2)


def read(people: People, view: str, start: int, end: int) -> None:
    """Remember who paragraph ``view[start:end]`` names (titles and roles with names, names before speech
    verbs), and who answers when it announces a Q&A (……负责人就……答记者问)."""
    people.open_paragraph()
    hidden = [(m.start(), m.end()) for m in _quoted(view, start, end)]
    for named, spoke in sorted(_mentions(view, start, end), key=lambda item: item[0].start):
        if not any(a <= named.start < b for a, b in hidden):
            who = _resolve(named, people)
            if who.name:
                people.note(who.name, named.start, who.title, who.role, spoke)
    _read_again(people, view, start, end, hidden)
    people.spoke_at([v.start() for v in name_cues().speech_verbs.finditer(view, start, end)  # anyone's, named or not
                     if not any(a <= v.start() < b for a, b in hidden) and not view.endswith(NO_ONE_SPEAKS, start, v.start())
                     and one_word(view, v.start(), v.end())])  # (not 说明书, 补充耕地; nor 据介绍, 这说明: no one speaks)
    listed = _listed_speaker(view, start, end, people.listing)
    people.listing = listed is not None
    if listed is not None:  # 省交通运输厅党组成员、副厅长　熊卫东: a line of a news conference's list of speakers
        people.note(listed[1], listed[0], role=listed[2])
    if cues().answer_cue.search(view, start, end):
        answers = next(filter(None, (pattern.search(view, start, end) for pattern in cues().answerers)), None)
        if answers:
            who = answers.group("who")
            hit = name_before(who, len(who))  # 国家统计局新闻发言人付凌晖就…答记者问: the name, with its role
            at = answers.start("who")
            people.answerer = people.note(hit[1], at, role=who[: hit[0]]) if hit else people.note(who, at, role=who)
    designated = cues().designation.search(view, start, end) if _a_hosts_turn(view, start, end) else None
    if designated:  # 主持人：请国铁集团赵晓燕副主任回答。: the answers up to the next question are theirs
        people.designated, people.designated_para = _designated(designated.group("who"), designated.start("who"), people), people.para


LISTED_SPEAKER = re.compile(r"[\s\u3000]*(?P<label>[^：:\s\u3000]{1,6}[：:])?[\s\u3000]*(?P<role>[^：:\s\u3000，。；]{2,40}?)[\s\u3000]+"
                            r"(?P<name>[\u4e00-\u9fff]{2,4})[\s\u3000]*")


DESCRIBED = "的"  # a description, not a post (扎根基层的好书记)


def _listed_speaker(view: str, start: int, end: int, listing: bool = False) -> tuple[int, str, str] | None:
    """(start, name, role) of a paragraph that lists one speaker of a news conference as its transcript prints them, the
    role and the name apart, after a label (发布人：江西省发展和改革委员会党组书记、主任　周建华) or right after such a line
    (``listing``: 省交通运输厅副厅长　熊卫东): the role ends with a title and the name is a surname and a given name; None
    for any other paragraph (全国优秀县委书记　廖俊波, a headline's praise)."""
    m = LISTED_SPEAKER.fullmatch(view, start, end)
    if m is None or not (m.group("label") or listing) or not name_cues().title_end.search(m.group("role")) \
            or DESCRIBED in m.group("role"):
        return None  # (扎根基层的好书记　王继才: a headline's praise, no post)
    hit = name_before(m.group("name"), len(m.group("name")))
    return (m.start("name"), m.group("name"), m.group("role")) if hit is not None and hit[0] == 0 else None


def _a_hosts_turn(view: str, start: int, end: int) -> bool:
    """Whether a paragraph is a labelled turn (主持人：…, 新华社记者：…, 周旻：…) or a question (问：…想请付凌晖司长解答), where
    a hand-over (请…回答) is made; not an answer (答：…我们请市儿童医院张建华主任解答) nor a reporter's narrative."""
    qa = cues().qa_turn.match(view, start, end)
    return _TURN.match(view, start, end) is not None if qa is None else qa.group("mark") in cues().question_marks


def _designated(who: str, at: int, people: People) -> Person | None:
    """The official a host hands the question to: by name and title (请韩敬华司长回答, 请国铁集团赵晓燕副主任回答: the role
    they were introduced with, else the body before the name and the title), or by body, title and name
    (请国家发展改革委政策研究室副主任李超回答). None for two officials at once (请韩钧司长和许志远副司长回答), a surname and
    a title (请王司长回答), or a name whose body the text never gave (请李忠副部长回答, 请黄华波先生回答): the answer is then
    the one the title or lead named, if any."""
    if any(m.end() < len(who) and who[m.end()] in HANDED_TO_SEVERAL and name_before(who, m.start()) is not None
           for m in name_cues().titles.finditer(who)):
        return None  # 韩钧司长|和|许志远副司长 (not 工业和信息化部…陶青副局长, nor one official's two posts: 党组书记、局长吴敏)
    title = name_cues().title_end.search(who)
    lead = who[: title.start()] if title is not None else who
    deputy = lead.endswith(DEPUTY)
    hit = name_before(lead[: len(lead) - deputy], len(lead) - deputy) if title is not None else None
    if hit is not None and len(hit[1]) == NAME_AFTER_BODY + 1 and hit[1][0] in BODY_LAST_CHARS and hit[0] > 0:
        hit = (hit[0] + 1, hit[1][1:])  # 综合规划司|王强: the body's last character is no surname here
    if title is not None and hit is None:
        return None  # 请王司长回答: a surname and a title
    if hit is not None:
        post = who[title.start() - deputy :]
        role = people.role_of(hit[1]) or lead[: hit[0]] + post
        if len(role) <= len(post):
            return None  # 请黄华波先生回答, 请李忠副部长回答: no body known, whose figures the answer would give
        return people.note(hit[1], at + hit[0], role=role)
    named = name_before(who, len(who))  # 请国家发展改革委政策研究室副主任李超回答: the role as written here
    if named is None or named[0] == 0:
        return None
    return people.note(named[1], at + named[0], role=who[: named[0]])


def _a_question_label(label: str) -> bool:
    """Whether a turn's label is a question's: a journalist's or a host's (新华社记者, 主持人; 新安晚报记者问, 记者追问), or a
    question named so (记者提问, 问题二)."""
    asked = label[: -len(mark)] if (mark := next((m for m in cues().question_marks if label.endswith(m)), "")) else label
    asked = asked[: -len(FOLLOW_UP)] if asked.endswith(FOLLOW_UP) else asked
    return asked.endswith(cues().askers) or label.endswith(QUESTION_LABEL_ENDS) or label.startswith(QUESTION_LABEL_OPENS)


QUESTION_LABEL_ENDS, QUESTION_LABEL_OPENS = ("提问",), ("问题",)
FOLLOW_UP = "追"  # 记者追问: a question that follows up the answer before
HANDED_TO_SEVERAL = "和与、及"
DEPUTY = "副"
NAME_AFTER_BODY = 2  # characters of a given name and surname after a body's name (综合规划司王强)
BODY_LAST_CHARS = "司局处部委厅办院室所站队"  # the characters a body's name ends with, which are surnames too (司, 院)


def _read_again(people: People, view: str, start: int, end: int, hidden: list[tuple[int, int]]) -> None:
    """Someone named before with a role, named again by name alone (农民代表毛丰美 … 60岁的毛丰美操着东北口音批评道),
    or someone who spoke before, named again at the head of a clause (蒂妮说：… 作为土生土长的万隆人，蒂妮是…; not 支持张伟
    这样的创业者, where 他 after it still means the one who spoke): remembered there too, so a clause that names them is
    about them, and 他 after it means them."""
    noted = {person.start for person in people.named_here()}
    for named in _named_again(view, start, end, people, hidden):
        if named.start not in noted:
            people.note(named.name, named.start, role=named.role)


def _named_again(view: str, lo: int, hi: int, people: People, hidden: list[tuple[int, int]] = ()) -> list[Named]:
    """The people ``_read_again`` remembers in ``view[lo:hi]``, outside the ``hidden`` spans (quotations)."""
    found = []
    for spoke in (False, True):
        for name in (n for n in people.recent_names(spoke) if not _everyday_word(n)):  # not 高峰, 用电高峰's
            for form in _forms_again(name):
                at = view.find(form, lo, hi)
                while at >= 0:
                    e = at + len(form)
                    heads = clause_initial(view, at)  # (a last part alone only heading its clause: not 参观了哈桑二世清真寺)
                    if not any(a <= at < b for a, b in hidden) and (not spoke or heads) and (form == name or heads):
                        if stands_apart(view, at, e):  # 王强, not 王强军
                            found.append(Named(at, e, name, role=people.role_of(name)))
                    at = view.find(form, e, hi)
    return found


def _forms_again(name: str) -> list[str]:
    """How a text names someone again: by the whole name, and a foreign name of parts by its last part too (斯蒂芬·姆本加 …
    姆本加把最后一车玉米送进烘干塔。“……”他说: 他 is 姆本加)."""
    dots = [i for i, ch in enumerate(name) if ch in name_cues().name_dots]
    last = name[dots[-1] + 1 :] if dots else ""
    return [name] + ([last] if len(last) >= PART_MIN else [])


PART_MIN = 2  # characters of a foreign name's last part that names the person again


def _everyday_word(name: str) -> bool:
    """Whether a two-character name is also a common word of jieba's dictionary (高峰, which it tags as a name too):
    read again alone it would be found in 用电高峰. Longer names in the dictionary (李春来) are people's."""
    return len(name) == 2 and name in common_words()


def _mentions(view: str, start: int, end: int) -> list[tuple[Named, bool]]:
    """People named in ``view[start:end]``, each with whether they are named as saying something."""
    c = name_cues()
    found = []
    for m in c.titles.finditer(view, start, end):
        at = m.end() + view.startswith(c.attributive, m.end())  # 天津市农业农村委主任沈欣; 时任省委书记的习近平
        after = name_after_title(view, at)
        if after is not None and after <= end:
            lo = _clause_start(view, start, m.start())
            listed = [hit.end + 1 for hit, _ in found if lo <= hit.end < m.start() and view[hit.end] == ROLE_LIST]
            lo = max([lo] + listed)  # …司长方晓东、|国家海洋信息中心主任胡亦林: the role after the name before
            found.append((Named(at, after, view[at:after], m.group(), role(view, lo, m.end())), False))
        elif m.group() in c.written_after:  # 习近平总书记, 张女士
            hit = named_before(view, m.end())
            if hit is not None and hit.name and hit.start >= start:
                found.append((hit, False))
    for v in c.speech_verbs.finditer(view, start, end):
        hit = speaker_before(view, v.start(), start)
        if hit is not None and anchored(view, hit):
            found.append((hit, True))
    said = {hit.start for hit, _ in found}
    found += [(hit, False) for hit in introduced_people(view, start, end)  # 28岁的柬埔寨女工索蕾…“…”她说
              if hit.start not in said and _introduced(view, start, hit)]
    said = {hit.start for hit, _ in found}
    if any(p in view[start:end] for p in c.pronouns):  # 退伍老兵肖卫东…。“……”他说: only where a pronoun may mean them
        found += [(hit, False) for hit in agents_named(view, start, end) if hit.start not in said and _introduced(view, start, hit)]
    return found


# Before a speech verb, words by which no one speaks: the reporter citing what they were told (据介绍), a fact or a finding
# that shows something (这说明, 此表明, 数据表明, 结果显示).
NO_ONE_SPEAKS = ("据", "这", "此", "这也", "数据", "结果")
SENTENCE_MARKS = "。！？!?"


def _introduced(view: str, start: int, hit: Named) -> bool:
    """Whether someone named with their age or what they did (``introduced_people``) is introduced by the text itself: not in
    what a speaker reports (镇党委书记刘强介绍，80岁的老党员张德富…: 他说 after it is still 刘强's), and no place or body
    jieba reads as a name (作为科创策源地的张江在…, 华为)."""
    opening = max(view.rfind(mark, start, hit.start) for mark in SENTENCE_MARKS) + 1
    if name_cues().speech_verbs.search(view, max(start, opening), hit.start):
        return False
    return not places_in(hit.name) and hit.name not in not_people()


def _resolve(named: Named, people: People) -> Named:
    """A title alone stands for the person last named with it (总书记 → 习近平; 这位司长, read as the name 司长 after the
    role 这位, for the 司长李向东 named before, when no one else was named 司长), a pronoun for the person last named; a
    name keeps the role the text gave it before."""
    rank = next((named.role[len(d) :] for d in cues().pointing_words if named.role.startswith(d)), None) if named.name else None
    pointed = people.sole_holder(named.name, named.start, rank) if rank == "" or rank in RANK_MARKS else None
    if pointed is not None:  # (这位副司长, read as the name 司长 after 这位副: the one 副司长 named before)
        return replace(named, name=pointed.name, title=pointed.title, role=pointed.role or pointed.title)
    if named.name:
        c = name_cues()
        if not named.role:  # 宋萨说: 宋萨·坎塔冯 (not 另一家中资企业的经理约翰, whom the text describes anew)
            named = replace(named, name=people.full_name(named.name, c.name_dots, named.start))
        else:  # 卡马|乌说, read as a role 卡 and a name 马乌: the one part of 彼得·卡马乌 the two make
            whole = people.full_name(named.role + named.name, c.name_dots, named.start)
            named = replace(named, name=whole, role="") if whole != named.role + named.name else named
            tail = _surname_in_role(named, people)
            if tail:  # 曾|桂兰说, read as a role 曾 (an adverb to jieba) and a name 桂兰: the 曾桂兰 named before
                named = replace(named, name=tail + named.name, role=named.role[: -len(tail)])
        addressed = named.name[1:]  # 黄局长: a surname and a post title, with no role of its own (not 张先生, 张阿姨: a
        if addressed in c.post_titles and named.role in ("", addressed):  # form of address leaves a resident unnamed)
            person = people.by_surname(named.name[0], addressed, named.start)
            named = replace(named, name=person.name, role="") if person is not None else named
        return named if named.role else replace(named, role=people.role_of(named.name))
    if named.title in name_cues().pronouns:
        person = people.last(named.start) or people.last_speaker(named.start)
    else:
        person = people.titled(named.title, named.start)
    if person is None:  # an unresolved title is still who speaks (总书记); a pronoun says nothing
        return replace(named, name="" if named.title in name_cues().pronouns else named.title, role=named.title)
    return replace(named, name=person.name, title=person.title, role=person.role or person.title)


def _surname_in_role(named: Named, people: People) -> str:
    """The end of a name's role, of one or two characters (a surname, or a compound one), that makes with the name a
    person the text named before (合作社理事长曾桂兰… “……”曾桂兰说, where jieba reads 曾 as an adverb), or ""."""
    for k in (1, 2):
        tail = named.role[-k:] if len(named.role) >= k else ""
        if tail and people.named_before(tail + named.name, named.start):
            return tail
    return ""


def _clause_start(view: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last comma, colon or full stop), not before ``lo``."""
    return max([lo] + [view.rfind(ch, lo, pos) + 1 for ch in "，,。；;！？!?：:"])


def _sentence_start(view: str, lo: int, pos: int) -> int:
    return max([lo] + [view.rfind(ch, lo, pos) + 1 for ch in "。！？!?"])


ROLE_LIST = "、"  # between the roles a person is named with (全国人大代表、十八洞村党支部书记施金通)


def _subject(view: str, lo: int, hi: int, people: People) -> Named | None:
    """Who the clause ``view[lo:hi]`` is about: someone named at its head (习近平总书记明确要求; 总书记不忘叮嘱;
    他…), else the first person it names with a title or role, unless a preposition leads it (对于和刘晓达一样的)."""
    pointed = _pointed_holder(view, lo, hi, people)
    if pointed is not None:  # 这位司长坦言，…，“……”: the 司长郭建平 named before
        return pointed
    age = AGE_OPENING.match(view, lo, hi)  # 50岁的|邹新军玩得像个孩子: an age names the person after it
    opening = age.end() if age else _described(view, lo, hi, people)
    age = age or opening > lo  # 返乡创业的|欧祖兵站了起来: so does what the person does or is
    head = named_at(view, opening)
    rarer = rarer_name_at(view, opening) if head is None else None  # 农海忠把…: a surname the list leaves out
    if rarer is not None and rarer <= hi:
        head = Named(opening, rarer, view[opening:rarer], "")
    if head is not None and not head.name and view.startswith(ROLE_LIST, head.end):
        head = None  # 研究员、社会政策中心顾问杨团说: the first of a person's roles, not a person alone
    if head is not None and head.end <= hi and (age or head.title or not head.name or head.familiar or people.role_of(head.name)
                                                 or name_cues().follower.match(view, head.end)):
        if opening > lo and head.name and not head.role and not AGE_OPENING.match(view, lo, hi):
            head = replace(head, role=view[lo:opening].removesuffix("的"))  # 在香港从事物流行业的|陈志明: what they do says
            # who they are (来自湖北武汉的跑者|张晓磊)
        return _resolve(head, people)
    opening, closes = cues().view_opening, name_cues().view_closes
    if view.startswith(opening, lo) and view.endswith(closes, lo, hi):  # 在刘振东看来，: the one whose view it is
        return _viewer(view, lo + len(opening), hi - len(next(c for c in closes if view.endswith(c, lo, hi))), people)
    if view.startswith(cues().prepositions, lo):
        return None
    first = people.first_in(lo, hi)
    return Named(first.start, first.start + len(first.name), first.name, first.title, first.role) if first else None


def _pointed_holder(view: str, lo: int, hi: int, people: People) -> Named | None:
    """The one person named before with the title that a pointing word and that title open the clause with (这位司长,
    这位副司长, 这名村支书), or None (no such opening, or several people held the title)."""
    pointing = next((d for d in cues().pointing_words if view.startswith(d, lo)), "")
    rank = next((r for r in RANK_MARKS if view.startswith(r, lo + len(pointing))), "") if pointing else ""
    head = named_at(view, lo + len(pointing) + len(rank)) if pointing else None  # 这位|副|司长
    person = people.sole_holder(head.name, lo, rank) if head is not None and head.name and head.end <= hi else None
    return Named(lo, head.end, person.name, person.title, person.role or person.title) if person is not None else None


def _viewer(view: str, lo: int, hi: int, people: People) -> Named | None:
    """The person named between a view's frame (在|市场监管局局长王芳|看来; 在|刘局长|看来; 在|他|看来), read in
    ``view[lo:hi]`` alone: a name after a title or role, a surname and a post title, a name or a pronoun; None for
    anyone else (在业内人士看来, 在省统计局看来)."""
    inside = view[lo:hi]
    title = next((m for m in name_cues().titles.finditer(inside) if m.end() < len(inside)), None)
    end = name_after_title(inside, title.end()) if title is not None else None
    if end == len(inside):  # 市场监管局局长|王芳
        return _resolve(Named(lo + title.end(), hi, inside[title.end() :], title.group(), role(inside, 0, title.end())), people)
    if inside[1:] in name_cues().post_titles or inside in name_cues().pronouns:  # 刘局长, 他
        return _resolve(Named(lo, hi, inside if inside[1:] in name_cues().post_titles else "", inside), people)
    alone = named_at(inside, 0)
    return _resolve(alone, people) if alone is not None and alone.end == len(inside) and alone.name else None


def _named_between_quotations(view: str, lo: int, hi: int, people: People) -> Named | None:
    """The person named at the head of a clause that stands between two quotations, right after one closes and
    ending in the comma before the next opens (“……”欧祖兵掰着指头算着账，“……”): the one who says both, with a title
    or without; what the clause says they do is how they speak. The next quotation is words, not a term, and the name a
    word of its own to jieba, a verb after it."""
    if view[lo - 1 : lo] != "”" or view[hi : hi + 1] not in ("，", ",") or not view.startswith("“", hi + 1):
        return None
    closing = view.find("”", hi + 2)
    if closing < 0 or is_term(view[hi + 2 : closing]):
        return None  # 高速公路通车后，“出行难”成为历史: a term, no one's words
    head = named_at(view, lo)
    if head is None or not head.name or head.end > hi or not _a_name_word(view, head, hi):
        return None  # not 王家|村的村民们, 李华|接过
    return _resolve(head, people)


def _a_name_word(view: str, head: Named, hi: int) -> bool:
    """Whether jieba reads the name at ``head`` as a word of its own and a verb as the next (欧祖兵|掰着…)."""
    following = tagged(view[head.end : hi])
    return stands_apart(view, head.start, head.end) and bool(following) and following[0][1].startswith("v")


AGE_OPENING = re.compile(r"[\d一二三四五六七八九十两]{1,3}多?周?岁的")
DESCRIBED_MAX = 12  # characters of what a clause says of a person before 的 and their name (返乡创业的欧祖兵, 在香港从事物流行业的陈志明)


def _described(view: str, lo: int, hi: int, people: People | None = None) -> int:
    """Where a person's name starts after a short description that opens the clause and ends in 的 (返乡创业的|欧祖兵,
    中专毕业的|张洪鑫), when a name that is no everyday word, and its verb, follow; else ``lo``."""
    de = view.find("的", lo, min(hi, lo + DESCRIBED_MAX + 1))
    head = lo + (view[lo : lo + 1] in "“”")  # ”|农海忠把…: the clause after a quotation opens past its mark
    if de <= lo or named_at(view, head) is not None or rarer_name_at(view, head) is not None:
        return lo  # 农海忠把手里的|钱递出去: a clause with a person of its own at its head describes no one after 的
    kind = _kind_of_person(view, de + 1, hi)  # 来自湖北武汉的|跑者|张晓磊今年38岁: who they are, then the name, of
    at = de + 1 + kind  # someone the paragraph has speak (…张晓磊说; not a runner under a slogan's quotation)
    named = named_at(view, at)
    if kind and (named is None or people is None or not people.spoke(named.name)):
        return lo
    if named is None or not named.name or named.end > hi or named.name in common_words() or named.name[:2] in common_words():
        return lo  # 疫情防控的|关口, 的|时间, 来的|游客|陈女士: everyday words that open like a surname
    after = tagged(view[named.end : min(hi, named.end + 4)])
    return at if after and after[0][1].startswith(NAME_THEN) or named.end == hi else lo  # 的|陈志明，几乎每个周末…


NAME_THEN = ("v", "t")  # a verb or a time after a described person's name (张晓磊|今年38岁)


def _kind_of_person(view: str, at: int, hi: int) -> int:
    """The length of a common noun of two characters or more between 的 and a name jieba reads as a person's (的|跑者|
    张晓磊), else 0."""
    words = tagged(view[at : min(hi, at + KIND_READ)])
    if len(words) >= 2 and len(words[0][0]) >= 2 and words[0][1] == NOUN and words[1][1] in PERSON_TAGS:
        return len(words[0][0])
    return 0


KIND_READ = 8  # characters read after 的 for a kind of person and a name
NOUN = "n"


def _unnamed(text: str) -> str:
    """An unnamed speaker described by role (一位基层干部这样说): the role, or "" when it is no role."""
    tail = re.split(r"[，。；：、“”]", text)[-1]
    m = cues().unnamed.search(tail)
    if m is None:
        return ""
    who = m.group("who")
    word = next((w for w in cues().role_words if who.endswith(w)), "")
    if word and who[: -len(word)].endswith(cues().prepositions):  # 一位菜农向记者说: 记者 is spoken to; who speaks
        return _unnamed(tail[: m.start("who") + len(who) - len(word) - 1])  # stands before the preposition
    return who if word else ""


def _official_pointed_at(view: str, pointed: re.Match, verb: int, people: People) -> Person | None:
    """The official whom 这位负责人 (a word for the head of a body after 这位) points back at: the person who last spoke in
    the same paragraph, named with a post, with no other 负责人 mentioned since (市商务局相关负责人介绍，…这位负责人: the
    unnamed one); None otherwise (专家, 工作人员: other people than the official named before)."""
    role = pointed.group("who")
    if role not in cues().heads_of_bodies:
        return None
    person = people.last(verb)
    if person is None or not person.spoke or person.para != people.para \
            or not (person.role or person.title).endswith(cues().head_posts):
        return None
    return None if role in view[person.start : verb - len(pointed.group())] else person


def _pointed_back(view: str, lo: int, verb: int, people: People) -> Named | None:
    """The person whom a clause of a pointing word and a description alone points back at (这位老挝商人说, 这位副局长表示):
    the one named before with that title when only one was, else the person last named in the paragraph by what they
    are rather than by a post, when the description is no official's word (负责人, 发言人) and was not given to anyone
    unnamed since (村民李春华…。“……”这位年过六旬的老人说: 李春华); None when the clause is no such pointer or it points at
    no one named."""
    text = view[lo:verb].strip()
    pointed = cues().pointed.match(text) if text.startswith(tuple(cues().pointing_words)) else None
    if pointed is None:
        return None
    who = pointed.group("who")
    person = _official_pointed_at(view, pointed, verb, people) or people.sole_holder(who, verb)
    if person is None and who not in cues().heads_of_bodies and not text.endswith(cues().spokespeople):
        last = people.last(verb)  # (not an official named by post: 副厅长刘伟…“……”这位专家说 is someone else)
        person = last if last is not None and last.para == people.para \
            and not (last.role or last.title).endswith(name_cues().post_titles + cues().head_posts) \
            and who not in view[last.start + len(last.name) : verb - len(pointed.group())] else None
    return Named(lo, verb, person.name, title=person.title, role=person.role or person.title) if person is not None else None


def _verb_speaker(view: str, lo: int, verb: int, people: People) -> Named | None:
    """Who speaks with the verb at ``verb`` in the clause starting at ``lo``: the one named just before it,
    the clause's subject, a spokesperson (国家医保局有关负责人表示) or an unnamed role (一位村民说)."""
    back = _pointed_back(view, lo, verb, people)
    if back is not None:
        return back
    hit = speaker_before(view, verb, lo)
    if hit is not None and hit.name and _spoken_to(view, lo, hit):
        hit = None  # 杨芳芳对村民张坤志说: the clause's subject speaks
    if hit is not None:
        written = role(view, lo, hit.start) + hit.title if hit.name else ""
        hit = _resolve(replace(hit, role=written), people)
    marked = hit is not None and hit.name and (anchored(view, hit) or people.role_of(hit.name))
    if not marked and (titled := _body_title(view, lo, verb)) is not None:  # “……”市卫生健康委主任在会上强调: that
        return _body_title_holder(view, lo, verb, people, titled)  # body's one holder of the title, or no one named
    who = hit if marked else _subject(view, lo, verb, people)  # 何立峰用这句中国古语来回答: not 古语来
    if who is not None and who.name:
        return who
    if hit is not None and hit.name:  # 村里的老党员王德福笑着说: a name nothing marks, but the only one
        return hit
    text = view[lo:verb].strip()
    pointed = cues().pointed.search(text)
    official = _official_pointed_at(view, pointed, verb, people) if pointed is not None else None
    if official is not None:  # 副司长赵立群介绍，…。这位负责人表示：“……”
        return Named(lo, verb, official.name, title=official.title, role=official.role or official.title)
    if text.endswith(cues().spokespeople):
        return Named(lo, verb, text, role=text)
    person = people.sole_holder(pointed.group("who"), verb) if pointed is not None else None
    if person is not None:  # “……”这位财务总监说: the 公司财务总监沈佳怡 named before
        return Named(lo, verb, person.name, title=person.title, role=person.role or person.title)
    unnamed = _unnamed(text)
    return Named(lo, verb, unnamed, role=unnamed) if unnamed else None


def _body_title(view: str, lo: int, verb: int) -> tuple[str, str] | None:
    """The body's name and the post title that alone speak with the verb at ``verb`` (市卫生健康委|主任|在会上|强调),
    where and when they spoke aside, or None: no name, and a body's office word before the title."""
    framed = speech_frame(view, verb, lo)
    text = view[lo : verb if framed is None else framed].strip()
    title = next((t for t in name_cues().post_titles if text.endswith(t)), "")
    body = text[: len(text) - len(title)]
    if text.startswith(tuple(cues().pointing_words)):
        return None  # 这位年轻的镇党委书记说: who it points back at
    return (body, title) if title and len(body) >= 2 and body[-1] in OFFICE_ENDS + GOVERNING_ENDS else None


GOVERNING_ENDS = "府会委院"  # 市政府, 人大常委会, 市委, 法院: with names.OFFICE_ENDS, the last characters of bodies' names


def _body_title_holder(view: str, lo: int, verb: int, people: People, titled: tuple[str, str]) -> Named:
    """The one person named before with the post title whom a body's name and that title speak for (市卫生健康委主任|
    在会上|强调 after 市卫生健康委党组书记、主任陈建华): the one holder of the title whose first post is at that body; else
    the post itself, its holder unnamed (not 市委常委、政法委书记张宏 for 市委书记)."""
    body, title = titled
    at_body = [p for p in people.holders(title, verb) if _heads_the_body(p.role or p.title, body)]
    if len({p.name for p in at_body}) != 1:  # (县委书记胡建平 and 村党支部书记王强 named: the 县委's one)
        return Named(lo, verb, body + title, role=body + title)  # (县公安局局长表示: the post speaks, unnamed)
    person = at_body[-1]
    return Named(lo, verb, person.name, title=person.title, role=person.role or person.title)


def _heads_the_body(held: str, body: str) -> bool:
    """Whether a role's first post is at the body, its title right after the body's name or after a party post there
    (县委|书记, 市卫生健康委|党组书记、主任: 市卫生健康委's 主任), not a post of another body the name runs into (市委|常委、
    政法委书记 is no 市委书记)."""
    first = held.split(ROLE_LIST)[0]
    rest = first[len(body) :] if first.startswith(body) else None
    return rest is not None and (rest == "" or rest.startswith(PARTY_POSTS) or rest in name_cues().post_titles)


PARTY_POSTS = ("党组", "党委")  # 市卫生健康委党组书记、主任: the party post at the body, before its head's title


def _spoken_to(view: str, lo: int, hit: Named) -> bool:
    """Whether the person named before the speech verb is whom the clause's subject speaks or gives to: a preposition of
    the addressee or a verb of giving (对, 递给) stands right before them and their role, after words of the clause's own
    (杨芳芳对|村民|张坤志说; not 对|张坤志说, where no one else stands before)."""
    words = tagged(view[lo : hit.start])
    k = len(words)
    while k > 0 and words[k - 1][1].startswith("n"):
        k -= 1  # the role they are named with (村民)
    if k < 2:
        return False
    word = words[k - 1][0]
    return word in cues().addressee_markers or len(word) == 2 and word.endswith(GIVE) and words[k - 1][1].startswith("v")


GIVE = "给"  # the end of a verb of giving (递给, 交给): its object is whom something is given to


def reported(view: str, lo: int, at: int, people: People) -> Quote | None:
    """Reported words without quotation marks that hold position ``at`` (于伟国在新闻发布时说，福建…3.58万亿元): the
    first clause of the sentence ``view[lo:]`` ends in a speech verb and a comma, its speaker is a named person, and no
    quotation closes before ``at``, so what follows is theirs; as a quotation from the verb to ``at``, with the
    speaker's role as the text gave it."""
    clauses = _clauses(view, lo, at, 2)  # the first clause and whether another follows: a sentence may be very long
    if not clauses:
        return None
    first_lo, first_hi = clauses[0]
    figures = _figures_set_out(view, first_lo, first_hi, at)
    if figures is not None:  # 赵辰昕分享了一组数据——从2012年到2021年，…: the figures after the dash are theirs
        verb_at, first_hi = figures.start(), figures.end() + len(FIGURES_MARK) * view.startswith(FIGURES_MARK, figures.end())
    else:
        if len(clauses) < 2 or view[first_hi] not in "，," or _words_quoted(view, first_hi, at):  # 表示：“……”据统计，…:
            return None  # quoted words, and they have ended
        verb = next((v for v in name_cues().speech_verbs.finditer(view, first_lo, first_hi) if v.end() == first_hi), None)
        if verb is None:
            return None
        verb_at = verb.start()
    who = _verb_speaker(view, first_lo, verb_at, people)
    if who is None or not who.name or not (who.role or people.role_of(who.name)):
        return None
    return Quote(first_hi, at, view[first_hi:at], who.name, who.role or people.role_of(who.name))


def reported_after_quotation(view: str, lo: int, at: int, people: People) -> Quote | None:
    """Reported words after a quotation that opens the sentence and its speaker (“……”鲍仁杰说，目前全村有40多名村民…):
    as ``reported`` gives them after the quotation, unless the reporter frames what follows as their own finding
    (…说，记者了解到，…)."""
    opening = _OPENING_QUOTATION.match(view, lo, at)
    said = reported(view, opening.end(), at, people) if opening else None
    return None if said is None or cues().reporter_frames.search(view, said.start, at) else said


_OPENING_QUOTATION = re.compile(r"\s*“[^“”]*”")


def _words_quoted(view: str, start: int, end: int) -> bool:
    """Whether someone's words in quotation marks close in ``view[start:end]``; a term (栖息地“岛屿化”现象) is no one's."""
    if "”" not in view[start:end]:  # most reported words
        return False
    closing_unopened = view.count("“", start, end) < view.count("”", start, end)  # a quotation opened before ``start``
    return closing_unopened or any(not is_term(m.group(1)) and not _listed_terms(m.group(1)) for m in _QUOTED.finditer(view, start, end))
    # (于洪涛介绍，青岛按照“政府引导、社会参与、市场运作”的思路，…: a slogan inside reported words ends nothing)


FIGURES_MARK = "——"  # 分享了一组数据——: a dash, as well as a comma, opens the figures set out


def _figures_set_out(view: str, lo: int, hi: int, at: int) -> re.Match | None:
    """Words that set out figures in the first clause (``view[lo:hi]``) of a sentence, ending that clause or followed
    by a dash, with the number at ``at`` after them and no quotation closed before it."""
    m = name_cues().presents_figures.search(view, lo, hi)
    if m is None or m.end() >= at or _words_quoted(view, m.end(), at):
        return None
    return m if m.end() == hi and view[hi] in "，,：:" or view.startswith(FIGURES_MARK, m.end()) else None


def _after(view: str, qe: int, stop: int, opens: bool, people: People, introduced: bool = False) -> Named | None:
    """The speaker named after a quotation in its sentence (“……”张莹说; “……”党的十八大以来，习近平总书记反复强调;
    “……”牧民白吉仁台搓了搓手，高兴地说),
    or, for a quotation that opens its sentence, the one the next clause is about (“……”宣传干事朱鑫辰的遭遇). A quotation
    someone ``introduced`` by name before it is another's only by a verb that closes its clause (not …分别就…回答了记者提问)."""
    clauses = _clauses(view, qe + 1, stop)
    for lo, hi in clauses:  # a speech verb says who speaks, wherever in the sentence
        for v in name_cues().speech_verbs.finditer(view, lo, hi):
            if view.startswith(INTRODUCES_NEXT, v.end()):
                continue  # …马永峰介绍：“……”: the verb introduces the next quotation, not this one
            if introduced and view[v.end() : hi].strip(VERB_PARTICLES):
                continue  # 他同时提醒，“……。”…分别就…回答了记者提问: what they did, not who said these words
            if view.count("“", lo, v.start()) == view.count("”", lo, v.start()):  # not inside another quotation
                # …牧民白吉仁台搓了搓手上的草屑，高兴地说: a clause without a subject says what an earlier one's does
                who = _verb_speaker(view, lo, v.start(), people) or _said_by_earlier_clause(view, qe + 1, lo, v.start(), people)
                if who is not None:
                    return who
    for lo, hi in clauses if opens else ():
        # a time, a circumstance, a phrase a preposition opens or what someone does may stand before the clause about
        # them (“……”今天下午，商务部新任部长钟山…; “……”对于未来的发展，公司厂长鄢波信心满满; “……”作为土生土长的万隆人，蒂妮是…;
        # “……”看着新修的水泥路，村民王大山笑得合不拢嘴); a clause with a subject of its own decides (“……”标语挂在村口，…)
        if not cues().subjectless.fullmatch(view, lo, hi) and not view.startswith(cues().prepositions, lo) \
                and not cues().aside.match(view, lo, hi):  # 虽然时间已过去了两个月，但说起那次“盛况”，王素珍…
            who = _subject(view, lo, hi, people) or _named_between_quotations(view, lo, hi, people)
            if who is not None or not _opens_with_a_verb(view, lo, hi):
                return who if who is not None and who.name else None
    return None


COLONS = ("：", ":")
VERB_PARTICLES = "了道着过。！？；，,;!? "  # what may follow a speech verb that closes its clause (说道, 说了。)


def _said_with_a_colon(view: str, start: int, qs: int) -> bool:
    """Whether a speech verb and a colon announce the quotation (李明说：“, 局长王军表示：“), not a colon after a clause
    about someone (王强家的门上贴着一副对联：“: a couplet; 村里流传着一句老话：“: a saying)."""
    before = view[start : qs - 1].rstrip()
    if not before.endswith(COLONS):
        return False
    said = before[:-1].rstrip()
    return any(m.end() == len(said) for m in name_cues().speech_verbs.finditer(said, max(0, len(said) - SPEECH_VERB_MAX)))


SPEECH_VERB_MAX = 6  # characters a speech verb before the colon may have
INTRODUCES_NEXT = ("：“", ":“", "：「", ": “")  # a speech verb's colon and the quotation it opens


def _said_by_earlier_clause(view: str, start: int, lo: int, verb: int, people: People) -> Named | None:
    """The speaker of a verb whose clause has no subject after a quotation, when an earlier clause after the quotation
    names them (“……”…牧民白吉仁台搓了搓手上的草屑，高兴地说): not the person last named before the quotation
    (“……”谈到如今的治病情况，…), nor in a clause a preposition opens (对于和赵秀兰一样的村民来说)."""
    if lo <= start or not (cues().subjectless.fullmatch(view, lo, verb) or _opens_with_a_verb(view, lo, verb)):
        return None
    return _topic(view, start, lo, people)


def _said_next(view: str, qe: int, end: int, sentence_end, people: People) -> Named | None:
    """The speaker of a quotation that is its own sentence (“……”。), named with a speech verb by the next sentence of
    the paragraph when that sentence quotes nothing of its own (“今年菜价高……”。村民王道朋数完钞票高兴地说，55岁了)."""
    lo = sentence_end(qe)
    if view[qe + 1 : lo].strip(AFTER_A_QUOTATION) or lo >= end:
        return None
    hi = min(sentence_end(lo), end)
    while lo < hi and view[lo].isspace():
        lo += 1
    if any(mark in view[lo:hi] for mark in "“「") or view.startswith(cues().prepositions, lo):
        return None  # “……”。对此，研究员张明表示: a reply, not the quotation's author
    return _after(view, lo - 1, hi, False, people)


def _before(view: str, start: int, qs: int, people: People) -> Named | None:
    """The speaker of a speech verb that introduces the quotation (张莹说：“; 习近平总书记明确要求，“;
    叮嘱甘肃广大干部“), or of a colon after a clause about someone (…总书记曾有…的深刻分析：“). A verb or colon
    that names no one (《意见》提出，“) gives a speaker without a name: the quotation is nobody's to carry on."""
    before = view[start : qs - 1]
    framed = before.rstrip("：:，, ")
    framed = next((framed[: -len(w)].rstrip("：:，, ") for w in cues().quote_leads if framed.endswith(w)), framed)
    verb = cues().verb_end.search(framed, max(0, len(framed) - 8))  # 强调，要|“…”: the verb before what is to be done
    if verb is None:
        addressed = cues().addressed.search(framed, max(0, len(framed) - 20))
        verb = name_cues().speech_verbs.match(framed, addressed.start()) if addressed else None
    if verb is not None:
        lo = _clause_start(view, start, start + verb.start())
        who = _verb_speaker(view, lo, start + verb.start(), people) or _missing_subject(view, start, lo, start + verb.start(), people)
        return who or Named(lo, qs, "")
    if before.endswith(("，", ",")) and _said_whole(view, qs):  # 张鸿铭很骄傲地举起手，“……。”: what the one the
        comma = start + len(before) - 1  # clause is about does, then says; not “黄河水甜…”成为…心声, a saying that acts
        lo = _clause_start(view, start, comma)
        who = _subject(view, lo, comma, people)  # or the one an earlier clause is about (他用力挥舞着手臂，神情严肃，“……”)
        who = who if who is not None and who.name else _topic(view, start, lo, people)
        if who is not None and who.name and (who.title or who.role or people.role_of(who.name)):
            return who
        between = _named_between_quotations(view, lo, comma, people)
        if between is not None:
            return between
    if before.rstrip().endswith(("：", ":")):  # 习近平同志在听取汇报后，一段经典论述就此诞生：“……”
        colon = start + len(before.rstrip()) - 1
        lo = _clause_start(view, start, colon)
        who = _subject(view, lo, colon, people)
        return (who if who is not None and who.name else _topic(view, start, lo, people)) or Named(lo, qs, "")
    return None


def _previous_subject(view: str, start: int, at: int, people: People) -> Named | None:
    """Whom the sentence of the paragraph just before ``at`` is about, someone with a role that its first clause
    to name anyone names (代市长张鸿铭在现场给出了一组数字。“前三季度……。”; 有时，他也会觉得失落…。“……？”): a whole
    sentence quoted right after is theirs."""
    end = len(view[start:at].rstrip()) + start
    if end <= start or view[end - 1] not in "。！？!?":
        return None
    who = _topic(view, start, end - 1, people)
    return who if who is not None and (who.title or who.role or people.role_of(who.name)) else None


UTTERANCE_ENDS = ("。", "！", "？", "!", "?", "…")  # a quotation ending so is a whole sentence someone said


def _said_whole(view: str, qs: int) -> bool:
    """Whether the quotation opening at ``qs`` is a whole sentence, or ends a clause (not the subject of what follows)."""
    qe = view.find("”", qs)
    return qe > 0 and (view[qs:qe].rstrip().endswith(UTTERANCE_ENDS) or view[qe + 1 : qe + 2] in ("", *AFTER_A_QUOTATION))


def _topic(view: str, start: int, lo: int, people: People) -> Named | None:
    """The person the clauses of the sentence before ``lo`` are about: the first one that names someone."""
    for a, b in _clauses(view, _sentence_start(view, start, lo), lo):
        who = _subject(view, a, b, people)
        if who is not None and who.name:
            return who
    return None


def _clauses(view: str, lo: int, hi: int, most: int = 0) -> list[tuple[int, int]]:
    """The clauses of ``view[lo:hi]``, split at commas, colons and full stops, each from its first character that is
    not whitespace; only the first ``most`` of them when it is set."""
    clauses = []
    while lo < hi and not (most and len(clauses) >= most):
        while lo < hi and view[lo].isspace():  # ” 万庆胜在新闻发布会上介绍称: scraped text leaves spaces after marks
            lo += 1
        if lo == hi:
            break
        end = _CLAUSE_END.search(view, lo, hi)
        clauses.append((lo, end.start() if end else hi))
        lo = end.end() if end else hi
    return clauses


def _missing_subject(view: str, start: int, lo: int, verb: int, people: People) -> Named | None:
    """A verb whose clause names no one (…，一针见血地指出; 出席……会议时要求; …时，以成都为例说): the one an earlier
    clause of the sentence is about, or, when the sentence names no one at all, the person last named."""
    subjectless = cues().subjectless
    bare = subjectless.fullmatch(view, lo, verb) or view.startswith(cues().prepositions, lo)
    if not (bare or _opens_with_a_verb(view, lo, verb)):
        return None  # 以成都为正面案例说: a clause that opens with a preposition has no subject of its own either
    who = _topic(view, start, lo, people)  # 毛丰美眉头紧皱，压低声音说道: a clause that opens with a verb goes on about
    if who is not None or not bare:  # the one the sentence is about (not 台下一位老人摇摇头说, 大家压低声音说道)
        return who
    if all(subjectless.fullmatch(view, a, b) for a, b in _clauses(view, _sentence_start(view, start, lo), lo)):
        person = people.last(verb)
        return Named(person.start, verb, person.name, person.title, person.role or person.title) if person else None
    return None


def _opens_with_a_verb(view: str, lo: int, verb: int) -> bool:
    """Whether the clause ``view[lo:verb]`` before a speech verb opens with a verb (压低声音说道): it has no subject of its
    own, as one that opens with a noun or pronoun has (一位老人摇摇头说, 大家压低声音说道, 有人小声说)."""
    words = tagged(view[lo:verb])
    return bool(words) and words[0][1].startswith("v")


CAPTION_MAX = 30  # characters of a line that only names a speaker by body, title and name
BYLINE_TITLES = re.compile("(?:记者|通讯员|摄影|编辑)$")  # what a byline calls the one who wrote or shot the text


def _captioned(view: str, start: int, qs: int, qe: int) -> Named | None:
    """A quotation that is its whole paragraph, under a line that names only its speaker, by title and name
    (昭通市交运局副局长李建梅\n“全市累计实施…”): a caption a news page sets over each speaker's words."""
    line_end = start - 1
    while line_end > 0 and view[line_end - 1] in "\n\r \u3000":
        line_end -= 1
    line_start = view.rfind("\n", 0, line_end) + 1
    line = view[line_start:line_end]
    if not line or len(line) > CAPTION_MAX or "\n" not in view[line_end:start]:
        return None
    hit = name_before(line, len(line))
    if hit is None or hit[0] == 0 or not name_cues().title_end.search(line, 0, hit[0]) or BYLINE_TITLES.search(line, 0, hit[0]):
        return None  # 新华社记者王飞: a byline names who wrote the text
    return Named(qs, qe, hit[1], "", line[: hit[0]])


def _standing_alone(view: str, end: int, people: People, past_quotations: bool) -> Named | None:
    """A quotation that is its whole paragraph belongs to the person the next paragraph's first sentence
    names with words for speech (“……”\n习近平总书记在新年贺词中以一句暖心的话语…). With ``past_quotations`` (no one's
    quotation goes on from before), that sentence is read past its own quotations, within its paragraph, and by the
    names the text gave before, for someone who spoke before (“……”\n“……咱们多少？”60岁的毛丰美…批评道)."""
    lo = end
    while lo < len(view) and view[lo] in "\n\r \u3000":
        lo += 1
    reach = min(len(view), lo + 200)
    line_end = view.find("\n", lo)
    if past_quotations and line_end >= 0:
        reach = min(reach, line_end)
    stop = next((m for m in _SENTENCE_END.finditer(view, lo, reach) if not past_quotations or _outside_quotation(view, lo, m.start())), None)
    hi = stop.start() if stop else reach
    named_there = [named for named, _ in _mentions(view, lo, hi)] + (_named_again(view, lo, hi, people) if past_quotations else [])
    for named in sorted(named_there, key=lambda named: named.start):
        if _outside_quotation(view, lo, named.start) and cues().speech_words.search(view, named.end, hi):
            who = _resolve(named, people)
            # read past a quotation, only someone who spoke before: a run of their quotations (not 村支书刘明告诉记者, who
            # speaks of the farmer the quotation before is from)
            past = view.count("”", lo, named.start) > 0
            return who if not past or people.spoke(who.name) else None
    return None


def _outside_quotation(view: str, lo: int, at: int) -> bool:
    """Whether ``at`` stands outside the quotations opened after ``lo``: a question or exclamation inside one ends no
    sentence of the text (“……咱们多少？”60岁的毛丰美…批评道)."""
    return view.count("“", lo, at) <= view.count("”", lo, at)


def find(view: str, start: int, end: int, sentence_end, people: People) -> list[Quote]:
    """Quotations in ``view[start:end]``; ``sentence_end(pos)`` gives the end of the sentence at pos, ``people``
    who the document has named so far (``read`` it this paragraph first). A quotation of several paragraphs opens each
    of them and closes only in the last (GB/T 15834-2011 标点符号用法, 4.1.3): one the paragraph leaves open runs to its
    end, and a quotation that opens a paragraph after one left open, with no speaker of its own, goes on in the same
    words."""
    went_on, went_on_open = people.quoting, people.quoting_open
    people.quoting, people.quoting_open = None, False
    spans = [(m.start(1), m.end(1), m.group(1), False) for m in _quoted(view, start, end)]
    opened = _left_open(view, start, end)
    if opened is not None and not any(qs - 1 <= opened < qe + 1 for qs, qe, _, _ in spans) and _opens_words(view, start, opened):
        close = start + len(view[start:end].rstrip())
        spans.append((opened + 1, close, view[opened + 1 : close], True))
    out, read = [], []  # read: each quotation of words with who says it, as the next may share its speaker
    quotes_only = _quotations_only(view, start, end, spans)  # “……。”“……。”: the paragraph is its quotations
    for qs, qe, content, left_open in spans:
        if is_term(content) and not _framed_as_speech(view, qs, qe, sentence_end(qe)) and not _closing_words(view, qs, qe, content, people):
            continue
        who = None
        if left_open or not _nominal(view, qs - 1, qe):
            opens = clause_initial(view, qs - 1)  # nothing of its clause before it
            introduced = _before(view, start, qs, people)  # 朱斌说，“……”明晰的知识产权…: a speech verb before it decides
            alone = opens and (introduced is None or not introduced.name)  # over whom the next clause is about
            announced = introduced is not None and _said_with_a_colon(view, start, qs)  # named or not (村民们都说：“)
            named = introduced is not None and bool(introduced.name)
            who = (_after(view, qe, sentence_end(qe), alone, people, named) if not (left_open or announced) else None) or introduced
            # (李明说：“……”王刚表示，“……”: a speaker who announces the quotation with a colon keeps it)
            if who is None and opens and went_on is not None and went_on_open and not view[start : qs - 1].strip():
                who = Named(qs, qe, went_on.name, went_on.title, went_on.role)  # the quotation goes on from the paragraph before
            if who is None and opens:
                carried = people.speaking(qs)  # 张莹认为，…。“……”: the one speaking goes on
                who = Named(qs, qe, carried.name, carried.title, carried.role) if carried else None
            if who is None and opens and content.rstrip().endswith(UTTERANCE_ENDS):
                who = _previous_subject(view, start, qs - 1, people)
            if who is None and opens and not left_open and not _asks(content):  # “……就业？”。局长王军介绍: an answer
                who = _said_next(view, qe, end, sentence_end, people)
            whole = quotes_only or not view[start : qs - 1].strip() and not view[qe + 1 : end].strip(AFTER_A_QUOTATION)
            if who is None and whole:
                who = _standing_alone(view, end, people, went_on is None) or _captioned(view, start, qs, qe)
            carried_on = who is None and whole and went_on is not None and not _asks(content)
            if carried_on:  # “……”张莹说。|“……”: a paragraph of quotation only goes on, unless it asks (an answer follows)
                who = Named(qs, qe, went_on.name, went_on.title, went_on.role)
        if who is not None and who.name:
            speaker, who_role = who.name, who.role or people.role_of(who.name)
            person = people.note(speaker, qs, who.title, who_role, spoke=True)
            ends = left_open or not view[qe + 1 : end].strip(AFTER_A_QUOTATION) or _said_at_end(view, qe, end, speaker)
            if ends and (left_open or not carried_on and not _asks(content)):  # a speaker carried on carries no further
                people.quoting, people.quoting_open = person, left_open
        else:
            speaker = who_role = ""
        read.append((Quote(qs, qe, content, speaker, who_role), who))
    for (quote, _), (following, who) in zip(read, read[1:]):
        if not quote.speaker and following.speaker and _one_turn(view, quote, following, who):
            out.append(replace(quote, speaker=following.speaker, role=following.role))
        elif quote.speaker or _speechy(quote.quote):
            out.append(quote)
    return out + [quote for quote, _ in read[-1:] if quote.speaker or _speechy(quote.quote)]


def _one_turn(view: str, quote: Quote, following: Quote, who: Named) -> bool:
    """Whether two quotations are one speaker's turn, split by a clause of the sentence that names who says the second
    (“……。”电话里，市民刘先生很焦急，“……”; “……”正月初八，村民朱兆勤焦急地走进便民服务站，“……”): the first, with no
    speaker of its own, is theirs too, unless it asks (“……？”面对提问，张明笑着说，“……”: an answer), does not open its
    clause (提出“……”的目标), or someone else says it before the second's speaker is named (“……”村民们喊道，…)."""
    between = view[quote.end + 1 : following.start - 1]
    return (quote.end < who.start < following.start and not _SENTENCE_END.search(between)
            and between.rstrip().endswith(("，", ",", "：", ":")) and not _asks(quote.quote)
            and clause_initial(view, quote.start - 1) and not _nominal(view, quote.start - 1, quote.end)
            and not name_cues().speech_verbs.search(view, quote.end + 1, who.start))  # “……”村民们喊道，民警王强…，“……”


def _quotations_only(view: str, start: int, end: int, spans: list) -> bool:
    """Whether nothing but punctuation stands in ``view[start:end]`` outside the quotations ``spans``."""
    at = start
    for qs, qe, _, _ in sorted(spans):
        if view[at : max(at, qs - 1)].strip(AFTER_A_QUOTATION):
            return False
        at = max(at, qe + 1)
    return bool(spans) and not view[at:end].strip(AFTER_A_QUOTATION)


def _asks(content: str) -> bool:
    """Whether a quotation is a question (…如何？, …吗): what answers it is someone else's."""
    return content.rstrip("”」 ").endswith(QUESTION_ENDS)


def _said_at_end(view: str, qe: int, end: int, speaker: str) -> bool:
    """Whether what follows the quotation to the paragraph's end only says who said it (“……”张莹说。)."""
    rest = view[qe + 1 : end].strip(AFTER_A_QUOTATION)
    return len(rest) <= len(speaker) + SPEAKER_TAIL and speaker in rest


def _opens_words(view: str, start: int, opened: int) -> bool:
    """Whether a quotation mark left open opens someone's words: at its paragraph's start, after a colon (张明说：“…) or
    after a sentence (…表示，…发展。“2025年是…). A mark left open inside a clause (要推进“一网通办改革，…) is a term whose
    closing mark was lost."""
    return not view[start:opened].strip() or view[start:opened].rstrip().endswith(OPENS_WORDS_AFTER)


def _left_open(view: str, start: int, end: int) -> int | None:
    """Where a quotation opens that ``view[start:end]`` never closes, the outermost such mark, or None."""
    if view.count("“", start, end) <= view.count("”", start, end) and view.count("「", start, end) <= view.count("」", start, end):
        return None  # nearly every paragraph: its marks pair up
    depth, first = 0, None
    for i in range(start, end):
        ch = view[i]
        if ch in "“「":
            first = i if depth == 0 else first
            depth += 1
        elif ch in "”」" and depth:
            depth -= 1
    return first if depth else None


def turn(view: str, start: int, end: int, people: People) -> Quote | None:
    """A transcript turn (李超：今年以来…; [环境保护部副部长 吴晓青]各位来宾…; 新华社记者：…; 问：… 答：…): the whole
    paragraph after the colon (or the bracket) is the
    speaker's; an answer is whoever the title or lead said answers, a question the journalist's."""
    label = _label(view, start, end) if people.transcript else None
    labelled = None if label is None else _role_labelled(label, people) if label.re is _ROLE_TURN \
        else _labelled(label.group("who"), people, label.re is _BRACKET_TURN)
    if labelled is None and people.turn is not None and _label_like(view, start, end):
        people.turn = None  # 寿小丽：, 总台CGTN记者：: a label that names no one known still ends the turn before it
        return None
    if labelled is not None:  # 劉永富:|(his words in the paragraphs after, until the next label or heading)
        people.turn = labelled
        if _a_question_label(label.group("who")):
            people.question_asked()
        speaker, role = labelled
        if _answers(label.group("who")):
            people.answered = labelled
        if role and speaker != role and not people.role_of(speaker):  # 主持人 …新闻发言人 陈思远: then 陈思远: alone
            people.note(speaker, label.start("who"), role=role)
        part = label.group("who").split()[0]
        if part != speaker and part in cues().askers:  # and 主持人: alone
            people.played[part] = labelled
        return None
    if people.turn is not None and (any(m.group(1).rstrip().endswith(UTTERANCE_ENDS) for m in _quoted(view, start, end))
                                    or view.startswith(cues().askers, _first_char(view, start, end))):
        people.turn = None  # a paragraph that quotes someone's sentences, or opens with the reporter (记者了解到，…), is the
        # reporter's narrative, not the turn going on
    qa = cues().qa_turn.match(view, start, end)
    if qa is not None:
        people.turn = None
        asks = qa.group("mark") in cues().question_marks
        if asks:
            people.question_asked()
        answerer = None if asks else people.answering(start)
        who = cues().questioner if asks else (answerer.name if answerer else "")
        who_role = who if asks else (answerer.role if answerer else "")
        if not asks and answerer is not None and answerer.name == answerer.role and people.answered is not None:
            who, who_role = people.answered  # a bare 答： after an answer a label named, where the lead named no one
            # answerer (市商务局副局长吴佳、…马骏分别就…回答了记者提问): the same official goes on
        named = None if asks else _ANSWERER.match(view, qa.end(), end)
        said = _labelled(named.group("who"), people, bracketed=True) if named is not None else None
        if said is not None:  # 答：（梁志刚）…: the official the lead named answers this one
            who, who_role = said
        if not asks and (who or who_role):  # an answer goes on in the paragraphs after it, up to the next question
            people.turn = (who, who_role)
        return _turn_quote(view, named.end() if said is not None else qa.end(), end, who, who_role)
    m = _TURN.match(view, start, end)
    bracketed = m is None and (m := _BRACKET_TURN.match(view, start, end)) is not None
    said = _turn_speaker(m.group("who"), people, bracketed) if m is not None else None
    if said is not None and _answers(m.group("who")):
        people.answered = said  # 市商务局副局长吴佳答：… (then 记者追问：… 答：…, still hers)
    if said is not None and said[1] and said[0] != said[1] and not people.role_of(said[0]):
        people.note(said[0], m.start("who"), role=said[1])  # 县委书记周明答：…, then 周明答：… alone: the role goes on
    if m is not None and _a_question_label(m.group("who")):
        people.question_asked()  # 新华社记者：…？, 记者提问：…, 问题二：… (or 主持人：下面请…提问)
        if said is None:  # 记者提问：…, 问题二：…: the journalist's question ends the answer before it
            people.turn = None
            said = (cues().questioner, cues().questioner)
    if said is None and people.turn is not None:  # a paragraph of the turn a label opened (not a time stamp: 10:52:37),
        # or a speech's salutation within it (各位记者朋友：)
        return _turn_quote(view, start, end, *people.turn) if _CJK.search(view, start, end) else None
    if m is not None and said is not None:
        people.turn = None  # another turn opens (李超：好。)
    if said is None or end - m.end() < 8:
        return None
    return _turn_quote(view, m.end(), end, *said)


_ANSWERER = re.compile(r"[ \u3000]*[（(](?P<who>[^（）()，。：:]{2,12})[）)]")  # 答：（方晓东）: who answers, in brackets


def _answers(label: str) -> bool:
    """Whether a turn's label says its speaker answers (张帆答, 陈平回答)."""
    return label.endswith(cues().answer_marks + cues().answer_verbs)


def _turn_speaker(who: str, people: People, bracketed: bool) -> tuple[str, str] | None:
    """The speaker and role a turn's label names (李超：, 新华社记者：, 马局长：, [环境保护部副部长 吴晓青]), or None for a
    label that names no one (安吉县：一片叶子…, a headline; 各位记者朋友：, a salutation)."""
    if bracketed and not _bracketed_speaker(who, people) or who.endswith(cues().not_a_person):
        return None
    if who.endswith(cues().askers):
        return who, who
    who = _without_answer_mark(who, people)
    hit = name_before(who, len(who))
    addressed = named_before(who, len(who)) if hit is None else None
    if addressed is not None and addressed.start == 0 and addressed.name:  # 马局长：…
        return addressed.name, addressed.title
    return None if hit is None else (hit[1], who[: hit[0]].strip() or people.role_of(hit[1]))




def _without_answer_mark(who: str, people: People) -> str:
    """A label without the 答 or the verb of answering after a name (张帆答：…, 县委书记周明答：…, 陈平回答：…, as a
    transcript labels each answer). A verb of answering follows only a person the text gave a role (not an adverb of
    manner: 市长明确|回答, 简要|回答), and a name the text gave keeps its last character (王小回|答); 答 does not end
    another word (陈|应答), nor follow a body's name (市公积金中心答)."""
    mark = next((m for m in cues().answer_marks if who.endswith(m) and len(who) > len(m)), "")
    if mark and people.role_of(who[: -len(mark)]):
        return who[: -len(mark)]
    verb = next((v for v in cues().answer_verbs if who.endswith(v) and len(who) > len(v)), "")
    if verb:
        return who[: -len(verb)] if people.role_of(who[: -len(verb)]) else who
    if not mark or in_dictionary(who[-len(mark) - 1 :]):
        return who
    name = who[: -len(mark)]
    hit = name_before(name, len(name))
    if hit is None or hit[0] + len(hit[1]) != len(name) or hit[0] and not name_cues().title_end.search(name, 0, hit[0]):
        return who
    return name


def _first_char(view: str, start: int, end: int) -> int:
    """Where a paragraph's text starts, its indent passed over."""
    return start + len(view[start:end]) - len(view[start:end].lstrip())


def label_lines(view: str, paragraphs: list) -> int:
    """How many paragraphs are a speaker's label alone (劉永富:): a transcript has two or more. Labels without a colon
    (高虎城) count only beside one of someone who asks (記者): a profile's heading with its hero's name opens no turn."""
    labels = [m for p in paragraphs if (m := _label(view, p.start, p.end))]
    asked = any(m.group("who") in cues().askers for m in labels if not m.group().rstrip().endswith(("：", ":")))
    return sum(1 for m in labels if asked or m.group().rstrip().endswith(("：", ":")))


def is_label(view: str, start: int, end: int, people: People) -> bool:
    """Whether a line a transcript's layout made a heading is a speaker's label (記者, 高虎城): it opens their turn."""
    return people.transcript and _label(view, start, end) is not None


def _label(view: str, start: int, end: int) -> re.Match | None:
    """The paragraph ``view[start:end]`` as a speaker's label alone (劉永富:), trailing spaces aside; without its colon
    only when it is nothing but one who asks or a name (記者 | 高虎城 on lines of their own), not a heading."""
    stop = len(view[start:end].rstrip()) + start
    label = _LABEL.fullmatch(view, start, stop)
    if label is None and (label := _BRACKET_TURN.fullmatch(view, start, stop)) is not None:
        who = label.group("who")  # 【何亚东】: and 【新华社记者】: on lines of their own, as 商务部 transcripts set them
        return label if who.endswith(cues().askers) or _a_name_alone(who) else None
    if label is None and (label := _ROLE_TURN.fullmatch(view, start, stop)) is not None:
        return label  # 何建国（省应急管理厅党委书记、厅长）：, 主持人（省政府新闻办副主任　熊伟）： on lines of their own
    if label is None and (label := _BARE_LABEL.fullmatch(view, start, stop)) is not None:
        who = label.group("who")
        if not (who in cues().askers or _a_name_alone(who)):
            return None
    return label


def _a_name_alone(who: str) -> bool:
    """Whether a label is a person's name and nothing else (高虎城, 何亚东)."""
    hit = name_before(who, len(who))
    return hit is not None and hit[0] == 0 and len(hit[1]) == len(who)


def _labelled(who: str, people: People, bracketed: bool = False) -> tuple[str, str] | None:
    """The speaker a label on a line of its own names (劉永富:, 主持人:), and their role: someone the text named
    before with a role, or a host or journalist. A line ending in a colon that names no one known opens a list
    (具体如下：), not a turn."""
    if who in people.played:  # 主持人: after 主持人（省政府新闻办副主任　熊伟）:, 熊伟
        return people.played[who]
    if who.endswith(cues().askers):
        return who, who
    who = _without_answer_mark(who, people)
    hit = name_before(who, len(who))
    written = " ".join(who[: hit[0]].split()) if hit else ""  # 国务院扶贫办主任刘永富: a role that ends in a title
    if hit is not None and bracketed and not written:  # 【何亚东】: a bracket sets a speaker apart, role or none
        return hit[1], people.role_of(hit[1])
    if hit is None or not (people.role_of(hit[1]) or name_cues().title_end.search(written)):
        return None
    return hit[1], written or people.role_of(hit[1])


def _label_like(view: str, start: int, end: int) -> bool:
    """Whether a line is shaped like a speaker's label that the patterns cannot name: short, ending in a colon, no
    clause marks, and ending in a name jieba reads as a person's (寿小丽：, a surname the list lacks) or in one who asks;
    not a lead-in (具体来看：, 比如：, CPI方面：)."""
    line = view[start:end].strip()
    if not line.endswith(("：", ":")) or len(line) > LABEL_LINE_MAX or any(c in CLAUSE_MARKS for c in line):
        return False
    last = re.split(r"[\s（）()]+", line[:-1].strip())[-1]  # the name ends the label (…兼副部长 王受文, 寿小丽)
    words = tagged(last) if NAME_MIN <= len(last) <= NAME_MAX else ()
    return last.endswith(cues().askers) or bool(words) and words[-1][1] in PERSON_TAGS and len(words[-1][0]) >= NAME_MIN - 1


LABEL_LINE_MAX = 40
NAME_MIN, NAME_MAX = 2, 4  # 寿小丽, 欧阳小丽
CLAUSE_MARKS = "，。！？；、,;!?"


def _role_labelled(label: re.Match, people: People) -> tuple[str, str] | None:
    """The speaker and role of a label that gives a post in brackets: the name before them (何建国（省应急管理厅党委书记、
    厅长）：), or, after a part the speaker plays (主持人（省政府新闻办副主任　熊伟）：), the name that ends the brackets
    after a space; one who asks keeps their medium as role (记者（辽宁日报）：)."""
    who, role = label.group("who"), " ".join(label.group("role").split())
    if _a_name_alone(who):
        return who, role
    post, _, last = role.rpartition(" ")
    if post and _a_name_alone(last):
        people.played[who] = last, post  # the host's later labels (主持人：) name them
        return last, post
    return (who, who) if who.endswith(cues().askers) else None


def _bracketed_speaker(who: str, people: People) -> bool:
    """Whether a bracket that opens a paragraph names a speaker, as 国新办 transcripts write them: a role, a space and
    a name ([环境保护部副部长 吴晓青]), or a name the text gave a role before ([吴晓青]). Column labels (【政策解读】,
    【相关链接】), a medium's name (【光明网】) and a reporter's byline ([记者 王晓明]) are none."""
    hit = name_before(who, len(who))
    if hit is None:
        return False
    role_written = who[: hit[0]].strip()
    if role_written:
        return who[hit[0] - 1 : hit[0]].isspace() and not role_written.endswith(cues().bylined)
    return bool(people.role_of(hit[1]))


def _turn_quote(view: str, lo: int, end: int, speaker: str, who_role: str) -> Quote | None:
    content_end = len(view[lo:end].rstrip()) + lo
    return Quote(lo, content_end, view[lo:content_end], speaker, who_role, turn=True) if content_end - lo >= 2 else None


def opens_another_turn(view: str, start: int, end: int, speaker: str) -> bool:
    """Whether the paragraph ``view[start:end]`` opens with the label of a speaker other than ``speaker`` (记者：…,
    【广州海关副关长李明】…, 问：…): someone named, or one who asks; not an outline's label (一是救治情况：) nor the
    speaker by surname and title (周主任：)."""
    qa = cues().qa_turn.match(view, start, end)
    if qa is not None:
        return qa.group("mark") in cues().question_marks
    qa = cues().qa_labelled.match(view, start, end)  # 问（川观新闻记者）：, 答（李志刚）： after 张红梅's answer
    if qa is not None:
        return qa.group("mark") in cues().question_marks or not qa.group("who").replace(" ", "").endswith(speaker)  # (not 李明辉)
    m = _LABEL.match(view, start, end) or _BRACKET_TURN.match(view, start, end) or _ROLE_TURN.match(view, start, end)
    if m is None:
        return False
    who = m.group("who").replace(" ", "").replace("\u3000", "")
    if speaker in who or who.startswith(speaker[:1]) and name_cues().title_end.search(who):
        return False
    return who.endswith(cues().askers) or name_before(who, len(who)) is not None
