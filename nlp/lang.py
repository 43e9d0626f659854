"""Offline language identification: one of the seven languages portwatch reads (en es pt nl fr it de),
or the ISO 639-1 code of another language, or 'und' when the text gives no evidence.

A language the page or feed declares comes first (`resolve`); a text with none is identified with
py3langid (97 languages, bundled model, no network). Short texts in one of the seven that py3langid
takes for a close neighbour (Dutch for Afrikaans, Spanish for Galician) are kept in the seven by
their function words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

LANGS = ("en", "es", "pt", "nl", "fr", "it", "de")
UNDETERMINED = "und"
STOPWORDS = {
    "en": "the of and to in a is that for on was with by at from has have were been it this which said".split(),
    "es": "el la de que y en los las del se por un una con para al es fue han sido su lo como más pero".split(),
    "pt": "o a de que e do da em os as no na dos das um uma com para foi por pela pelo não mais são ao".split(),
    "nl": "de het een van en in is op te dat die voor met zijn werd niet aan door ook bij naar uit wordt".split(),
    "fr": "le la les de des du et en un une est que qui dans pour par sur au aux été ont avec ce pas".split(),
    "it": "il lo la i gli le di del della che e è un una per con nel nella sono stato dal dei degli alla".split(),
    "de": "der die das und ist in den von zu mit dem des ein eine nicht auf für im sich wurde wurden bei".split(),
}
_WEIGHTS = {lang: {w: 1.0 for w in words} for lang, words in STOPWORDS.items()}
WORD_RE = re.compile(r"[a-zà-öø-ÿ']+")
# py3langid's answer outside the seven is trusted at this confidence; below it, a text whose words
# are at least this share of one of the seven's function words is read in that language
CONFIDENT = 0.9
FUNCTION_SHARE = 0.2


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _by_function_words(text: str) -> tuple[str | None, float]:
    """The one of the seven whose function words are most frequent, and their share of the words."""
    words = WORD_RE.findall(text[:5000].lower())
    if not words:
        return None, 0.0
    counts = {lang: sum(_WEIGHTS[lang].get(w, 0.0) for w in words) for lang in LANGS}
    best = max(LANGS, key=lambda lang: counts[lang])
    return (best if counts[best] > 0 else None), counts[best] / len(words)


def detect(text: str, default: str = UNDETERMINED) -> str:
    """The language of `text`: one of LANGS, another ISO 639-1 code, or `default` ('und') without evidence."""
    sample = (text or "")[:5000]
    if not re.search(r"[^\W\d_]{2}", sample):
        return default
    code, prob = _identifier().classify(sample)
    if code in LANGS:
        return str(code)
    seven, share = _by_function_words(sample)
    if seven and (share >= FUNCTION_SHARE or prob < CONFIDENT and share > 0.1):
        return seven
    return str(code)


def declared(value: Any) -> str | None:
    """ISO 639 code of a declared language ('pt-BR', 'nl_BE', 'de'); None for 'und', words or nothing."""
    if not value or not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) and code not in ("und", "mul", "zxx") else None


def resolve(text: str, declared_lang: str | None = None) -> str:
    """The declared language when there is one (never overwritten by a guess), else `detect(text)`."""
    return declared(declared_lang) or detect(text)


def readable(lang: str | None) -> bool:
    """Whether portwatch has a pipeline for this language (one of the seven)."""
    return lang in LANGS
