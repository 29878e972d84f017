"""The labelled syndication set: invented base texts (corpus.txt) and their edited copies.

``build()`` returns every article of the set with its group: articles in one group
are copies of one text (the truth for "is a copy"); everything else must stay apart.
Copies are made with the edits syndicated wire stories really get, chosen by a
seeded random generator, so the set is the same on every run:

- dateline added ("Quetta, Nov 3 (IANS) - ") or dropped;
- agency tail ("--IANS", "(ANI)", "-- IANS ab/sk", a syndication disclaimer);
- last paragraph(s) trimmed; a paragraph dropped from the middle;
- one sentence reworded (the corpus names it with "@reword");
- an editor's line added ("Also Read: ...", "(With inputs from agencies)");
- typography: curly quotes, dashes, "per cent" -> "percent";
- (rarely) the new headline glued to the body by a bad extraction.

Independent reports get copies too, so both sides of every hard pair are groups.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus.txt"
SEED = 20261103

DATELINE = re.compile(r"^[A-Z][a-z]+, [A-Z][a-z]{2} \d{1,2} \((?:IANS|ANI)\) - ")
PLACES = ["Quetta", "Gilgit", "Islamabad", "Karachi", "Skardu", "Gwadar", "Turbat"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TAILS = [
    "--IANS",
    "(ANI)",
    "-- IANS\n\nab/sk",
    "(Only the headline of this report may have been reworked by our staff; the rest of "
    "the content is auto-generated from a syndicated feed.)",
    "(With inputs from agencies)",
]
EDITOR_LINES = [
    "Also Read: Provincial cabinet meets to review law and order",
    "ALSO READ | Budget talks stall over development funds",
    "(Edited by Priya Menon)",
    "Follow our coverage of the region on our website and app.",
]
HEADLINE_WORDS = 9  # a glued headline is the first few words of the lead, title-cased


@dataclass(frozen=True)
class Source:
    """One text of corpus.txt."""

    id: str
    kind: str  # story | independent | unrelated
    event: str | None  # for independent reports: the story they report on
    paragraphs: tuple[str, ...]
    reword: tuple[str, str] | None


@dataclass(frozen=True)
class Article:
    """One article of the labelled set: ``group`` = id of the text it copies."""

    id: str
    group: str
    kind: str
    edits: tuple[str, ...]
    text: str


def load_corpus(path: Path = CORPUS) -> list[Source]:
    """Parse corpus.txt."""
    sources: list[Source] = []
    for block in re.split(r"^=== ", path.read_text(encoding="utf-8"), flags=re.M)[1:]:
        header, _, body = block.partition("\n")
        fields = dict(part.strip().split(": ", 1) for part in header.split("|"))
        reword = None
        lines = body.strip().split("\n")
        if lines[0].startswith("@reword: "):
            old, new = lines.pop(0).removeprefix("@reword: ").split(" => ")
            reword = (old, new)
        paragraphs = tuple(p.strip() for p in "\n".join(lines).split("\n\n") if p.strip())
        sources.append(
            Source(fields["id"], fields["kind"], fields.get("event"), paragraphs, reword)
        )
    return sources


def _typography(text: str) -> str:
    text = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text)
    return text.replace("'", "\u2019").replace(" - ", " \u2014 ").replace("per cent", "percent")


def make_copy(source: Source, rng: random.Random) -> tuple[list[str], list[str]]:
    """One syndicated copy of ``source``: its paragraphs and the edits applied."""
    paras = list(source.paragraphs)
    edits: list[str] = []
    while not edits:
        if rng.random() < 0.5 and len(paras) > 3:
            del paras[rng.randrange(1, len(paras) - 1)]
            edits.append("drop-middle")
        if rng.random() < 0.5 and len(paras) > 3:
            cut = rng.choice([1, 1, 2]) if len(paras) > 4 else 1
            paras = paras[:-cut]
            edits.append(f"trim-{cut}")
        if source.reword and rng.random() < 0.5:
            old, new = source.reword
            if any(old in p for p in paras):
                paras = [p.replace(old, new) for p in paras]
                edits.append("reword")
        if rng.random() < 0.6:
            if DATELINE.match(paras[0]):
                paras[0] = DATELINE.sub("", paras[0])
                paras[0] = paras[0][0].upper() + paras[0][1:]
                edits.append("dateline-dropped")
            else:
                place = rng.choice(PLACES)
                date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"
                agency = rng.choice(["IANS", "ANI"])
                paras[0] = f"{place}, {date} ({agency}) - {paras[0]}"
                edits.append("dateline-added")
        if rng.random() < 0.5:
            paras.append(rng.choice(TAILS))
            edits.append("tail")
        if rng.random() < 0.3:
            paras.insert(rng.randrange(1, len(paras)), rng.choice(EDITOR_LINES))
            edits.append("editor-line")
        if rng.random() < 0.5:
            paras = [_typography(p) for p in paras]
            edits.append("typography")
    if rng.random() < 0.15:
        words = source.paragraphs[-1].split()[:HEADLINE_WORDS]
        paras.insert(0, " ".join(words).title())
        edits.append("headline-in-body")
    return paras, edits


def build(seed: int = SEED) -> list[Article]:
    """The labelled set: every original, its copies, independent reports and others."""
    rng = random.Random(seed)
    articles: list[Article] = []
    for source in load_corpus():
        original = "\n\n".join(source.paragraphs)
        articles.append(Article(f"{source.id}-0", source.id, source.kind, (), original))
        copies = {"story": rng.randint(1, 4), "independent": rng.randint(0, 2)}
        for n in range(1, copies.get(source.kind, 0) + 1):
            paras, edits = make_copy(source, rng)
            text = "\n\n".join(paras)
            articles.append(Article(f"{source.id}-{n}", source.id, source.kind, tuple(edits), text))
    return articles


def hard_negative_groups() -> list[tuple[str, str]]:
    """(story, independent report of the same event) group pairs."""
    return [(s.event, s.id) for s in load_corpus() if s.kind == "independent" and s.event]


if __name__ == "__main__":
    arts = build()
    for art in arts:
        print(art.id, len(art.text.split()), ",".join(art.edits))
    print(len(arts), "articles")
