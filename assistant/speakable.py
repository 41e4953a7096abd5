"""Turn a chat reply (Markdown) into text that sounds natural when spoken, and cut
a token stream into speakable pieces as early as a clause allows.

Spoken replies carry no Markdown symbols; a code block becomes one short phrase;
a URL becomes its site name; common abbreviations and symbols are read out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

CODE_PHRASE = "I've put the code on screen."
TABLE_PHRASE = "There's a table on screen."

#: Every pattern here runs on whole replies, pastes and files (``parley speak``), so
#: none may scan to the end of the text from each start: line-start patterns match
#: spaces and tabs, not newlines; links and tags stop at the next bracket; an
#: emphasis span stops at the next marker of its kind.
_URL = re.compile(r"\bhttps?://([^\s/)\]>]+)[^\s)\]>]*", re.I)
_WWW = re.compile(r"\bwww\.([^\s/)\]>]+)[^\s)\]>]*", re.I)
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_INLINE_CODE = re.compile(r"`([^`]*)`")
_EMPH = re.compile(  # a span holds no marker of its own kind: nested ones go in two passes
    r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*|__(?=\S)([^_\n]+?)(?<=\S)__|~~(?=\S)([^~\n]+?)(?<=\S)~~"
    r"|\*(?=\S)([^*\n]+?)(?<=\S)\*|_(?=\S)([^_\n]+?)(?<=\S)_"
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.M)
_BULLET = re.compile(r"^[ \t]*(?:[-*+•]|\d+[.)])\s+", re.M)
_QUOTE = re.compile(r"^[ \t]*>\s?", re.M)
_RULE = re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$", re.M)
_HTML = re.compile(r"</?[a-zA-Z][^<>]*>")
_THOUSANDS = re.compile(r"(\d),(\d{3})\b")
_FENCED = re.compile(r"```.*?```", re.S)

_ABBREVIATIONS = {
    r"\be\.g\.": "for example",
    r"\bi\.e\.": "that is",
    r"\betc\.": "et cetera",
    r"\bvs\.?": "versus",
    r"\bapprox\.": "approximately",
    r"\bDr\.": "Doctor",
    r"\bMr\.": "Mister",
    r"\bMrs\.": "Missus",
    r"\bSt\.": "Saint",
    r"\bNo\.(?=\s*\d)": "number",
}
_SYMBOLS = [
    (re.compile(r"(\d)\s*%"), r"\1 percent"),
    (re.compile(r"[$](\d[\d,]*(?:\.\d+)?)"), r"\1 dollars"),
    (re.compile(r"€(\d[\d,]*(?:\.\d+)?)"), r"\1 euros"),
    (re.compile(r"£(\d[\d,]*(?:\.\d+)?)"), r"\1 pounds"),
    (re.compile(r"(\d)\s*°C"), r"\1 degrees Celsius"),
    (re.compile(r"(\d)\s*°F"), r"\1 degrees Fahrenheit"),
    (re.compile(r"(\d)\s*-\s*(\d)"), r"\1 to \2"),
    (re.compile(r"\s&\s"), " and "),
    (re.compile(r"(?<=\s)/(?=\s)"), " or "),
    (re.compile(r"->|→"), " then "),  # the spaces are collapsed below
]


def _site(host: str) -> str:
    host = host.lower()
    host = host[4:] if host.startswith("www.") else host
    return host.split(":")[0]


def speakable(markdown: str) -> str:
    """Markdown reply → plain sentences for the voice."""
    text = markdown.replace("\r\n", "\n")
    # fenced code: one phrase per block (an unterminated fence hides the rest)
    text = re.sub(r"```.*?(```|$)", f"\n{CODE_PHRASE}\n", text, flags=re.S)
    text = re.sub(r"(?m)^(?: {4}|\t).+(\n(?: {4}|\t).+)*", f"\n{CODE_PHRASE}\n", text)
    # tables: a phrase instead of pipes
    text = re.sub(r"(?m)(^[ \t]*\|.*\|[ \t]*$\n?){2,}", f"\n{TABLE_PHRASE}\n", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _URL.sub(lambda m: _site(m.group(1)), text)
    text = _WWW.sub(lambda m: _site(m.group(1)), text)
    text = _INLINE_CODE.sub(r"\1", text)
    text = _RULE.sub("", text)
    text = _HEADING.sub("", text)
    text = _BULLET.sub("", text)
    text = _QUOTE.sub("", text)
    text = _HTML.sub("", text)
    for _ in range(2):  # nested emphasis
        text = _EMPH.sub(lambda m: next(g for g in m.groups() if g is not None), text)
    for abbreviation, spoken in _ABBREVIATIONS.items():
        text = re.sub(abbreviation, spoken, text)
    for pattern, replacement in _SYMBOLS:
        text = pattern.sub(replacement, text)
    while True:  # 1,250,000 -> 1250000, which the voice reads as a number
        joined = _THOUSANDS.sub(r"\1\2", text)
        if joined == text:
            break
        text = joined
    text = text.replace("*", "").replace("#", "").replace("`", "").replace("|", " ")
    # each former line ends a sentence if it had no punctuation (list items, headings)
    lines = [ln.strip() for ln in text.split("\n")]
    out = []
    for ln in lines:
        if not ln:
            continue
        if ln[-1] not in ".!?:;,…":
            ln += "."
        out.append(ln)
    spoken = re.sub(r"\s{2,}", " ", " ".join(out))  # first: a long run of spaces made the next rule slow
    spoken = re.sub(r"\s+([.,!?;:])", r"\1", spoken)
    spoken = re.sub(f"(?:{re.escape(CODE_PHRASE)}\\s*){{2,}}", CODE_PHRASE + " ", spoken)
    return re.sub(r"\s{2,}", " ", spoken).strip()


_SENTENCE_END = re.compile(r"[.!?…](?:[\"')\]]*)(?=\s)|\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)")
_CLAUSE_END = re.compile(r"[,;:—–](?=\s)")
#: words a long first sentence may pause before, so the voice can start sooner: the
#: first piece is generated *and* synthesised before anything is heard, both in time
#: proportional to its length (a 17-word opening costs ~0.3 s more than a 7-word one)
_CONJUNCTION = re.compile(
    r"(?<=\s)(?:and|but|or|so|because|which|while|when|where|although|though|that|who|whose|with|for|if|since"
    r"|until|unless|after|before|how)\s",
    re.I,
)


class SpeechChunker:
    """Feeds on streamed tokens; yields pieces of the reply ready to be spoken.

    The first piece leaves at the first clause break once it has a few words, so
    the voice starts early; later pieces are whole sentences (they sound better, and
    there is time to synthesise them while the previous one plays). Code blocks are
    held back until they close and spoken as one phrase.
    """

    def __init__(self, *, first_min_words: int = 4, first_break_words: int = 6, max_chars: int = 240) -> None:
        self.first_min_words = first_min_words
        self.first_break_words = first_break_words
        self.max_chars = max_chars
        self._buf = ""
        self._emitted = 0
        self._mid_sentence = False
        self.pieces: list[tuple[str, str]] = []
        """(reply text, spoken text) of each piece yielded, in order."""

    def _in_code(self) -> bool:
        return self._buf.count("```") % 2 == 1

    def feed(self, token: str) -> Iterator[str]:
        self._buf += token
        while True:
            piece = self._take()
            if piece is None:
                return
            spoken = speakable(piece)
            if spoken and self._mid_sentence and spoken.endswith("."):
                spoken = spoken[:-1] + ","  # a pause that keeps the sentence's tune
            self._mid_sentence = False
            if spoken:
                self._emitted += 1
                self.pieces.append((piece, spoken))
                yield spoken
            elif self.pieces:  # keep the reply text whole even when a piece says nothing
                raw, said = self.pieces[-1]
                self.pieces[-1] = (raw + piece, said)

    def _take(self) -> str | None:
        if self._in_code():
            return None
        buf = self._buf
        # a finished code block at the front leaves as one piece, right after its fence
        lead = buf.lstrip()
        if lead.startswith("```"):
            end = buf.index("```", len(buf) - len(lead) + 3) + 3
            return self._cut(end)
        # punctuation inside a code block is not a sentence end
        masked = _FENCED.sub(lambda m: "x" * len(m.group(0)), buf)
        fence = masked.find("```")
        if fence != -1:
            masked = masked[:fence]
        cut = None
        m = next(
            (
                m
                for m in _SENTENCE_END.finditer(masked)
                if len(buf[: m.end()].split()) >= 2
                and not masked[masked.rfind("\n", 0, m.start()) + 1 : m.start()].strip().isdigit()  # "1." of a list
            ),
            None,
        )
        if m:
            cut = m.end()
        elif self._emitted == 0:
            c = next((c for c in _CLAUSE_END.finditer(masked) if len(buf[: c.end()].split()) >= self.first_min_words), None)
            if c:
                cut = c.end()
            else:
                # no punctuation yet: a long opening may still break before a
                # conjunction ("... natural satellite | and it ..."), a natural pause
                j = next(
                    (j for j in _CONJUNCTION.finditer(masked) if len(buf[: j.start()].split()) >= self.first_break_words),
                    None,
                )
                if j:
                    cut = j.start()
                    self._mid_sentence = True
        code_start = _FENCED.search(buf)
        if code_start and (cut is None or code_start.start() < cut) and buf[: code_start.start()].strip():
            cut = code_start.start()  # speak the words before the block, then the block
        if cut is None and len(buf) > self.max_chars:
            space = buf.rfind(" ", 0, self.max_chars)
            cut = space if space > 0 else self.max_chars
        if cut is None:
            return None
        return self._cut(cut)

    def _cut(self, at: int) -> str:
        piece, self._buf = self._buf[:at], self._buf[at:]
        return piece

    def flush(self) -> Iterator[str]:
        rest, self._buf = self._buf, ""
        spoken = speakable(rest)
        if spoken:
            self._emitted += 1
            self.pieces.append((rest, spoken))
            yield spoken
