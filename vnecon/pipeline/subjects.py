"""PERIOD and LOCATION spans from patterns and the place lexicon; INDICATOR and SECTOR spans from the subject
region of each fact frame (rules), or from a trained span recognizer placed before this component."""

from __future__ import annotations

import re
import weakref
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable

import srsly
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.util import registry

from ..grammar import PLAN_WORDS, find_periods, find_places
from ..lexicon import alternation, table, words
from ..textview import TextView
from .common import char_span, group, score_labels, set_group, view_of
from .frames import Occupancy, Piece, Pieces, build_frames, pieces_of

_L = r"[^\W\d_]"
# a capital letter of Vietnamese, with or without its marks ("Ấn Độ", "Úc", "châu Âu" as well as "Lào")
_UPPER = "".join(c for lo, hi in ((0x41, 0x5A), (0xC0, 0xDD), (0x100, 0x1B0), (0x1EA0, 0x1EF9))
                 for c in map(chr, range(lo, hi + 1)) if c.isupper())


@lru_cache(maxsize=None)
def _res():
    ind_heads = alternation(words("indicator_heads.txt"))
    sec_heads = alternation(words("sector_heads.txt"))
    connectors = alternation(words("connectors.txt") + words("next_in_rank.txt"))  # "theo sau là Trung Quốc"
    predicates = alternation(words("predicates.txt") + words("estimates.txt") + words("subject_tails.txt") +
                             tuple(f for f, _ in table("qualifiers.tsv")))
    verbs = alternation(words("head_verbs.txt"))
    return {
        "ind_head": re.compile(rf"^(?!(?:{verbs})(?!{_L}))(?:{ind_heads})(?!{_L})", re.IGNORECASE),
        "ind_word": re.compile(rf"(?<!{_L})(?!(?:{verbs})(?!{_L}))(?:{ind_heads})(?!{_L})", re.IGNORECASE),
        "sec_head": re.compile(rf"^(?:{sec_heads})(?!{_L})", re.IGNORECASE),
        # (and a row's number: "1. Tăng trưởng GRDP", "II. Cho vay", "b) EU")
        "lead_conn": re.compile(rf"^(?:[\s,;:.\-–—•*+|/)]|(?:\d{{1,2}}|[IVX]{{1,4}}|[a-zđ])[.)](?=\s)|"
                                rf"(?:{connectors})(?!{_L}))+", re.IGNORECASE),
        # "nước ngoài" and "vốn thực hiện" are names, not a hedge or a verb at the end of the phrase; the dash or
        # colon before a figure ("EU — 51,7") is no part of the name either
        # (not right after "tỷ lệ" / "tiến độ": "tỷ lệ giải ngân" names a measure, "giải ngân" alone is a verb; not
        # "lên" after "trở": "lao động từ 15 tuổi trở lên")
        "tail_pred": re.compile(rf"(?<!tỷ\slệ)(?<!tỷ\slệ\s)(?<!tiến\sđộ)(?<!tiến\sđộ\s)(?<!trở)(?<!trở\s)"
                                rf"(?:(?<!{_L})(?:{predicates}|tăng\s+cao|tăng\s+mạnh|"
                                rf"tăng\s+nhẹ|giảm\s+mạnh|giảm\s+nhẹ|tăng|giảm|(?<!vốn\s)thực\s+hiện|(?<!vi\s)tính|{_NEW}|đã|được|cũng|vẫn|"
                                rf"chỉ|đến|tuy)|[\s,;:.\-–—|…])+$", re.IGNORECASE),
        # where a subject phrase stops: places and "trên địa bàn ...", quantifiers, asides
        "stop": re.compile(rf"(?<!{_L})(?:trên\s+địa\s+bàn|tại\s+địa\s+bàn|toàn\s+tỉnh|toàn\s+thành\s+phố|của\s+tỉnh|"
                           rf"của\s+thành\s+phố|trên\s+toàn\s+quốc|của\s+cả\s+nước|cả\s+nước|toàn\s+quốc|một\s+số|"
                           rf"ước\s+tính|ước\s+thực\s+hiện|ước\s+đạt|dự\s+kiến|dự\s+ước|ước)(?!{_L})|\([^()]*\)|[()\[\]]|"
                           # ranks ("xếp thứ hai", "đứng thứ 3/63") and "tại <place>" name no subject
                           rf"(?<!{_L})(?:(?:đứng|xếp)\s+(?:thứ|hạng)\s+[^\s,;:]+|thứ\s+(?:hai|ba|tư|năm|nhất)|"
                           rf"tại\s+[^,;:()]+|"
                           # a pointer back to what was named before ends the name: "dự án FDI trong số này", "số lao
                           # động đang làm việc trong các dự án này", "số lao động làm việc trong đó"
                           rf"trong\s+(?:số\s+)?(?:đó|này)(?!{_L})|trong\s+(?:các|những)\s+[^,;:()\d]*?(?<!{_L})(?:này|đó)(?!{_L}))",
                           re.IGNORECASE),
        # (and a continent: "khách đến từ châu Á", "xuất khẩu sang châu Âu")
        "split_market": re.compile(rf"\s+(?:sang|vào|tại|(?:đến\s+)?từ|qua)\s+(?=(?:thị\s+trường\s+|cảng\s+|"
                                   rf"cửa\s+khẩu\s+|châu\s+)?"
                                   rf"(?-i:[{_UPPER}]))|\s+(?:của|đối\s+với)\s+"
                                   rf"(?=ngành|nhóm|khu\s+vực|khối|doanh\s+nghiệp|hàng|mặt\s+hàng|lĩnh\s+vực|dịch\s+vụ|công\s+nghiệp)|"
                                   rf"\s+(?=nhóm\s+hàng|mặt\s+hàng|ngành\s+hàng)",
                                   re.IGNORECASE),
        # (not "với mức tăng 9,1%": a rise's wording, no new subject)
        "joiner": re.compile(rf"\s(?:với|cùng)\s+(?!mức\s*$|mức\s+(?:tăng|giảm)(?!{_L}))(?=(?:{ind_heads})(?!{_L}))",
                             re.IGNORECASE),
        "split_head": re.compile(rf"(?:{alternation(words('split_heads.txt'))})", re.IGNORECASE),
        "preamble": re.compile(rf"(?<!{_L})(?:{alternation(words('preambles.txt'))})(?:\s*(?:rằng|là))?(?!{_L})"
                               rf"\s*[,:]?", re.IGNORECASE),
        # a clause joined by a conjunction: the subject is in the clause after it ("nguồn cung chưa phục hồi nên giá
        # thịt lợn hơi ...", "tuy vậy các doanh nghiệp mới ...")
        "conjunction": re.compile(rf"(?<!{_L})(?:nên|vì\s+vậy|vì\s+thế|do\s+đó|do\s+vậy|tuy\s+vậy|tuy\s+nhiên|tuy|"
                                  rf"nhưng|song|cộng\s+thêm)(?!{_L})", re.IGNORECASE),
        "quantifier": re.compile(rf"^(?:một\s+số|các|những|nhiều|hầu\s+hết)\s+", re.IGNORECASE),
    }


