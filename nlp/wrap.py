"""Hard-wrapped text: press releases and wire copy pasted with a line break every 60-80 characters ('La Guardia
Civil, en una operación conjunta con la Agencia\\nTributaria, intervino ...'). A line break there is no sentence
or name boundary, yet a line break starts a sentence (portwatch_paragraphs) and splits a name across two tokens
('Guardia di\\nfinanza'). `unwrap` turns those wrap breaks into spaces, one character for one, so offsets hold."""

from __future__ import annotations

import re

END_OF_PARAGRAPH = re.compile(r"[.!?:;»\"”)]\s*$")


def _width(lines: list[str]) -> int | None:
    """The wrap width of a hard-wrapped text, or None when its lines are not wrapped at one width: six lines or
    more, most of them about as long as the longest ordinary line, most of those ending mid-sentence."""
    lines = [line for line in lines if line.strip()]
    if len(lines) < 6:
        return None
    lengths = sorted(len(line) for line in lines)
    width = lengths[int(0.8 * (len(lengths) - 1))]
    if not 40 <= width <= 100:
        return None
    full = [line for line in lines if len(line) >= 0.75 * width]
    if len(full) < 0.6 * len(lines):
        return None
    if sum(1 for line in full if not END_OF_PARAGRAPH.search(line)) < 0.5 * len(full):
        return None
    return width


def unwrap(text: str) -> str:
    """`text` with each wrap break (a single line break after a line near the wrap width) made a space; a text
    that is not hard-wrapped comes back as it is. A paragraph break (an empty line, a short line) stays."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _width(lines)
    if width is None:
        return text
    out = []
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        wrapped = (len(line) >= 0.75 * width and nxt.strip() and line.strip()
                   and not line.startswith(" date ") and not nxt[:1].isspace())
        out.append(line + (" " if wrapped else "\n"))
    out.append(lines[-1])
    return "".join(out)
