"""Facts from spans: attach each value and comparison to its subject, period, place and baseline.

Inheritance follows the fact guide: items of a breakdown ("Trong đó", "như:", "cụ thể") take the lead's
indicator, baseline and estimate flag; coordinated clauses closed by one "so với ..." share its baseline; a value
written without its unit takes the unit of the parallel clause; period and place carry over until restated.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from pathlib import Path
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Callable, Iterable, Iterator

import srsly
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from ..errors import Errors
from ..fact import Change, Fact
from ..grammar import (COMPARED_AT, PLAN_WORDS, RESTATED_OPEN, baseline_kind, find_places, listed_rise,
                       parse_change, parse_quantity, percent_declared, phrase_baselines, place_name, top_of_cells,
                       unit_dimension, whole_unit)
from ..lexicon import alternation, mapping, table, words
from .common import ensure_extensions, view_of
from .frames import (_NEAR, _REACHED_PERCENT, Frame, Piece, Pieces, build_frames, elided_about, head_change_type,
                     paren_balance, pieces_of, plan_words)
from .subject_choice import (Candidate, SubjectChooser, abbreviations, features_of_key, indicator_ids, pair_key,
                             situation_of, split_has, split_head, split_of)
from .subjects import _MADE_AFTER
from .subjects import _res as _subject_res
from .subjects import CLASSIFIER, _trim, classify_subject, doc_subject_range

_L = r"[^\W\d_]"


@lru_cache(maxsize=None)
def _res():
    estimates = alternation(words("estimates.txt"))
    qualifiers = alternation([f for f, _ in table("qualifiers.tsv")])
    return {
        "estimate": re.compile(rf"(?<!{_L})(?:{estimates})(?!{_L})", re.IGNORECASE),
        "qual_before": re.compile(rf"(?<!{_L})(?P<q>{qualifiers})\s*$", re.IGNORECASE),
        # a hedge inside a comparison, not the "hơn" of "cao hơn", "nhiều hơn"
        "qual_inside": re.compile(rf"(?<!{_L})(?<!cao\s)(?<!thấp\s)(?<!nhiều\s)(?<!ít\s)(?<!lớn\s)(?<!nhỏ\s)"
                                  rf"(?P<q>{qualifiers})(?!{_L})\s*[+\-]?\d", re.IGNORECASE),
        "value_cue": re.compile(rf"(?:(?<!{_L})(?:đạt|là|ở\s+mức|mức|khoảng|hơn|gần|trên|xấp\s+xỉ|còn|lên|có|với|"
                                rf"lên\s+tới|đạt\s+mức|bằng|ước|ước\s+tính)|[:=])\s*$", re.IGNORECASE),
        # an estimate word in the opening clause of a sentence, before its first comma: "Ước tính đến cuối tháng
        # 8/2016, ...", "Theo số liệu ước tính, ...", "Chăn nuôi: Dự kiến đến hết năm, ..."
        # (also after a topic: "Về chăn nuôi, ước tính tại thời điểm cuối tháng 8/2016, tổng đàn trâu ...")
        # (or figures said to be estimates before the first one: "Số liệu ước tính tại thời điểm tháng 6/2019 cho
        # thấy tổng đàn trâu ...; tổng đàn bò ...", not a baseline "so với số ước thực hiện năm trước")
        "estimate_opener": re.compile(rf"(?:^|(?<=[\n:;.,]))[^\n,:;.]*?(?<!{_L})(?:{estimates})(?!{_L})[^\n,:;]*,|"
                                      rf"(?<!{_L})(?<!với\s)(?<!so\s)số(?:\s+liệu)?\s+(?:ước|dự\s+ước)(?!{_L})",
                                      re.IGNORECASE),
        # a heading line of a table or a list, in parentheses or with column separators: "(Số liệu ước tính; so
        # sánh với cùng kỳ năm 2024)", "Chỉ tiêu | Đơn vị tính | Ước năm 2019 | So với năm 2018"
        # a table heading, or a note line over a table: "Các số đều là số ước tính"
        # (or a lead line that calls what follows estimates in parentheses: "Cơ cấu theo thị trường (số ước tính), 10
        # tháng năm 2017:")
        "heading": re.compile(r"^[ \t]*\([^\n]*\)[ \t]*$|^[^\n]*\|[^\n]*$|"
                              r"^[^\n]*\(\s*(?:số\s+(?:liệu\s+)?)?(?:ước|ước\s+tính|dự\s+ước|sơ\s+bộ)\s*\)[^\n]*:[ \t]*$|"
                              r"^[^\n]*(?<![^\W\d_])(?:số\s+liệu|các\s+số|con\s+số)[^\n.;:]{0,30}?(?<![^\W\d_])là\s+"
                              r"(?:số\s+)?(?:ước|dự\s+ước)[^\n]*$", re.MULTILINE | re.IGNORECASE),
        "restatement": re.compile(rf"^[\s,;(]*(?:{alternation(words('restatements.txt'))})\s*$", re.IGNORECASE),
        # a verb between a subject and its number: without one, a clause shares the verb of the clause before
        # ("... ước đạt 545 nghìn tấn, Lâm Đồng 476,6 nghìn tấn")
        "predicate": re.compile(rf"(?<!{_L})(?:{alternation(words('predicates.txt') + words('estimates.txt'))})"
                                rf"(?!{_L})", re.IGNORECASE),
        "estimate_verb": re.compile(rf"(?<!{_L})(?:{estimates})(?:\s+(?:đạt|có|là|ở\s+mức|khoảng|vào\s+khoảng|"
                                    rf"đạt\s+vào\s+khoảng|đạt\s+khoảng|hơn|gần|trên))*\s*$", re.IGNORECASE),
        "anaphor": re.compile(rf"(?:{alternation(words('anaphors.txt'))})", re.IGNORECASE),
        "target": plan_words(),
        "next_in_rank": re.compile(rf"(?<!{_L})(?:{alternation(words('next_in_rank.txt'))})(?!{_L})", re.IGNORECASE),
    }


@dataclass
class _Info:
    indicator: str | None = None
    sector: str | None = None
    indicator_piece: Piece | None = None
    sector_piece: Piece | None = None
    unit: str | None = None
    baseline: str | None = None
    changes: tuple = ()          # (type, baseline kind, "vượt" or "") of each comparison, in text order
    estimated: bool = False
    # the estimate word is the verb before the number ("ước đạt 545 nghìn tấn"), or opens the clause before its
    # subject ("ước tính hàng xuất khẩu khoảng 48,6 triệu tấn"): verbless figures after it share it
    estimate_verb: bool = False


def _text(doc: Doc, view, piece: Piece) -> str:
    s, e = view.span(piece.start, piece.end)
    return view.text[s:e]  # doc.text is rebuilt from the tokens on every access


def _inside(piece: Piece, a: int, b: int) -> bool:
    return a <= piece.start and piece.end <= b


def facts_of(doc: Doc, *, location: str | None = None, period: str | None = None,
             links: list | None = None, chooser: SubjectChooser | None = None,
             collect: list | None = None) -> list[Fact]:
    """The facts of a doc whose spans are set; `location` and `period` are what the text leaves implicit.

    When `links` is a list, the relations behind each fact are appended to it as
    [head_start, head_end, child_start, child_end, label] in the caller's offsets. A `chooser` (the trained
    subject linker) picks each fact's indicator and sector among candidates; when `collect` is a list, the
    candidates of each fact are appended to it as (fact index, {slot: [(text, features), ...]}) for training."""
    r = _res()
    view = view_of(doc)
    norm = view.norm
    frames = build_frames(doc, view)
    subjects = Pieces(pieces_of(doc, view, ("INDICATOR", "SECTOR")))
    periods = Pieces(pieces_of(doc, view, ("PERIOD",)))
    places = Pieces(pieces_of(doc, view, ("LOCATION",)))
    baselines = Pieces(pieces_of(doc, view, ("BASELINE",)))
    carry_period = period
    month_period = month_period_piece = None  # the last single month or quarter the text named
    carry_place = document_place = _document_place(doc, view, places, frames, location)
    carry_period_piece = carry_place_piece = None
    infos: list[_Info] = []
    facts: list[Fact] = []
    fact_frames: list[int] = []  # the frame of each fact
    types = _change_types(norm, frames, doc, view)
    kinds: list[list[str | None]] = [[] for _ in frames]
    ctx = _comparisons(norm, frames, types, kinds, baselines, periods, doc, view)
    estimated_from = _estimate_heading(norm, frames)
    heads_table = estimated_from is not None and any(f.table and f.start >= estimated_from for f in frames)
    bulleted = _estimated_bullets(norm, frames) if "ước" in norm or "Ước" in norm else []
    cuts = None  # what stops a subject phrase, for the subject linker's candidates
    first_of_sentence: dict[tuple[int, int], Frame] = {}
    for frame in frames:
        first_of_sentence.setdefault(frame.sentence, frame)
    opened_estimated: dict[tuple[int, int], bool] = {}  # per sentence, whether its opening clause says "ước tính"
    read_as_rise: set[int] = set()  # frames whose bare percentage was read as a rise (their value is not one)
    for i, frame in enumerate(frames):
        a, b = frame.region
        s_start, s_end = frame.sentence
        info = _Info()
        own = subjects.within(a, b)
        own_ind = [p for p in own if p.label == "INDICATOR"]
        own_sec = [p for p in own if p.label == "SECTOR"]
        if frame.row and not own_sec:
            # a cell under a header that names the measure: the row's label says what part ("cà phê | +4,0% |
            # 1.763,5 nghìn tấn" under "tên cây | tăng/giảm | sản lượng"), also when it was not read as a sector
            # ("FDI cấp mới | 125 | 750 triệu USD" under "Chỉ tiêu | Số dự án | Vốn"); not a total's row
            own_sec = [p for p in subjects.within(*frame.row) if p.label == "SECTOR"] or \
                _row_label(norm, frame.row, places)
        if not own_sec and own_ind and frame.value is not None:
            # "- Lúa gạo: giá trị sản xuất ước 17.600 tỉ đồng": the item's label before the measure is its part
            own_sec = _item_label(norm, own_ind[-1], places)
        if frame.table and frame.row is None and not own_sec and \
                (captioned := _caption_measure(norm, a, subjects)) is not None:
            # "Sản lượng một số sản phẩm chủ yếu" over "Sản phẩm | Đơn vị tính | 6 tháng 2018": the caption names
            # the measure, each row the part
            own_sec, own_ind = _row_label(norm, frame.region, places), [captioned]
        if frame.item and frame.list_head is not None and len(own_ind) == 1 and not own_sec and \
                _MADE_AFTER.match(norm, own_ind[0].end) and \
                not _subject_res()["ind_head"].match(norm[own_ind[0].start:own_ind[0].end]) and \
                any(p.label == "INDICATOR" for p in subjects.within(*frame.list_head)):
            # "Sản lượng một số sản phẩm ... như: ...; tủ lạnh sản xuất đạt 466.130 chiếc": under a list head that
            # names the measure, a product "sản xuất đạt" so much is the part the item is about
            own_sec, own_ind = [Piece(own_ind[0].start, own_ind[0].end, "SECTOR")], []
        place_word = bool(own_ind) and _PLACE_WORD.fullmatch(norm, own_ind[-1].start, own_ind[-1].end) is not None
        has_before = frame.value is not None and _HAS.search(norm, max(a, frame.value.start - 12), frame.value.start)
        if own_ind and frame.value is not None and (
                place_word or _VERB_PHRASE.search(norm[own_ind[-1].start:own_ind[-1].end]) or
                _GIVEN_TO.match(norm, own_ind[-1].end) or has_before):
            # "đã cấp phép cho 61 dự án FDI", "thành phố đã thu hút 3,4 tỉ USD vốn FDI": what is counted or
            # measured is written after the number
            after = subjects.within(frame.value.end, min(s_end, frame.value.end + 80))[:1]
            counted = _counted_subject(norm, frame)
            if counted is not None and (counted[1] > frame.value.end or not has_before or
                                        not _names_a_thing(norm, own_ind[-1])):
                # (a bare counted unit after "có" names nothing when the subject does: "đàn trâu có 21,3 nghìn con")
                own_ind = []
            elif after and not _CLAUSE_END.search(norm, frame.value.end, after[0].start):
                own_ind = [after[0]]
            elif place_word:
                own_ind = []  # "thành phố đã thu về 47.562 tỉ đồng": the place says nothing of what is measured
        elif not own_ind and frame.value is not None:
            # "Toàn tỉnh thu về 6.373 tỷ đồng doanh thu du lịch": no subject before, one right after the figure
            after = subjects.within(frame.value.end, min(s_end, frame.value.end + 80))[:1]
            if after and after[0].label == "INDICATOR" and not norm[frame.value.end:after[0].start].strip():
                own_ind = [after[0]]
        lead = infos[frame.lead] if frame.lead is not None and frame.lead < len(infos) else None
        narrowed = infos[frame.narrows] if frame.narrows is not None and frame.narrows < len(infos) else None
        head_ind = head_ind_piece = None
        head_base = None
        if frame.list_head is not None:
            ha, hb = frame.list_head
            found = [p for p in subjects.within(ha, hb) if p.label == "INDICATOR"]
            head_ind = _text(doc, view, found[-1]) if found else None
            head_ind_piece = found[-1] if found else None
            hb_found = baselines.within(ha, hb)
            # "so với tháng trước và so với cùng kỳ lần lượt: chế biến tăng 0,3% và 13,4%": one per comparison
            head_base = tuple(baseline_kind(_text(doc, view, b)) for b in hb_found) or None
        j = i - 1
        while j >= 0 and frames[j].in_parentheses and not frame.in_parentheses and \
                subjects.within(max(frames[j].region[0], norm.rfind("(", 0, frames[j].start)), frames[j].start):
            j -= 1  # an aside that names its own subject ("(giá xăng giảm 7,18%)") is not what the text goes on with
        prev = infos[j] if j >= 0 else None
        if j >= 0 and "\n" in norm[frames[j].end:frame.start] and not frame.item:
            prev = None  # a new paragraph inherits no subject
        same_sentence_prev = prev if (j >= 0 and frames[j].sentence == frame.sentence) else None
        group_back = bool(own_ind) and not own_sec and _measure_of_group_back(norm, own_ind[-1])
        if own_ind and (r["anaphor"].fullmatch(norm, own_ind[-1].start, own_ind[-1].end) or group_back):
            # "chỉ số này", "con số này": the indicator named last, over a paragraph break too; "chỉ số nhóm này":
            # also the group named last
            named = next((x for x in reversed(infos) if x.indicator), None)
            info.indicator = named.indicator if named else _text(doc, view, own_ind[-1])
            info.indicator_piece = named.indicator_piece if named else own_ind[-1]
            if group_back and prev is not None:
                own_sec = [prev.sector_piece] if prev.sector_piece is not None else own_sec
        elif own_ind and frame.item and not own_sec and lead is not None and lead.indicator and \
                _VISITOR_GROUP.match(norm, own_ind[-1].start, own_ind[-1].end) and \
                _VISITORS.search(lead.indicator):
            # "lượt khách mua tour ước 502 nghìn lượt; trong đó khách quốc tế tăng 58,4%": a visitor group in a
            # breakdown is a group of the lead's visitors, the lead's indicator goes on (REVIEW.md D11)
            info.indicator, info.indicator_piece = lead.indicator, lead.indicator_piece
            own_sec = [Piece(own_ind[-1].start, own_ind[-1].end, "SECTOR")]
        elif own_ind:
            info.indicator = _text(doc, view, own_ind[-1])
            info.indicator_piece = own_ind[-1]
        elif frame.item and frame.value is not None and (counted := _counted_subject(norm, frame)) is not None \
                and counted[1] > frame.value.end:
            # "gồm: 100,1 nghìn doanh nghiệp tạm ngừng kinh doanh có thời hạn; ...": an item that says what it counts
            s_, e_ = view.span(*counted)
            info.indicator = view.text[s_:e_]
        elif frame.item:
            source = head_ind_piece if head_ind else (lead if lead and lead.indicator else prev)
            if isinstance(source, Piece):
                info.indicator, info.indicator_piece = head_ind, source
            elif source is not None:
                info.indicator, info.indicator_piece = source.indicator, source.indicator_piece
        elif frame.value is not None and (counted := _counted_subject(norm, frame)) is not None:
            s_, e_ = view.span(*counted)
            info.indicator = view.text[s_:e_]  # "có 976 dự án còn hiệu lực": the counted noun is the subject
        elif prev is not None:
            info.indicator, info.indicator_piece = prev.indicator, prev.indicator_piece
        if frame.value is not None and (column := _column_header(norm, frame.value.start)):
            counted = _counted_subject(norm, frame)
            if counted is not None and counted[1] > frame.value.end:
                # "• 596.992 lượt khách quốc tế | +62,1%": a cell that says what it counts names its own subject
                piece = Piece(*counted, "INDICATOR")
                info.indicator, info.indicator_piece = _text(doc, view, piece), piece
            else:
                # "(diện tích | năng suất | sản lượng)" over rows "Ý Yên: 25.830 ha | 56,82 tạ/ha | 146.759 tấn":
                # each cell measures what its column's header names
                info.indicator, info.indicator_piece = _text(doc, view, column), column
        if own_sec and _group_pointed_back(norm, own_sec[-1]):
            # "nhóm này tăng 2,1%", "khối này chiếm 70%": the group named before goes on
            info.sector, info.sector_piece = (prev.sector, prev.sector_piece) if prev is not None else (None, None)
        elif own_sec:
            info.sector = _text(doc, view, own_sec[-1])
            info.sector_piece = own_sec[-1]
        elif not own_ind and not frame.item and prev is not None:
            # an aside or a coordinated clause about the same thing
            info.sector, info.sector_piece = prev.sector, prev.sector_piece
        elif own_ind and same_sentence_prev is not None and not frame.in_parentheses and \
                _topic_sector(same_sentence_prev):
            # "Với vải sớm, diện tích khoảng 2.800 ha, sản lượng ước tính 12.500 tấn": what the sentence is about,
            # written before the first indicator, goes on with the next ones
            info.sector, info.sector_piece = same_sentence_prev.sector, same_sentence_prev.sector_piece
        elif not own_ind and frame.item and (label := _ITEM_LABEL.fullmatch(norm, a, b)):
            # "...; Sầu riêng: 301,6 nghìn tấn": an item's label that the recognizer did not know is its sector
            piece = Piece(label.start("label"), label.end("label"), "SECTOR")
            info.sector, info.sector_piece = _text(doc, view, piece), piece
        if info.indicator_piece is not None and (has := split_has(norm, info.indicator_piece)) is not None:
            # "vàng 99,99 có giá bình quân": the measure follows "có", what has it is the sector (written in the
            # span, or right before it in the clause: "vàng 99,99 | có giá")
            spoken = info.indicator_piece.start  # where the phrase with "có" starts
            info.indicator, info.indicator_piece = _text(doc, view, has[0]), has[0]
            owner = has[1]
            if owner is None and a < spoken:
                ts, te = _trim(norm, a, spoken)
                owner = Piece(ts, te, "SECTOR") if ts < te and _LETTERS.search(norm, ts, te) else None
            if owner is not None and (info.sector is None or (
                    info.sector_piece is not None and info.sector_piece.start <= owner.start and
                    info.sector_piece.end >= info.indicator_piece.start)):
                # (also when the sector span ran over "có" into the measure: "nhóm thanh niên có tỷ lệ thất nghiệp")
                info.sector, info.sector_piece = _text(doc, view, owner), owner
        elif not own_ind and info.sector_piece is not None and \
                (has := split_has(norm, info.sector_piece)) is not None and has[1] is not None:
            # a sector span that ran over "có" into the measure: "nhóm thanh niên có tỷ lệ thất nghiệp"
            info.indicator, info.indicator_piece = _text(doc, view, has[0]), has[0]
            info.sector, info.sector_piece = _text(doc, view, has[1]), has[1]
        if chooser is not None or collect is not None:
            if cuts is None:
                cuts = Pieces(pieces_of(doc, view, ("PERIOD", "LOCATION", "BASELINE", "QUANTITY", "CHANGE")))
            pending = _choose_subject(chooser, doc, view, frame, info, own_ind + own_sec, subjects,
                                      head_ind_piece, lead, prev, types[i], cuts, want_rows=collect is not None)
        # period and place: the frame's own, else what the text last said, headings included ("II. Cả năm 2020")
        between = [p for p in periods.within(frames[i - 1].end if i else 0, a) if not _in_parentheses(norm, p.start)
                   and not _after_percent(norm, p.start)]
        if between:
            carry_period, carry_period_piece = _text(doc, view, between[-1]), between[-1]
        own_period = periods.within(*frame.period_range) if frame.period_range else periods.within(a, b)
        if not own_period and not frame.period_range:
            # right after the value ("117,83 tỷ USD sau 7 tháng, cao hơn ...") or after the whole statement
            ends = ([frame.value.end] if frame.value is not None and frame.value.end < frame.end else []) + \
                [c.end for c in frame.changes[:1] if c.end < frame.end] + [frame.end]
            after = [p for e in ends for p in periods.overlapping(e, s_end) if e <= p.start and
                     re.match(r"^[\s,]*(?:trong|của|sau)?\s*$", norm[e:p.start]) and not _after_percent(norm, p.start)]
            own_period = after[:1]
        if own_period:
            this_period, period_piece = _text(doc, view, own_period[-1]), own_period[-1]
            if not frame.in_parentheses:
                carry_period, carry_period_piece = this_period, period_piece
        else:
            this_period, period_piece = carry_period, carry_period_piece
        if carry_period_piece is not None and _ONE_PERIOD.match(carry_period or ""):
            month_period, month_period_piece = carry_period, carry_period_piece
        own_place = places.within(*frame.row) if frame.row else places.within(a, b)
        if not own_place:
            # the places of the sentence after its last subject before the frame (found by bisection: a scan from
            # the sentence start is quadratic in a sentence of thousands of figures)
            own_place = places.within(max(s_start, _last_start(subjects, s_start, a)), a)
        if own_place:
            # "Hà Nội dẫn đầu cả nước với 8,67 tỷ USD": the country is the comparison, the province the place
            local = [p for p in own_place if not _national(place_name(_text(doc, view, p)))]
            place_piece = (local or own_place)[-1]
            this_place = place_name(_text(doc, view, place_piece))
            if not _national(this_place) or _national(document_place):
                carry_place, carry_place_piece = this_place, place_piece
            # else "cao hơn mức bình quân của cả nước (khoảng 60%)" in a provincial bulletin: the country holds for
            # that figure only
        else:
            this_place, place_piece = carry_place, carry_place_piece
        # the value
        value = value_max = unit = qualifier = None
        if frame.value is not None:
            value, value_max, unit = parse_quantity(_text(doc, view, frame.value))
            source = same_sentence_prev or lead
            if unit is None and (label_unit := _label_unit(norm, frame.sentence[0], frame.value.start)):
                unit = label_unit
            elif unit is None:
                if not r["value_cue"].search(norm[max(a, frame.value.start - 20):frame.value.start]) and \
                        not frame.changes and not frame.table and not (
                        frame.item and source and source.unit and _BARE_ITEM_END.match(norm, frame.value.end)) and \
                        not _declared_row(norm, frame.value) and not _declared_item(norm, frame.value):
                    # (an item of a breakdown takes its lead's unit: "trong đó: cá thể 2.012.405; tư nhân 268.254")
                    infos.append(info)
                    continue  # a bare number with no unit and no cue is not a statistic
                unit = _cell_unit(norm, frame.value.start) or _unit_column(norm, frame.value.start) or \
                    _column_unit(norm, frame.value.start) or _row_label_unit(norm, frame.value.start) or \
                    _corner_unit(norm, frame.value.start) or _counted_unit(norm, a, frame.value.start) or \
                    (source.unit if source and source.unit else None) or _table_unit(norm, frame.value.start)
            elif unit_dimension(unit) == "scale" and (counted := _counted_unit(norm, a, frame.value.start)):
                # "số doanh nghiệp ... là hơn 147,2 nghìn", also after "905,7 nghìn người": what the subject counts
                unit = unit + " " + counted
            elif unit_dimension(unit) == "scale" and source and source.unit and \
                    source.unit.casefold().startswith(unit.casefold() + " "):
                unit = unit + source.unit[len(unit):]  # "721 tỉ" after "2.359 tỉ đồng"
            elif unit_dimension(unit) == "scale" and (source or prev) and (source or prev).unit and \
                    _unit_base((source or prev).unit):
                unit = unit + " " + _unit_base((source or prev).unit)  # "440.000 tỉ" after "2,230 triệu tỉ đồng"
            elif unit_dimension(unit) == "scale" and (base := _earlier_currency(infos, unit)):
                unit = unit + " " + base  # "đạt 11.200 tỷ" in a paragraph after "46.200 tỷ đồng"
            q = r["qual_before"].search(norm[max(0, frame.value.start - 20):frame.value.start])
            if q:
                qualifier = mapping("qualifiers.tsv").get(re.sub(r"\s+", " ", q.group("q")).casefold())
        if value is not None and unit == "%" and not frame.changes and (
                _after_paren(norm, frame.value.start) or _next_share(norm, frames, i)) \
                and same_sentence_prev is not None and any(c[0] == "share" for c in same_sentence_prev.changes):
            # "chiếm 25,1% tổng lượng khách, tiếp đến là Nga (20,07%), Hàn Quốc (8,36%)", "Trung Quốc chiếm 21,5%,
            # Hoa Kỳ 21,2%, EU 11,9% và Nhật Bản 8,5%": shares, like the one before
            s, e = view.span(frame.value.start, frame.value.end)
            pending_share = Change(type="share", value=value, unit="%", baseline="total", span=(s, e))
            value = unit = None
        elif value is not None and unit == "%" and not frame.changes and same_sentence_prev is not None and \
                same_sentence_prev.changes and same_sentence_prev.changes[-1][0] in ("increase", "decrease") and (
                    # "thịt gia súc tươi sống (tăng 10,01%), thịt chế biến (7,02%)": the items after a rise in
                    # parentheses rise too
                    _NEXT_PAREN_ITEM.fullmatch(norm, frames[i - 1].end, frame.value.start) or
                    # "(cả nước tăng 7,08%; Bắc Ninh 10,6%; Hưng Yên 9,6%)", "EU tăng gần 41%, Canada gần 23%": so
                    # does the next item after a rise, its verb left out (not a level named as one: "tỷ lệ 30%")
                    ((frames[i - 1].value is None or i - 1 in read_as_rise) and _next_share(norm, frames, i) and
                     not _PERCENT_LEVEL.search(norm, frames[i - 1].end, frame.value.start))):
            read_as_rise.add(i)
            s, e = view.span(frame.value.start, frame.value.end)
            pending_share = Change(type=same_sentence_prev.changes[-1][0], value=value, unit="%",
                                   baseline=same_sentence_prev.changes[-1][1], span=(s, e))
            value = unit = None
        else:
            pending_share = None
        info.unit = unit
        # changes and their baselines
        changes = []
        own_changes: list[tuple[str, str | None, str]] = []
        first_base = None
        for k, piece in enumerate(frame.changes):
            ctype, cvalue, cmax, cunit = parse_change(_text(doc, view, piece))
            ctype = ctype or types[i][k]
            if ctype is None or cvalue is None:
                continue
            own = frame.baselines.get(k)
            if k in frame.kinds:
                # a table's comparison column: what it is and against what is said once, in its header, or in the
                # table's title ("Vốn ngân hàng (so với cùng kỳ năm trước):" over "Chỉ tiêu | Ước tính | Tốc độ")
                kind, btext, cunit = frame.kinds[k][1], None, cunit or frame.kinds[k][2]
                if kind is None and _family(ctype) not in ("share", "contribution"):
                    kind = _header_baseline(norm, piece.start, ctx, norm[piece.start:piece.end])
            elif own is None and (said := _baseline_inside(doc, view, piece)) is not None:
                kind, btext = said  # "thấp hơn cùng kỳ 8,3%"
                kind = _dated(kind, btext, this_period)
            elif own is None and (said := _baseline_after(norm, piece.end)) is not None:
                # "và 118,6% dự toán HĐND tỉnh giao": a plan or period phrase right after a comparison with no verb
                kind, btext = said
            elif own is not None:
                kind, btext = baseline_kind(_text(doc, view, own)), _text(doc, view, own)
                kind = _dated(kind, btext, this_period)
            elif ctype == "ratio" and (year := _RATIO_YEAR.match(norm, piece.end)) is not None:
                # "bằng 85,5% năm 2023", "tương đương 97,6% mức đỉnh năm 2019": the year a ratio is of
                s_, e_ = view.span(year.start("text"), year.end("text"))
                btext = view.text[s_:e_]
                kind = _years_apart("same_period_previous_year", btext, this_period)
            else:
                kind, btext = _inherited_baseline(ctx, i, k, head_base, lead or narrowed, norm, doc, view,
                                                  this_period), None
            if ctype == "share" and (own is None or kind != "total"):
                kind = "total"  # a share is always of a total, stated or not; never of an inherited baseline
            if cunit is None and unit:
                cunit = unit
            elif cunit is None and percent_declared(norm, piece.start):
                cunit = "%"
            if value is None and qualifier is None:
                hedge = r["qual_inside"].search(norm[piece.start:piece.end])
                if hedge:
                    qualifier = mapping("qualifiers.tsv").get(re.sub(r"\s+", " ", hedge.group("q")).casefold())
            first_base = first_base or kind
            while len(kinds[i]) < k:
                kinds[i].append(None)
            kinds[i].append(kind)
            own_changes.append((ctype, kind, _beyond(norm, piece)))
            s, e = view.span(piece.start, piece.end)
            changes.append(Change(type=ctype, value=cvalue, unit=cunit, baseline=kind, baseline_text=btext,
                                  value_max=cmax, span=(s, e)))
        if pending_share is not None:
            changes.append(pending_share)
            own_changes.append((pending_share.type, pending_share.baseline, ""))
        if value is None and not changes:
            infos.append(info)
            continue
        info.baseline = first_base
        info.changes = tuple(own_changes)
        region_text = norm[a:frame.start]
        estimated = bool(r["estimate"].search(region_text))
        if not estimated and frame.value is not None and (
                _ESTIMATE_AFTER.match(norm, frame.value.end) or frame.changes and
                frame.changes[0].start > frame.value.end and
                _ESTIMATE_AFTER.search(norm, frame.value.end, frame.changes[0].start)):
            estimated = True  # "16.292 tỷ đồng (ước tính)", "1,6 triệu lượt là khách lưu trú (ước tính), tăng 7%"
        if not estimated and frame.value is not None and frame.changes and frame.changes[0].end <= frame.value.start:
            # "tăng 0,91%, ước đạt hơn 157 nghìn lượt": the level written after its comparison
            estimated = bool(r["estimate"].search(norm, frame.changes[0].end, frame.value.start))
        if not estimated and frame.value is None and frame.changes:
            # "mức tăng ước khoảng 17,24%", "tăng ước tính 12%": the estimate word inside the comparison
            estimated = bool(r["estimate"].search(norm, frame.changes[0].start, frame.changes[0].end))
        if not estimated and frame.list_head is not None:
            estimated = bool(r["estimate"].search(norm[frame.list_head[0]:frame.list_head[1]]))
        if not estimated and frame.item and lead is not None and \
                not _BLANK_LINE.search(norm, frames[frame.lead].end, frame.start):
            estimated = lead.estimated  # the estimate of a lead does not reach over a paragraph break
        if not estimated and narrowed is not None:
            estimated = narrowed.estimated  # "riêng X" narrows its lead, in its sentence or the next (D3)
        if not estimated and frame.item and lead is None and frame.list_head is not None:
            # "Sản lượng 8 tháng: điện thoại ước đạt 52,6 triệu cái, ...; máy tính bảng 11,4 triệu cái, ...": the
            # estimate of the list's first item is the list's
            j = i - 1
            while j > 0 and frames[j - 1].list_head == frame.list_head:
                j -= 1
            if 0 <= j < i and frames[j].list_head == frame.list_head and j < len(infos) and \
                    _shape(doc, view, frames[j]) == _shape(doc, view, frame) and \
                    not periods.within(*frame.region) and \
                    r["estimate"].search(norm, frames[j].region[0], frames[j].start):
                estimated = infos[j].estimated  # items alike: "52,6 triệu cái" ... "11,4 triệu cái"
        if not estimated and same_sentence_prev is not None and same_sentence_prev.estimated and \
                (r["restatement"].match(region_text) or _elliptical(frame, frames[i - 1], same_sentence_prev, norm) or
                 _converted(frame, frames[i - 1], norm)):
            # "ước đạt 114 triệu đồng/người, tương đương 4.700 USD"; "ước đạt 545 nghìn tấn, Lâm Đồng 476,6 nghìn tấn"
            estimated = True
            info.estimate_verb = same_sentence_prev.estimate_verb
        if not estimated and not frame.in_parentheses:
            # "Ước tính đến cuối tháng 8/2016, đàn trâu ...; đàn bò ...": a marker in the opening clause governs
            # the whole sentence (read once per sentence: its figures share the clause)
            if frame.sentence not in opened_estimated:
                opening = norm[s_start:first_of_sentence[frame.sentence].start]  # (^: the sentence start)
                opened_estimated[frame.sentence] = bool(r["estimate_opener"].search(opening))
            estimated = opened_estimated[frame.sentence]
        if not estimated and bulleted and not frame.in_parentheses and \
                any(a_ <= frame.start < b_ for a_, b_ in bulleted):
            estimated = True  # "Sản lượng 9 tháng, theo số ước tính:\n– vận chuyển hành khách đạt ..."
        if not estimated and estimated_from is not None and estimated_from <= frame.start and \
                not _aside(frame, norm, ctx) and (frame.table or not heads_table):
            # under a table heading "(Số liệu ước tính; ...)" (the table's, when it heads one: not the notes after)
            estimated = True
        if frame.table and frame.estimates_by_column:
            # a table whose header marks its estimate columns ("Năm 2019 | Ước 2020"): a cell is an estimate when
            # its column header or its row label says so
            estimated = frame.estimated or bool(r["estimate"].search(norm, *frame.region))
        elif frame.table:
            estimated = estimated or frame.estimated
        info.estimated = estimated
        info.estimate_verb = info.estimate_verb or bool(r["estimate_verb"].search(region_text)) or (
            (front := _FRONT_ESTIMATE.search(region_text)) is not None and
            not r["predicate"].search(_HEDGES.sub(" ", region_text[front.end():])))
        if not own_period and month_period is not None and this_period is not None and \
                not _ONE_PERIOD.match(this_period) and any(c.baseline == "previous_period" for c in changes):
            # "tính bình quân 9 tháng năm 2019, CPI tăng 3,23%. ... so với tháng trước, cụ thể: giáo dục tăng
            # 7,36%": a comparison with the month before is a month's, not the cumulative period's named last
            this_period, period_piece = month_period, month_period_piece
        kind = "target" if r["target"].search(norm[a:frame.start]) and not re.search(
            rf"(?<!{_L})(?:so\s+với|đạt|bằng|vượt)\s*(?:{alternation(['kế hoạch', 'dự toán', 'mục tiêu', 'chỉ tiêu'])})",
            norm[a:frame.start], re.IGNORECASE) else None
        starts = [p.start for p in ([frame.value] if frame.value else []) + frame.changes]
        ends = [p.end for p in ([frame.value] if frame.value else []) + frame.changes]
        span = view.span(min(starts), max(ends))
        sentence = view.span(s_start, s_end)
        if links is not None:
            anchor = frame.value if frame.value is not None else frame.changes[0]
            head = view.span(anchor.start, anchor.end)
            for label, piece in (("indicator", info.indicator_piece), ("sector", info.sector_piece),
                                 ("period", period_piece), ("location", place_piece)):
                if piece is not None:
                    links.append([*head, *view.span(piece.start, piece.end), label])
            for k, piece in enumerate(frame.changes):
                if piece is not anchor:
                    links.append([*head, *view.span(piece.start, piece.end), "change"])
                if k in frame.baselines:
                    b = frame.baselines[k]
                    links.append([*view.span(piece.start, piece.end), *view.span(b.start, b.end), "baseline"])
        if collect is not None:
            collect.append((len(facts), pending))
        facts.append(Fact(
            indicator=info.indicator, sector=info.sector, location=this_place, period=this_period,
            value=value, unit=unit, qualifier=qualifier, estimated=estimated, changes=tuple(changes),
            value_max=value_max, kind=kind, span=span, sentence=sentence,
        ))
        fact_frames.append(i)
        infos.append(info)
    notes = _legends(norm, frames, baselines, doc, view)
    if notes:
        facts = _with_legends(facts, fact_frames, frames, notes)
    short = _short_forms(norm)
    return _with_short_forms(facts, fact_frames, frames, short, norm, view) if short else facts


# a key of short forms over a table: "(DT = diện tích; NS = năng suất; SL = sản lượng)", "(DT: diện tích gieo cấy;
# NS: năng suất)" -- at least two pairs, each a capitalized short form and the lower-case name it stands for
_SHORT_FORM = re.compile(r"(?<![^\W\d_])([A-ZĐ]{1,5})\s*[=:]\s*([a-zà-ỹđ][^\W\d_]*(?:[ \t]+[a-zà-ỹđ][^\W\d_]*){0,5})"
                         r"\s*(?=[;,)\n]|$)")


def _short_forms(norm: str) -> dict[str, tuple[int, int]]:
    """Short form -> where the name it stands for is written, from each key of two or more pairs."""
    out: dict[str, tuple[int, int]] = {}
    for line in re.finditer(r"[^\n]+", norm):
        pairs = list(_SHORT_FORM.finditer(norm, line.start(), line.end()))
        if len(pairs) >= 2:
            for m in pairs:
                out.setdefault(m.group(1), (m.start(2), m.end(2)))
    return out


def _with_short_forms(facts: list[Fact], fact_frames: list[int], frames: list[Frame],
                      short: dict[str, tuple[int, int]], norm: str, view) -> list[Fact]:
    """A figure written right after a short form of the key ("Ý Yên — DT 25.830 ha / NS 56,82 tạ/ha") measures
    the name the short form stands for."""
    before = re.compile(rf"(?<![^\W\d_])({'|'.join(map(re.escape, short))})\s*[:=]?\s*$")
    out = []
    for fact, k in zip(facts, fact_frames):
        value = frames[k].value
        m = before.search(norm, max(0, value.start - 12), value.start) if value is not None else None
        if m is not None:
            fact = replace(fact, indicator=view.text[slice(*view.span(*short[m.group(1)]))])
        out.append(fact)
    return out


_NOTE_REACH = 64  # how many figures back a note that points back reaches: bounded, so a long sentence stays linear
_LEGEND_BACK = re.compile(r"(?<![^\W\d_])(?:trên|này)(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _legend_words() -> re.Pattern:
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(words('legends.txt'))})(?![^\W\d_])", re.IGNORECASE)


def _legends(norm: str, frames: list[Frame], baselines: Pieces, doc: Doc, view) -> list[tuple[int, str, range, bool]]:
    """Notes that give the comparisons around them their baseline once ("số trong ngoặc là tốc độ so với năm
    2023"): (where the note is, the baseline kind, the indexes of the frames it reaches, whether it reaches the
    figures after it). A note is a baseline that no comparison took, in a clause with no figure, after the last
    figure of its sentence."""
    taken = {(b.start, b.end) for f in frames for b in f.baselines.values()}
    starts = [f.start for f in frames]
    notes = []
    for b in baselines:
        if (b.start, b.end) in taken or not _legend_words().search(norm, max(0, b.start - 160), b.start):
            continue
        line_start, line_end = norm.rfind("\n", 0, b.start) + 1, norm.find("\n", b.end)
        if "|" in norm[line_start:line_end if line_end >= 0 else len(norm)]:
            continue  # a table's column header ("Tăng/giảm so với năm trước"): the table reads its own columns
        j = bisect_left(starts, b.end)  # the first figure after it
        if j < len(frames) and frames[j].sentence[0] <= b.start:
            continue  # figures follow in its sentence: a fronted baseline, not a note
        before = j  # the figures of its sentence before it (a note reaches a few dozen at most)
        while before > max(0, j - _NOTE_REACH) and \
                frames[before - 1].sentence[0] <= b.start < frames[before - 1].sentence[1]:
            before -= 1
        clause_start = frames[j - 1].end if before < j else max(0, norm.rfind(".", 0, b.start),
                                                                  norm.rfind("\n", 0, b.start))
        clause = norm[clause_start:b.start]
        if not _legend_words().search(clause):
            continue
        kind = baseline_kind(view.text[slice(*view.span(b.start, b.end))])
        if kind is None or kind in ("plan", "total"):
            continue
        if not _LEGEND_BACK.search(clause):
            notes.append((b.start, kind, range(j, len(frames)), True))
        elif before < j:
            notes.append((b.start, kind, range(before, j), False))  # "...; các mức tăng, giảm này đều tính so với ..."
        elif j > 0:
            # "Các mức so sánh trên đều là so với ...": the figures of the sentence before
            first = j - 1
            while first > max(0, j - _NOTE_REACH) and frames[first - 1].sentence == frames[j - 1].sentence:
                first -= 1
            notes.append((b.start, kind, range(first, j), False))
    return notes


def _with_legends(facts: list[Fact], fact_frames: list[int], frames: list[Frame],
                  notes: list[tuple[int, str, range, bool]]) -> list[Fact]:
    """The facts with the baseline of the note that reaches them on each rise or fall that has none; of two notes
    that reach a figure, the later one in the text."""
    kind_at: list[str | None] = [None] * len(frames)
    forward = sorted((scope.start, kind) for _, kind, scope, ahead in notes if ahead)
    n = 0
    for i in range(len(frames)):  # a note that reaches forward holds until the next one
        while n < len(forward) and forward[n][0] <= i:
            n += 1
        kind_at[i] = forward[n - 1][1] if n else None
    for _, kind, scope, ahead in notes:  # a note pointing back comes after the figures it reaches
        if not ahead:
            for i in scope:
                kind_at[i] = kind
    out = []
    for fact, k in zip(facts, fact_frames):
        kind = kind_at[k]
        if kind is not None and any(c.baseline is None and c.type in ("increase", "decrease") for c in fact.changes):
            fact = replace(fact, changes=tuple(
                replace(c, baseline=kind) if c.baseline is None and c.type in ("increase", "decrease") else c
                for c in fact.changes))
        out.append(fact)
    return out


# the year a ratio is of, right after its percentage ("bằng 85,5% năm 2023", "97,6% mức đỉnh năm 2019"): a baseline,
# not the period of what follows
_RATIO_OF = r"(?:(?:của\s+)?(?:mức\s+(?:đỉnh\s+)?|cùng\s+kỳ\s+))?"  # what may stand between the % and the year
_RATIO_YEAR = re.compile(rf"[ \t]+(?P<text>{_RATIO_OF}năm\s+(?:19|20)\d\d)(?![\d/])", re.IGNORECASE)
_AFTER_PERCENT = re.compile(rf"(?<!{_L})(?:bằng|tương\s+đương|tương\s+ứng)\s+(?:khoảng\s+|gần\s+|hơn\s+)?\d[\d.,]*\s*%[ \t]+"
                            rf"{_RATIO_OF}$", re.IGNORECASE)


def _after_percent(norm: str, pos: int) -> bool:
    """Whether the period at `pos` is the year a ratio right before it is of ("bằng 85,5% năm 2023")."""
    return _AFTER_PERCENT.search(norm, max(0, pos - 50), pos) is not None


_ONE_PERIOD = re.compile(r"\s*(?:(?:cuối|giữa|đầu|riêng)\s+)?(?:tháng|quý)\s", re.IGNORECASE)
# months in words as periods write them ("tháng Mười năm 2018", "tháng Giêng"); not "năm", which is also the year
# word ("6 tháng năm 2019")
_MONTH_WORDS = {"mười một": 11, "mười hai": 12, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10}
_MONTH_OR_QUARTER = re.compile(rf"(?<![^\W\d_])(tháng|quý)\s*([IVX]+|\d{{1,2}}|{alternation(list(_MONTH_WORDS))})"
                               rf"(?![\d])(?![^\W\d_])(?:\s*(?:/|-|năm)\s*((?:19|20)\d\d))?", re.IGNORECASE)
_ROMAN_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _year_on_year(kind: str | None, baseline: str, period: str | None) -> str | None:
    """"so với quý I/2023" for a figure of quý I (2024): the same period a year before, not the period before."""
    if kind != "previous_period" or not period:
        return kind
    b, p = _MONTH_OR_QUARTER.search(baseline), _MONTH_OR_QUARTER.search(period)
    if b is None or p is None or b.group(3) is None or b.group(1).casefold() != p.group(1).casefold():
        return kind
    number = [_ROMAN_NUMBERS.get(g.casefold()) or _MONTH_WORDS.get(" ".join(g.casefold().split())) or
              (int(g) if g.isdigit() else None) for g in (b.group(2), p.group(2))]
    if number[0] is None or number[0] != number[1] or (p.group(3) and int(p.group(3)) != int(b.group(3)) + 1):
        return kind
    return "same_period_previous_year"


def _dated(kind: str | None, baseline: str, period: str | None) -> str | None:
    """The kind of a baseline as its months and years against the figure's period make it (both rules below)."""
    return _years_apart(_year_on_year(kind, baseline, period), baseline, period)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _years_apart(kind: str | None, baseline: str | None, period: str | None) -> str | None:
    """"gấp 1,9 lần so với năm 2020" for a figure of 2025: a year further back than the one before is another
    baseline, not the same period of the previous year."""
    if kind not in ("same_period_previous_year", "start_of_year", "previous_period") or not baseline or not period:
        return kind
    then, now = _YEAR.findall(baseline), _YEAR.findall(period)
    if len(then) == 1 and now and int(now[-1]) - int(then[0]) >= 2:
        return "other"
    return kind