# a measure word that counts turns or times, alone: "Đường bộ | 2,5 triệu lượt | 14,2": what the turns are of is
# named elsewhere ("lượt khách" names a subject, "lượt" alone does not)
CLASSIFIER = re.compile(r"(?:lượt|lần|đợt)", re.IGNORECASE)


# a section label before a colon: "Chăn nuôi", "Trồng trọt", "Thủy sản"
_HEADING = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*")


# a recognized "subject" that is only an activity verb ("sản xuất" in "tủ lạnh sản xuất đạt ...")
_NOT_A_SUBJECT = re.compile(r"(?i)(?:sản\s+xuất|thực\s+hiện|hoạt\s+động|tiêu\s+thụ|xuất\s+khẩu|nhập\s+khẩu)")


# "mới" ends a name as an adverb ("Tổng thu mới đạt 45%"), but after a verb of founding, granting or hiring, or a
# few nouns, it is the name's own word: "doanh nghiệp thành lập mới", "dự án FDI cấp mới", "việc làm mới"
_NEW = "".join(rf"(?<!{w}\s)" for w in ("lập", "cấp", "làm", "ký", "trồng", "tư", "hút", "nhận", "tuyển", "mở",
                                         "dựng", "nghiệp", "án", "giống")) + "mới"
# "chỉ số sản xuất toàn ngành công nghiệp": the whole that an indicator measures
_WHOLE_OF = re.compile(r"\s+toàn\s+ngành(?:\s+công\s+nghiệp)?(?![^\W\d_])", re.IGNORECASE)
_LOWER_WORD = r"\s+[^\W\d_A-ZĐ][^\W\d_]*"  # a word that opens with a lower-case letter, after its space
_SHORT_TAIL = re.compile(rf"(?:{_LOWER_WORD}){{1,2}}")  # one or two lower-case words
_MADE_AFTER = re.compile(r"\s*sản\s+xuất\s+(?:ước\s+)?đạt(?![^\W\d_])", re.IGNORECASE)

_CATALOGUE_TAIL = re.compile(rf"(?:{_LOWER_WORD}){{1,4}}")  # up to four lower-case words


