"""People's names in Chinese news text: where a name ends or starts, and the title written with it.

No list of names exists to look them up in, so a name is a surname (《百家姓》) and one or two characters that
no organization or particle ends with, found only where the text marks a person: a title before or after it
(天津市农业农村委主任沈欣, 习近平总书记), a form of address (张女士), or a speech verb after it (张莹说). A title
alone or a pronoun at the head of a clause (总书记强调, 他说) is found too, with no name: the discourse memory
(``people.People``) says whom it stands for.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..codebook import alternation, longest_first, yaml_book
from .tokens import in_dictionary, tagged, word_bounds

_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Named:
    """Someone named at ``[start, end)``: a name with the title written with it, or only a title or a
    pronoun (``name`` empty, ``title`` 总书记 or 他)."""

    start: int
    end: int
    name: str
    title: str = ""
    role: str = ""
    familiar: bool = False  # named by a familiar form of address (老卢) that stands for the full name (卢宝生)


@dataclass(frozen=True)
class PeopleCues:
    """``people.yml``, typed: how texts name people, their titles and their speech."""

    surnames: frozenset[str]
    time_opener: re.Pattern  # a time word opening a sentence, with its comma (近日，)
    view_closes: tuple[str, ...]  # 看来, 眼里: what closes a clause framed as someone's view (在王芳看来)
    compound: tuple[str, ...]
    forms: tuple[str, ...]  # forms of address: 张女士, 裘先生
    not_surnames: frozenset[str]
    post_titles: tuple[str, ...]  # 习近平总书记: titles written after a name
    after_name: re.Pattern  # a title or form of address ending where the pattern ends (习近平总书记, 裘先生)
    written_after: frozenset[str]  # the titles and forms of address written after a name
    titles: re.Pattern  # every title, before or after a name (主任沈欣, 习近平总书记)
    title_end: re.Pattern  # a title ending where the pattern ends (主任|沈欣: 任 is no surname there)
    not_given: frozenset[str]
    not_given_titled: frozenset[str]  # after a title, where jieba reads a person: a body's end may be a given name (杨团)
    function_chars: frozenset[str]
    preceders: frozenset[str]  # what may stand right before a name (the ends of bodies, particles, 据)
    follower: re.Pattern  # what may follow a name (说, 表示, 的, 总理, 先生): a two-character name ends before it
    pronouns: tuple[str, ...]
    governing_verbs: tuple[str, ...]  # 请, 邀请: verbs before a role whose holder is their object
    speech_verbs: re.Pattern
    presents_figures: re.Pattern  # 分享了一组数据: what a person sets out is theirs, as what they say is
    times: tuple[str, ...]  # words of time between a speaker's name and where they spoke (李明|日前|在北京接受…采访时说)
    adverb: str  # one adverb, as a pattern (不禁, 深情地)
    adverbs: re.Pattern  # a run of adverbs between a name and its verb
    adverb_end: re.Pattern  # an adverb ending where the searched text ends
    attributive: str
    transliteration: frozenset[str]  # the characters of foreign names (蒂妮, 塞普提亚万)
    dotted: frozenset[str]  # and those of names whose parts a name's dot joins (吐尔逊·艾力)
    part_breaks: str  # adverbs that end such a part (托合提|则表示)
    transliterated_max: int
    name_dots: str  # between the parts of a foreign name (埃里希·斯塔克)
    familiar: tuple[str, ...]  # 老 and 小 before a surname (老卢, 小李)
    familiar_forms: tuple[str, ...]  # 王刚|老汉: a form of address after a name
    adverbs_after_names: frozenset[str]  # 还, 也: adverbs between a name and the verb, which end no given name
    adverb_given_names: frozenset[str]  # 也, 都: those that are given names of one character too (张也)
    addressing: frozenset[str]  # one-character prepositions: before a title, whom someone speaks to (向记者)
    naming: re.Pattern  # a title or a naming word (名叫, 全名为) right before a person's full name
    agent_suffixes: tuple[str, ...]  # 老兵, 技术员: a noun ending in one names a person by what they do


@lru_cache(maxsize=1)
def cues() -> PeopleCues:
    p = yaml_book(__package__, "people.yml")
    titles = list(p["post_titles"]) + list(p["pre_titles"]) + list(p["titles"])
    # a word before 地 is of two or four characters (坚定地, 一针见血地): so 钟国梁坚定地说 is 钟国梁, not 钟国
    adverb = rf"(?:{alternation(p['speech_adverbs'])}|(?:[\u4e00-\u9fff]{{2}}){{1,2}}地)"
    return PeopleCues(
        agent_suffixes=tuple(p["agent_suffixes"]), surnames=frozenset(p["surnames"]), view_closes=tuple(p["view_frame_closes"]), compound=tuple(p["compound_surnames"]), forms=longest_first(p["titles"]),
        not_surnames=frozenset(p["not_surnames"]), post_titles=longest_first(p["post_titles"]),
        after_name=re.compile(rf"(?:{alternation(p['post_titles'] + p['titles'])})$"),
        written_after=frozenset(p["post_titles"] + p["titles"]),
        titles=re.compile(alternation(titles)), title_end=re.compile(rf"(?:{alternation(titles)})$"),
        not_given=frozenset(p["body_ends"] + p["particles"] + p["not_given"]),
        not_given_titled=frozenset(p["particles"] + p["not_given"]), function_chars=frozenset(p["function_chars"]),
        preceders=frozenset(p["body_ends"] + p["particles"] + p["function_chars"] + p["name_preceders"]),
        follower=re.compile(alternation([w for key in ("speech_verbs", "speech_adverbs", "post_titles", "titles", "name_followers",
                                                         "time_openers", "circumstance_openers") for w in p[key]])),
        pronouns=tuple(p["pronouns"]), governing_verbs=tuple(p["governing_verbs"]), speech_verbs=speech_verbs(p),
        presents_figures=re.compile(p["presents_figures"]), time_opener=re.compile(rf"(?:{alternation(p['time_openers'])})[，,]"),
        times=longest_first(p["time_openers"]), adverb=adverb, adverbs=re.compile(rf"{adverb}+"), adverb_end=re.compile(rf"{adverb}$"), attributive=p["attributive"],
        transliteration=frozenset(p["transliteration"]), dotted=frozenset(p["transliteration"] + p["dotted_only"]), part_breaks=p["name_part_breaks"], transliterated_max=int(p["transliterated_max"]), name_dots=p["name_dots"],
        familiar=tuple(p["familiar_prefixes"]), familiar_forms=tuple(p["familiar_forms"]),
        adverbs_after_names=frozenset(p["adverbs_after_names"]), adverb_given_names=frozenset(p["given_names_of_adverbs"]), addressing=frozenset(w for w in p["prepositions"] if len(w) == 1),
        naming=re.compile(alternation(titles + list(p["naming_words"]))))


CLAUSE_ENDS = "，,：:。；;！!"


def speech_verbs(p: dict) -> re.Pattern:
    """The speech verbs of ``people.yml``, and the one-character ones that report speech only before a clause's end
    (现代汉语词典: 讲 说; 聊 闲谈: 老卢很认真地讲，, not 讲究 or 聊城)."""
    closing = "".join(p["closing_speech_verbs"])
    # one alternation of literals (a branch of its own would cost the scan its fast start), then the condition
    return re.compile(rf"(?:{alternation(p['speech_verbs'] + p['closing_speech_verbs'])})"
                      rf"(?:(?<=[{closing}])(?=[{CLAUSE_ENDS}])|(?<![{closing}]))")


def _given(chars: str) -> bool:
    """Characters that may be a given name: Chinese, and none that ends a body or place or is a particle."""
    return bool(chars) and all(_CJK.match(c) and c not in cues().not_given for c in chars)


def _a_common_word(chars: str) -> bool:
    """Whether jieba's dictionary holds ``chars`` as one word that is no given name (新闻, not 秀英 nr)."""
    return in_dictionary(chars) and not tagged(chars)[0][1].startswith(PERSON_TAG)