_BILLIONS = re.compile(r"(?<!\w)t[ỷỉ](?!\w)", re.IGNORECASE)


def _earlier_currency(infos: list, unit: str) -> str | None:
    """The currency of the last figure before, in any paragraph, written with the same scale of billions as the bare
    `unit` ("tỷ", "nghìn tỉ"): a bare "tỷ" counts money (a bare "triệu" may count anything, and is left alone)."""
    if not _BILLIONS.search(unit):
        return None
    key = _BILLIONS.sub("tỷ", unit.casefold())
    for info in reversed(infos[-40:]):  # bounded: the figures of the last paragraphs
        if info.unit and (base := _unit_base(info.unit)) and \
                _BILLIONS.sub("tỷ", info.unit.casefold())[:-len(base)].strip() == key:
            return base
    return None


def _unit_base(unit: str) -> str | None:
    """The currency of a money unit without its scale words ("triệu tỉ đồng" -> "đồng"); None for other units (a
    bare "triệu" before a count leaves out a noun that cannot be guessed)."""
    words_ = unit.split()
    scales = {f.casefold() for f, _ in table("scales.tsv")}
    while words_ and words_[0].casefold() in scales:
        words_.pop(0)
    rest = " ".join(words_)
    return rest if rest and unit_dimension(rest) == "money" else None