def _completes_a_name(cut: str, whole: str) -> bool:
    """Whether the words after a recognized sector make it a name of the industry or product catalogues that the
    recognized words alone are not."""
    from ..normalize.sectors import link_sector

    return link_sector(cut) is None and link_sector(whole) is not None


def _trim(norm: str, a: int, b: int) -> tuple[int, int]:
    """Strip connectors at the start and predicates, hedges and punctuation at the end of [a, b)."""
    if b <= a:
        return a, b
    s, e = _trimmed(norm[a:b])
    made = _MADE.search(norm, a + s, a + e)
    if made and _REACHED.match(norm, b) and not _res()["ind_head"].fullmatch(norm[a + s:made.start()].rstrip()):
        # (not "giá trị sản xuất ước đạt ...", where "sản xuất" is what the head measures)
        return _trim(norm, a + s, made.start())  # "tủ lạnh sản xuất đạt 466.130 chiếc": "sản xuất đạt" is the verb
    return a + s, a + e


_LETTER = re.compile(_L)
_XUAT_END = re.compile(r"(?<![^\W\d_])xuất$", re.IGNORECASE)
_NHAP_START = re.compile(r"nhập\s+khẩu(?![^\W\d_])", re.IGNORECASE)
# the mark that numbers an item of a list: "a) ", "2. ", "IV. ", "- b) "
_ITEM_MARK = re.compile(r"[\s\-–—•*+]*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+")
_CLAUSE = re.compile(r"[^,;:]+")  # a clause of a subject region, between commas, semicolons and colons
_MADE = re.compile(r"(?<=\s)sản\s+xuất\s*$", re.IGNORECASE)
_REACHED = re.compile(r"\s*(?:đạt|ước)(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _trimmed(text: str) -> tuple[int, int]:
    """`_trim` inside `text` alone: the same short phrases are trimmed for many frames, and by both components."""
    r = _res()
    a, b = 0, len(text)
    m = r["lead_conn"].match(text)
    if m:
        a = m.end()
    m = r["tail_pred"].search(text[a:])
    if m:
        b = a + m.start()
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    opened = text.find("(", a, b)
    if opened > a and text.find(")", opened, b) < 0:
        b = opened  # "khu vực có vốn đầu tư nước ngoài (FDI": a parenthesis the phrase does not close is no part of it
        while b > a and text[b - 1].isspace():
            b -= 1
    cause = None
    for cause in _CAUSE.finditer(text, a, b):
        pass
    if cause is not None and r["ind_head"].match(text[cause.end():b]):
        a = cause.end()  # "Kỳ nghỉ ... đã giúp lượng khách du lịch": what the cause moved is the subject
    copula = _COPULA.search(text, a, b)
    if copula is not None:
        before = text[a:copula.start()].rstrip(" ,")
        if _RANK.search(before) and copula.end() < b:
            # "xếp sau là gạch khối bằng bê tông", "lĩnh vực được chọn nhiều nhất vẫn là ...": the name follows
            s, e = _trimmed(text[copula.end():b])
            return copula.end() + s, copula.end() + e
        if r["ind_head"].match(before) or r["sec_head"].match(before):
            return a, a + len(before)  # "dịch vụ là khu vực tăng nhanh nhất": what follows "là" describes the name
    adverb = _ASPECT.search(text, a, b)
    if adverb is not None and not _PLAN_WORD.search(text, adverb.end(), b):
        # "lượng tồn kho vẫn ở mức cao", "các doanh nghiệp mới chỉ đăng ký": what follows the adverb is the predicate
        # (not a target's: "hiệp hội vẫn đặt mục tiêu xuất khẩu" names the target after it)
        b = adverb.start()
        while b > a and text[b - 1] in " \t,":
            b -= 1
        if b <= a:
            return a, a  # "vẫn là điểm đến chủ lực", "chỉ riêng": a predicate with no name before it
        s, e = _trimmed(text[a:b])  # what is left before the adverb is trimmed again ("tuy mới chỉ vượt ...")
        return a + s, a + e
    return a, b


# adverbs of aspect and focus that stand only before a verb: the subject's noun phrase ends before them ("mới chỉ"
# as one: not "doanh nghiệp mới"; "chỉ" not in "chỉ số", "chỉ tiêu", "chứng chỉ")
_ASPECT = re.compile(rf"(?<!{_L})(?:vẫn|cũng|tiếp\s+tục|đều|sẽ|(?:mới\s+)?(?<!chứng\s)chỉ(?!\s+(?:số|tiêu|đạo|thị))"
                     rf")(?!{_L})", re.IGNORECASE)
_PLAN_WORD = re.compile(rf"(?<!{_L})(?:{PLAN_WORDS})(?!{_L})", re.IGNORECASE)
_CAUSE = re.compile(rf"(?<!{_L})(?:giúp(?:\s+cho)?|khiến(?:\s+cho)?|làm\s+cho)\s+", re.IGNORECASE)
_COPULA = re.compile(rf"(?<!{_L})(?:chủ\s+yếu\s+|vẫn\s+|đều\s+|tiếp\s+tục\s+)?(?:là|giữ\s+(?:vị\s+trí|vai\s+trò)|"
                     rf"đóng\s+vai\s+trò|áp\s+đảo)(?!{_L})", re.IGNORECASE)
# a rank or a remark before "là" names nothing itself
_RANK = re.compile(r"^(?:nổi\s+bật|đáng\s+chú\s+ý|đứng\s+đầu|dẫn\s+đầu|xếp\s+sau|đứng\s+sau|tiếp\s+đến|tiếp\s+theo|"
                   r"theo\s+sau)(?:\s+lần\s+lượt)?$|(?<![^\W\d_])(?:cao|thấp|lớn|nhỏ|nhiều|ít|mạnh|nhanh|chậm|sâu)\s+nhất$",
                   re.IGNORECASE)


_NAMED_AFTER = re.compile(rf"[ \t]+{_L}[^,;.:()|\n\d]*?(?:[,;]\s*(?:(?:tương\s+ứng|tương\s+đương|tức)(?!{_L})\s*)?|"
                          rf"\s*\(\s*)?", re.IGNORECASE)


def _named_after(norm: str, frame, cuts: "Pieces") -> tuple[int, int] | None:
    """What a figure measures when it is written between the figure and its comparison and opens with an indicator
    word: "thu về 6.373 tỷ đồng doanh thu du lịch (tăng 39,1%)", "1,53 tỷ USD vốn đầu tư trực tiếp nước ngoài, đạt
    128% kế hoạch"."""
    if frame.value is None or not frame.changes or frame.changes[0].start <= frame.value.end:
        return None
    a, b = frame.value.end, frame.changes[0].start
    if cuts.overlapping(a, b) or not _NAMED_AFTER.fullmatch(norm, a, b):
        return None
    s, e = _trim(norm, a, b)
    return (s, e) if s < e and _res()["ind_head"].match(norm[s:e]) else None


# a word that opens an adverbial clause (a topic, a place, a time, a cause), not an item of a list of names
_OPENER = re.compile(rf"(?:về|ở|đối\s+với|với|tại|theo|trong|ngoài|nhờ|do|vì|khi|sau|trước|từ|đến|năm|tháng|quý|"
                     rf"tuần|ngày|kỳ|riêng|hiện|cùng|cũng|so|sang|qua|nay|bên|xét|để|trên|dưới|nhìn)(?!{_L})", re.IGNORECASE)


def _list_item(norm: str, parts: list[tuple[int, int]], k: int) -> bool:
    """Whether clause k of a subject region is an item of a list of names that the clause after it continues:
    "may mặc, mũ nón, giày dép", "Giày, dép", "lương thực, thực phẩm": a short phrase with no connector, verb,
    number or adverbial opener (nothing trimmed off it), and no connector or opener before the clause after it ("Lâm
    Đồng thấp nhất, ở mức ...") nor a "có" in it. A capitalized item opens the region and is a word or two ("Gỗ, sản
    phẩm từ gỗ"; not "Xét theo nhóm, ...")."""
    after = parts[k + 1][0] + len(norm[parts[k + 1][0]:parts[k + 1][1]]) - \
        len(norm[parts[k + 1][0]:parts[k + 1][1]].lstrip())
    if not _bare(norm, parts[k]) or _trim(norm, *parts[k + 1])[0] != after or _OPENER.match(norm, after) or \
            _HAS_INSIDE.search(norm, after, parts[k + 1][1]):
        return False
    word = norm[parts[k][0]:parts[k][1]].strip()
    if not _ITEM_WORDS.fullmatch(word) or _OPENER.match(word) or _res()["ind_head"].match(word):
        return False
    return word[0].islower() or (k == 0 and len(word.split()) <= 2)


def _name_end(norm: str, parts: list[tuple[int, int]], k: int, e: int) -> int:
    """Where a name that opens clause k of a stretch ends: the clauses after it continue it ("sản xuất giấy và bìa
    nhăn, bao bì từ giấy") up to one that gives a cause or a contrast or that is nothing but connectors and
    predicates ("khu vực công nghiệp và xây dựng, nhờ ...", "khu vực dịch vụ, do ảnh hưởng của dịch bệnh")."""
    for j in range(k + 1, len(parts)):
        ts, te = _trim(norm, *parts[j])
        if ts >= te or _CAUSE_OPENS.match(norm[parts[j][0]:parts[j][1]].lstrip()):
            return parts[j - 1][1]
    return e


# a clause that gives a cause or a contrast, not more of a name
_CAUSE_OPENS = re.compile(rf"(?:do|nhờ|vì|bởi|khi|trong\s+khi|nhưng|song|tuy)(?!{_L})", re.IGNORECASE)


def _bare(norm: str, part: tuple[int, int]) -> bool:
    """Whether a clause is all name: trimming takes no connector before it and no predicate after it."""
    qs, qe = _trim(norm, *part)
    return qs < qe and norm[qs:qe] == norm[part[0]:part[1]].strip()


_ITEM_WORDS = re.compile(rf"{_L}+(?:[ \t]+{_L}+){{0,3}}")
# "góp vốn, mua cổ phần có giá trị vốn góp": a clause that has a measure is a statement, not the last item of a list
_HAS_INSIDE = re.compile(rf"(?<!{_L})có(?!{_L})", re.IGNORECASE)


# a clause opened by "theo" names a source or a basis, not what is measured: "Theo số liệu của Kho bạc Nhà nước
# tỉnh, thu ngân sách ..." (its head word "số" would otherwise win over the subject after the comma)
# (not "xét theo", "phân theo", "chia theo", "tính theo": a breakdown, whose clause names the part)
_SOURCE_BEFORE = re.compile(rf"(?<!{_L})(?<!xét\s)(?<!phân\s)(?<!chia\s)(?<!tính\s)theo\s*$", re.IGNORECASE)


def subject_range(norm: str, a: int, b: int, cuts: list[Piece]) -> tuple[int, int] | None:
    """The noun phrase a statement is about, inside its subject region [a, b): the last stretch that opens with an
    indicator or sector word (or the last stretch at all), stopped by places, periods and asides."""
    r = _res()
    mark = _ITEM_MARK.match(norm, a, b)
    if mark:
        a = mark.end()  # "a) Hoa Kỳ | 338,2": the mark's parenthesis would stop the phrase at the letter
    preamble = None
    for preamble in r["preamble"].finditer(norm, a, b):
        pass
    if preamble is not None and _LETTER.search(norm, preamble.end(), b):
        a = preamble.end()  # "Chủ tịch UBND tỉnh cho biết tốc độ tăng trưởng ...": the subject follows the report verb
    conjunction = None
    for conjunction in r["conjunction"].finditer(norm, a, b):
        pass
    if conjunction is not None and _LETTER.search(norm, *_trim(norm, conjunction.end(), b)):
        a = conjunction.end()  # (not "Bộ Y tế tuy chỉ 3,1 nghìn tỷ đồng": nothing is named after "tuy")
    # hard stops: recognized spans and stop words split the region into stretches
    near = cuts.overlapping(a, b) if isinstance(cuts, Pieces) else [p for p in cuts if p.start < b and p.end > a]
    stops = sorted([(p.start, p.end) for p in near] +
                   [(a + m.start(), a + m.end()) for m in r["stop"].finditer(norm[a:b])])
    stretches = []
    pos = a
    for s, e in stops:
        if s > pos:
            stretches.append((pos, s))
        pos = max(pos, e)
    if pos < b:
        stretches.append((pos, b))
    candidates = []
    for s, e in stretches:
        # clauses inside a stretch: the subject is the last clause that starts with a head word
        parts = [(s + m.start(), s + m.end()) for m in _CLAUSE.finditer(norm[s:e])]
        # "... còn hiệu lực với tổng vốn đầu tư": a new subject after "với" / "và" when a head word follows
        split = []
        for ps, pe in parts:
            cut = ps
            for m in r["joiner"].finditer(norm[ps:pe]):
                split.append((cut, ps + m.start()))
                cut = ps + m.end()
            split.append((cut, pe))
        parts = split
        chosen = None
        for k in range(len(parts) - 1, -1, -1):
            ps, pe = _trim(norm, *parts[k])
            if ps < pe and (r["ind_head"].match(norm[ps:pe]) or r["sec_head"].match(norm[ps:pe])):
                k0 = k
                # "nông, lâm nghiệp và thủy sản": a single word before the comma shares the head that follows
                while k > 0:
                    qs, qe = _trim(norm, *parts[k - 1])
                    word = norm[qs:qe]
                    single = re.fullmatch(rf"{_L}+", word) and (word.islower() or k - 1 == 0) and \
                        word.casefold() not in ("năm", "tháng", "quý", "tuần", "ngày", "kỳ") and \
                        not _SOURCE_BEFORE.search(norm, s, qs)  # "Theo bà, lượt khách ...": "bà" is the source
                    # "khu vực nông, lâm nghiệp và thủy sản": the list opens with the sector head
                    listed = r["sec_head"].match(word) and r["sec_head"].match(norm[ps:pe]) and \
                        re.fullmatch(rf"\S+(?:\s+\S+){{0,3}}", word) and re.search(r"(?<!\S)và\s", norm[ps:pe])
                    # "kim ngạch xuất, nhập khẩu hàng hóa": "xuất" shares "khẩu" with the "nhập khẩu" after it
                    shared = _XUAT_END.search(word) and _NHAP_START.match(norm, ps, pe)
                    item = not r["ind_head"].match(norm[ps:pe]) and _list_item(norm, parts, k - 1)
                    if not (qs < qe and norm[parts[k - 1][1]] == "," and (single or listed or shared or item)):
                        break
                    k, ps = k - 1, qs
                chosen = (ps, _name_end(norm, parts, k0, e))
                break
        if chosen is None and parts:
            # no head word: the last clause, unless the region goes on after a comma-less continuation, with the
            # items of a list before it ("may mặc, mũ nón, giày dép")
            k = len(parts) - 1
            while k > 0 and norm[parts[k - 1][1]] == "," and _list_item(norm, parts, k - 1):
                k -= 1
            chosen = (parts[k][0], e)
        if chosen is not None:
            ps, pe = _trim(norm, *chosen)
            if ps < pe and _LETTER.search(norm, ps, pe) and not CLASSIFIER.fullmatch(norm, ps, pe) and \
                    not _SOURCE_BEFORE.search(norm, s, ps):
                candidates.append((ps, pe))
    if not candidates:
        return None
    # the first stretch that opens with an indicator word, else the last with a sector word, else the first
    for ps, pe in candidates:
        if r["ind_head"].match(norm[ps:pe]):
            return ps, pe
    for ps, pe in reversed(candidates):
        if r["sec_head"].match(norm[ps:pe]):
            return ps, pe
    return candidates[0]


# Per Doc, the subject range of each region asked for, with the cuts that overlap it: the subjects component and the
# linker ask for the same regions of the same frames. Weak keys: nothing outlives its Doc.
_ranges: "weakref.WeakKeyDictionary[Doc, dict]" = weakref.WeakKeyDictionary()


def doc_subject_range(doc: Doc, norm: str, a: int, b: int, cuts: Pieces) -> tuple[int, int] | None:
    """`subject_range` of [a, b) in `doc`'s normalized text, found once per Doc: it depends on nothing but the text,
    the region and the cuts that overlap the region."""
    near = cuts.overlapping(a, b)
    key = (a, b, tuple((p.start, p.end) for p in near))
    memo = _ranges.get(doc)
    if memo is None:
        memo = _ranges[doc] = {}
    if key not in memo:
        memo[key] = subject_range(norm, a, b, near)
    return memo[key]


def classify_subject(norm: str, start: int, end: int, item: bool) -> list[tuple[int, int, str]]:
    """INDICATOR and/or SECTOR pieces of a subject phrase."""
    r = _res()
    text = norm[start:end]
    head = r["ind_head"].match(text)
    if head and r["split_head"].fullmatch(head.group()) and end - start > head.end() + 1:
        # "giá xăng RON 95-III": what is measured is the price, the product is the sector
        sec_start = start + head.end()
        while sec_start < end and norm[sec_start].isspace():
            sec_start += 1
        return [(start, start + head.end(), "INDICATOR"), (sec_start, end, "SECTOR")]
    if head:
        m = r["split_market"].search(text)
        if m and m.start() > 0:
            sec_start = start + m.end()
            out = [(start, start + m.start(), "INDICATOR")]
            if sec_start < end:
                out.append((sec_start, end, "SECTOR"))
            return out
        return [(start, end, "INDICATOR")]
    if item or r["sec_head"].match(text):
        q = r["quantifier"].match(text)
        return [(start, end, "SECTOR")] if not q or item else [(start + q.end(), end, "SECTOR")]
    return [(start, end, "INDICATOR")]


_SHARED_RISE = re.compile(r"(?:mức\s+)?tăng(?:\s+trưởng)?\s+chung(?![^\W\d_])", re.IGNORECASE)
# "tăng giá" / "giảm giá" in a lead ("có 6 nhóm hàng tăng giá:") says which way the groups' prices went: the groups'
# measure is the price index named before the list, not "giá" ("mặt hàng tăng sản lượng, như:" does name its measure)
_PRICE_MOVED = re.compile(r"(?i)(?<![^\W\d_])(?:tăng|giảm)\s+$")


# a head word right after "theo" in a lead is the basis a figure is reckoned on ("tính theo giá hiện hành", "theo giá
# so sánh 2010"), not what the list measures
_BASIS_BEFORE = re.compile(r"(?i)(?<![^\W\d_])theo\s+$")


def lead_indicator(norm: str, a: int, b: int, cuts: list[Piece]) -> tuple[int, int] | None:
    """The indicator named in a list's lead clause ("Một số ngành có chỉ số sản xuất tăng cao ... như:")."""
    r = _res()
    text = norm[a:b]
    heads = list(r["ind_word"].finditer(text))
    for m in heads:
        s = a + m.start()
        if re.search(r"(?i)(?<![^\W\d_])một\s+$", norm[max(a, s - 5):s]):
            continue  # "một số" is a quantifier, not "số"
        if _SHARED_RISE.match(norm, s):
            continue  # "đóng góp vào mức tăng chung": the lead's rise, named again, is no indicator
        if norm.count("(", a, s) > norm.count(")", a, s):
            continue  # "có 6 nhóm hàng tăng giá (trên tổng số 11 nhóm chính), cụ thể:": an aside names no indicator
        if _BASIS_BEFORE.search(norm[max(a, s - 5):s]):
            continue  # "Cơ cấu kinh tế, tính theo giá hiện hành, như sau:": a price basis, not the measure
        if m.group().casefold() == "giá" and _PRICE_MOVED.search(norm[max(a, s - 6):s]):
            continue  # "nhóm hàng tăng giá": a movement, not the measure ("tăng sản lượng" names the measure)
        span = subject_range(norm, s, b, cuts)
        if span and span[0] == s:
            # stop at quantifiers like "một số" and at comparison words
            seg = norm[span[0]:span[1]]
            cut = re.search(rf"(?<!{_L})(?:một\s+số|các|có|tăng|giảm|so\s+với)(?!{_L})", seg, re.IGNORECASE)
            end = span[0] + cut.start() if cut else span[1]
            s2, e2 = _trim(norm, span[0], end)
            if s2 < e2:
                return s2, e2
    return None


@registry.misc("vnecon.score_subjects.v1")
def make_subjects_scorer() -> Callable:
    return partial(score_labels, labels=("INDICATOR", "SECTOR", "LOCATION", "PERIOD"))


class Subjects(Pipe):
    """Adds PERIOD and LOCATION spans, and INDICATOR / SECTOR spans where no recognizer has put one."""

    def __init__(self, nlp: Language, name: str = "vnecon_subjects", *, rules: bool = True,
                 scorer: Callable | None = None) -> None:
        self.name = name
        self.rules = rules
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        view = view_of(doc)
        norm = view.norm
        spans = group(doc)
        # a trained recognizer ("ner" before this component) names subjects as entities; they get the same
        # trimming as rule subjects, and one left with no content word is dropped (the rules fill its region)
        occupied = Pieces(Piece(s.start_char, s.end_char, s.label_) for s in spans)
        periods = find_periods(norm)
        when = Pieces(Piece(m.start, m.end, m.kind) for m in periods) if doc.ents else Pieces([])
        for ent in doc.ents:
            if ent.label_ not in ("INDICATOR", "SECTOR", "PERIOD", "LOCATION"):
                continue
            if occupied.overlapping(ent.start_char, ent.end_char):
                continue
            if ent.label_ in ("INDICATOR", "SECTOR"):
                a, b = view.to_norm(ent.start_char), view.to_norm(ent.end_char)
                for p in when.overlapping(a, b):
                    # a period is never part of a subject: "... toàn ngành công nghiệp | 8 tháng đầu năm 2024"
                    if p.start > a:
                        b = min(b, p.start)
                    else:
                        a = max(a, p.end)
                a, b = _trim(norm, a, b) if a < b else (a, a)
                if a >= b or _NOT_A_SUBJECT.fullmatch(norm[a:b]) or CLASSIFIER.fullmatch(norm, a, b):
                    continue
                ent = char_span(doc, *view.span(a, b), ent.label_) or ent
            spans.append(ent)
        taken = Occupancy((s.start_char, s.end_char) for s in spans)
        # periods and places that do not sit inside a recognized value, change or baseline
        for m in periods + find_places(norm):
            s, e = view.span(m.start, m.end)
            if taken.overlaps(s, e):
                continue
            span = char_span(doc, s, e, m.kind)
            if span is not None:
                spans.append(span)
                taken.add(span.start_char, span.end_char)
        set_group(doc, spans)
        if not self.rules:
            return doc
        cuts = Pieces(pieces_of(doc, view, ("PERIOD", "LOCATION", "BASELINE", "QUANTITY", "CHANGE")))
        have = Pieces(pieces_of(doc, view, ("INDICATOR", "SECTOR")))
        new = []
        seen_heads: set[tuple[int, int]] = set()
        extended: dict[tuple[int, int], tuple[int, int]] = {}
        for frame in build_frames(doc, view):
            a, b = frame.region
            lead = None
            if frame.list_head is not None:
                lead = lead_indicator(norm, frame.list_head[0], frame.list_head[1], cuts)
            rng = doc_subject_range(doc, norm, a, b, cuts)
            recognized = have.within(a, b)
            if recognized:
                # a trained recognizer already named the subject; a name it cut at a comma that the rules read as
                # one name ("sản xuất giấy và bìa nhăn, bao bì từ giấy") is extended to the rules' end
                for p in recognized:
                    whole = _WHOLE_OF.match(norm, p.end) if p.label == "INDICATOR" else None
                    if rng is not None and whole is not None and p.start < whole.end() <= rng[1]:
                        # an indicator it cut before "toàn ngành" ("Chỉ số sản xuất | toàn ngành công nghiệp")
                        extended[(p.start, p.end)] = (p.start, whole.end())
                    elif rng is not None and rng[0] <= p.start < p.end < rng[1] and (
                            norm[p.end:rng[1]].lstrip().startswith(",") or
                            # or a product it cut a word or two short of "sản xuất đạt" ("máy cắt | cỏ sản xuất đạt")
                            (len(recognized) == 1 and _SHORT_TAIL.fullmatch(norm, p.end, rng[1]) and
                             _MADE_AFTER.match(norm, rng[1]))):
                        extended[(p.start, p.end)] = (p.start, rng[1])
                    elif rng is not None and p.label == "SECTOR" and rng[0] <= p.start < p.end < rng[1] and \
                            _CATALOGUE_TAIL.fullmatch(norm, p.end, rng[1]) and \
                            _completes_a_name(norm[p.start:p.end], norm[p.start:rng[1]]):
                        # a catalogue name it stopped inside: "sản xuất xe | có động cơ" (VSIC 2910)
                        extended[(p.start, p.end)] = (p.start, rng[1])
            elif rng is not None:
                # under a bare heading ("Chăn nuôi: đàn trâu có 21,3 nghìn con; đàn bò ...") an item names what is
                # measured; under a lead that names it ("kim ngạch xuất khẩu sang: Hoa Kỳ ...") it names a part
                part = frame.item and (lead is not None or frame.lead is not None or
                                       not _HEADING.fullmatch(norm, *frame.list_head))
                new.extend(classify_subject(norm, rng[0], rng[1], part))
            named = _named_after(norm, frame, cuts)
            if named is not None:
                new.append((*named, "INDICATOR"))
            if frame.list_head is not None and frame.list_head not in seen_heads:
                seen_heads.add(frame.list_head)
                if lead is not None and not have.within(*lead):
                    new.append((lead[0], lead[1], "INDICATOR"))
        if extended:
            keep = []
            for span in spans:
                key = (view.to_norm(span.start_char), view.to_norm(span.end_char))
                if key in extended and span.label_ in ("INDICATOR", "SECTOR"):
                    span = char_span(doc, *view.span(*extended[key]), span.label_) or span
                keep.append(span)
            spans = keep
            taken = Occupancy((sp.start_char, sp.end_char) for sp in spans)
        for s, e, label in new:
            span = char_span(doc, *view.span(s, e), label)
            if span is not None and not taken.overlaps(span.start_char, span.end_char):
                spans.append(span)
                taken.add(span.start_char, span.end_char)
        set_group(doc, spans)
        return doc

    def to_disk(self, path, *, exclude=tuple()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        srsly.write_json(Path(path) / "cfg", {"rules": self.rules})

    def from_disk(self, path, *, exclude=tuple()) -> "Subjects":
        cfg = Path(path) / "cfg"
        if cfg.exists():
            self.rules = bool(srsly.read_json(cfg).get("rules", True))
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps({"rules": self.rules})

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> "Subjects":
        self.rules = bool(srsly.msgpack_loads(data).get("rules", True))
        return self


@Language.factory(
    "vnecon_subjects",
    assigns=["doc.spans"],
    requires=["doc.spans"],
    default_config={"rules": True, "scorer": {"@misc": "vnecon.score_subjects.v1"}},
    default_score_weights={"vnecon_indicator_sector_location_period_f": 1.0},
)
def make_subjects(nlp: Language, name: str, rules: bool, scorer: Callable | None) -> Subjects:
    return Subjects(nlp, name, rules=rules, scorer=scorer)