def _read_as_a_name(cand: str) -> bool:
    """Whether jieba reads a surname and given characters as one person's name, a character that most often dates or
    counts among them (林月云: 月): its model knows such names where the character list cannot."""
    words = tagged(cand)
    return len(words) == 1 and words[0][1] == PERSON_TAG and all(_CJK.match(ch) for ch in cand)


PERSON_TAG = "nr"  # jieba's part of speech for a person's name


def _titled_name(word: str) -> bool:
    """Whether jieba's person name after a title may be one: given-name characters only, where a surname opens it
    also those that end a body (顾问杨团: 团 ends 代表团, but a title has just named a person)."""
    if not (word[0] in cues().surnames and len(word) <= 3) or cues().title_end.search(word):
        return _given(word)  # 杨院长: a surname and a title, as one is addressed
    return all(_CJK.match(c) and c not in cues().not_given_titled for c in word[1:]) \
        or len(word) == FULL_NAME and _read_as_a_name(word) and word[-1] not in cues().not_given_titled
    # 博士后王一凡: a numeral that opens a given name jieba reads whole (一凡, 一鸣), not one that ends it (李二说)


FULL_NAME = 3  # characters of a surname and a given name of two


def clause_initial(text: str, pos: int) -> bool:
    """Nothing of the clause stands before ``pos`` (it opens the text or follows punctuation, or a photo's credit that
    a page's text runs into it: 推介会在郑州举行。韩章云 摄“我们此行…”)."""
    return pos == 0 or not _CJK.match(text[pos - 1]) or PHOTO_CREDIT.search(text, max(0, pos - PHOTO_CREDIT_MAX), pos) is not None


PHOTO_CREDIT = re.compile(r"(?:^|(?<=[。！？；\s]))[\u4e00-\u9fff·]{2,5}[ \u3000]+摄$")  # 韩章云 摄: a caption's credit
PHOTO_CREDIT_MAX = 12  # characters of a credit and the mark before it


def name_before(text: str, pos: int) -> tuple[int, str] | None:
    """A bare name ending at ``pos``: a surname and one or two given characters (start, name)."""
    c = cues()
    for length in (3, 2, 4):
        s = pos - length
        if s < 0:
            continue
        cand = text[s:pos]
        if length == 4:
            ok = cand[:2] in c.compound and _given(cand[2:])
        else:
            ok = cand[0] in c.surnames and (_given(cand[1:]) or _read_as_a_name(cand))
        # 主任沈欣: 任 completes a title; 向张三表示, 向记者说: a preposition before a surname or a title begins no name
        if ok and length == 3 and (c.title_end.search(text, max(0, s - 5), s + 1)
                                   or cand[0] in c.function_chars and cand[1] in c.surnames
                                   or c.titles.fullmatch(cand, 1) and _addressee(text, s)):
            ok = False
        title = c.titles.match(text, pos)
        if ok and length == 3 and title is not None and title.group() not in c.written_after and in_dictionary(text[s - 1 : s + 1]) \
                and _a_common_word(cand[1:]) and not _read_as_a_name(cand) and not c.title_end.search(text, max(0, s - TITLE_REACH), s):
            ok = False  # 成都海|关新闻|发言人: before a title that opens a name (not 师傅, 同志 after one), a surname's character
            # that ends a word before it (海关) and a common word after it (新闻) are no name (母亲|王秀英说, 副县长|江建设 stay)
        if ok and _inside_a_place_name(text, s, pos):
            ok = False  # 莫|桑比克部长会议: a country's name, with a surname's character and a title after it (not 厅长|江立群,
            # 房东|吴建华: a place, 长江 or 东吴, that ends inside the name)
        if ok and length == 2 and _a_noun_in_a_phrase(text, s, cand):
            ok = False  # 看着实时发电|曲线|说: a common noun ending a noun phrase, not 曲 and a given name (部长|高峰说 stays)
        if ok and length in (2, 3) and cand[-1] in c.adverbs_after_names and not (length == 2 and cand[-1] in c.adverb_given_names
                                                                                 and _opens_a_name(text, s)):
            ok = False  # 老李|还|说, 张明|也|说: an adverb before the verb, no given name's last character (歌唱家张也 is a name)
        if ok:
            return s, cand
    return _rarer_surname(text, pos)


def _inside_a_place_name(text: str, s: int, end: int) -> bool:
    """Whether jieba reads a place's name (ns) that runs across ``s`` from before it to ``end`` or past it (莫桑比克|部长:
    桑比克 is no name there), so that no name ending at ``end`` starts at ``s``: a place its dictionary holds, not one it
    guesses across a role and a name (脱贫|户高国强), nor one that ends inside the name (房东|吴建华, 厅长|江立群: 东吴, 长江)."""
    at = max(0, s - PLACE_READ)
    for word, flag in tagged(text[at : end + PLACE_READ]):
        if at < s < at + len(word):
            return flag == PLACE_TAG and at + len(word) >= end and in_dictionary(word)  # (not 脱贫|户高国强, a guess)
        at += len(word)
        if at > s:
            break
    return False


PLACE_READ = 5  # characters read on each side of a name's start for a place's name across it
PLACE_TAG = "ns"


def _opens_a_name(text: str, s: int) -> bool:
    """Whether a name may start at ``s``: no surname stands right before it, whose name would run on into it (歌唱家|张也,
    not 张|明也)."""
    return s == 0 or text[s - 1] not in cues().surnames


def _a_noun_in_a_phrase(text: str, s: int, cand: str) -> bool:
    """Whether a two-character candidate is a word jieba holds as a common noun right after a verb, an adjective or an
    adverb (发电|曲线, 纳入资助|范围), or anywhere after a verb with 着 in its clause (指着新修的|马路说, 拿着一份|文件说): the
    end of a noun phrase or an object, which a bare name is not (同事|马力, 来自河南的|方圆 are names)."""
    if s == 0 or not _CJK.match(text[s - 1]) or cues().title_end.search(text, max(0, s - TITLE_REACH), s):
        return False
    words = tagged(cand)
    if len(words) != 1 or words[0][1] not in COMMON_NOUN_TAGS or not in_dictionary(cand):
        return False
    before = tagged(text[max(0, s - NOUN_PHRASE_READ) : s])
    clause = max(text.rfind(mark, 0, s) for mark in CLAUSE_ENDS) + 1
    return bool(before) and before[-1][1] in PHRASE_TAGS or HOLDING.search(text, clause, s) is not None  # 指着新修的|马路


COMMON_NOUN_TAGS = ("n", "vn")  # jieba's common nouns, not its names of people (nr, nrfg), places (ns) or bodies (nt)
PHRASE_TAGS = ("v", "vn", "a", "ad", "d")  # what a noun phrase's last noun follows (发电|曲线), not a role (同事) or 的
NOUN_PHRASE_READ = 4  # characters read before the candidate for the word it follows
HOLDING = re.compile(r"[\u4e00-\u9fff]着")  # 指着, 看着, 拿着: what the speaker points at or holds is what follows, no name


ADVERBIAL = "地"  # 高兴地说: what makes a word before a verb an adverb of manner
TITLE_REACH = 6  # characters before a name in which a title that ends right before it is sought (首席执行官)


def _rarer_surname(text: str, pos: int) -> tuple[int, str] | None:
    """A bare name of three characters ending at ``pos`` whose surname the list leaves out (宛学智说, 村民展光斗说)."""
    s = pos - RARER_NAME
    return (s, text[s:pos]) if s >= 0 and rarer_name_at(text, s) is not None else None


RARER_NAME = 3  # characters of a bare name whose surname the list leaves out