def _baseline_inside(doc: Doc, view, piece: Piece) -> tuple[str, str] | None:
    """(kind, text as written) of a baseline written between a comparison's verb and its number."""

    found = phrase_baselines(view.norm[piece.start:piece.end])
    if found:
        b = found[0]
        s, e = view.span(piece.start + b.start, piece.start + b.end)
        return b.kind, view.text[s:e]
    compared = COMPARED_AT.match(view.norm, piece.start, piece.end)
    if compared is None:
        return None
    # "ít hơn tháng 6 là 2,2%": the words after the comparative are what "so với" would introduce
    found = phrase_baselines("so với " + compared.group("b"))
    if not found:
        return None
    s, e = view.span(compared.start("b"), compared.end("b"))
    return found[0].kind, view.text[s:e]


def _baseline_after(norm: str, pos: int) -> tuple[str, str] | None:
    """(kind, text) of a baseline phrase that starts right after `pos`, also one the comparisons component did not
    mark (it marks plan phrases only after a comparison with a verb)."""

    window = norm[pos:pos + 60]
    found = phrase_baselines(window)
    if found and not window[:found[0].start].strip():
        return found[0].kind, window[found[0].start:found[0].end]
    return None


def _beyond(norm: str, piece: Piece) -> str:
    """"vượt" when a comparison is written "vượt X%" (beyond a plan), else ""."""
    return "vượt" if norm[piece.start:piece.start + 5].casefold().lstrip("( ").startswith("vượt") else ""


