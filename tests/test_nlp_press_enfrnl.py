"""Issue #9 (generalisation): how the English, French and Dutch-language press writes about drug seizures in ports.

Each case is a short paragraph written for this test in the manner of UK/Irish/US/Australian/NZ newsrooms, French,
Belgian and Caribbean French press and customs offices, and Dutch/Flemish press and the Dutch public prosecutor's
releases (none is copied from a corpus text). The expected facts were decided from the contract
(shared/spec/seizure-facts.md) before running the extractor. Only the fields a case is about are asserted; each
expected fact is matched by drug and quantity_kg (or units).
"""

from __future__ import annotations

import pytest

from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

BF, NCA, CBP = "UK Border Force", "National Crime Agency", "U.S. Customs and Border Protection"
FRC, BEC, NLC = "French Customs", "Belgian Customs", "Dutch Customs"

# (id, published, text, [expected facts]); a fact is a dict of the fields that matter, always with drug and kg.
CASES = [
    # ---------------------------------------------------------------- English
    ("en-weekday-bananas", "2025-06-13",
     "Border Force officers seized around 1.2 tonnes of cocaine hidden in a shipment of bananas at the Port of "
     "Southampton on Tuesday, the Home Office said on Friday.",
     [dict(drug="cocaine", kg=1200, kind="event", primary=True, port="Southampton", date="2025-06-10", agencies=[BF])]),
    ("en-half-tonne-last-week", "2025-03-19",
     "More than half a tonne of cocaine was discovered by Border Force officers in a refrigerated container at "
     "London Gateway last week, the National Crime Agency said.",
     [dict(drug="cocaine", kg=500, kind="event", port="London Gateway", date="2025-03")]),
    ("en-irish-revenue-value", "2025-09-22",
     "Revenue officers seized 546kg of cocaine, with an estimated street value of EUR 38 million, at Rosslare "
     "Europort on Saturday. The drugs were found in a lorry that had arrived on a ferry from Cherbourg.",
     [dict(drug="cocaine", kg=546, kind="event", port="Rosslare", date="2025-09-20", agencies=["Irish Revenue"])]),
    ("en-australia-early-month", "2025-07-02",
     "Australian Federal Police and Australian Border Force officers found 300 kilograms of methamphetamine "
     "concealed in a shipment of ceramic tiles at Port Botany in early June.",
     [dict(drug="methamphetamine", kg=300, kind="event", port="Port Botany", date="2025-06",
           agencies=["Australian Federal Police", "Australian Border Force"])]),
    ("en-nz-day-month", "2025-03-18",
     "Customs officers found 700kg of methamphetamine in a shipping container at the Port of Auckland on 14 March, "
     "New Zealand Customs Service said today.",
     [dict(drug="methamphetamine", kg=700, kind="event", port="Auckland", date="2025-03-14",
           agencies=["New Zealand Customs Service"])]),
    ("en-us-pounds-said-thursday", "2025-02-07",
     "U.S. Customs and Border Protection officers at the Port of Philadelphia seized 1,186 pounds of cocaine "
     "from a container ship, CBP said Thursday.",
     [dict(drug="cocaine", kg=537.96, kind="event", port="Philadelphia", date=None, agencies=[CBP])]),
    ("en-annual-figures", "2025-04-10",
     "Border Force seized 5.7 tonnes of cocaine at UK ports in 2024, official figures show. The largest single "
     "find of the year was 1.4 tonnes in a container of bananas at Southampton in March.",
     [dict(drug="cocaine", kg=5700, kind="aggregate", port=None, date="2024"),
      dict(drug="cocaine", kg=1400, kind="event", port="Southampton", date="2024-03")]),
    ("en-biggest-find-half-year", "2025-07-15",
     "UK Border Force seized 2.1 tonnes of cocaine at UK ports in the first half of 2025. The biggest find was "
     "600kg hidden in a consignment of bananas at London Gateway in May.",
     [dict(drug="cocaine", kg=2100, kind="aggregate", port=None),
      dict(drug="cocaine", kg=600, kind="event", port="London Gateway", date="2025-05")]),
    ("en-smuggled-estimate", "2025-04-10",
     "Organised crime groups smuggle an estimated 100 tonnes of cocaine through UK ports every year, the National "
     "Crime Agency warned in its annual threat assessment.",
     []),
    ("en-enters-every-year", "2025-03-01",
     "An estimated 120 tonnes of cocaine enters Europe every year through the ports of Antwerp and Rotterdam, "
     "according to Europol.",
     []),
    ("en-court-case", "2025-05-20",
     "A lorry driver was jailed for 14 years at Ipswich Crown Court on Monday after Border Force officers found "
     "220 kilos of cocaine in his trailer at the Port of Felixstowe in January last year.",
     [dict(drug="cocaine", kg=220, kind="event", primary=True, port="Felixstowe", date="2024-01", agencies=[BF])]),
    ("en-navy-at-sea", "2025-05-14",
     "The Royal Navy intercepted a speedboat carrying 1,200kg of cocaine in the Caribbean Sea last month, the "
     "Ministry of Defence said.",
     [dict(drug="cocaine", kg=1200, kind="event", port=None, date="2025-04", agencies=["Royal Navy"])]),
    ("en-airport", "2025-08-01",
     "Border Force officers at Heathrow Airport seized 12kg of heroin from a passenger's suitcase on Wednesday.",
     [dict(drug="heroin", kg=12, kind="event", port=None, date="2025-07-30")]),
    ("en-gardai-ringaskiddy", "2025-10-10",
     "Two tonnes of cannabis resin were found in a container at Ringaskiddy on Thursday by Gardai and Revenue "
     "officers.",
     [dict(drug="cannabis", kg=2000, kind="event", port="Cork", date="2025-10-09",
           agencies=["An Garda Síochána", "Irish Revenue"])]),
    ("en-bricks-only", "2025-11-05",
     "Customs officers found 50 bricks of cocaine hidden in the sea chest of a bulk carrier at the Port of "
     "Tauranga on Monday.",
     [dict(drug="cocaine", kg=None, units=50, kind="event", port="Tauranga", date="2025-11-03")]),
    ("en-per-bag-total", "2025-01-27",
     "Border Force officers at the Port of Tilbury found 40 holdalls in a container of timber on Friday. Each "
     "bag contained about 25 kilograms of cocaine, bringing the haul to around one tonne.",
     [dict(drug="cocaine", kg=1000, kind="event", port="Tilbury", date="2025-01-24")]),
    ("en-range", "2025-02-12",
     "Police said between 150 and 200 kilograms of cocaine were found hidden in a shipment of pineapples at the "
     "Port of Felixstowe on Tuesday.",
     [dict(drug="cocaine", kg=150, kind="event", port="Felixstowe", date="2025-02-11")]),
    ("en-tonne-and-a-half-berthed", "2025-08-08",
     "Revenue officers and Gardai seized a tonne and a half of cocaine from a cargo ship berthed at Dublin Port "
     "yesterday, with an estimated value of EUR 105 million.",
     [dict(drug="cocaine", kg=1500, kind="event", port="Dublin", date="2025-08-07")]),
    ("en-money-only", "2025-08-08",
     "Gardai seized cannabis worth EUR 2.1 million at Dublin Port on Thursday.",
     []),
    ("en-warehouse-near-port", "2025-02-20",
     "Police raided a warehouse near the Port of Felixstowe on Wednesday and found 400kg of cocaine.",
     [dict(drug="cocaine", kg=400, kind="event", port=None, date="2025-02-19")]),
    ("en-us-marijuana-pounds", "2025-06-04",
     "CBP officers at the Port of Savannah discovered 2,400 pounds of marijuana concealed in a shipment of "
     "furniture on May 28.",
     [dict(drug="cannabis", kg=1088.6, kind="event", port="Savannah", date="2025-05-28", agencies=[CBP])]),
    ("en-two-finds-and-total", "2025-10-02",
     "Border Force officers have seized a total of 1.3 tonnes of cocaine in two separate finds at the Port of "
     "Southampton. On Monday officers found 800kg in a container of bananas from Ecuador, and on Tuesday a further "
     "500kg was discovered in a shipment of pineapples.",
     [dict(drug="cocaine", kg=1300, kind="aggregate"),
      dict(drug="cocaine", kg=800, kind="event", port="Southampton", date="2025-09-29"),
      dict(drug="cocaine", kg=500, kind="event", port="Southampton", date="2025-09-30")]),
    ("en-including-a-seizure", "2025-02-01",
     "Last year Border Force seized 12 tonnes of cocaine at UK ports, including a single seizure of 1.6 tonnes at "
     "Southampton in May.",
     [dict(drug="cocaine", kg=12000, kind="aggregate", port=None, date="2024"),
      dict(drug="cocaine", kg=1600, kind="event", date="2024-05")]),
    ("en-comparison-background", "2025-03-05",
     "Australian Border Force officers found 450kg of cocaine at Port Botany on Monday. In 2023 officers seized a "
     "record 1.2 tonnes of cocaine in a single shipment at the same port.",
     [dict(drug="cocaine", kg=450, kind="event", primary=True, date="2025-03-03"),
      dict(drug="cocaine", kg=1200, kind="event", primary=False)]),
    ("en-escorted-to-port", "2025-01-15",
     "The Irish Naval Service intercepted a bulk carrier 200 nautical miles off the coast and escorted it to Cork "
     "harbour, where 2.2 tonnes of cocaine were found on board.",
     [dict(drug="cocaine", kg=2200, kind="event", port=None)]),
    ("en-deurganckdok-space-thousands", "2025-03-20",
     "Customs officers found 3 000 kg of cocaine at the Deurganckdok terminal in Antwerp on Tuesday.",
     [dict(drug="cocaine", kg=3000, kind="event", port="Antwerp", date="2025-03-18")]),
    ("en-nca-and-border-force", "2025-03-20",
     "The National Crime Agency and Border Force seized 1.1 tonnes of cocaine at Portsmouth International Port on "
     "Tuesday.",
     [dict(drug="cocaine", kg=1100, kind="event", port="Portsmouth", date="2025-03-18", agencies=[NCA, BF])]),
    ("en-street-price", "2025-03-20",
     "A kilo of cocaine sells for around 35,000 euros on the streets of Antwerp, police said.",
     []),
    ("en-house-in-port-town", "2025-03-20",
     "Police seized 20 kg of cannabis from a house in Dover on Tuesday.",
     [dict(drug="cannabis", kg=20, kind="event", port=None, date="2025-03-18")]),
    ("en-t-abbreviation-last-thursday", "2025-03-20",
     "The drugs, 2.5t of cocaine, were found in a container of coffee at Felixstowe last Thursday.",
     [dict(drug="cocaine", kg=2500, kind="event", port="Felixstowe", date="2025-03-13")]),
    ("en-quarter-of-a-tonne", "2025-06-20",
     "Border Force found a quarter of a tonne of cocaine at Felixstowe on Monday.",
     [dict(drug="cocaine", kg=250, kind="event", port="Felixstowe", date="2025-06-16")]),
    ("en-three-quarters", "2025-06-20",
     "Border Force found three-quarters of a tonne of cocaine at Felixstowe on Monday.",
     [dict(drug="cocaine", kg=750, kind="event")]),
    ("en-including-with-its-day", "2025-06-20",
     "So far this year Border Force has seized more than 9 tonnes of cocaine at Southampton, including 1.5 tonnes "
     "found on Monday.",
     [dict(drug="cocaine", kg=9000, kind="aggregate", date="2025"),
      dict(drug="cocaine", kg=1500, kind="event", date="2025-06-16")]),
    ("en-including-sub-total-month-of-named-year", "2025-06-20",
     "Border Force seized 9 tonnes of cocaine in 2024, including 3 tonnes at Southampton in March.",
     [dict(drug="cocaine", kg=9000, kind="aggregate", date="2024"),
      dict(drug="cocaine", kg=3000, kind="aggregate", date="2024-03")]),
    ("en-first-quarter", "2025-04-10",
     "In the first quarter of 2025, Border Force seized 4 tonnes of cocaine at UK ports.",
     [dict(drug="cocaine", kg=4000, kind="aggregate", port=None, date="2025")]),
    ("en-background-same-port", "2025-06-20",
     "Border Force officers found 700kg of cocaine at Southampton on Tuesday. In March, 1.2 tonnes were seized at "
     "the same port.",
     [dict(drug="cocaine", kg=700, kind="event", primary=True, date="2025-06-17"),
      dict(drug="cocaine", kg=1200, kind="event", primary=False, date="2025-03")]),
    ("en-comes-weeks-after", "2025-06-20",
     "Border Force found 700kg of cocaine at Southampton on Tuesday. The seizure comes weeks after 2 tonnes were "
     "discovered at London Gateway.",
     [dict(drug="cocaine", kg=700, kind="event", primary=True),
      dict(drug="cocaine", kg=2000, kind="event", primary=False, port="London Gateway")]),
    # Indian, Caribbean and West African releases weigh to the gram: a lead of four digits or '0' before the point
    # cannot be a thousands group, nor can a point after a comma that grouped ('1,250.500'); the whole part of such a
    # figure is no year either
    ("en-grams-after-four-digits", "2025-03-10",
     "Officers of the Directorate of Revenue Intelligence recovered 2015.250 kg of heroin concealed in marble slabs "
     "from a container at Mundra port.",
     [dict(drug="heroin", kg=2015.25, kind="event", port="Mundra", date=None)]),
    ("en-zero-point-kilogrammes", "2025-03-10",
     "Customs officers found 0.385 kilogrammes of cocaine in a parcel at the port of Kingston.",
     [dict(drug="cocaine", kg=0.385, kind="event")]),
    ("en-comma-then-point", "2025-03-10",
     "Customs officers seized 1,250.500 kg of cannabis from a container at Tema port.",
     [dict(drug="cannabis", kg=1250.5, kind="event", port="Tema")]),
    # 'lbs.' with its dot, mid-sentence: the dot ends no sentence when the text runs on in lower case
    ("en-lbs-dot-mid-sentence", "2025-03-12",
     "Customs and Excise officers seized 640 lbs. of marijuana from a container at the Port of Spain on Tuesday.",
     [dict(drug="cannabis", kg=640 * 0.45359237, kind="event", port="Port of Spain", date="2025-03-11")]),
    # police style in the Caribbean and West Africa: a 'substance resembling' the drug is the suspected drug, not a
    # dummy; packages made to resemble it in a drill stay no seizure
    ("en-substance-resembling", "2025-03-12",
     "Police found 42.6 kilogrammes of a leafy substance resembling marijuana in a container at Kingston Wharves on "
     "Sunday.",
     [dict(drug="cannabis", kg=42.6, kind="event", port="Kingston", date="2025-03-09")]),
    ("en-made-to-resemble-drill", "2025-03-12",
     "During the exercise at the port, officers hid 20 kg of sugar in packages made to resemble cocaine.",
     []),
    # a running total: 'since' any month frames a total as 'since January' did, and so does 'bringing the total to'
    ("en-since-april-total", "2025-09-12",
     "Customs officers have seized 5.2 tonnes of cocaine at the port of Durban since April.",
     [dict(drug="cocaine", kg=5200, kind="aggregate")]),
    ("en-bringing-the-total", "2025-09-12",
     "Officers found 300 kg of cocaine in a container of frozen fish at Tema on Monday. The find takes the total "
     "the port has seized to 2.4 tonnes.",
     [dict(drug="cocaine", kg=300, kind="event", date="2025-09-08"),
      dict(drug="cocaine", kg=2400, kind="aggregate")]),
    # the find that brings the total to a later figure is one seizure; the total is the aggregate (review of 6445c9e)
    ("en-find-bringing-the-total", "2025-06-14",
     "Officers at Tema port found 300 kg of cocaine in a container of frozen fish on Monday, bringing the total "
     "seized at the port to 2.4 tonnes.",
     [dict(drug="cocaine", kg=300, kind="event", date="2025-06-09"), dict(drug="cocaine", kg=2400, kind="aggregate")]),
    ("en-find-taking-the-total", "2025-06-14",
     "Border Force officers seized 1.2 tonnes of cocaine at London Gateway on Tuesday, taking the total to more than "
     "4 tonnes.",
     [dict(drug="cocaine", kg=1200, kind="event"), dict(drug="cocaine", kg=4000, kind="aggregate")]),
    # 'since March' that times a watch in a side clause frames no total (review of 6445c9e)
    ("en-since-march-side-clause", "2025-06-14",
     "The vessel, which had been monitored by the National Crime Agency since March, was boarded on Tuesday and "
     "officers seized 2 tonnes of cocaine at Southampton.",
     [dict(drug="cocaine", kg=2000, kind="event")]),
    # an arrest 'for attempting to smuggle' a weight is a seizure of it (South Asian and West African releases), as
    # 'caught trying to smuggle' already was; an attempt told without a catch stays no seizure
    ("en-arrested-for-attempting", "2025-03-05",
     "A foreign national was arrested for attempting to smuggle 2.6 kilograms of cannabis through the port of Tema "
     "on Tuesday.",
     [dict(drug="cannabis", kg=2.6, kind="event", date="2025-03-04")]),
    ("en-attempt-not-caught", "2025-03-05",
     "Traffickers attempt to smuggle some 40 kilograms of cocaine through the port every month, the report says.",
     []),
    # the day a container arrived, told after the find in a relative clause, is still not the find's day: its month
    ("en-found-in-container-that-arrived", "2025-06-20",
     "Border Force officers found 200kg of cocaine during an examination of a container that arrived at Felixstowe "
     "last Monday.",
     [dict(drug="cocaine", kg=200, kind="event", port="Felixstowe", date="2025-06")]),
    # ---------------------------------------------------------------- French
    ("fr-le-havre-annonce-jeudi", "2025-03-14",
     "Les douaniers du Havre ont saisi 1,2 tonne de cocaïne dissimulée dans un conteneur de bananes en provenance "
     "de l'Équateur, a annoncé jeudi la direction régionale des douanes.",
     [dict(drug="cocaine", kg=1200, kind="event", port="Le Havre", date=None, agencies=[FRC])]),
    ("fr-date-en-tete", "2025-02-06",
     "Mardi 4 février, les agents des douanes ont découvert 850 kilos de cocaïne sur le port de Dunkerque, dans "
     "une cargaison de bananes.",
     [dict(drug="cocaine", kg=850, kind="event", port="Dunkirk", date="2025-02-04", agencies=[FRC])]),
    ("fr-espace-milliers", "2025-09-03",
     "Les gendarmes ont mis la main sur 1 500 kg de résine de cannabis dans un camion au port de Marseille, lundi.",
     [dict(drug="cannabis", kg=1500, kind="event", port="Marseille", date="2025-09-01",
           agencies=["French National Gendarmerie"])]),
    ("fr-marine-au-large", "2025-04-22",
     "La Marine nationale a intercepté un voilier transportant 2 tonnes de cocaïne au large de la Martinique, "
     "a indiqué la préfecture.",
     [dict(drug="cocaine", kg=2000, kind="event", port=None, agencies=["French Navy"])]),
    ("fr-demi-tonne", "2025-06-10",
     "Les douaniers ont découvert une demi-tonne de cocaïne dans un conteneur au port de Fort-de-France samedi "
     "dernier.",
     [dict(drug="cocaine", kg=500, kind="event", port="Fort de France", date="2025-06-07")]),
    ("fr-anvers-belge", "2025-10-15",
     "La douane belge a saisi 3,5 tonnes de cocaïne dans le port d'Anvers, dissimulées dans des sacs de sucre.",
     [dict(drug="cocaine", kg=3500, kind="event", port="Antwerp", agencies=[BEC])]),
    ("fr-bilan-annuel", "2025-01-20",
     "En 2024, les douaniers ont saisi 53 tonnes de cocaïne dans le port d'Anvers, contre 116 tonnes l'année "
     "précédente.",
     [dict(drug="cocaine", kg=53000, kind="aggregate", date="2024"),
      dict(drug="cocaine", kg=116000, kind="aggregate", primary=False, date="2023")]),
    ("fr-plus-grosse-saisie", "2025-04-10",
     "En 2024, les douanes ont saisi 22 tonnes de cocaïne au Havre. La plus grosse saisie de l'année, 2,1 tonnes, "
     "a eu lieu en juin.",
     [dict(drug="cocaine", kg=22000, kind="aggregate", date="2024"),
      dict(drug="cocaine", kg=2100, kind="event", date="2024-06")]),
    ("fr-entrent-chaque-annee", "2025-01-20",
     "Selon l'Office antistupéfiants, près de 200 tonnes de cocaïne entrent chaque année en France, en grande "
     "partie par les ports du Havre et de Marseille.",
     []),
    ("fr-transitent", "2025-03-01",
     "Chaque année, plus de 50 tonnes de cocaïne transitent par le port du Havre, estiment les douaniers.",
     []),
    ("fr-proces", "2025-11-28",
     "Le tribunal correctionnel de Rouen a condamné trois dockers à huit ans de prison pour l'importation de 400 "
     "kilos de cocaïne découverts au Havre en mars 2023.",
     [dict(drug="cocaine", kg=400, kind="event", primary=True, port="Le Havre", date="2023-03")]),
    ("fr-tribunal-condamne-mardi", "2025-05-20",
     "Le tribunal correctionnel du Havre a condamné mardi deux dockers pour l'importation de 300 kilos de cocaïne "
     "saisis sur le port en juin 2023.",
     [dict(drug="cocaine", kg=300, kind="event", primary=True, date="2023-06")]),
    ("fr-trois-operations", "2025-07-08",
     "Au total, 1,8 tonne de cocaïne a été saisie lors de trois opérations menées ces dix derniers jours dans le "
     "port de Dunkerque.",
     [dict(drug="cocaine", kg=1800, kind="aggregate")]),
    ("fr-tonne-et-demie-dernier", "2025-02-03",
     "Le 12 janvier dernier, les douaniers ont découvert une tonne et demie de cocaïne dans un conteneur de "
     "bananes sur le port de Dunkerque.",
     [dict(drug="cocaine", kg=1500, kind="event", port="Dunkirk", date="2025-01-12", agencies=[FRC])]),
    ("fr-guyane-aeroport", "2025-05-12",
     "Les douaniers de Guyane ont saisi 45 kg de cocaïne à l'aéroport Félix-Éboué, samedi.",
     [dict(drug="cocaine", kg=45, kind="event", port=None, date="2025-05-10")]),
    ("fr-pj-federale-anvers", "2025-05-12",
     "La police judiciaire fédérale a saisi près d'une tonne de cocaïne dans le port d'Anvers la semaine dernière.",
     [dict(drug="cocaine", kg=1000, kind="event", port="Antwerp", date="2025-05",
           agencies=["Belgian Federal Police"])]),
    ("fr-quelque-kg-nuit", "2025-11-17",
     "Quelque 700 kg de cocaïne ont été saisis dans la nuit de samedi à dimanche par les douaniers sur le port "
     "du Havre.",
     [dict(drug="cocaine", kg=700, kind="event", port="Le Havre", agencies=[FRC])]),
    ("fr-annonce-vs-saisie", "2025-04-18",
     "La préfecture maritime a annoncé jeudi la saisie de 3 tonnes de cocaïne à bord d'un cargo, interceptées "
     "lundi par la Marine nationale au large des Antilles.",
     [dict(drug="cocaine", kg=3000, kind="event", port=None, date="2025-04-14", agencies=["French Navy"])]),
    ("fr-bilan-dont", "2025-01-28",
     "L'an dernier, les douaniers du port du Havre ont saisi 10 tonnes de cocaïne, dont une saisie record de 2,5 "
     "tonnes en juillet.",
     [dict(drug="cocaine", kg=10000, kind="aggregate", date="2024"),
      dict(drug="cocaine", kg=2500, kind="event", date="2024-07")]),
    ("fr-port-2000-is-no-year", "2025-03-20",
     "Les douaniers ont saisi 1,5 t de cocaïne au terminal de Port 2000, au Havre, mardi.",
     [dict(drug="cocaine", kg=1500, kind="event", port="Le Havre", date="2025-03-18", agencies=[FRC])]),
    ("fr-fos", "2025-03-20",
     "La douane a découvert 640 kg de cocaïne sur le Grand Port Maritime de Marseille, à Fos-sur-Mer.",
     [dict(drug="cocaine", kg=640, kind="event", port="Marseille", agencies=[FRC])]),
    ("fr-prix-du-kilo", "2025-03-20",
     "Un kilo de cocaïne se revend environ 30 000 euros en métropole, selon les enquêteurs.",
     []),
    ("fr-gendarmes-maritimes-au-large", "2025-03-20",
     "Les gendarmes maritimes ont intercepté mardi, à 200 milles nautiques au large de la Guadeloupe, un voilier "
     "avec 1,2 tonne de cocaïne à bord.",
     [dict(drug="cocaine", kg=1200, kind="event", port=None, date="2025-03-18")]),
    ("fr-semaine-derniere-annonce-jeudi", "2025-03-20",
     "Près de deux tonnes de cocaïne ont été saisies la semaine dernière à Dunkerque, a annoncé la douane jeudi.",
     [dict(drug="cocaine", kg=2000, kind="event", port="Dunkirk", date="2025-03", agencies=[FRC])]),
    ("fr-trois-quarts-de-tonne", "2025-06-20",
     "Les douaniers ont découvert trois quarts de tonne de cocaïne au port du Havre lundi.",
     [dict(drug="cocaine", kg=750, kind="event", port="Le Havre", date="2025-06-16")]),
    ("fr-dont-avec-son-jour", "2025-06-20",
     "Depuis janvier, les douaniers du Havre ont saisi 7,5 tonnes de cocaïne, dont 1,2 tonne découverte le 3 juin.",
     [dict(drug="cocaine", kg=7500, kind="aggregate", date="2025"),
      dict(drug="cocaine", kg=1200, kind="event", date="2025-06-03")]),
    ("fr-mois-de-l-annee-nommee", "2025-04-15",
     "En 2024, les douaniers ont saisi 10 tonnes de cocaïne au Havre, dont 4 tonnes en mars.",
     [dict(drug="cocaine", kg=10000, kind="aggregate", date="2024"),
      dict(drug="cocaine", kg=4000, kind="aggregate", date="2024-03")]),
    ("fr-mars-dernier-plus-que-parfait", "2025-06-20",
     "Les douaniers ont saisi 800 kilos de cocaïne au Havre mardi. En mars dernier, 1,5 tonne avait été découverte "
     "sur le même port.",
     [dict(drug="cocaine", kg=800, kind="event", primary=True, date="2025-06-17"),
      dict(drug="cocaine", kg=1500, kind="event", primary=False, date="2025-03")]),
    ("fr-deuxieme-saisie-apres-celle", "2025-06-20",
     "Les douaniers ont saisi 800 kilos de cocaïne au Havre mardi. Il s'agit de la deuxième saisie importante en un "
     "mois, après celle de 600 kilos le 20 mai.",
     [dict(drug="cocaine", kg=800, kind="event", primary=True),
      dict(drug="cocaine", kg=600, kind="event", primary=False, date="2025-05-20")]),
    # ---------------------------------------------------------------- Dutch
    ("nl-om-donderdag", "2025-04-04",
     "De douane heeft in de Rotterdamse haven ruim 1.800 kilo cocaïne onderschept in een container met bananen "
     "uit Ecuador. Dat maakte het Openbaar Ministerie donderdag bekend.",
     [dict(drug="cocaine", kg=1800, kind="event", port="Rotterdam", date=None, agencies=[NLC])]),
    ("nl-maasvlakte-dinsdag", "2025-05-09",
     "Op de Maasvlakte is dinsdag 2,3 ton cocaïne gevonden in een lading ananassen.",
     [dict(drug="cocaine", kg=2300, kind="event", port="Rotterdam", date="2025-05-06")]),
    ("nl-vlissingen-vorige-week", "2025-09-17",
     "In de haven van Vlissingen is vorige week 500 kilo cocaïne in beslag genomen door de douane.",
     [dict(drug="cocaine", kg=500, kind="event", port="Vlissingen", date="2025-09", agencies=[NLC])]),
    ("nl-antwerpen-belgisch", "2025-10-01",
     "De Belgische douane heeft in de haven van Antwerpen 4 ton cocaïne in beslag genomen.",
     [dict(drug="cocaine", kg=4000, kind="event", port="Antwerp", agencies=[BEC])]),
    ("nl-jaarcijfers", "2025-01-15",
     "In 2024 werd in de haven van Antwerpen 44 ton cocaïne onderschept, tegenover 116 ton een jaar eerder.",
     [dict(drug="cocaine", kg=44000, kind="aggregate", date="2024"),
      dict(drug="cocaine", kg=116000, kind="aggregate", primary=False, date="2023")]),
    ("nl-grootste-vangst", "2025-04-10",
     "In 2024 onderschepte de douane 58 ton cocaïne in de Rotterdamse haven. De grootste vangst van het jaar was "
     "8 ton in een container met bananen, in juni.",
     [dict(drug="cocaine", kg=58000, kind="aggregate", date="2024"),
      dict(drug="cocaine", kg=8000, kind="event", port="Rotterdam", date="2024-06")]),
    ("nl-loods", "2025-03-12",
     "De politie heeft dinsdag in een loods in Ridderkerk 700 kilo cocaïne gevonden.",
     [dict(drug="cocaine", kg=700, kind="event", port=None, date="2025-03-11")]),
    ("nl-binnengesmokkeld", "2025-03-12",
     "Volgens de douane wordt jaarlijks naar schatting 200 ton cocaïne via de haven van Rotterdam Nederland "
     "binnengesmokkeld.",
     []),
    ("nl-komt-binnen", "2025-03-01",
     "Jaarlijks komt naar schatting 150 ton cocaïne via de haven van Rotterdam binnen, schat de politie.",
     []),
    ("nl-anderhalve-ton", "2025-06-13",
     "Douaniers vonden woensdag anderhalve ton cocaïne in een container in de haven van Moerdijk.",
     [dict(drug="cocaine", kg=1500, kind="event", port="Moerdijk", date="2025-06-11", agencies=[NLC])]),
    ("nl-drie-controles", "2025-06-13",
     "Bij drie verschillende controles haalde de douane in de Rotterdamse haven deze week in totaal 3.200 kilo "
     "cocaïne uit containers.",
     [dict(drug="cocaine", kg=3200, kind="aggregate")]),
    ("nl-zeehavenpolitie-vorige-maand", "2025-07-03",
     "De Zeehavenpolitie heeft vorige maand ruim duizend kilo cocaïne aangetroffen in een container in de "
     "Rotterdamse haven.",
     [dict(drug="cocaine", kg=1000, kind="event", port="Rotterdam", date="2025-06", agencies=["Dutch Police"])]),
    ("nl-fgp-antwerpen-eind-mei", "2025-06-10",
     "De federale gerechtelijke politie heeft eind mei twee ton cocaïne in beslag genomen in de haven van "
     "Antwerpen.",
     [dict(drug="cocaine", kg=2000, kind="event", port="Antwerp", date="2025-05",
           agencies=["Belgian Federal Police"])]),
    ("nl-honderden-kilos", "2025-06-10",
     "In de haven van Antwerpen werden opnieuw honderden kilo's cocaïne gevonden.",
     []),
    ("nl-1500-kilo-weekend", "2025-09-08",
     "Afgelopen weekend onderschepte de douane 1500 kilo cocaïne in een lading avocado's uit Peru in de haven van "
     "Vlissingen.",
     [dict(drug="cocaine", kg=1500, kind="event", port="Vlissingen", agencies=[NLC])]),
    ("nl-rechtbank-veroordeelde", "2025-05-20",
     "De rechtbank in Rotterdam veroordeelde donderdag een havenmedewerker voor de invoer van 1.200 kilo cocaïne, "
     "die in juni 2023 in de haven werd gevonden.",
     [dict(drug="cocaine", kg=1200, kind="event", primary=True, date="2023-06")]),
    ("en-court-heard-that", "2025-05-20",
     "The court heard that on 3 January officers found 220 kilos of cocaine in a lorry at the Port of Felixstowe.",
     [dict(drug="cocaine", kg=220, kind="event", date="2025-01-03")]),
    ("nl-aangekondigd-vs-gevonden", "2025-02-14",
     "Het Openbaar Ministerie maakte donderdag bekend dat de douane op 3 februari 900 kilo cocaïne heeft gevonden "
     "in een container met bananen in de haven van Rotterdam.",
     [dict(drug="cocaine", kg=900, kind="event", port="Rotterdam", date="2025-02-03", agencies=[NLC])]),
    ("nl-waaronder-een-vangst", "2025-02-01",
     "Vorig jaar onderschepte de douane in de haven van Rotterdam 58 ton cocaïne, waaronder een vangst van 8 ton in "
     "juni.",
     [dict(drug="cocaine", kg=58000, kind="aggregate", date="2024"),
      dict(drug="cocaine", kg=8000, kind="event", date="2024-06")]),
    ("nl-twee-partijen-totaal", "2025-02-14",
     "De douane heeft deze week in de haven van Rotterdam twee partijen cocaïne onderschept, samen goed voor 1.100 "
     "kilo. Maandag ging het om 700 kilo in een lading bananen, woensdag om 400 kilo tussen ananassen.",
     [dict(drug="cocaine", kg=1100, kind="aggregate"),
      dict(drug="cocaine", kg=700, kind="event", date="2025-02-10"),
      dict(drug="cocaine", kg=400, kind="event", date="2025-02-12")]),
    ("nl-kallo-terminal", "2025-03-20",
     "De douane vond dinsdag 1,5 ton cocaïne op een terminal in Kallo, in de Antwerpse haven.",
     [dict(drug="cocaine", kg=1500, kind="event", port="Antwerp", date="2025-03-18", agencies=[BEC])]),
    ("nl-kiloprijs", "2025-03-20",
     "Een kilo cocaïne kost in de haven van Rotterdam zo'n 28.000 euro.",
     []),
    ("nl-ect-terminal-coke", "2025-03-20",
     "Op de ECT-terminal op de Maasvlakte werd dinsdag ruim 1.100 kilo coke gevonden.",
     [dict(drug="cocaine", kg=1100, kind="event", port="Rotterdam", date="2025-03-18")]),
    ("nl-blokken-only", "2025-03-20",
     "In een container met bananen uit Colombia vonden douaniers in Vlissingen 320 blokken cocaïne.",
     [dict(drug="cocaine", kg=None, units=320, kind="event", port="Vlissingen", agencies=[NLC])]),
    ("nl-tweeenhalve-ton", "2025-06-20",
     "De douane vond maandag tweeënhalve ton cocaïne in de haven van Rotterdam.",
     [dict(drug="cocaine", kg=2500, kind="event", port="Rotterdam", date="2025-06-16")]),
    ("nl-twee-en-een-halve-ton", "2025-06-20",
     "Twee en een halve ton cocaïne werd maandag in de Antwerpse haven gevonden door de douane.",
     [dict(drug="cocaine", kg=2500, kind="event", port="Antwerp", agencies=[BEC])]),
    ("nl-driekwart-ton", "2025-06-20",
     "De douane vond maandag driekwart ton cocaïne in een container met bananen in de haven van Vlissingen.",
     [dict(drug="cocaine", kg=750, kind="event", port="Vlissingen")]),
    ("nl-waaronder-met-eigen-dag", "2025-06-20",
     "Sinds januari onderschepte de douane in Rotterdam 22 ton cocaïne, waaronder 2 ton die op 3 juni werd gevonden.",
     [dict(drug="cocaine", kg=22000, kind="aggregate", date="2025"),
      dict(drug="cocaine", kg=2000, kind="event", date="2025-06-03")]),
    ("nl-begin-mei-ging-het-nog-om", "2025-06-20",
     "De douane vond dinsdag 900 kilo cocaïne in de haven van Vlissingen. Begin mei ging het nog om 1.300 kilo, toen "
     "in een lading bananen.",
     [dict(drug="cocaine", kg=900, kind="event", primary=True, date="2025-06-17"),
      dict(drug="cocaine", kg=1300, kind="event", primary=False, date="2025-05")]),
]


# cases the extractor still gets wrong, kept visible (strict: a fix must remove them from here)
KNOWN_FAILURES = {
    "en-annual-figures": "a bare month under a past year named in the sentence before takes the publication year",
}


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES, KNOWN_FAILURES))
def test_press_en_fr_nl(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)