def rarer_name_at(text: str, s: int) -> int | None:
    """The end of a name of three characters whose surname the list leaves out starting at ``s`` (宛学智说, 农海忠把…),
    or None: it
    is no common word, ``text`` names it more than once near it (a guess once is no one; ``NAME_REACH``, so a long text
    is not read whole for every clause), and either a title stands right before
    it or it opens its clause and jieba's person-name model tags the three characters as one name (小学生, 乌克兰 are
    tagged so too, hence the common words). The list holds the commonest surnames; a rarer one is found only this way."""
    from .places import common_words  # names are read before places in the package's import order

    cand = text[s : s + RARER_NAME]
    if len(cand) < RARER_NAME or not _given(cand[1:]):
        return None
    if text.count(cand, max(0, s - NAME_REACH), s + NAME_REACH) < NAME_REPEATS or cand[0] in cues().not_surnames \
            or cand in common_words() \
            or cand[0] in cues().not_given or cues().titles.search(cand):  # 村民委员|会主任, 专家|们普遍
        return None
    titled = cues().title_end.search(text, max(0, s - TITLE_REACH), s)
    return s + RARER_NAME if titled or clause_initial(text, s) and tagged(cand) == ((cand, "nr"),) else None


def _addressee(text: str, pos: int) -> bool:
    """Whether the surname-like preposition at ``pos``, before a title, names whom someone speaks to (村民向记者说): it
    follows its subject, not the head of a clause or 的 (一旁的向主任说: 向 is a surname there)."""
    c = cues()
    return text[pos] in c.addressing and not clause_initial(text, pos) and text[pos - 1] != c.attributive


def name_at(text: str, pos: int) -> int | None:
    """The end of a name starting at ``pos`` (张莹说 → 张莹; 朱鑫辰的 → 朱鑫辰; 张女士), or None."""
    c = cues()
    if text.startswith(c.compound, pos):
        given = pos + 2
    elif pos < len(text) and text[pos] in c.surnames:
        if c.titles.match(text, pos + 1) and _addressee(text, pos):
            return None  # 村民向记者说
        given = pos + 1
        form = next((f for f in c.forms if text.startswith(f, given)), "")
        if form:
            return given + len(form)
    else:
        return None
    if not _given(text[given : given + 1]):
        return None
    if _given(text[given + 1 : given + 2]) and not c.follower.match(text, given + 1) and not _word_after_two(text, pos, given):
        return given + 2
    return given + 1


MANNER_MARK = "地"  # 高兴地, 激动地: the manner word's mark that follows a speaker's name


def _word_after_two(text: str, pos: int, given: int) -> bool:
    """Whether a name of two characters runs into a manner word that its third character would begin (任丽|高兴地拿出):
    the two make a common word, no noun, before 地, and jieba reads the name as two characters and that word as the next
    (王|建设说 stays 王建设, 欧祖兵站了起来 欧祖兵)."""
    from .places import common_words  # names are read before places in the package's import order

    if text[given + 3 : given + 4] != MANNER_MARK or text[given + 1 : given + 3] not in common_words():
        return False  # 王建忠于, 刘建伟大力, 王晓敏感叹: three-character names before words that only look like one
    words = tagged(text[pos : pos + NAME_WINDOW])
    return (len(words) > 1 and len(words[0][0]) == given + 1 - pos and words[0][1] in PERSON_TAGS and len(words[1][0]) >= 2
            and not words[1][1].startswith("n"))  # a verb or a manner word; not 欧祖|兵站了起来, a noun read across the name


NAME_WINDOW = 6  # characters after a title that jieba reads for a name
PERSON_TAGS = ("nr", "nrfg", "nrt")  # jieba's tags of people's names (nrt: transliterated)


def name_after_title(text: str, pos: int) -> int | None:
    """The end of a name right after a title (主任沈欣, 厂长鄢波, 游客安吉丽娜), or None. Where the text marks a person so,
    jieba's person-name model reads the name too: it knows surnames rarer than the list's (鄢) and foreign names
    longer than a Chinese one (安吉丽娜, not 安吉丽). Not a word jieba also knows as a common word (村民养牛: 养牛 is
    tagged as a name), and a name it runs on only by characters of foreign names (张丽向记者介绍 stays 张丽). A name's dot
    joins its parts (麦尔丹·木盖提)."""
    dotted = dotted_name_at(text, pos)  # 部长|通沙·西萨瓦: a foreign name of parts, whichever characters open them
    if dotted is not None:
        return dotted
    end = _name_after_title(text, pos)
    if end is not None and end - pos > FULL_NAME_MIN and text.startswith(ANSWER_LABEL, end - 1):
        end -= 1  # 副部长韩敏|答：…: a transcript's answer label, no given name's last character
    return _past_name_dot(text, end) if end is not None else None


ANSWER_LABEL = ("答：", "答:")
FULL_NAME_MIN = 2  # characters of the shortest Chinese name (surname and given name)


def _past_name_dot(text: str, end: int) -> int:
    """Where a name that runs on past a name's dot ends (副部长麦尔丹·|木盖提在…): the part after the mark, its first character
    any and the rest characters of transliterated names (木|盖提), is the same person's; ``end`` where no mark follows."""
    c = cues()
    if not text.startswith(tuple(c.name_dots), end) or end + 1 >= len(text) or not is_cjk(text[end + 1]):
        return end
    k = end + 2
    while k < len(text) and k - end - 1 < c.transliterated_max and text[k] in c.dotted:
        k += 1
    k = _part_end(text, end + 1, k)
    return k if k - end - 1 >= DOTTED_PART_MIN else end


def _part_end(text: str, start: int, k: int) -> int:
    """Where a dotted name's part read as ``text[start:k]`` ends: at ``k`` for a part of foreign names' characters alone;
    one with the characters of Turkic names, which are everyday characters too, at a word's end as jieba reads it or
    before an adverb that opens the predicate, none of them its last character (托合提|则表示, 玉素甫|明确指出, 依明|送来了)."""
    c = cues()
    if all(ch in c.transliteration for ch in text[start + 1 : k]):  # (its first character may be any: 麦尔丹·|木盖提), but
        trailing = text[k - 1] in c.part_breaks and k - 1 - start >= DOTTED_PART_MIN  # not a verb after it (穆罕默德|让记者…)
        return k - 1 if trailing else k
    bounds = word_bounds(text, start, k)
    for e in range(k, start + DOTTED_PART_MIN - 1, -1):
        if (e in bounds or e < len(text) and text[e] in c.part_breaks) and text[e - 1] not in c.part_breaks:
            return e
    return start


def _part_start(text: str, s: int, dot: int) -> int:
    """Where a dotted name's part that ends at its ``dot`` starts, read back to ``s``: at ``s`` for foreign names' characters
    alone; with the characters of Turkic names, at the first word's start as jieba reads it (研究生|热合曼·…, 农业公司|买买提·…)."""
    c = cues()
    if all(ch in c.transliteration for ch in text[s:dot]):
        return s
    bounds = word_bounds(text, s, dot)
    return next((b for b in range(s, dot) if b in bounds), dot)