def _after_paren(norm: str, pos: int) -> bool:
    """Whether the figure at `pos` opens a parenthesis: "6,8 tỷ USD (18,6%)"."""
    return norm[max(0, pos - 8):pos].rstrip().endswith("(")


@lru_cache(maxsize=65536)
def _key(text: str | None) -> str | None:
    """A candidate's text for comparing two candidates: spaces collapsed, case folded."""
    return re.sub(r"\s+", " ", text).casefold() if text is not None else None


def _change_type(norm: str, frame: Frame, k: int, piece: Piece, doc: Doc, view) -> str | None:
    """The type of the frame's k-th comparison as written: its table column's, else its own verb's, else (a bare
    figure) what the lead of its list says ("tăng khá, như: bán buôn và bán lẻ (8,04%)")."""
    if k in frame.kinds and frame.kinds[k][0]:
        return frame.kinds[k][0]
    ctype, _, _, unit = parse_change(_text(doc, view, piece))
    if ctype is None and piece.label == "CHANGE":
        return listed_rise(norm, piece.start, unit)
    return ctype


def _change_types(norm: str, frames: list[Frame], doc: Doc, view) -> list[list[str | None]]:
    """The type of each comparison; one written without its verb right after another takes that one's type
    ("lần lượt tăng 22,3% và 35,7%")."""
    types = [[_change_type(norm, f, k, p, doc, view) for k, p in enumerate(f.changes)] for f in frames]
    order = sorted((p.start, p.end, i, k) for i, f in enumerate(frames) for k, p in enumerate(f.changes))
    for n, (start, _, i, k) in enumerate(order):
        p = frames[i].changes[k]
        # "6,8 tỷ USD (18,6%)", and the items after it "Nga (20,07%), Hàn Quốc (8,36%)": shares of the total
        if types[i][k] is None and p.label == "QUANTITY" and _after_paren(norm, p.start):
            _, prev_end, pi, pk = order[n - 1] if n else (0, 0, -1, -1)
            # (and the items after those: "..., gia cầm (5,85%)")
            if n and types[pi][pk] in ("increase", "decrease") and \
                    frames[pi].sentence == frames[i].sentence and _NEXT_PAREN_ITEM.fullmatch(norm, prev_end, start):
                # "thịt gia súc (tăng 10,01%), thịt chế biến (7,02%)": the items after a rise in parentheses rise
                types[i][k] = types[pi][pk]
            else:
                # ("20.105 liều (67% KH)": a percentage of the plan is a ratio)
                types[i][k] = "ratio" if _PLAN_AFTER.match(norm, p.end) else "share"
    for i, f in enumerate(frames):
        for k, p in enumerate(f.changes):
            if types[i][k] is None and p.label == "QUANTITY" and f.value is not None and p.end <= f.value.start and \
                    _REACHED_PERCENT.search(norm, max(0, p.start - 12), p.start):
                types[i][k] = "ratio"  # "đạt 94,7%, tương ứng 1.185,8 nghìn tỉ đồng" (frames: the level follows)
    for i, f in enumerate(frames):
        # an item's bare percentage under a lead that is only a rise (frames._elided_change) rises like the lead
        if f.item and f.lead is not None and f.changes and types[i][0] is None and types[f.lead] and \
                f.changes[0].label == "QUANTITY":
            types[i][0] = types[f.lead][0]
        elif f.item and f.lead is None and f.list_head is not None and f.value is None and f.changes and \
                types[i][0] is None and f.changes[0].label == "QUANTITY":
            types[i][0] = head_change_type(norm[f.list_head[0]:f.list_head[1]])  # (frames: a head that rises)
    for n in range(1, len(order)):
        start, _, i, k = order[n]
        _, prev_end, pi, pk = order[n - 1]
        if types[i][k] is None and types[pi][pk] is not None and frames[pi].sentence == frames[i].sentence and \
                (pi == i or _ELIDED.fullmatch(norm, prev_end, start) or
                 elided_about(norm, prev_end, start) or (
                    _NEXT_ITEM.fullmatch(norm, prev_end, start) and not _res()["predicate"].search(norm, prev_end, start))):
            # "chiếm 41,31%; công nghiệp và xây dựng 38,69%": the next item's figure, its verb left out
            types[i][k] = types[pi][pk]
    return types


# what ends a breakdown item's bare figure (not a name's number: "Đài thơm 8:", "(3)", "2 - 3 giai đoạn")
_BARE_ITEM_END = re.compile(r"[ \t]*(?:[;,.](?!\d)|\n|$)")
# a subject region that is a verb phrase, not a noun phrase: "đã cấp Giấy chứng nhận đăng ký đầu tư cho"
_VERB_PHRASE = re.compile(r"^(?:đã|đang|sẽ|vừa|mới|được|bị|cấp\s+phép|thu\s+hút)(?![^\W\d_])|"
                          r"(?<![^\W\d_])(?:cho|được|bị)$|"
                          # a verb alone: "TP.HCM cấp mới 780 dự án FDI", "tỉnh đón 3,5 triệu lượt khách"
                          r"^(?:cấp(?:\s+mới)?|đón|tiếp\s+đón|phục\s+vụ)$", re.IGNORECASE)
# "đã cấp phép | cho 61 dự án FDI": the phrase before "cho" is a verb phrase (the subject's trimming drops "cho")
_GIVEN_TO = re.compile(r"\s*cho(?![^\W\d_])", re.IGNORECASE)
# a group of visitors ("khách quốc tế", not "lượt khách quốc tế": a count of its own) and an indicator that counts
# visitors
_VISITOR_GROUP = re.compile(r"khách\s+(?!du\s+lịch(?![^\W\d_]))[^\W\d_]", re.IGNORECASE)
_VISITORS = re.compile(r"(?<![^\W\d_])khách(?![^\W\d_])", re.IGNORECASE)
# a subject that only names the reporting place: "thành phố", "tỉnh", "cả nước"
_PLACE_WORD = re.compile(r"(?:toàn\s+)?(?:thành\s+phố|tỉnh|thị\s+xã|huyện|địa\s+phương)|cả\s+nước|nước\s+ta|toàn\s+quốc",
                         re.IGNORECASE)
# "năm 2016 toàn tỉnh có 684 tàu ...", "Cơ cấu gồm 98 dự án cấp mới": "có" or "gồm" right before a count says the
# counted noun follows it
_HAS = re.compile(r"(?<![^\W\d_])(?:có|gồm|bao\s+gồm)\s+$", re.IGNORECASE)
_ELIDED = re.compile(r"\s*(?:,|;|và|,\s*và)\s*", re.IGNORECASE)
_NEXT_ITEM = re.compile(r"\s*[;,]\s*(?:và\s+)?[^\W\d_][^\d;:()%]{0,60}?\s*", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;.:\n]|,\s")
# the next item of a list of figures in parentheses: "), thịt chế biến ("
_NEXT_PAREN_ITEM = re.compile(r"\s*\)\s*[;,]?\s*(?:và\s+)?[^\W\d_][^\d;:()%]{0,60}?\s*\(\s*", re.IGNORECASE)
# the next item of a list, its verb left out: ", EU ", "; ASEAN ", " và Nhật Bản ", " | dịch vụ "
_NEXT_SHARE = re.compile(r"\s*(?:[;,|]\s*(?:và\s+)?|và\s+)[^\W\d_][^\d;:()%|]{0,60}?\s*", re.IGNORECASE)


# a level that is itself a percentage, named in the words before it ("tỷ lệ", "tỷ trọng", "lãi suất", "mức", "đạt"), or
# a target ("vẫn nằm trong mục tiêu lạm phát dưới 4%")
_PERCENT_LEVEL = re.compile(r"(?<![^\W\d_])(?:tỷ\s+lệ|tỉ\s+lệ|tỷ\s+trọng|tỉ\s+trọng|lãi\s+suất|mức|đạt|là|bằng|chiếm|"
                            r"mục\s+tiêu|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|giới\s+hạn|trần|ngưỡng)(?![^\W\d_])",
                            re.IGNORECASE)


def _next_share(norm: str, frames: list[Frame], i: int) -> bool:
    """Whether frame i's figure is the next item of a list right after frame i - 1, with no verb of its own."""
    if i == 0 or frames[i].value is None or frames[i - 1].sentence != frames[i].sentence:
        return False
    start, end = frames[i - 1].end, frames[i].value.start
    return bool(_NEXT_SHARE.fullmatch(norm, start, end)) and not _res()["predicate"].search(norm, start, end)


# a share right after a figure, and the whole it is a share of: "24,56 tỷ USD, chiếm 64,6% tổng vốn đầu tư"
_SHARE_OF = re.compile(r"\s*[,(]?\s*(?:tức\s+|và\s+)?chiếm(?:\s+(?:tới|khoảng|gần|hơn|trên|xấp xỉ))?\s+"
                       r"\d[\d.,]*\s*%\s*(?:của\s+|trong\s+)?(?=[^\W\d_])", re.IGNORECASE)
_WHOLE_END = re.compile(r"[;.:()\n]|,\s|\s(?:và|tăng|giảm|so với|với)\s", re.IGNORECASE)


def _share_total(norm: str, frame: Frame) -> list[Piece]:
    """The whole that the figure of `frame` is a share of, as a candidate for what the figure measures."""
    if frame.value is None:
        return []
    m = _SHARE_OF.match(norm, frame.value.end)
    if m is None:
        return []
    stop = _WHOLE_END.search(norm, m.end(), min(len(norm), m.end() + 80))
    a, b = _trim(norm, m.end(), stop.start() if stop else min(len(norm), m.end() + 80))
    return [Piece(a, b, "INDICATOR")] if a < b else []


def _what_is_counted(norm: str, frame: Frame, dimension: str | None) -> list[Piece]:
    """What a count counts, with the words that qualify it, as a candidate of the subject linker: "1.935 doanh
    nghiệp mới đăng ký thành lập, ..." (the rules' own reading, with a narrower stop, is `_counted_subject`)."""
    if frame.value is None or dimension != "count":
        return []
    word = _FIRST_WORD.search(norm, frame.value.start, frame.value.end)
    if word is None:
        return []
    start = word.start()
    scale = _SCALE_WORD.match(norm, start, frame.value.end)
    start = scale.end() if scale else start
    limit = min(len(norm), frame.value.end + 60)
    stop = _WHOLE_END.search(norm, frame.value.end, limit)
    end = stop.start() if stop else limit
    numbered = _NUMBERED_CLAUSE.search(norm, frame.value.end, end)
    a, b = _trim(norm, start, numbered.start() if numbered else end)
    return [Piece(a, b, "INDICATOR")] if a < b and b > frame.value.end else []


