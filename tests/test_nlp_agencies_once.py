"""Each agency is credited once per fact, however many words or sentences name its role (#9)."""
from __future__ import annotations

import pytest

CASES = [
    # the opening names customs twice ('services douaniers', 'brigade des douanes'); the figure's sentence names nobody
    ("Le 4 mars, à la suite d’un ciblage des services douaniers havrais, les agents de la brigade des douanes du Havre "
     "ont contrôlé un conteneur débarqué d’un navire venu de Guadeloupe.\n\nLes agents y ont trouvé 40 pains de cocaïne. "
     "Le poids total est de 45 kg.", "2024-03-06", "French Customs"),
    ("On 4 March customs officers of the customs service at Felixstowe searched a container landed from Colombia.\n\n"
     "Inside they found 40 bricks of cocaine. The total weight was 45 kg.", "2024-03-06", None),
]


@pytest.mark.parametrize("text,published,name", CASES)
def test_each_agency_once(extractor, text, published, name):
    facts = extractor.extract(text, published=published).facts
    assert facts, "the find is read"
    for f in facts:
        assert len(f.agencies) == len(set(f.agencies)), f.agencies
    if name is not None:
        assert name in facts[0].agencies