DOTTED_PART_MIN = 2  # characters of a name's part after its dot


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` is a Han character."""
    return "\u4e00" <= ch <= "\u9fff"


def _name_after_title(text: str, pos: int) -> int | None:
    end = _name_read_after_title(text, pos)
    c = cues()
    if end is not None and c.speech_verbs.match(text, end):
        return end
    return _name_before_speech(text, pos) or end


def _name_before_speech(text: str, pos: int) -> int | None:
    """The end of a name that runs from right after a title to a speech verb closing the clause (副局长|乌云其其格|说。,
    主任|那顺乌日图|表示，): a Mongolian, Tibetan or Uyghur name of up to seven characters, which jieba reads as a name
    but not whole (乌云|其其格); None where the run holds a word no name has (王明|今天|说: a time; 和, 也, 则: more
    than one person or a predicate; 院长: a title; 评价: a common word)."""
    from .places import common_words  # names are read before places in the package's import order

    c = cues()
    for k in range(pos + SPOKEN_NAME[0], min(len(text), pos + SPOKEN_NAME[1]) + 1):
        verb = c.speech_verbs.match(text, k)
        if verb is None or text[verb.end() : verb.end() + 1] not in CLAUSE_ENDS:
            continue
        run = text[pos:k]
        words = tagged(run)
        if not all(is_cjk(ch) for ch in run) or any(ch in c.function_chars or ch in c.part_breaks for ch in run) \
                or c.titles.search(run) or run.endswith(c.familiar_forms) or words[0][1] not in PERSON_TAGS \
                or any(f.startswith(NOT_IN_A_NAME) or word in common_words() and f not in NAME_PART_TAGS for word, f in words[1:]):
            return None  # (杨院长: a title; 王刚老汉: a form of address; 梁伟文则: an adverb; 韩振东|评价|说: a common word)
        return k
    return None


SPOKEN_NAME = (3, 7)  # characters of such a name (a shorter one is read as any other)
NAME_PART_TAGS = PERSON_TAGS + ("ns",)  # a frequent word jieba reads as a name may be a part of one (那顺|乌日图, 格桑|德吉)
NOT_IN_A_NAME = ("t", "d", "p", "v", "f", "m", "q", "r", "u", "i", "l")  # jieba's tags of words no name holds (今天, 也, 在, 说, 毫不讳言)


def _name_read_after_title(text: str, pos: int) -> int | None:
    from .places import common_words  # names are read before places in the package's import order

    c = cues()
    end = name_at(text, pos)
    if end is not None and text[end - 1 : end] == ADVERBIAL and text[pos : end - 1] in common_words():
        return None  # 果农|高兴地说: an adverb of manner (高兴 + 地), no surname 高 and given name
    if end == pos + 2 and text[pos:end] in common_words() and not c.speech_verbs.match(text, end) \
            and text[end : end + 1] not in CLAUSE_ENDS and _read_as(text, pos, end).startswith(NOT_IN_A_NAME):
        return None  # 首席统计师|解读11月份…: a verb jieba reads there, not the surname 解 and a given name (县委书记向前|说 is one)
    if end == pos + 3 and text[pos : pos + 2] in common_words() and text[pos + 2 : pos + 4] in common_words():
        return None  # 居民|习惯|周末去…: two common words, not 习 and a given name running into the second
    if end == pos + 3 and text.startswith(c.view_closes, pos + 2) and tagged(text[pos : pos + 4])[0][0] == text[pos : pos + 2]:
        return pos + 2  # 王芳|看来: a name of two characters, as jieba reads it, and the frame of the view after it
    if end == pos + 3 and text[pos + 2 : pos + 4] in common_words() and not in_dictionary(text[pos + 3 : pos + 5]):
        words = tagged(text[pos : pos + NAME_WINDOW])
        if len(words) > 1 and len(words[0][0]) == 2 and words[0][1] in PERSON_TAGS and len(words[1][0]) >= 2:
            return pos + 2  # 刘畅|如今也有了…: a name of two characters, as jieba reads it, and a word of its own after it,
            # where the three-character reading leaves no word (not 张志明|天天泡在…)
    if end is not None and text[pos] in CONJUNCTIONS and _not_read_as_a_name(text, pos):
        return None  # 村干部|和救援队员: 和 joins the title to the next noun, as jieba reads it (not 曾|志强, 于|洪涛)
    if end is None and (rarer := rarer_name_at(text, pos)) is not None and tagged(text[pos:rarer])[0][1] in PERSON_TAGS:
        return rarer  # 总经理竺祯坤: a surname the list leaves out, the name repeated, where jieba reads 竺祯|坤 (not 经理|层成员)
    native = end is not None and text[end : end + 1] not in c.transliteration
    repeated = native and _repeated_longer(text, pos, end)  # read once: it tags the name's other mentions
    if native and not repeated:
        return end  # nothing jieba could run the name on by: no tagging (titles are frequent)
    words = tagged(text[pos : pos + NAME_WINDOW])
    word = words[0][0] if words and words[0][1] in PERSON_TAGS else ""
    if not 2 <= len(word) <= c.transliterated_max or not _titled_name(word) or word in common_words():
        return end
    if end is None:
        return pos + len(word)
    longer = text[end : pos + len(word)]
    if longer and all(ch in c.transliteration for ch in longer) and not c.follower.match(text, end):
        return pos + len(word)
    return end + 1 if len(longer) == 1 and repeated else end


def _read_as(text: str, pos: int, end: int) -> str:
    """jieba's tag of ``text[pos:end]`` where it reads that word in its context, else ""."""
    first = tagged(text[pos : pos + NAME_WINDOW])[0]
    return first[1] if first[0] == text[pos:end] else ""


WITHHELD = ("某", "某某")  # what stands for a given name withheld (张某某), which jieba reads apart from the surname
ROLE_WORDS = 3  # words of a description before a person's name (58岁的|返乡|青年|张鹏)
ROLE_TAGS = ("n", "v", "t", "a", "b")  # the tags those words open with (茶农 n, 返乡 v, 青年 t, 老 a)
NOUN, VERB = "n", "v"  # jieba's tags of a common noun and a verb
PERSON_NAME_MAX = 8  # characters read for a name jieba knows (蒂妮)


def described_person(text: str, pos: int, end: int, named: bool = False) -> tuple[int, int] | None:
    """A person's description and name starting at ``pos`` in a clause ending at ``end``, after an age (58岁的|茶农陈光英|
    背着竹篓…, 32岁的|返乡青年张鹏正对着镜头…): the words before the name describe who they are. (Where the name starts,
    where it ends), or None when no name follows a few words of description (12岁的金牌得主). Without ``named``, a
    description alone before an act (82岁的|独居老人|被转移) is the person too, (its end, its end); an age without 的
    before a description alone is a class of people (80岁以上|老人, 60岁老人的补贴), so it needs a name."""
    at, last = pos, ""
    words = tagged(text[pos:end])
    for k, (word, flag) in enumerate(words[: ROLE_WORDS + 1]):
        withheld = len(word) == 1 and words[k + 1 : k + 2] and words[k + 1][0] in WITHHELD  # 被告人|张|某某: jieba's q, r
        if at > pos and (flag in PERSON_TAGS or withheld):
            name_end = name_at(text, at) or name_after_title(text, at)
            return (at, name_end) if name_end is not None else None
        foreign = _transliterated_at(text, at, end) if at > pos and last == NOUN else None
        if foreign is not None:  # 20岁的万隆大学生|法赫里|背着…: a foreign name jieba splits as other words
            return (at, foreign)
        if not flag.startswith(ROLE_TAGS) or last == NOUN and flag.startswith(VERB):
            return (at, at) if last == NOUN and not named else None  # 独居老人|被转移, 老人|种了: before their act
        at, last = at + len(word), flag
    return None


def _transliterated_at(text: str, pos: int, end: int) -> int | None:
    """The end of a foreign name in transliteration starting at ``pos`` after a description, which a verb or a follower of
    names ends (大学生|法赫里|背着): the longest run of at least ``TRANSLITERATED_MIN`` characters of foreign names that
    jieba reads as no other word, ending where a word of jieba's ends (not 卡丁|车), that is no place or body; None where
    none does (老人|东西, 民警|治安, 老人|福利: words of two)."""
    from .places import find as places_in  # names are read before places in the package's import order

    c = cues()
    k = pos
    while k < end and k - pos < c.transliterated_max and text[k] in c.transliteration:
        k += 1
    for stop in range(k, pos + TRANSLITERATED_MIN - 1, -1):
        run, after = text[pos:stop], tagged(text[stop : stop + NAME_WINDOW])
        ends = c.follower.match(text, stop) or after and after[0][1].startswith(VERB)
        if ends and _word_ends_at(text, pos, stop) and not _common_word(run) and not places_in(run) \
                and run not in not_people():
            return stop
    return None


TRANSLITERATED_MIN = 3  # characters of a foreign name read after a description alone (法赫里, 苏巴克约)


def _word_ends_at(text: str, pos: int, stop: int) -> bool:
    """Whether jieba ends a word at ``stop`` reading from ``pos`` (法赫里|背着; not 卡丁|车, one word)."""
    at = pos
    for word, _ in tagged(text[pos : stop + NAME_WINDOW]):
        at += len(word)
        if at >= stop:
            return at == stop
    return True


def _a_brand(name: str) -> bool:
    """Whether a name of parts joined by a name's dot is a registered body's or brand's (伊利·安慕希, 奇瑞·艾瑞泽) or a
    place's (俄罗斯·莫斯科): its first part is no person's name."""
    from .places import find as places_in  # names are read before places in the package's import order

    first = re.split(f"[{re.escape(cues().name_dots)}]", name, maxsplit=1)[0]
    return first in not_people() or name in not_people() or any(p.mention == first for p in places_in(first))


def person_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a person's name starting at ``pos`` or after a role there (55岁的|村民|王道朋): a surname and a given
    name, or a name jieba knows (蒂妮); None for no one named (12岁的金牌得主, 18岁的高中生)."""
    title = cues().titles.match(text, pos)
    pos = title.end() if title is not None else pos
    words = tagged(text[pos : pos + PERSON_NAME_MAX])
    if words and words[0][1] not in PERSON_TAGS:
        return _split_surname(text, pos, words)  # 马|海燕, 刘|桂兰: a surname jieba reads as a noun, a given name it knows
    if not words:
        return None
    end = name_at(text, pos)  # 毛|丰美: jieba finds the surname, the name runs on
    if end is None and len(words) > 1 and words[1][1] == NOUN:
        return None  # 泰籍|员工: a word jieba reads as a name that describes the person named after it
    return (pos, end) if end is not None and end - pos >= len(words[0][0]) else (pos, pos + len(words[0][0]))


def _split_surname(text: str, pos: int, words: tuple) -> tuple[int, int] | None:
    """A name jieba splits after its surname (马|海燕, 黄|淑珍, 刘|桂兰): the surname alone as a word, then a given name of
    one or two characters that jieba tags as a name (nr, nrt, or ns as it reads 桂兰), ending where a word ends; None otherwise
    (高中生, 金牌得主: words of their own)."""
    if len(words) < 2 or len(words[0][0]) != 1 or words[0][0] not in cues().surnames:
        return None
    given, flag = words[1]
    return (pos, pos + 1 + len(given)) if len(given) <= 2 and flag in GIVEN_NAME_TAGS else None


GIVEN_NAME_TAGS = ("nr", "nrt", "ns")  # how jieba tags a given name it reads apart from its surname (海燕 nr, 淑珍 nrt, 桂兰 ns)


def agents_named(text: str, start: int, end: int) -> list[Named]:
    """People ``text[start:end]`` introduces by a noun of what they do and their name (退伍老兵|肖卫东在基地创办…): a noun
    ending in an agentive suffix (``agent_suffixes``) right before a word jieba tags as a person's name, of two or three
    characters with a surname first."""
    c, found, at = cues(), [], start
    words = tagged(text[start:end])
    clause_has_person = False  # a person or a preposition earlier in the clause: the one named is an object (县委书记张伟
    for (word, flag), (name, name_flag) in zip(words, words[1:]):  # 走访慰问了老党员张德富, 为先进个人李明颁奖), not who speaks
        at += len(word)
        if word in CLAUSE_MARKS:
            clause_has_person = False
        elif flag == NOUN and len(word) >= 2 and word.endswith(c.agent_suffixes) and word[0] not in NUMERAL_CHARS \
                and name_flag in PERSON_TAGS and 2 <= len(name) <= 3 and name[0] in c.surnames and not clause_has_person:
            found.append(Named(at, at + len(name), name, role=word))
        clause_has_person = clause_has_person or flag in PERSON_TAGS or flag in OBJECT_MARKING_TAGS
    return found


NUMERAL_CHARS = "一二两三四五六七八九十几多"  # 两人|刘家湾: a number of people, no role
OBJECT_MARKING_TAGS = ("p", "ul")  # a preposition or 了 before the noun: the person is what the clause acts on


AGE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})周?岁(的)?")  # 58岁的, 76岁: an age that introduces a person


def introduced_people(text: str, start: int, end: int) -> list[Named]:
    """The people ``text[start:end]`` introduces with their age and a name (58岁的茶农陈光英, 76岁老人赵德明, 23岁的蒂妮),
    with the words between as their role, or with what they did before 的 (赶来“尝鲜”的|刘子涵在…: a name jieba reads as
    one, then a word that follows names): they are people the text goes on about, whom 他说 may mean."""
    found = [Named(m.end(), e, text[m.end() : e], role=_described_as(text, start, m.start()))
             for m in ATTRIBUTIVE.finditer(text, start, end) if (e := _described_name(text, m.end(), end)) is not None]
    found += [Named(s, e, text[s:e], role=_described_as(text, start, m.start()) + m.group() + text[m.end() : s])
              for m in ATTRIBUTIVE.finditer(text, start, end) if (span := _dotted_after_description(text, m.end(), end))
              for s, e in [span]]
    for m in AGE.finditer(text, start, end):
        pos = m.end()
        clause_end = next((k for k in range(pos, min(end, pos + AGED_REACH)) if text[k] in CLAUSE_MARKS), min(end, pos + AGED_REACH))
        dotted = dotted_name_at(text, pos)  # 32岁的|孔索拉塔·瓦伊里姆: one foreign name, not 孔索 and a name after it
        span = (pos, dotted) if dotted else described_person(text, pos, clause_end, named=True) or (person_at(text, pos) if m.group(1) else None)
        if span is not None:  # 46岁的哈萨克斯坦司机叶尔兰·|卡西莫夫: the parts after a name's dot too, and a dotted name
            span = (span[0], dotted_name_at(text, span[0]) or _past_name_dot(text, span[1]))  # read whole where the
            # description's words end (29岁的巴基斯坦籍值长|穆罕默德·阿西夫, not 穆罕默)
        if span is not None and pos <= span[0] < span[1] <= clause_end:
            found.append(Named(span[0], span[1], text[span[0] : span[1]], role=text[pos : span[0]]))
    return found


def _dotted_after_description(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A foreign name of parts joined by a name's dot after a few words that say who the person is, right after 的
    (在万象从事水果出口生意的|老挝商人|宋萨·坎塔冯): (start, end), or None."""
    reach = min(end, pos + DESCRIPTION_REACH + cues().transliterated_max)
    if not any(dot in text[pos:reach] for dot in cues().name_dots) or dotted_name_at(text, pos) is not None:
        return None  # no name's dot near (most 的), or 32岁的|孔索拉塔·瓦伊里姆: the name itself, whatever words jieba reads
    at = pos
    for word, flag in tagged(text[pos : min(end, pos + DESCRIPTION_REACH)])[:ROLE_WORDS]:
        if at > pos and not all(ch in cues().dotted for ch in text[pos:at]):  # (孔索|拉塔·…: no description)
            dotted = dotted_name_at(text, at)
            if dotted is not None and dotted <= end and not _a_brand(text[at:dotted]):
                return at, dotted
        if not flag.startswith(DESCRIPTION_TAGS):
            return None
        at += len(word)
    return None


DESCRIPTION_REACH = 12  # characters of the words between 的 and a name they describe (老挝商人, 印尼籍工程师)
DESCRIPTION_TAGS = ("n", "ns", "nt", "b", "a")  # nouns, places and attributes: who the person is


def _described_as(text: str, start: int, de: int) -> str:
    """What a clause says a person named after its 的 does or is (在琅勃拉邦经营民宿|的|占塔·西萨瓦): their role, after any
    dateline that opens the clause (新华社万象3月5日电（记者 李明）|在万象从事水果出口生意的…)."""
    return text[max([start] + [text.rfind(mark, start, de) + 1 for mark in CLAUSE_MARKS + DATELINE_ENDS]) : de]


DATELINE_ENDS = "）) \u3000"  # what ends a dateline before its lead (…电（记者 李明）, …6月5日电 )


AGED_REACH = 30  # characters after an age read for the person it introduces
ATTRIBUTIVE = re.compile("的")


def _described_name(text: str, pos: int, end: int) -> int | None:
    """The end of a name right after 的 at ``pos`` that a follower of names ends (的|刘子涵|在), or None: a name of a known
    surname that jieba reads as a person's name, or a foreign name of parts a name's dot joins (家住雅加达的|丽娜·普特丽|在)."""
    near = text[pos : pos + 2 * cues().transliterated_max + 1]
    dotted = dotted_name_at(text, pos) if any(dot in near for dot in cues().name_dots) else None
    if dotted is not None and dotted <= end and not _a_brand(text[pos:dotted]):
        return dotted  # (a name's dot joins no other words: 老挝商人宋萨·坎塔冯|对此深有体会)
    e = name_at(text, pos)
    if e is None or e > end or not (cues().follower.match(text, e) or _doing_with(text, e)):
        return None
    words = tagged(text[pos : e + 2])  # 黄|淑珍: a name jieba reads apart from its surname counts too
    return e if words and (words[0] == (text[pos:e], "nr") or _split_surname(text, pos, words) == (pos, e)) else None


def _doing_with(text: str, pos: int) -> bool:
    """Whether a verb and 着 follow ``pos`` (务工的刘春梅|带着两个孩子走出站台, 巡查的王建华|扛着沙袋), in a clause that the
    person named before heads (not 李建国又来到…任教的张丽华拿着…: the clause's own subject is another): what they are
    doing as the text shows them, so the name ends there."""
    words = tagged(text[pos : pos + DOING_READ])
    doing = len(words) >= 2 and words[0][1].startswith(VERB) and words[1][0] == DURATIVE \
        or bool(words) and words[0][1].startswith(VERB) and len(words[0][0]) > 1 and words[0][0].endswith(DURATIVE)
    opened = max(text.rfind(mark, 0, pos) for mark in CLAUSE_MARKS) + 1
    return doing and name_at(text, opened) is None


DOING_READ = 4  # characters after a name read for a verb and 着
DURATIVE = "着"


CLAUSE_MARKS = "，,。；;！？!?：:“”"


CONJUNCTIONS = "和与及同跟"  # surnames too, rarely; a conjunction after a title joins it to the next noun


def _not_read_as_a_name(text: str, pos: int) -> bool:
    """Whether jieba reads what starts at ``pos`` as no name: its first word is no person's name (和|救援, 向|记者)."""
    words = tagged(text[pos : pos + NAME_WINDOW])
    return not words or words[0][1] not in PERSON_TAGS


def ministers_title(text: str, end: int) -> bool:
    """Whether the ministry's name that ends at ``end`` opens its minister's title before the minister's name (财政部|长
    金人庆说, 美国商务部|长罗斯表示): the ministry is named, as 财政部部长 names it; 农业部长会议 names none."""
    return text.startswith(MINISTER_END, end) and name_after_title(text, end + len(MINISTER_END)) is not None


MINISTER_END = "长"  # 部 + 长: a ministry's name and its minister's title share 部


def _repeated_longer(text: str, pos: int, end: int) -> bool:
    """Whether the name read at ``pos:end`` runs on by one given-name character that the text repeats with it every time
    it names it near here, and that jieba reads as one person's name with it each time (牧民白吉仁台…白吉仁台笑着说:
    a Mongolian name of four characters, not 白吉仁), with something else after it each time and once 的 or a
    punctuation mark; not a verb or adverb that opens what the person does (杨秀兰望着…杨秀兰望着, 张桂英边干活…张桂英边说)."""
    lo, hi = max(0, pos - NAME_REACH), min(len(text), end + NAME_REACH)
    name, longer = text[pos:end], text[pos : end + 1]
    if not _given(longer[-1:]) or cues().follower.match(text, end):
        return False
    seen = text.count(longer, lo, hi)
    if seen < NAME_REPEATS or seen != text.count(name, lo, hi):
        return False
    after, at = set(), text.find(longer, lo, hi)
    while at >= 0:
        words = tagged(text[at : at + NAME_WINDOW])
        if not words or words[0] != (longer, words[0][1]) or words[0][1] not in PERSON_TAGS:
            return False
        after.add(text[at + len(longer) : at + len(longer) + 1])
        at = text.find(longer, at + len(longer), hi)
    # 白吉仁台|搓…白吉仁台|从…白吉仁台|的: what follows varies, and once it closes the name (not 杨秀兰望|着…杨秀兰望|着,
    return len(after) > 1 and not after.isdisjoint(NAME_CLOSERS)  # 张桂英边|干活…张桂英边|说)


NAME_CLOSERS = frozenset("的，。、；：！？,;:!?”）)")  # what stands right after a name and nothing inside one


NAME_REACH = 3000  # characters either side of a name where the text's other mentions of it are read
NAME_REPEATS = 2  # times a text names a person with the same next character before it is part of the name


def familiar_at(text: str, pos: int) -> Named | None:
    """A familiar form of address starting at ``pos`` (老卢, 小李), read as the person of that surname the text names
    in full after a title or a naming word: the nearest before it, else the first after (老卢正在…。老卢全名为卢宝生).
    None where the text names no one of that surname so (老师 and 小时 stay words), and inside a name (王小林)."""
    c = cues()
    if not text.startswith(c.familiar, pos) or text[pos + 1 : pos + 2] not in c.surnames:
        return None
    if pos and text[pos - 1] in c.surnames:
        return None  # 王小林: 小 is a given name's
    full = _full_names(text).get(text[pos + 1])
    if not full:
        return None
    at = bisect.bisect_left(full, (pos, ""))
    return Named(pos, pos + 2, full[at - 1][1] if at else full[0][1], familiar=True)


@lru_cache(maxsize=1)
def _full_names(text: str) -> dict[str, list[tuple[int, str]]]:
    """The people ``text`` names in full right after a title or a naming word (村民周长顺, 全名为卢宝生), by surname:
    where each is named, and the name. No jieba dictionary word (王府井). One pass over the text for all surnames,
    for the one document being read."""
    from .places import common_words  # names are read before places in the package's import order

    c = cues()
    found: dict[str, list[tuple[int, str]]] = {}
    for m in c.naming.finditer(text):
        at = m.end()
        end = name_at(text, at)
        if end is not None and end - at >= 2 and text[at] not in c.familiar and text[at:end] not in common_words():
            found.setdefault(text[at], []).append((at, text[at:end]))
    return found


def named_before(text: str, pos: int) -> Named | None:
    """Whoever is named ending at ``pos``: a name with or without a title after it (习近平总书记, 张莹),
    a form of address (裘先生, and 马局长 at the head of a clause), or a title or pronoun alone at the head of a
    clause (，总书记; 。他)."""
    c = cues()
    written = c.after_name.search(text, max(0, pos - 5), pos)
    if written is not None:
        title, at = written.group(), written.start()
        hit = name_before(text, at)
        if hit and title in c.forms and text[at - 1] in c.surnames and c.titles.fullmatch(text, hit[0], at - 1):
            hit = None  # 游客|陈|女士: a role, then a surname and its form of address, not one name 游客陈
        if hit and hit[1][-1] in OFFICE_ENDS and hit[0] > 0 and _CJK.match(text[hit[0] - 1]):
            hit = None  # 市卫生健|康委|主任: the end of a body's name before its official's title, not a name
        if hit:
            return Named(hit[0], pos, hit[1], title)
        if title in c.forms and at > 0 and _CJK.match(text[at - 1]) and text[at - 1] not in c.not_surnames:
            return Named(at - 1, pos, text[at - 1 : pos])  # 裘先生: any character before a form of address
        if title in c.post_titles and clause_initial(text, at):
            return Named(at, pos, "", title)
        if title in c.post_titles and at > 0 and text[at - 1] in c.surnames and clause_initial(text, at - 1):
            return Named(at - 1, pos, text[at - 1 : pos], title)  # 马局长: a surname and a post title, as one is addressed
    familiar = familiar_at(text, pos - 2) if pos >= 2 else None
    if familiar is not None:
        return familiar
    hit = name_before(text, pos)
    if hit:
        return Named(hit[0], pos, hit[1])
    if pos > 0 and text[pos - 1] in c.pronouns and (clause_initial(text, pos - 1) or text[pos - 2 : pos - 1] == CITED and clause_initial(text, pos - 2)):
        return Named(pos - 1, pos, "", text[pos - 1])  # (据|他|介绍，…: whom the text cites is the one last named)
    return None


CITED = "据"
OFFICE_ENDS = "委局厅办署"  # the last characters of bodies' office words (卫生健康委, 农业农村局), which end no given name


def named_at(text: str, pos: int) -> Named | None:
    """Whoever is named starting at ``pos``: a pronoun (他, not 他们), a title alone or before a name
    (总书记, 主席习近平), or a name with the title after it (习近平总书记)."""
    c = cues()
    if text.startswith(c.pronouns, pos) and not text.startswith("们", pos + 1):
        return Named(pos, pos + 1, "", text[pos])
    title = next((t for t in c.post_titles if text.startswith(t, pos)), "")
    if title:
        end = name_after_title(text, pos + len(title))
        return Named(pos, end, text[pos + len(title) : end], title) if end else Named(pos, pos + len(title), "", title)
    familiar = familiar_at(text, pos)
    if familiar is not None:
        return familiar
    end = dotted_name_at(text, pos) or name_at(text, pos)
    if end is None:
        return None
    title = next((t for t in c.post_titles + c.forms if text.startswith(t, end)), "")
    return Named(pos, end + len(title), text[pos:end], title)


def dotted_name_at(text: str, pos: int) -> int | None:
    """The end of a foreign name of parts joined by a name's dot starting at ``pos`` (孔索拉塔·瓦伊里姆, not read as
    孔索 and a name after it; 部长|通沙·西萨瓦), each part a Han character and a run of the characters of foreign names
    (as ``_past_name_dot`` reads a part); None if no dot joins two."""
    c = cues()
    end, parts = pos, 0
    while True:
        k = end + (end < len(text) and is_cjk(text[end]))
        while k < len(text) and k - end < c.transliterated_max and text[k] in c.dotted:
            k += 1
        if k - end < DOTTED_PART_MIN and parts:
            k = end + _name_word_after_dot(text, end)  # 多明戈斯·|卡济亚: a part jieba reads as a name, whatever its characters
        if k - end < DOTTED_PART_MIN:
            return None
        if not parts and _part_start(text, end, k) != end:
            return None  # 务工人|员阿卜杜拉·…: a name of Turkic characters starts where jieba starts a word
        parts += 1
        if not (k + 1 < len(text) and text[k] in c.name_dots and is_cjk(text[k + 1])):
            k = _part_end(text, end, k) if parts > 1 else k
            return k if parts > 1 and k - end >= DOTTED_PART_MIN else None
        end = k + 1


def _name_word_after_dot(text: str, end: int) -> int:
    """The length of the word jieba reads right after a name's dot when it tags it as a person's name, else 0; up to a
    verb of saying it glues on (约翰·|李说: 李, one character, too short a part), and of three characters or more."""
    words = tagged(text[end : end + cues().transliterated_max + 1])
    if not words or words[0][1] not in PERSON_TAGS or len(words[0][0]) > cues().transliterated_max:
        return 0
    said = cues().speech_verbs.search(words[0][0])
    length = said.start() if said is not None else len(words[0][0])
    part = words[0][0][:length]
    foreign = part[:1] in cues().transliteration and part[-1:] in cues().dotted  # 卡济亚; not 王伟|笑, 李红|边, 马云|笑
    return length if length >= NAME_WORD_PART_MIN and foreign else 0


NAME_WORD_PART_MIN = 3  # characters of such a part: a shorter word may glue a surname to what follows (约翰·|李笑着说)


def anchored(text: str, named: Named) -> bool:
    """Whether the text marks ``named`` as a person: a title or pronoun with it, or it heads a clause or follows
    a title (主任沈欣), a body (养老保险司聂明隽), a particle (…的李超) or 据 — not 中国古语来 before 回答."""
    c = cues()
    return bool(named.title or not named.name or named.name.endswith(c.forms) or clause_initial(text, named.start)
                or text[named.start - 1] in c.preceders
                or c.title_end.search(text, max(0, named.start - TITLE_REACH), named.start))


def speaker_before(text: str, pos: int, lo: int = 0) -> Named | None:
    """Whoever is named just before a speech verb at ``pos``, adverbs between passed over (裘先生不禁感叹,
    总书记专门指出, 她深情地说); nothing before ``lo`` is read."""
    c = cues()
    framed = speech_frame(text, pos, lo)
    if framed is None:  # 李明近日|接受记者采访时|说: the interview they gave
        framed = next((m.start() for m in INTERVIEW_FRAME.finditer(text, max(lo, pos - INTERVIEW_MAX), pos) if m.end() == pos), None)
    if framed is not None:  # 赵勤|在当天举行的新闻发布会上|说: where or when they spoke stands between name and verb
        for _ in range(TIMES_MAX):  # and when: 李明|日前|在北京接受记者采访时说, 莫哈末|今天上午|在…
            time = next((t for t in c.times if text.endswith(t, lo, framed)), "")
            framed -= len(time)
        return speaker_before(text, framed, lo) if framed > lo else None
    addressed = next((m.start() for m in ADDRESSEE_FRAME.finditer(text, max(lo, pos - ADDRESSEE_MAX), pos) if m.end() == pos), None)
    if addressed is not None and addressed > lo:  # 崔正勋|对中新网记者|表示: whom they told, between name and verb
        return speaker_before(text, addressed, lo)
    if text.endswith(SOUND_NOTE, lo, pos):  # 崔正勋|（音）: a name written by its sound, as the note says
        return speaker_before(text, pos - len(SOUND_NOTE), lo)
    hit = named_before(text, pos) if pos > lo else None
    foreign = _transliterated_before(text, pos, lo)
    where = next((h for h in (hit, foreign) if h is not None and h.start - 1 > lo and _located(text, h.start)), None)
    if where is not None:  # 沙伦赛·贡玛西日前在|万象表示: where the speaker spoke, read as a name; the speaker is before it
        return speaker_before(text, where.start - len(LOCATIVE), lo)
    if hit is not None and hit.start >= lo and not (hit.name and c.adverbs.fullmatch(hit.name)):
        # 明确 after 习近平总书记 is an adverb, not 明 and a given name; 秘书长古特雷斯 is not 雷斯
        return foreign if foreign is not None and foreign.start < hit.start and hit.name else _with_part_before_dot(text, hit, lo)
    if foreign is not None:
        return foreign
    if not c.adverb_end.search(text, max(lo, pos - 5), pos):
        return None
    for k in range(pos - 1, max(lo, pos - 12) - 1, -1):  # the shortest run of adverbs first
        if c.adverbs.fullmatch(text, k, pos):
            hit = named_before(text, k)
            foreign = _transliterated_before(text, k, lo)  # 布林肯|同时表示: a foreign name, not 林肯 after 布
            if foreign is not None and (hit is None or foreign.start < hit.start) and hit is not None and hit.start >= lo:
                return foreign
            if hit is not None and hit.start >= lo:
                return hit
    return None


def _with_part_before_dot(text: str, hit: Named, lo: int) -> Named:
    """A name read by its surname after a name's dot, with the part before the mark (埃尔默·|席亚勒表示: 席 is a surname
    too), when that part is a run of the characters of foreign names; ``hit`` as it is otherwise."""
    c = cues()
    dot = hit.start - 1
    if not hit.name or dot <= lo or text[dot] not in c.name_dots:
        return hit
    k = dot
    while k > lo and dot - k < c.transliterated_max and text[k - 1] in c.dotted:
        k -= 1
    k = _part_start(text, k, dot)
    return replace(hit, start=k, name=text[k : hit.start] + hit.name) if dot - k >= DOTTED_PART_MIN else hit


INTERVIEW_FRAME = re.compile(r"接受[^，,。；;：:“”\s]{0,12}?(?:采访|专访)时?")  # 接受新华社记者采访时, 接受本报专访时
INTERVIEW_MAX = 16  # characters of such a frame
TIMES_MAX = 2  # words of time before a frame (今天|上午)
ADDRESSEE_FRAME = re.compile(r"[对向跟][^，,。；;：:“”\s]{0,8}?记者")  # 对中新网记者, 向本报记者: whom a speaker told
ADDRESSEE_MAX = 11  # characters of such a frame
SOUND_NOTE = "（音）"  # after a foreign name transliterated by its sound (崔正勋（音）)


def speech_frame(text: str, pos: int, lo: int) -> int | None:
    """Where a frame of place or time that ends right before a speech verb opens (在当天举行的新闻发布会上说, 在接受记者
    采访时表示), its 在 a word of its own or after a foreign name with a name's dot; None when there is none."""
    at = text.rfind(LOCATIVE, max(lo, pos - SPEECH_FRAME_MAX), pos)
    while at > lo and not SPEECH_FRAME.fullmatch(text, at, pos):
        at = text.rfind(LOCATIVE, max(lo, pos - SPEECH_FRAME_MAX), at)
    if at <= lo:
        return None
    words = tagged(text[max(lo, at - LOCATIVE_WINDOW) : at + len(LOCATIVE)])
    if words and words[-1][0] == LOCATIVE:
        return at
    foreign = _transliterated_before(text, at, lo)  # 基普罗诺·切鲁伊约特|在接受…时说: jieba reads 特在 as one word; a
    # surname alone of three characters or more too (尤苏波夫|在致辞中说)
    named = foreign is not None and (any(dot in foreign.name for dot in cues().name_dots) or len(foreign.name) >= FOREIGN_SURNAME_MIN)
    return at if named else None


FOREIGN_SURNAME_MIN = 3  # characters of a foreign surname read alone before 在 (尤苏波夫; not two, which words share)


SPEECH_FRAME = re.compile(r"在[^，。；：、“”\s]{1,20}(?:上|中|时|期间)")
SPEECH_FRAME_MAX = 22  # characters of 在 and a frame (在当天举行的新闻发布会上)


def _located(text: str, start: int) -> bool:
    """Whether the preposition 在 stands as a word of its own right before ``start`` (日前在|万象表示; not 现在, 正在)."""
    if not text.endswith(LOCATIVE, 0, start):
        return False
    words = tagged(text[max(0, start - LOCATIVE_WINDOW) : start])
    return bool(words) and words[-1][0] == LOCATIVE


LOCATIVE = "在"
LOCATIVE_WINDOW = 4  # characters before a name that jieba reads for the preposition


def _transliterated_before(text: str, pos: int, lo: int) -> Named | None:
    """A foreign name written in transliteration ending at ``pos`` (蒂妮说, 乘客塞普提亚万说): a run of the
    characters of foreign names after the start of the clause, 的 or a title, that is no place."""
    from .places import find as places_in  # names are read before places in the package's import order

    c = cues()
    if pos - 1 > lo and text[pos - 1] in c.part_breaks and text[pos - 2] in c.dotted:
        pos -= 1  # 库尔班·托合提|则表示: the adverb before the verb is no part of a name
    s = _run_start(text, pos, lo, c.dotted)  # 热合曼·吾斯曼表示: the characters of Turkic names, in a dotted name only
    dot = next((k for k in range(s, pos) if text[k] in c.name_dots), None)
    s = _part_start(text, s, dot) if dot is not None else _run_start(text, pos, lo, c.transliteration)
    for start in range(s, pos - 1):  # the longest run first
        if text[start] in c.name_dots or start > s and text[start - 1] in c.name_dots:
            continue  # (热合曼·|吾斯曼: no name starts after its dot)
        run = text[start:pos]
        dotted = start == s and any(dot in run for dot in c.name_dots)  # 司机|西蒂·努尔哈莉莎: two parts joined by a
        # name's dot are a foreign name after any word, whatever words jieba reads in it (热合|曼·吾斯曼)
        opens = dotted or clause_initial(text, start) or text[start - 1] == c.attributive \
            or c.title_end.search(text, max(0, start - TITLE_REACH), start)
        if opens and not places_in(run) and (dotted or not _common_word(run)) and run not in not_people():
            return Named(start, pos, run)
    return None


def _run_start(text: str, pos: int, lo: int, chars: frozenset[str]) -> int:
    """Where a run of name characters ending at ``pos`` starts, its parts joined by a name's dot (埃里希·|斯塔克: the part
    before the mark belongs to the name), each part at most ``transliterated_max`` long."""
    c = cues()
    s = part = pos
    while s > lo:
        if part - s < c.transliterated_max and text[s - 1] in chars:
            s -= 1
        elif s < part and s - 1 > lo and text[s - 1] in c.name_dots and text[s - 2] in chars:
            s = part = s - 1
        else:
            break
    return s


@lru_cache(maxsize=1)
def not_people() -> frozenset[str]:
    """Names that speak but are no person: registered bodies and brands by every name (比亚迪, 特斯拉, 沃尔玛表示), and
    forms of address and titles (伯伯说)."""
    from .organizations import registry  # bodies are read after names in the package's import order

    bodies = {surface for row in registry().values() for surface in [row["name"], *row["aliases"].split("|")] if surface}
    return frozenset(bodies) | frozenset(cues().forms) | frozenset(cues().post_titles)


def _common_word(run: str) -> bool:
    """Whether jieba reads a word of two or more characters in ``run`` as a word other than a name (基本|要求, 普遍认为);
    names it does not know it reads as names (布兰德, 蒂妮) or splits, or reads as a classifier (法|赫里)."""
    return any(len(word) > 1 and flag not in NAME_TAGS and flag != CLASSIFIER for word, flag in tagged(run))


CLASSIFIER = "q"


NAME_TAGS = ("nr", "nrt", "nrfg", "ns")  # jieba's tags of people's and places' names (not nz: brands, 腾讯)


GLOSS = re.compile(r"[（(][^（()）]*[，,；;][^（()）]*[)）]")  # a gloss of clauses; not 中策橡胶（天津）有限公司
GLOSS_END = re.compile(r"^[^（(]*[)）]")


def role(text: str, lo: int, name_start: int) -> str:
    """The role written before a name, from ``lo`` (人社部就业促进司司长 in 人社部就业促进司司长张莹)."""
    aside = GLOSS.sub("", text[lo:name_start])  # 嘎查(嘎查,蒙语,意为村)牧民: a gloss is no part of it, nor
    aside = GLOSS_END.sub("", aside)  # its end where the clause opened inside it
    written = re.split(r"[，,；;\s]", aside.strip("，,、 ”“"))[-1]  # not the dateline before a space
    close = max(written.rfind(")"), written.rfind("）"))
    if close >= 0 and not any(c in written[:close] for c in "(（"):  # (记者 陈溯)中国农业农村部副部长: a byline's end
        written = written[close + 1 :]
    return _without_preposition(_without_governing_verb(written.removesuffix(cues().attributive).strip()))


def _without_preposition(role: str) -> str:
    """A role without the preposition its clause opens with (在|市场监管局局长王芳看来, 据|县卫健局局长…): a role is a noun
    phrase."""
    words = tagged(role) if role else ()
    return role[len(words[0][0]) :] if len(words) > 1 and words[0][1] == PREPOSITION and len(role) - len(words[0][0]) >= 2 else role


PREPOSITION = "p"  # jieba's tag


def _without_governing_verb(role: str) -> str:
    """A role without the verb whose object its holder is, and the clause before it (请|环境保护部副部长吴晓青介绍, 今天我们
    邀请到|国家统计局局长康义先生; the verbs are ``governing_verbs``): a role is a noun phrase. Only a verb that is a word of
    its own before a noun goes."""
    verbs = cues().governing_verbs
    if not any(v in role for v in verbs):
        return role
    opening = next((v for v in verbs if role.startswith(v)), "")
    if opening and len(role) > len(opening) + 1:
        return _without_governing_verb(role[len(opening) :])  # 请市|税务局副局长: jieba reads 请市 as one word; a role
        # never opens with the verb
    words = tagged(role)
    at = 0
    for k, (word, _) in enumerate(words[:-1]):  # the last such verb (今天我们邀请到|国家统计局局长): the clause before is
        nxt = k + 1 + (words[k + 1][0] in VERB_COMPLEMENTS)  # its subject's; 到 and 来 complete the verb
        if word in verbs and nxt < len(words) and words[nxt][1].startswith(NOUN_TAGS):
            at = sum(len(w) for w, _ in words[:nxt])
    return role[at:]


VERB_COMPLEMENTS = ("到", "来", "了")  # 邀请到, 请来
NOUN_TAGS = ("n", "j")  # a noun, or an abbreviation (交通运输|部 is tagged j, 部)