# a clause after the counted noun that gives a figure of its own: "362 dự án còn hiệu lực có tổng vốn 36 tỷ USD",
# "40 sản phẩm được công nhận từ 3 sao", "50 doanh nghiệp – gồm 26 đơn vị ...": the counted noun stops before it
_NUMBERED_CLAUSE = re.compile(rf"\s+(?:có|gồm|bao\s+gồm|là|với|đạt|được|[–—-])(?!{_L})[^\d]*\d", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[^\W\d_]")
_SCALE_WORD = re.compile(r"(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)\s+", re.IGNORECASE)


def _choose_subject(chooser: SubjectChooser | None, doc: Doc, view, frame: Frame, info: _Info, own: list[Piece],
                    subjects: Pieces, head_piece: Piece | None, lead: _Info | None, prev: _Info | None,
                    types: list, cuts: Pieces, want_rows: bool = True) -> dict:
    """Candidates for the indicator and the sector of one fact; with a chooser, set the best ones on `info`.
    Returns {slot: [(text, features), ...]} (the training rows of this fact; empty lists unless `want_rows`)."""
    norm = view.norm
    a, _ = frame.region
    start = frame.start
    s_start = frame.sentence[0]
    value_unit = parse_quantity(_text(doc, view, frame.value))[2] if frame.value is not None else None
    context = {
        "item": frame.item, "value": frame.value is not None, "parens": frame.in_parentheses, "owns": bool(own),
        "unit": unit_dimension(value_unit) if value_unit else None, "ctype": types[0] if types else None,
        "head": head_piece is not None, "lead": lead is not None,
    }
    situation = situation_of(context)
    own = sorted(own, key=lambda p: (p.start, p.end))
    # the last spans of the sentence before the clause (a window: a scan from the sentence start is quadratic in a
    # sentence of thousands of figures)
    sentence = [p for p in subjects.overlapping(max(s_start, a - 400), a) if p.start >= s_start and p.end <= a]
    before = [p for p in subjects.overlapping(max(0, s_start - 400), s_start) if p.end <= s_start]
    # a subject written after the number: "tỉnh thu hút 1,53 tỷ USD vốn đầu tư trực tiếp nước ngoài"
    horizon = min(frame.sentence[1], frame.end + 200)  # bounded: a scan to the sentence end is quadratic
    clause_end = _CLAUSE_END.search(norm, frame.end, horizon)
    after = subjects.within(frame.end, clause_end.start() if clause_end else horizon)[:1]
    spans = [(f"own{r}", p) for r, p in enumerate(reversed(own[-3:]))] + [("after", p) for p in after] + \
        [("total", p) for p in _share_total(norm, frame)] + \
        [("counted", p) for p in _what_is_counted(norm, frame, context["unit"])] + \
        [(f"sent{r}", p) for r, p in enumerate(reversed(sentence[-3:]))] + \
        [(f"psent{r}", p) for r, p in enumerate(reversed(before[-2:]))]
    # what the rules read in the frame's own region, and what is left of it after the chosen indicator ("Giá |
    # hồ tiêu ở mức"; "Cà phê: 555,4 nghìn tấn")
    derived: dict[str, list[tuple[str, Piece]]] = {"indicator": [], "sector": []}
    rng = doc_subject_range(doc, norm, a, start, cuts)
    if rng is not None and "|" in norm[rng[0]:rng[1]]:
        # a table row: the name is the first cell, not the unit cell after it ("Xe máy | triệu chiếc | 1,91")
        cut = _trim(norm, rng[0], norm.index("|", rng[0], rng[1]))
        rng = cut if cut[0] < cut[1] else None
    if rng is not None:
        whole = Piece(rng[0], rng[1], "INDICATOR")
        derived["indicator"].append(("range", whole))
        derived["sector"].append(("range", whole))
        for ps, pe, label in classify_subject(norm, rng[0], rng[1], frame.item):
            derived["indicator" if label == "INDICATOR" else "sector"].append(("classify", Piece(ps, pe, label)))
    piece = info.indicator_piece
    if piece is not None and a <= piece.start and piece.end < start:
        rs, re_ = _trim(norm, piece.end, start)
        blocked = cuts.overlapping(rs, re_)
        if blocked:
            re_ = max(rs, min(p.start for p in blocked))
            rs, re_ = _trim(norm, rs, re_)
        if rs < re_ and re.search(r"[^\W\d_]", norm[rs:re_]):
            derived["sector"].append(("rest", Piece(rs, re_, "SECTOR")))
    out: dict = {}
    rule = {"indicator": (info.indicator, info.indicator_piece), "sector": (info.sector, info.sector_piece)}
    written = [Candidate(src, p, _text(doc, view, p), p.label) for src, p in spans]
    aliases = abbreviations(norm)
    for slot in ("indicator", "sector"):
        text, piece = rule[slot]
        cands = [Candidate("rule", piece, text)]
        cands += written
        cands += [Candidate(src, p, _text(doc, view, p), p.label) for src, p in derived[slot]]
        if slot == "indicator" and head_piece is not None:
            cands.append(Candidate("head", head_piece, _text(doc, view, head_piece), "INDICATOR"))
        for src, other in (("lead", lead), ("prev", prev)):
            if other is not None:
                t, p = (other.indicator, other.indicator_piece) if slot == "indicator" else \
                    (other.sector, other.sector_piece)
                if t is not None:
                    cands.append(Candidate(src, p, t))
        if slot == "indicator" and aliases:
            # a name the text also gives in full or abbreviated ("Chỉ số giá tiêu dùng (CPI)"): either form
            for c in list(cands):
                for i in indicator_ids(c.text) if c.text is not None else ():
                    for p in aliases.get(i, ()):
                        cands.append(Candidate("alias", p, _text(doc, view, p), "INDICATOR"))
        for c in list(cands):
            parts = split_head(norm, c.piece) if c.piece is not None else None
            if parts is not None:
                part = parts[0] if slot == "indicator" else parts[1]
                cands.append(Candidate("split_" + c.source.rstrip("0123456789"), part, _text(doc, view, part),
                                       part.label))
            of = split_of(norm, c.piece) if c.piece is not None else None
            if of is not None:
                part = of[0] if slot == "indicator" else of[1]
                cands.append(Candidate("of_" + c.source.rstrip("0123456789"), part, _text(doc, view, part), part.label))
            has = split_has(norm, c.piece) if c.piece is not None else None
            part = has and (has[0] if slot == "indicator" else has[1])
            if part:
                cands.append(Candidate("has_" + c.source.rstrip("0123456789"), part, _text(doc, view, part),
                                       part.label))
        cands.append(Candidate("none", None, None))
        seen: dict = {}
        unique = []
        for c in cands:
            if c.source != "rule" and c.text is not None and _only_unit(c.text):
                continue  # a table's unit cell ("Triệu lít") names no subject
            if c.source != "rule" and c.piece is not None and _ACROSS_CELLS.search(norm, c.piece.start, c.piece.end):
                continue  # "lượt | 84,4 | +35,6": words run over a table's cell borders name nothing
            if c.source != "rule" and c.piece is not None and c.source.rstrip("0123456789") not in ("lead", "prev") \
                    and _HAS_OPENS.match(norm, c.piece.start, c.piece.end):
                continue  # "có giá": a verb and its measure; the measure alone is a candidate of its own (has_)
            key = _key(c.text)
            if key in seen:
                seen[key] += 1
                continue
            seen[key] = 1
            unique.append(c)
        rows = []
        scores = []
        for c in unique:
            cn = norm[c.piece.start:c.piece.end] if c.piece is not None else c.text
            # a row's features: the pair's, then how many candidates agree, how far before the figure it ends and
            # the word it follows (all of them are in the row, the chooser's key for the row's score)
            extra = (_AGREE[min(seen[_key(c.text)], 4)],)
            if c.piece is not None:
                extra += _distance_features(_squeezed_gap(norm, c.piece.end, start), c.source)
                extra += (_word_before(norm, c.piece.start),)
            row = (pair_key(c, cn, situation, text), extra)
            if want_rows:
                rows.append((c.text, _row_features(row)))
            if chooser is not None:
                scores.append(chooser.score_of(slot, row, _row_features))
        out[slot] = rows
        if chooser is not None:
            k = chooser.best(scores)
            if slot == "sector" and unique[k].text is not None and info.indicator is not None and \
                    _key(unique[k].text) == _key(info.indicator):
                k = max((j for j in range(len(scores)) if j != k), key=lambda j: scores[j], default=k)
            chosen = unique[k]
            if slot == "indicator":
                info.indicator, info.indicator_piece = chosen.text, chosen.piece
            else:
                info.sector, info.sector_piece = chosen.text, chosen.piece
    return out


def _row_features(row: tuple) -> list[str]:
    pair, extra = row
    return features_of_key(pair) + list(extra)


# how many candidates of a fact name the same text, as a feature (built once: the strings of a row are all looked up
# in the chooser's weights, and a string made once keeps its hash)
_AGREE = tuple(f"agree={n}" for n in range(5))
_DISTANCES = (2, 12, 40, 120, 400)


@lru_cache(maxsize=4)
def _space_runs(norm: str) -> tuple[list[int], list[int]]:
    """Where each run of two or more whitespace characters starts, and how many characters the runs up to and
    including it have beyond one each (found once per text)."""
    starts, extra, total = [], [], 0
    for m in _SPACE_RUN.finditer(norm):
        total += len(m.group()) - 1
        starts.append(m.start())
        extra.append(total)
    return starts, extra


_SPACE_RUN = re.compile(r"\s{2,}")


# the word a candidate follows, as a feature: "so với" or "của" before a name says something else than "về" or "là"
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s,:;(]*$")


def _word_before(norm: str, start: int) -> str:
    # the pattern has no lookbehind: it reads the 14 characters before the candidate alone, and the same few
    # characters ("so với ", "của ") come before many candidates
    return _word_before_in(norm[max(0, start - 14):start])


@lru_cache(maxsize=16384)
def _word_before_in(window: str) -> str:
    w = _WORD_BEFORE.search(window)
    return f"before={w.group(1).casefold() if w else '-'}"


def _squeezed_gap(norm: str, a: int, b: int) -> int:
    """b - a with every run of whitespace between them counted as one character: how far apart two words are does
    not depend on how the text was spaced ("Tổng  thu  ngân  sách")."""
    if a >= b:
        return b - a
    starts, extra = _space_runs(norm)
    if not starts:
        return b - a
    i, j = bisect_left(starts, a), bisect_left(starts, b)
    return b - a - ((extra[j - 1] if j else 0) - (extra[i - 1] if i else 0))


@lru_cache(maxsize=16384)  # gaps are short, sources few: the same pairs recur from row to row
def _distance_features(gap: int, source: str) -> tuple[str, str]:
    """How far before the figure a candidate ends (bucketed), alone and with where the candidate comes from."""
    k = bisect_left(_DISTANCES, gap)  # the first bucket edge at or above the gap
    where = "after" if gap < 0 else str(_DISTANCES[k]) if k < len(_DISTANCES) else "far"
    return f"dist={where}", f"dist={where}|src={source}"


def _column_header(norm: str, pos: int) -> Piece | None:
    """For a figure in a row of cells ("Ý Yên: 25.830 ha | 56,82 tạ/ha | 146.759 tấn"), the cell of a header line
    above, with as many cells and no figures, that names its column ("(diện tích | năng suất | sản lượng)")."""
    starts, barred = _bar_lines(norm)
    row = bisect_right(starts, pos) - 1
    if not barred[row]:
        return None
    ls, le = _line(norm, starts, row)
    if not any(c.isdigit() for c in norm[ls:norm.find("|", ls, le)]):
        return None  # (a row whose first cell is its label is a table's, read with the table's header)
    k = norm.count("|", ls, pos)
    n = norm.count("|", ls, le) + 1
    for up in range(row - 1, max(row - 13, -1), -1):  # the header is a few rows up at most
        if not barred[up]:
            continue
        start, end = _line(norm, starts, up)
        text = norm[start:end]
        opened = text.rfind("(", 0, text.find("|"))
        a = start + opened + 1 if opened >= 0 else start
        b = norm.find(")", a, end) if opened >= 0 else end
        b = end if b < 0 else b
        if any(c.isdigit() for c in norm[a:b]):
            continue  # another row
        cells = norm[a:b].split("|")
        if len(cells) != n:
            return None
        cs = a + sum(len(c) + 1 for c in cells[:k])
        cs, ce = _trim(norm, cs, cs + len(cells[k]))
        return Piece(cs, ce, "INDICATOR") if cs < ce else None
    return None


def _line(norm: str, starts: list[int], k: int) -> tuple[int, int]:
    """Start and end (before its newline) of line k."""
    return starts[k], starts[k + 1] - 1 if k + 1 < len(starts) else len(norm)


def _last_start(pieces: Pieces, a: int, b: int) -> int:
    """The start of the last piece inside [a, b), or `a` when there is none."""
    k = bisect_left(pieces._starts, b) - 1
    while k >= 0 and pieces[k].start >= a:
        if pieces[k].end <= b:
            return pieces[k].start
        k -= 1
    return a


@lru_cache(maxsize=4)
def _bar_lines(norm: str) -> tuple[list[int], list[bool]]:
    """Where each line of a text starts, and whether it has a cell border: found once per text (a scan of the line
    per figure is quadratic in a long line)."""
    starts, barred = [], []
    pos = 0
    for line in norm.split("\n"):
        starts.append(pos)
        barred.append("|" in line)
        pos += len(line) + 1
    return starts, barred


_ACROSS_CELLS = re.compile(r"\||\n")


@lru_cache(maxsize=8192)
def _only_unit(text: str) -> bool:
    if CLASSIFIER.fullmatch(text.strip()):
        return True  # "lượt": turns of what, the text says elsewhere
    unit = whole_unit(text)
    if unit is None:
        return False
    # a measure ("Tấn", "Triệu kWh") or a scaled count ("Nghìn đôi"); a bare counted noun ("khách", "dự án") can
    # name a subject
    return unit_dimension(unit) != "count" or " " in unit.strip()


def _converted(frame: Frame, before: Frame, norm: str) -> bool:
    """The figure before, in another unit, in parentheses right after it: "ước đạt 86,3 triệu đồng/người (3.717
    USD)"."""
    return frame.in_parentheses and frame.value is not None and before.value is not None and \
        re.fullmatch(r"\s*\(\s*", norm[before.value.end:frame.value.start]) is not None


def _topic_sector(prev: _Info) -> bool:
    """Whether the fact before named its sector before its indicator: "Riêng khu vực FDI số doanh nghiệp ..."."""
    return prev.sector_piece is not None and prev.indicator_piece is not None and \
        prev.sector_piece.end <= prev.indicator_piece.start


def _elliptical(frame: Frame, before: Frame, prev: _Info, norm: str) -> bool:
    """A value clause with no verb of its own after a comma or semicolon, sharing the estimate verb of the clause
    before: "sản lượng cà phê nhân của Đắk Lắk ước đạt 545 nghìn tấn, Lâm Đồng 476,6 nghìn tấn"; "xuất khẩu ước đạt
    1.015 triệu USD, tăng 19,6%; nhập khẩu 842 triệu USD"; also after a parenthesis that closes the clause before
    ("ước đạt 1.386,2 triệu tấn (+14,5%), khối lượng ... 294,2 tỷ tấn.km"), also after the place the figure before
    was of ("ước đạt 545 nghìn tấn tại Đắk Lắk, 476,6 nghìn tấn tại Lâm Đồng"), also when the next item of a ranking
    follows ("kim ngạch ước đạt 30,8 tỷ USD; tiếp đến là EU 27,6 tỷ USD")."""
    r = _res()
    region = r["next_in_rank"].sub(" ", norm[frame.region[0]:frame.start])
    return prev.estimate_verb and frame.value is not None and before.value is not None and not frame.item and \
        not frame.in_parentheses and _CLAUSE_CLOSED.match(region) and \
        not r["predicate"].search(_HEDGES.sub(" ", region)) and not r["target"].search(region)


# hedges the predicate lexicon holds that are no verb of a clause of their own: "đơn giá bình quân vào khoảng 1.136
# USD/tấn" after "ước tính đạt 145.317 tấn, trị giá khoảng 165 triệu USD"
_HEDGES = re.compile(rf"(?<!{_L})(?:vào\s+khoảng|ở\s+mức)(?!{_L})", re.IGNORECASE)
# an estimate word that opens the clause, before its subject: "Xét theo chiều hàng, ước tính hàng xuất khẩu khoảng"
_FRONT_ESTIMATE = re.compile(rf"(?:^|[,;:(]\s*)(?:ước\s+tính|dự\s+ước|ước)(?!{_L})(?!\s+(?:đạt|thực\s+hiện|tính))",
                             re.IGNORECASE)


# what closes the clause of the figure before: a parenthesis, a comma, a semicolon or "và", after the place the
# figure was of ("ước đạt 545 nghìn tấn tại Đắk Lắk, 476,6 nghìn tấn tại Lâm Đồng")
_CLAUSE_CLOSED = re.compile(rf"\s*(?:(?:tại|ở)\s+(?-i:[A-ZĐ]){_L}*(?:\s+(?-i:[A-ZĐ]){_L}*){{0,3}})?"
                            rf"\s*\)?\s*(?:[,;]|và(?!{_L}))", re.IGNORECASE)


def _national(place: str | None) -> bool:
    return place is not None and mapping("places.tsv").get(place.casefold()) in ("cả nước", "Việt Nam")


def _in_parentheses(norm: str, pos: int) -> bool:
    line = norm.rfind("\n", 0, pos) + 1
    return paren_balance(norm, line, pos) > 0


def _document_place(doc: Doc, view, places: list[Piece], frames: list[Frame], fallback: str | None) -> str:
    """Where the figures of a text are from when it does not say it for each: the place its title or lead names
    before the first figure, else the caller's fallback, else the whole country (the fact guide's "Việt Nam" for
    national figures)."""
    first = frames[0].start if frames else len(view.norm)
    for p in places:
        if p.start < first:
            return place_name(_text(doc, view, p))
    title = find_places(view.norm[:first], ignore_case=True)  # "CỤC THỐNG KÊ TỈNH NAM ĐỊNH"
    if title and mapping("places.tsv").get(view.norm[title[0].start:title[0].end].casefold()):
        return mapping("places.tsv")[view.norm[title[0].start:title[0].end].casefold()]
    if fallback:
        return fallback
    # national figures: "cả nước" when the text calls the country so, else "Việt Nam"
    said = {mapping("places.tsv").get(place_name(_text(doc, view, p)).casefold()) for p in places}
    return "cả nước" if "cả nước" in said else "Việt Nam"


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _estimate_heading(norm: str, frames: list[Frame]) -> int | None:
    """Where the scope of a number-free table heading that marks its figures as estimates begins, if any."""
    r = _res()
    starts = sorted(f.start for f in frames)
    for m in r["heading"].finditer(norm):
        if r["estimate"].search(m.group()) and not _any_between(starts, m.start(), m.end()):
            return m.end()
    return None


def _estimated_bullets(norm: str, frames: list[Frame]) -> list[tuple[int, int]]:
    """The bullet lines right under a number-free line that ends with a colon and calls its figures estimates
    ("Sản lượng 9 tháng, theo số ước tính:"), and the rows run on after the colon of a table's number-free heading
    that does ("Bảng sản lượng ước tính năm 2020 (tên cây | sản lượng): cà phê | 1.763,5 nghìn tấn; ..."), as
    (start, end) ranges."""
    r = _res()
    starts = sorted(f.start for f in frames)
    out = []
    for m in _ESTIMATE_COLON_LINE.finditer(norm):
        if not r["estimate"].search(m.group()) or _any_between(starts, m.start(), m.end()):
            continue
        end = pos = m.end() + 1
        while pos < len(norm) and _BULLET_LINE.match(norm, pos):
            nl = norm.find("\n", pos)
            end = pos = len(norm) if nl < 0 else nl + 1
        if end > m.end() + 1:
            out.append((m.end(), end))
    for m in _RUN_ON_HEADING.finditer(norm):
        if r["estimate"].search(m.group()) and not _any_between(starts, m.start(), m.end()):
            nl = norm.find("\n", m.end())
            out.append((m.end(), len(norm) if nl < 0 else nl))
    return out


_ESTIMATE_COLON_LINE = re.compile(r"^[^\n|]*:[ \t]*$", re.MULTILINE)
# a bullet, a numbered item, or a short name and a dash before its figures ("Bắp — 7,1 nghìn ha diện tích; -4,3%")
_BULLET_LINE = re.compile(r"[ \t]*(?:[-–•*+]|\d{1,2}[.)]|[a-zđ][.)])\s|[ \t]*[^\W\d_][^\n.:;|]{0,40}?\s[—–]\s")
# the heading of a table whose rows run on after it on the same line, its column names in parentheses
_RUN_ON_HEADING = re.compile(r"^[^\n:|]*\([^\n()]*\|[^\n()]*\)[ \t]*:", re.MULTILINE)


def _aside(frame: Frame, norm: str, ctx: "_Comparisons") -> bool:
    """A historical aside "(6 tháng 2024: -2,0%)": a figure in parentheses with its own period."""
    if not frame.in_parentheses:
        return False
    opened = norm.rfind("(", frame.sentence[0], frame.start)
    return any(opened <= p.start for p in ctx.periods.overlapping(opened, frame.start))


def _target_aside(frame: Frame, norm: str) -> bool:
    """A plan or target in parentheses: "(kế hoạch GRDP tăng 12,7% - 13%)"."""
    if not frame.in_parentheses:
        return False
    opened = norm.rfind("(", frame.sentence[0], frame.start)
    return opened >= 0 and _res()["target"].search(norm, opened, frame.start) is not None


_TABLE_UNIT = re.compile(r"(?:đơn\s+vị(?:\s+tính)?|ĐVT)\s*:\s*([^\W\d_][^\n;,)]{0,25}|%)", re.IGNORECASE)


# a caption that ends with its unit in parentheses: "Xuất khẩu theo thị trường (triệu USD):"
# (a line of cells, a table's header, is no caption)
# (or with its unit one of the parts of the parentheses: "phân theo ngành vận tải (triệu tấn; so với năm 2018):",
# "Doanh thu các ngành dịch vụ (ước tính, tỉ đồng):")
_CAPTION_UNIT = re.compile(r"^[^|\n]*\(([^()\n]{1,60})\)[ \t]*:?[ \t]*$", re.MULTILINE)


def _declared_row(norm: str, value: Piece) -> bool:
    """Whether a bare number is the figure of a table row ("Bán lẻ hàng hóa | 288,8") under a declared unit
    ("Đơn vị tính: tỷ đồng") with no blank line between: a table too narrow for a header row of its own."""
    # (bounded: a line of thousands of figures is read around each one, not from its start every time)
    floor = max(0, value.start - 200)
    ls = max(norm.rfind("\n", floor, value.start) + 1, floor)
    le = norm.find("\n", value.end, value.end + 200)
    if norm[value.end:le if le >= 0 else value.end + 200].strip(" \t|") or \
            not _ROW_CELL_BEFORE.search(norm, ls, value.start):
        return False
    declared = _declaration(norm, value.start)
    return declared is not None and declared[1] is not None and value.start - declared[0] < 600 and \
        "\n\n" not in norm[declared[0]:value.start].replace(" ", "").replace("\t", "")


def _row_label(norm: str, row: tuple[int, int], places: Pieces) -> list[Piece]:
    """A table row's label as the part its figures are of, unless it names a total or a place."""
    rs, re_ = _trim(norm, *row)
    if rs >= re_ or _TOTAL_LABEL.match(norm, rs, re_) or places.within(rs, re_) or \
            _region_re().search(norm, rs, re_) or not _FIRST_WORD.search(norm, rs, re_) or re_ - rs > 60:
        return []
    return [Piece(rs, re_, "SECTOR")]


@lru_cache(maxsize=None)
def _region_re() -> re.Pattern:
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(words('regions.txt'))})(?![^\W\d_])", re.IGNORECASE)


def _caption_measure(norm: str, pos: int, subjects: Pieces) -> Piece | None:
    """For a table row at `pos`: the measure its caption names, when the header of the label column says that each
    row is a part of it ("Sản phẩm", "Mặt hàng": lexicon row_kinds.txt); the caption is the line right above the
    header row."""
    ls = norm.rfind("\n", 0, pos) + 1
    top = top_of_cells(norm, ls, pos, 3000)  # the header: the first of the rows of cells, above this one
    if top is None or top == ls:
        return None
    if not _row_kind_re().fullmatch(_FIRST_CELL.match(norm, top).group().strip()):
        return None
    above = norm.rfind("\n", 0, top - 1) + 1
    found = [p for p in subjects.within(above, top - 1) if p.label == "INDICATOR"]
    if found:
        return found[0]
    # no span read there (the rules read subjects before figures): the caption's words up to its quantifier,
    # period or aside ("Sản lượng | một số sản phẩm chủ yếu 6 tháng 2018 (ước tính)")
    head = _CAPTION_HEAD.match(norm, above, top - 1)
    if head is None:
        return None
    cs, ce = _trim(norm, head.start("h"), head.end("h"))
    return Piece(cs, ce, "INDICATOR") if cs < ce else None


_FIRST_CELL = re.compile(r"[^|\t\n]*")
_CAPTION_HEAD = re.compile(r"[ \t]*(?P<h>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,5}?)(?=[ \t]+(?:một\s+số|các|những|của|theo|"
                           r"tháng|quý|năm|\d)(?![^\W\d_])|[ \t]*[(:]|[ \t]*$)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _row_kind_re() -> re.Pattern:
    return re.compile(rf"(?:tên\s+)?(?:{alternation(words('row_kinds.txt'))})", re.IGNORECASE)


def _item_label(norm: str, indicator: Piece, places: Pieces) -> list[Piece]:
    """The label of a list item written before its measure and a colon ("- Lúa gạo: giá trị sản xuất ước ..."),
    as the part the figure is of: a short name with no figure, verb or place of its own."""
    ls = norm.rfind("\n", 0, indicator.start) + 1
    colon = norm.rfind(":", ls, indicator.start)
    if colon < 0 or norm[colon + 1:indicator.start].strip():
        return []
    label = _BULLET_LABEL.fullmatch(norm, ls, colon)
    if label is None:
        return []
    rs, re_ = _trim(norm, label.start("l"), label.end("l"))
    if rs >= re_ or _TOTAL_LABEL.match(norm, rs, re_) or places.within(rs, re_) or \
            _res()["predicate"].search(norm, rs, re_) or _subject_res()["ind_head"].match(norm, rs, re_) or \
            norm[rs:re_].isupper() or _key(norm[rs:re_]) in _key(norm[indicator.start:indicator.end]):
        # (a topic's heading names no part: "- Ngân sách: thu NSNN ...", "- XNK: tổng kim ngạch ..."; nor does a
        # label the measure repeats: "- Lúa: diện tích gieo cấy lúa ...")
        return []
    return [Piece(rs, re_, "SECTOR")]


# a list item's label: a bullet, then one to six words with no figure ("- Nếp và lúa chất lượng cao")
_BULLET_LABEL = re.compile(r"[ \t]*[-–•*+][ \t]*(?P<l>[^\W\d_]+(?:[ \t]+[^\W\d_()]+){0,5})[ \t]*")
# the label of a whole, not a part: "Tổng số", "Tổng cộng", "Toàn tỉnh", "Chung", "Cả nước"
_TOTAL_LABEL = re.compile(r"(?:tổng|cộng|toàn|chung|cả|chỉ\s+tiêu|tên)(?![^\W\d_])", re.IGNORECASE)


def _declared_item(norm: str, value: Piece) -> bool:
    """Whether a bare number ends an item of a list that a heading opens with its unit and a colon ("Dư nợ theo
    lĩnh vực (ĐVT: tỷ đồng):\n- Sản xuất lúa gạo: 6.800;", "Giá lúa (ĐVT: đồng/kg): nếp vỏ tươi 6.400; IR50404
    4.300-4.400"), the unit said once for the list, with no blank line between."""
    if not _BARE_ITEM_END.match(norm, value.end):
        return False
    declared = _declaration(norm, value.start)
    if declared is None or declared[1] is None or value.start - declared[0] > 600 or \
            "\n\n" in norm[declared[0]:value.start].replace(" ", "").replace("\t", ""):
        return False
    heading = _HEADING_COLON.match(norm, declared[0])
    if heading is None:
        return False
    # the list goes on the heading's own line, or in bullet lines under it, and the number's item names only what
    # it is of ("Sản xuất lúa gạo: ", "IR50404 ")
    lines = norm[heading.end():value.start].split("\n")
    item = re.split(r"[;:]", lines[-1])[-1]
    return all(_BULLET_LINE.match(line) for line in lines[1:]) and len(item) <= 40 and \
        _res()["predicate"].search(item) is None


# the end of a heading that declares its list's unit: "(ĐVT: tỷ đồng):", "(triệu USD):"
_HEADING_COLON = re.compile(r"[ \t]*\)?[ \t]*:")


_ROW_CELL_BEFORE = re.compile(r"[^\W\d_][^|\t\n]*(?:\||\t)[ \t]*$")


def _table_unit(norm: str, pos: int) -> str | None:
    """The unit a table header declares ("Đơn vị: tỷ đồng") for the numbers written under it."""
    declared = _declaration(norm, pos)
    return declared[1] if declared else None


def _declaration(norm: str, pos: int) -> tuple[int, str | None] | None:
    """The last unit declaration before `pos`: where it ends, and its unit."""
    starts, units = _table_units(norm)
    k = bisect_right(starts, pos)
    return (starts[k - 1], units[k - 1]) if k else None


@lru_cache(maxsize=4)
def _table_units(norm: str) -> tuple[list[int], list[str | None]]:
    """Where each unit declaration of a text ends, and its unit (found once per text: a scan per number is
    quadratic in a long table)."""
    found = [(m.end(), parse_quantity("1 " + m.group(1).strip())[2]) for m in _TABLE_UNIT.finditer(norm)]
    found += [(m.end(), unit) for m in _CAPTION_UNIT.finditer(norm) if (unit := _caption_unit(m.group(1)))]
    found.sort(key=lambda f: f[0])
    return [end for end, _ in found], [unit for _, unit in found]


_UNIT_WORD = re.compile(r"đơn\s+vị|ĐVT", re.IGNORECASE)


def _caption_unit(inside: str) -> str | None:
    """The unit a caption's parentheses give: all of them ("(triệu USD)"), or the one part of them that is a unit
    ("(triệu tấn; so với năm 2018)")."""
    if not re.search(r"\d", inside) and (unit := _written_unit(inside)):
        return unit
    if _UNIT_WORD.search(inside):
        return None  # "(Số liệu ước tính; đơn vị: lượt khách, tỷ đồng)": the declaration says it (_TABLE_UNIT)
    units = [unit for part in re.split(r"[;,]", inside) if (unit := _written_unit(part))]
    return units[0] if len(units) == 1 else None


def _cell_unit(norm: str, pos: int) -> str | None:
    """The unit a table row writes in the cell before its number: "Tổng thu du lịch | tỷ đồng | 30.973 | +15,6%"."""
    ls = norm.rfind("\n", 0, pos) + 1
    bar = norm.rfind("|", ls, pos)
    if bar < 0 or norm[bar + 1:pos].strip():
        return None
    return _written_unit(norm[norm.rfind("|", ls, bar) + 1:bar])


def _written_unit(cell: str) -> str | None:
    """The unit a table cell holds and nothing else ("tỷ đồng", "Nghìn tấn"), as written; None for any other cell."""
    cell = cell.strip(" \t-–—")
    if not cell or len(cell) > 30:
        return None
    _, _, unit = parse_quantity("1 " + cell)
    return unit if unit is not None and unit.casefold() == re.sub(r"\s+", " ", cell).casefold() else None


# a unit in parentheses at the end of a figure's label: "Thu nội địa (tỷ đồng) | 10.120", "xi măng (nghìn tấn) 1.250"
_LABEL_UNIT = re.compile(r"\(([^()\d\n]{1,30})\)[\s|:]{0,4}$")


def _label_unit(norm: str, a: int, pos: int) -> str | None:
    m = _LABEL_UNIT.search(norm, max(a, pos - 40), pos)
    return _written_unit(m.group(1)) if m else None


# a cell that holds a figure and nothing else ("54,59", "+3,2 %"), and what a row writes between its label and a
# later figure: cells of numbers only ("| 54,59 | ")
_FIGURE = r"[+\-–−]?\d[\d.,]*[ \t]*%?"
_FIGURE_CELLS = re.compile(rf"(?:[ \t]*[|\t][ \t]*{_FIGURE})*[ \t]*[|\t][ \t]*")
_SUB_ROW = re.compile(r"[ \t]*[-–+•*][ \t]")


def _row_label_unit(norm: str, pos: int) -> str | None:
    """The unit a table row's label gives in parentheses to every figure of the row, not only to the one after it:
    "40,42" in "Tỷ lệ lao động làm công (%) | 40,98 | 40,42". A sub-row ("- Khu vực thành thị | 3,15 | 3,38") takes
    the unit of the row it hangs under."""
    ls = norm.rfind("\n", 0, pos) + 1
    first = _FIRST_CELL.match(norm, ls).end()
    if first >= pos or not _FIGURE_CELLS.fullmatch(norm, first, pos):
        return None
    for _ in range(30):  # bounded: a parent row is read from at most 30 sub-rows up
        label = norm[ls:first]
        unit = _HEADER_UNIT.search(label)
        if unit is not None:
            return _written_unit(unit.group(1))
        if not _SUB_ROW.match(label) or ls == 0:
            return None
        ls = norm.rfind("\n", 0, ls - 1) + 1
        first = _FIRST_CELL.match(norm, ls).end()
        if first >= len(norm) or norm[first] == "\n":
            return None  # the line above is no row
    return None


def _column_unit(norm: str, pos: int) -> str | None:
    """The unit a table's column header gives in parentheses to the bare numbers under it: "12,5" under "Sản lượng
    (nghìn tấn)" in "Sản phẩm | Sản lượng (nghìn tấn) | So với cùng kỳ (%)"."""
    table = _rows_above(norm, pos)
    if table is None:
        return None
    (ls, le), headers = table
    k, n = norm.count("|", ls, pos), norm.count("|", ls, le) + 1
    for header in headers:  # the header is the nearest row above with a unit there
        if len(header) != n:
            continue
        unit = _HEADER_UNIT.search(header[k])
        if unit is not None:
            return _written_unit(unit.group(1))
    return None


_HEADER_UNIT = re.compile(r"\(([^()\d\n]{1,30})\)\s*$")
_CELL_BORDER = re.compile(r"[ \t]*[|\t][ \t]*")
_FIGURE_CELL = re.compile(rf"{_FIGURE}|[-–—]?")


def _corner_unit(norm: str, pos: int) -> str | None:
    """The unit a table's header row gives in its first cell to every figure under it: "Số liệu so sánh (tỉ đồng) |
    Q2/2024 | Q1/2025" over "Doanh thu thuần | 20.134 | 18.897" (cells parted by "|" or tabs). The header is the
    nearest row above with no figure cell, read up to 30 rows up."""
    ls = norm.rfind("\n", 0, pos) + 1
    if not _CELL_BORDER.search(norm, ls, pos):
        return None
    for _ in range(30):
        if ls == 0:
            return None
        le = ls - 1
        ls = norm.rfind("\n", 0, le) + 1
        cells = _CELL_BORDER.split(norm[ls:le])
        if len(cells) < 2:
            return None  # the line above is no row
        if not any(_FIGURE_CELL.fullmatch(c.strip()) and c.strip() for c in cells[1:]):
            unit = _HEADER_UNIT.search(cells[0])
            return _written_unit(unit.group(1)) if unit is not None else None
    return None


_UNIT_HEADER = re.compile(r"\s*(?:ĐVT|đơn\s+vị(?:\s+tính)?)\s*", re.IGNORECASE)


def _unit_column(norm: str, pos: int) -> str | None:
    """The unit a table row writes in its unit column, the one headed "ĐVT" or "Đơn vị": "Tổng thu từ du lịch |
    30.973 | +15,6% | tỷ đồng" under "Chỉ tiêu | Năm 2019 | 2019/2018 | ĐVT"."""
    table = _rows_above(norm, pos)
    if table is None:
        return None
    (ls, le), headers = table
    cells = norm[ls:le].split("|")
    for header in headers:  # the header is the nearest row above with a unit column
        column = next((k for k, c in enumerate(header) if _UNIT_HEADER.fullmatch(c)), None)
        if column is not None:
            if len(header) != len(cells):
                return None
            if norm.count("|", ls, pos) == column:
                return None  # the figure stands in the unit column itself
            return _written_unit(cells[column])
    return None


def _rows_above(norm: str, pos: int) -> tuple[tuple[int, int], Iterator[list[str]]] | None:
    """For a figure in a row of cells: the row's (start, end), and the cells of each row above it, nearest first,
    up to 15 rows and while they hold cell borders (where a table's header can be); None outside a table row."""
    starts, barred = _bar_lines(norm)
    row = bisect_right(starts, pos) - 1
    if not barred[row]:
        return None

    def above() -> Iterator[list[str]]:
        for up in range(row - 1, max(row - 16, -1), -1):
            if not barred[up]:
                return
            hs, he = _line(norm, starts, up)
            yield norm[hs:he].split("|")

    return _line(norm, starts, row), above()


@lru_cache(maxsize=None)
def _counted_re() -> re.Pattern:
    counts = alternation([f for f, dim in table("units.tsv") if dim == "count"])
    return re.compile(rf"(?<!{_L})số\s+(?:lượng\s+)?(?P<u>{counts})(?!{_L})", re.IGNORECASE)


def _counted_unit(norm: str, a: int, pos: int) -> str | None:
    """A bare number whose subject names what is counted: "số doanh nghiệp tạm ngừng hoạt động là 71.391"."""
    found = None
    for m in _counted_re().finditer(norm, a, pos):
        found = m
    return re.sub(r"\s+", " ", found.group("u")) if found else None


# a group word and a demonstrative: "nhóm này", "khối đó", "mặt hàng này", "nhóm doanh nghiệp này"
_DEMONSTRATIVE_END = re.compile(rf"(?:\s+{_L}+){{0,2}}\s+(?:này|đó|trên)", re.IGNORECASE)


def _group_pointed_back(norm: str, piece: Piece) -> bool:
    """Whether a sector phrase is a group word with a demonstrative, pointing back to the group named before it."""
    head = _subject_res()["sec_head"].match(norm[piece.start:piece.end])
    return head is not None and _DEMONSTRATIVE_END.fullmatch(norm, piece.start + head.end(), piece.end) is not None


def _measure_of_group_back(norm: str, piece: Piece) -> bool:
    """Whether an indicator phrase is a measure of a group pointed back to: "chỉ số nhóm này", "kim ngạch nhóm này",
    "doanh thu ngành này"."""
    r, text = _subject_res(), norm[piece.start:piece.end]
    head = r["ind_head"].match(text)
    if head is None or not text[head.end():head.end() + 1].isspace():
        return False
    return _group_pointed_back(norm, Piece(piece.start + head.end() + 1, piece.end, "SECTOR"))


def _names_a_thing(norm: str, piece: Piece) -> bool:
    """Whether a subject opens with an indicator or sector head word ("đàn trâu", "sản lượng"), not a place or a
    verb ("tỉnh hiện", "đã cấp")."""
    r, text = _subject_res(), norm[piece.start:piece.end]
    return bool(r["ind_head"].match(text) or r["sec_head"].match(text))


def _counted_subject(norm: str, frame: Frame) -> tuple[int, int] | None:
    """For a count with no subject before it, the counted noun and what qualifies it ("dự án còn hiệu lực")."""

    value_text = norm[frame.value.start:frame.value.end]
    _, _, unit = parse_quantity(value_text)
    if unit is None or unit_dimension(unit) != "count":
        return None
    for scale in sorted((f for f, _ in table("scales.tsv")), key=len, reverse=True):
        if unit.casefold().startswith(scale.casefold() + " "):
            unit = unit[len(scale) + 1:]  # "197,9 nghìn doanh nghiệp": the scale counts, the noun is counted
            break
    written = None  # the unit as written, whatever spaces stand between its words ("lượt  khách")
    for written in re.finditer(r"\s+".join(map(re.escape, unit.split())), value_text, re.IGNORECASE):
        pass
    unit_start = frame.value.start + (written.start() if written else 0)
    after = norm[frame.value.end:frame.value.end + 60].split("\n", 1)[0]  # what qualifies it stands on its line
    tail = re.match(rf"[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_]+)*?(?=\s*(?:[,;.:()|]|$|\s(?:với|và|tăng|giảm|"
                    rf"trong\s+đó|bằng|chiếm)(?!{_L})))", after.lstrip())
    end = frame.value.end
    if tail:
        end = frame.value.end + (len(after) - len(after.lstrip())) + tail.end()
    start = max(frame.value.start, unit_start)
    return (start, end) if end > start else None


def _family(ctype: str | None) -> str | None:
    """Comparisons that share a baseline: a rise and a fall are read against the same reference."""
    return "growth" if ctype in ("increase", "decrease") else ctype


def _ordinal(types: list[str | None], k: int) -> int:
    fam = _family(types[k])
    return sum(1 for t in types[:k] if _family(t) == fam)


def _rank(types: list[str | None], k: int) -> int:
    """The place of the k-th comparison among a frame's rises, falls and ratios (shares and contributions left out)."""
    return sum(1 for t in types[:k] if _family(t) not in ("share", "contribution"))


def _fits(kind: str | None, family: str | None) -> bool:
    """Whether a baseline stated for another clause can be carried to a comparison of this family."""
    if kind is None or family in ("share", "contribution", None):
        return False
    return family == "ratio" or kind != "plan"


def _shape(doc, view, frame: Frame) -> tuple[str | None, bool]:
    """What kind of figure a frame states: the dimension of its value's unit, and whether it has a value."""
    if frame.value is None:
        return None, False
    unit = parse_quantity(_text(doc, view, frame.value))[2]
    return (unit_dimension(unit) if unit else None), True


_PLAN_AFTER = re.compile(rf"\s*(?:{PLAN_WORDS})(?![^\W\d_])", re.IGNORECASE)
_ESTIMATE_AFTER = re.compile(r"\s*\(\s*(?:số\s+(?:liệu\s+)?)?(?:ước|ước\s+tính|ước\s+thực\s+hiện|sơ\s+bộ|dự\s+kiến)\s*\)",
                             re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]")
_HAS_OPENS = re.compile(r"có\s", re.IGNORECASE)
_ITEM_LABEL = re.compile(rf"[\s;,.\-–—•*+()|/]*(?P<label>{_L}+(?:\s+{_L}+){{0,3}})\s*:\s*")
# a line of a list or table: a bullet or an item number first, or cells apart ("|", a tab, " - " between figures)
_LIST_LINE = re.compile(r"^\s*(?:[-–—•*+]|[a-zđ0-9]{1,3}[).]\s)|\||\t|\d[ \t]+[-–][ \t]+(?:tăng|giảm)", re.IGNORECASE)
_SIGNED = re.compile(r"\(?\s*[+\-−–]")


@dataclass
class _Comparisons:
    """What the baseline of an unmarked comparison is inherited from, computed once per doc."""

    frames: list[Frame]
    types: list[list[str | None]]          # change types of each frame
    kinds: list[list[str | None]]          # baseline kinds given so far to each frame's changes
    baselines: list[Piece]
    baseline_starts: list[int]
    owners: dict[tuple[int, int], tuple[int, int]]  # a baseline -> (frame, change) it is stated for
    change_starts: list[int]
    headers: list[tuple[int, int, list[str]]]
    periods: Pieces


def _comparisons(norm: str, frames: list[Frame], types, kinds, baselines: list[Piece], periods: list[Piece],
                 doc, view) -> _Comparisons:
    owners = {(b.start, b.end): (j, kb) for j, f in enumerate(frames) for kb, b in f.baselines.items()}
    numbers = sorted(p.start for f in frames for p in ([f.value] if f.value else []) + f.changes)
    ctx = _Comparisons(frames, types, kinds, baselines, [b.start for b in baselines], owners,
                       sorted(c.start for f in frames for c in f.changes), [], periods)
    ctx.headers = _table_headers(norm, ctx, numbers, doc, view)
    return ctx


def _any_between(starts: list[int], a: int, b: int) -> bool:
    k = bisect_left(starts, a)
    return k < len(starts) and starts[k] < b


def _table_headers(norm: str, ctx: _Comparisons, numbers: list[int], doc, view) -> list[tuple[int, int, list[str]]]:
    """(start, end, baseline kinds) of table headings: a line that states baselines ("(tốc độ tăng/giảm so với năm
    2023)", "| so với cùng kỳ | so với kế hoạch") and no number; it governs the table or list under it, until the
    next heading."""
    headers: list[tuple[int, int, list[str]]] = []
    seen_lines = set()
    for b in ctx.baselines:
        if (b.start, b.end) in ctx.owners:
            continue
        ls = norm.rfind("\n", 0, b.start) + 1
        le = norm.find("\n", b.end)
        le = len(norm) if le < 0 else le
        if ls in seen_lines or _any_between(numbers, ls, le):
            continue
        seen_lines.add(ls)
        k = bisect_left(ctx.baseline_starts, ls)
        bases = [p for p in ctx.baselines[k:] if p.end <= le and (p.start, p.end) not in ctx.owners]
        headers.append((ls, le, [baseline_kind(_text(doc, view, p)) for p in bases]))
    # a heading's scope ends at the next paragraph that opens with a line without numbers (a new heading), unless
    # that line leads the rows under it ("a) kim ngạch xuất khẩu hàng hóa sang:")
    out = []
    for k, (ls, le, kinds) in enumerate(headers):
        end = headers[k + 1][0] if k + 1 < len(headers) else len(norm)
        for m in re.finditer(r"\n\s*\n\s*([^\n]+)", norm[le:end]):
            ps, pe = le + m.start(1), le + m.end(1)
            if not _any_between(numbers, ps, pe) and not norm[ps:pe].rstrip().endswith(":"):
                end = ps
                break
        out.append((le, end, kinds))
    return out


def _header_baseline(norm: str, pos: int, ctx: _Comparisons, text: str) -> str | None:
    for start, end, kinds in ctx.headers:
        if start <= pos < end:
            ls = norm.rfind("\n", 0, pos) + 1
            le = norm.find("\n", pos)
            le = len(norm) if le < 0 else le
            if not (_LIST_LINE.search(norm[ls:le]) or _SIGNED.match(text)):
                return None
            column = bisect_left(ctx.change_starts, pos) - bisect_left(ctx.change_starts, ls)
            return kinds[min(column, len(kinds) - 1)]
    return None


def _akin(a: str | None, b: str | None) -> bool:
    return a == b or {a, b} == {"growth", "ratio"}


def _restated(norm: str, frame: Frame, k: int) -> bool:
    """Whether the k-th comparison of a frame opens a parenthesis right after the one before (and its baseline)."""
    end = frame.changes[k - 1].end
    before = frame.baselines.get(k - 1)
    if before is not None and before.start >= end:
        if norm[end:before.start].strip():
            return False
        end = before.end
    return RESTATED_OPEN.fullmatch(norm, end, frame.changes[k].start) is not None


def _same_comparison(doc, view, frame: Frame, k: int, types: list) -> bool:
    """Whether the k-th comparison can say again what the one before it says: a rise in other units ("tăng 100,79
    điểm (+10,05%)"), or a rise or fall that is the ratio before it less 100% ("gấp 2,4 lần năm trước (tăng 140,4%)",
    "bằng 95,5% (giảm 4,5%)"). A share is of a total and a ratio of another size ("chiếm 21,13% (giảm 4,48%)",
    "hoàn thành 52,9% kế hoạch (tăng 3,61%)"): the rise after it is a comparison of its own."""
    t0, v0, _, u0 = parse_change(_text(doc, view, frame.changes[k - 1]))
    t1, v1, _, u1 = parse_change(_text(doc, view, frame.changes[k]))
    t0, t1 = t0 or types[k - 1], t1 or types[k]
    f0, f1 = _family(t0), _family(t1)
    if f0 == f1:
        return f0 not in ("share", "contribution")
    if f0 == "ratio" and f1 == "growth" and v0 is not None and v1 is not None:
        ratio = v0 * 100 if u0 == "lần" else v0 if u0 == "%" else None
        sign = -1 if t1 == "decrease" else 1
        return ratio is not None and u1 == "%" and abs(ratio - 100 - sign * v1) <= 0.5
    return False


def _inherited_baseline(ctx: _Comparisons, i: int, k: int, head_base: "tuple[str | None, ...] | None",
                        lead: "_Info | None", norm: str, doc, view, period: str | None = None) -> str | None:
    frames, types, kinds = ctx.frames, ctx.types, ctx.kinds
    frame = frames[i]
    fam = _family(types[i][k])
    if fam in ("share", "contribution"):
        return None
    if _aside(frame, norm, ctx) or _target_aside(frame, norm):
        return None  # "(bình quân năm 2018 tăng 4,13%)", "(kế hoạch tăng 12,7%)": an aside states its own comparison
    if k and kinds[i][k - 1] is not None and _restated(norm, frame, k) and \
            _same_comparison(doc, view, frame, k, types[i]):
        return kinds[i][k - 1]  # "gấp 2,4 lần năm trước (tăng 140,4%)": the same comparison, written again
    if head_base:
        pick = head_base[k] if len(head_base) > 1 and len(frame.changes) > 1 and k < len(head_base) else head_base[-1]
        if _fits(pick, fam):
            return pick
    if frame.item and lead is not None and (closing := _closing_baseline(ctx, i, k, fam, norm, doc, view, True)) and \
            frames[i + 1:i + 2] and frames[i + 1].sentence == frame.sentence:
        # "Cụ thể, giá xăng E5 tăng 440 đồng/lít, ... và giá dầu diezen tăng 450 đồng/lít so với tháng trước": the
        # baseline that closes the items' own coordination is theirs, not the lead's
        return closing
    if (frame.item or frame.narrows is not None) and lead is not None and \
            (listed := _list_baseline(ctx, i, frame.changes[k].start, norm, doc, view)) is not None:
        # "CPI tăng 4,21% so với cùng kỳ. Cụ thể so với tháng trước, nhóm giao thông tăng 1,02%; nhóm nhà ở ... tăng
        # 0,56%": a baseline that opens the list, not the lead's
        return listed if _fits(listed, fam) else None
    if (frame.item or frame.narrows is not None) and lead is not None:
        # the k-th rise of an item is read like the k-th rise of its lead ("tăng 35,8% so cùng kỳ, vượt 18,3% kế
        # hoạch; trong đó ... tăng 70,6%, vượt 48,9%")
        # "vượt X%" is read against the plan like the lead's "vượt", a plain "tăng" like the lead's "tăng"
        mine = _beyond(norm, frame.changes[k])
        same = [kind for t, kind, trig in lead.changes if _family(t) == fam and trig == mine]
        order = sum(1 for kk in range(k) if _family(types[i][kk]) == fam and _beyond(norm, frame.changes[kk]) == mine)
        if not same:
            same = [kind for t, kind, _ in lead.changes if _family(t) == fam]
            order = _ordinal(types[i], k)
        if same:
            kind = same[min(order, len(same) - 1)]
            if kind is not None:
                return kind
        # "giảm 1,27% so với cùng kỳ; trong đó lúa mùa ..., bằng 98,80%": a ratio read against the same year
        other = [kind for t, kind, _ in lead.changes if _akin(_family(t), fam) and _fits(kind, fam)]
        if other:
            # under a lead read against two baselines, a rise or fall is read year on year (corpus/REVIEW.md)
            return "same_period_previous_year" if "same_period_previous_year" in other else other[0]
        if not same:
            kind = _lead_sentence_baseline(ctx, i, fam)
            if kind is not None:
                return kind
    closing = _closing_baseline(ctx, i, k, fam, norm, doc, view)
    if closing is not None:
        return closing or None
    piece = frame.changes[k]
    text = norm[piece.start:piece.end]
    kind = _header_baseline(norm, piece.start, ctx, text)
    if kind is not None and (fam == "ratio" or _fits(kind, fam) or text.startswith("vượt")):
        return kind
    # the last baseline stated earlier in the sentence: a comparison of the same family, or an opener
    # ("So với tháng trước, nhóm ... tăng 0,74%"; "tăng 27,1% so với năm trước; tổng vốn ... giảm 1,3%")
    s_start = frame.sentence[0]
    pos = piece.start
    if frame.in_parentheses:
        opened = norm.rfind("(", s_start, pos)
        if ctx.periods.within(opened, pos):
            return None  # a historical aside "(năm 2014 tăng 9,6%)" is read against its own, unstated, reference
    for b in _baselines_between(ctx, s_start, pos):
        owner = ctx.owners.get((b.start, b.end))
        if owner is None:
            # "So với tháng 10/2017, chỉ số ... tháng Mười năm 2018 tăng 7,7%": dated against the figure's period
            said = _text(doc, view, b)
            kind = _dated(baseline_kind(said), said, period)
            return kind if _fits(kind, fam) else None
        j, kb = owner
        if j <= i and _akin(_family(types[j][kb]), fam):
            kind = kinds[j][kb] if kb < len(kinds[j]) else None
            return kind if _fits(kind, fam) else None
    return None


def _closing_baseline(ctx: _Comparisons, i: int, k: int, fam: str, norm: str, doc, view,
                      exact: bool = False) -> str | None:
    """The baseline of a later comparison in the same frame or sentence that closes the coordination with "so với
    ...": its kind, "" when it is of a kind the comparison cannot take, None when there is none. `exact`: only a
    comparison of the same family (a rise, not a "gấp" ratio) in a clause joined by a comma or "và" closes it, not
    one after a semicolon."""
    frames, types = ctx.frames, ctx.types
    frame = frames[i]
    keys = sorted(frame.baselines) if frame.baselines else ()
    for later_k in keys[bisect_right(keys, k):] if keys else ():
        if frame.baselines[later_k].start < frame.changes[later_k].start:
            continue  # fronted, its own: "tăng 1,4%, còn so với tháng 12/2018 tăng 5,23%"
        if _family(types[i][later_k]) == fam:
            return baseline_kind(_text(doc, view, frame.baselines[later_k]))
    for j in range(i + 1, min(len(frames), i + 1 + _NEAR)):  # bounded: a scan to the sentence end is quadratic
        other = frames[j]
        if other.sentence != frame.sentence or other.item != frame.item or \
                (exact and ";" in norm[frames[j - 1].end:other.start]):
            break
        own = [kb for kb in sorted(other.baselines) if (_family(types[j][kb]) == fam if exact else
                                                        _akin(_family(types[j][kb]), fam))]
        if own:
            kind = baseline_kind(_text(doc, view, other.baselines[own[0]]))
            return kind if _fits(kind, fam) else ""
        if not other.changes:
            break
    return None


def _lead_sentence_baseline(ctx: _Comparisons, i: int, fam: str) -> str | None:
    """For item i whose lead has no comparison of family `fam`: the baseline of the first comparison of that family
    written in the lead's sentence after the lead, by a figure-less clause of its own, the lead's figure compared
    apart ("ước thu hoạch 964,9 nghìn tấn; so với cùng kỳ năm trước, sản lượng tăng 3,9%. Cụ thể: An Giang đạt
    273,9 nghìn tấn, tăng 20,8%")."""
    frames, types, kinds = ctx.frames, ctx.types, ctx.kinds
    frame = frames[i]
    li = frame.lead if frame.item else frame.narrows
    if li is None or li >= i:
        return None
    for j in range(li + 1, i):
        other = frames[j]
        if other.sentence != frames[li].sentence:
            break
        if other.value is not None or other.item or other.in_parentheses:
            continue
        for kb, t in enumerate(types[j]):
            if _family(t) == fam and kb < len(kinds[j]) and kinds[j][kb] is not None:
                return kinds[j][kb] if _fits(kinds[j][kb], fam) else None
    return None


def _baselines_between(ctx: _Comparisons, start: int, pos: int) -> list[Piece]:
    """The baselines that start at or after `start` and end by `pos`, the latest first (found by bisection)."""
    first = bisect_left(ctx.baseline_starts, start)
    last = bisect_left(ctx.baseline_starts, pos)
    return [b for b in reversed(ctx.baselines[first:last]) if b.end <= pos]


def _list_baseline(ctx: _Comparisons, i: int, pos: int, norm: str, doc, view) -> str | None:
    """The kind of a baseline written after the lead of item i and before `pos` that no comparison after it owns:
    one that opens the list ("Cụ thể so với tháng trước, ...", "So với quý I/2018, xét theo ngành, ...")."""
    frame = ctx.frames[i]
    lead_index = frame.lead if frame.item else frame.narrows
    if lead_index is None or lead_index >= len(ctx.frames):
        return None
    lead = ctx.frames[lead_index]
    # after the lead, and within the item's own sentence when the lead is in an earlier one
    start = lead.end if lead.sentence == frame.sentence else max(lead.end, frame.sentence[0])
    for b in _baselines_between(ctx, start, pos):
        owner = ctx.owners.get((b.start, b.end))
        if owner is not None:
            j, kb = owner
            if ctx.frames[j].changes[kb].start < b.start:
                return None  # a baseline after an earlier item's figure is that item's
            if ctx.frames[j].lead != frame.lead or j == i:
                return None
            here = next((kk for kk, c in enumerate(frame.changes) if c.start == pos), None)
            if here is not None and _rank(ctx.types[j], kb) != _rank(ctx.types[i], here):
                return None  # an earlier item's own later comparison: "tăng 4,7% và so cùng kỳ thì gấp 3,8 lần"
        if _LIST_OPENS.search(norm, max(0, b.start - 30), b.start):
            return baseline_kind(_text(doc, view, b))
        return None
    return None


_LIST_OPENS = re.compile(r"(?:^|[,;:(.\n]|(?<![^\W\d_])(?:cụ\s+thể|trong\s+đó|và|còn|nhưng|song))\s*$", re.IGNORECASE)


@registry.misc("vnecon.score_facts.v1")
def make_facts_scorer() -> Callable:
    def score(examples: Iterable[Example], **_) -> dict:
        from ..evaluation import score_fact_lists

        pairs = [(eg.predicted._.facts or [], eg.reference.user_data.get("vnecon_gold_facts", [])) for eg in examples]
        return score_fact_lists(pairs)

    return score


class Linker(Pipe):
    """Sets `doc._.facts` from the spans of the components before it. With trained weights (`vnecon train`), a
    subject chooser picks each fact's indicator and sector among the candidates the rules propose."""

    def __init__(self, nlp: Language, name: str = "vnecon_linker", *, scorer: Callable | None = None,
                 chooser: SubjectChooser | None = None) -> None:
        ensure_extensions()
        self.name = name
        self.scorer = scorer
        self.chooser = chooser

    def __call__(self, doc: Doc) -> Doc:
        defaults = doc._.vnecon_defaults or {}
        links: list = []
        doc._.facts = facts_of(doc, location=defaults.get("location"), period=defaults.get("period"), links=links,
                               chooser=self.chooser)
        doc.user_data["vnecon_links"] = links
        return doc

    def candidates(self, doc: Doc) -> tuple[list[Fact], list]:
        """The facts the rules alone give `doc` (its spans set), and the subject candidates of each (training)."""
        collect: list = []
        defaults = doc._.vnecon_defaults or {}
        facts = facts_of(doc, location=defaults.get("location"), period=defaults.get("period"), collect=collect)
        return facts, collect

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg", {"chooser": self.chooser is not None})
        if self.chooser is not None:
            self.chooser.to_disk(path / "subject_weights.json")

    def from_disk(self, path, *, exclude=tuple()) -> "Linker":
        path = Path(path)
        weights = path / "subject_weights.json"
        self.chooser = SubjectChooser.from_disk(weights) if weights.exists() else None
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps({"chooser": self.chooser.to_dict() if self.chooser is not None else None})

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> "Linker":
        msg = srsly.msgpack_loads(data)
        self.chooser = SubjectChooser.from_dict(msg["chooser"]) if msg.get("chooser") else None
        return self


@Language.factory(
    "vnecon_linker",
    assigns=["doc._.facts"],
    requires=["doc.spans"],
    default_config={"scorer": {"@misc": "vnecon.score_facts.v1"}},
    default_score_weights={"fact_core_f": 1.0},
)
def make_linker(nlp: Language, name: str, scorer: Callable | None) -> Linker:
    if "vnecon_comparisons" not in nlp.pipe_names:
        raise ValueError(Errors.E050.format(name=name, needs="vnecon_comparisons"))
    return Linker(nlp, name, scorer=scorer)
