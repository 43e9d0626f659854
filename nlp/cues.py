"""Cue words, as regular expressions over lower-cased text in seven languages, that decide what a
number means: seized or only smuggled, a total over a period or one seizure, news or background,
at a port or at sea, and who only took over the investigation.
"""

from __future__ import annotations

import re

from nlp.dates import MONTH_RE


def _alternatives(pattern: str) -> list[str]:
    """Split a pattern at its top-level '|' (not inside groups, classes or escapes)."""
    out, depth, cls, esc, cur = [], 0, False, False, ""
    for ch in pattern:
        if esc:
            cur, esc = cur + ch, False
            continue
        if ch == "\\":
            cur, esc = cur + ch, True
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
            continue
        cur += ch
    out.append(cur)
    return out


def _bounded(alt: str, stems: bool) -> str:
    """One cue with word boundaries: a cue never fires inside another word ('fiscal' in 'fiscalização',
    'interv' in 'interview'). A cue ending in '~' is a stem (free end: 'seiz~' fires on 'seized');
    `stems=True` makes every cue of the list a stem. A cue may start with \\w* to allow compounds
    ('\\w*schmuggel' fires on 'Kokainschmuggel')."""
    stem = stems or alt.endswith("~")
    alt = alt.rstrip("~")
    lead = "" if re.match(r"\\[wsbWSB]|[\s^]", alt) else r"(?<!\w)"
    tail = "" if stem or re.search(r"(?:\s|\\s|\\b|\$|[.:;,])[+*?]?$", alt) else r"(?!\w)"
    return f"{lead}(?:{alt}){tail}"


def _rx(*parts: str, stems: bool = False) -> re.Pattern[str]:
    """One case-insensitive regex from cue lists, every cue bounded at word edges (see `_bounded`)."""
    alts = [a for part in parts for a in _alternatives(part) if a]
    return re.compile("|".join(_bounded(a, stems) for a in alts), re.I)


SEIZED = _rx(
    r"seiz|intercept|found\b|discover|confiscat|recover|haul|bust|uncover|detect|stopp|netted|impound|taken off|caught|"
    r"thwart|foil|seizure",
    r"incaut|aprehen|decomis|interven|intervin|halla|localiz|descubr|requis|encontr|frustr|desarticul",
    r"apreen|apreens|apreend|descobr|detet|intercet|frustrad",
    r"saisi|découv|trouv|retrouv|mis la main|mettre la main|déjou",
    r"inbeslag|in beslag|onderschep|gevonden|aangetroffen|ontdekt|\w*vangst|\bvond\b|troffen|haalden|stuitten|volgde|verijdel",
    r"sequestr|trovat|ritrovat|rinvenut|scopert|intercettat|sventat",
    r"beschlagnahm|sichergestellt|sicherstell|gefunden|entdeckt|abgefangen|\w*fund(?:e|en|es)?\b|aufgespürt|vereitelt",
    r"totalled|totaled|total|record",
    stems=True,
)
SMUGGLED_ONLY = _rx(
    r"smuggl|traffick|brought in|introduc|shipped|exported|moved\b|contraband|contrabande|introdu|\w*smokkel|\w*schmuggel|"
    r"contrabbando|traficad|traficar|enviad|enviar|envió|envío|transport|would have|could have|planned|attempt|tentat",
    r"vanish|disappear|desapareci|desaparec|disparu|verdwenen|verschwunden|scompars|sumiram|sumiu",
    stems=True,
)
PRODUCTION = _rx(
    r"output|producer~|production|produc(?:e|es|ed|ing)|manufactur~|cultivat~|grown|harvest~",
    r"producci[oó]n|produc(?:e|en|ido|ida|ía)|productor(?:es)?|cultiv(?:o|os|ado|ada)|cosecha~",
    r"produ[çc][ãa]o|produz~|produtor(?:es)?",
    r"productie|produceert|produceren|geproduceerd|producent~|teelt",
    r"produit|produisent|producteur~|fabriqu~",
    r"produzion[ei]|produce|producono|prodott[oaie]|produttor[ei]|coltivat~",
    r"produktion|produziert|produzent~|hergestellt|herstellung|anbau",
)
"""What a country or a region makes or grows: 'output of around 951 tonnes a year' is no seizure."""
PER_ITEM = _rx(
    r"each(?!\s+(?:year|month|week|day|time|of\b))|apiece|per (?:bag|package|packet|brick|block|parcel|sack|unit|piece|box|item)",
    r"\b(?:cada (?:un[oa]|paquete|bolsa|fardo|bloco|pacote|saco)|por (?:paquete|bolsa|fardo|pacote|unidad|unidade))\b",
    r"\b(?:chacun[e]?|par (?:paquet|sac|colis|pain|ballot))\b",
    r"\b(?:elk|per (?:stuk|pakket|tas|blok|baal|zak))\b|\bper stuk\b",
    r"\b(?:ciascun[oa]|l'uno|per (?:pacco|panetto|sacco|borsa))\b",
    r"\b(?:jeweils|je (?:paket|sack|tasche|block|päckchen)|pro (?:paket|sack|tasche|stück|block))\b",
)
"""'weighing approximately one kilogram each', 'unos 20 kilos cada una', 'je 1 Kilo': a per-item weight, no seizure."""
PER_ITEM_BEFORE = _rx(
    r"(?:each|every one)\s+(?:\w+\s+){0,2}(?:weigh\w*|contain\w*|with|of|hid|held|had)\s+(?:(?:an?\s+)?average\s+of\s+)?(?:about|around|approximately|some|roughly|nearly|almost)?\s*$",
    r"(?:an?\s+)?average\s+(?:weight\s+)?of\s+(?:about|around|approximately|some|roughly)?\s*$|averag(?:e|ing)\s+(?:about|around)?\s*$",
    r"(?:cada\s+(?:un[oa]|\w+)\s+(?:con|de|com|pesando|que pesaba|que pesava)\s+(?:un\s+peso\s+(?:aproximado\s+)?(?:de|a)\s+)?(?:unos|cerca de|aproximadamente|cerca de)?\s*)$|(?:un\s+)?promedio\s+de\s+$|em\s+média\s+$|(?:una\s+)?media\s+de\s+$",
    r"(?:chacun(?:e)?\s+(?:d'environ|de|pesant|contenant)\s*|en\s+moyenne\s+|pesant\s+chacun(?:e)?\s+)$",
    r"(?:elk|ieder)\s+(?:\w+\s+){0,2}(?:met|van|ongeveer)\s+$|gemiddeld\s+(?:ongeveer\s+)?$",
    r"(?:ciascun[oa]\s+(?:\w+\s+)?(?:da|di|contenente)\s+(?:circa\s+)?|in\s+media\s+(?:di\s+)?)$",
    r"(?:jeweils|je|durchschnittlich|im\s+schnitt)\s+(?:rund\s+|etwa\s+|ca\.\s+)?$",
)
"""Words just before a figure that make it a per-item weight ('each weighing 50kg', 'an average of eight kilograms')."""
THRESHOLD = _rx(
    r"(?:or|and)\s+(?:more|above|over|upwards|larger|bigger)|o\s+más|ou\s+mais|ou\s+plus|o\s+più|oder\s+mehr|of\s+meer|en\s+meer",
)
"""After a figure: '100kg or more' is a size class, no seizure."""
THRESHOLD_BEFORE = re.compile(
    r"(?:seizures?|finds?|hauls?|consignments?|incautaciones|apreensões|saisies|sequestri|sicherstellungen|vangsten|inbeslagnames)\s+"
    r"(?:weighing\s+|of\s+|de\s+|di\s+|van\s+|von\s+)?(?:over|above|more\s+than|at\s+least|exceeding|larger\s+than|bigger\s+than|"
    r"de\s+más\s+de|superiores?\s+a|de\s+mais\s+de|acima\s+de|de\s+plus\s+de|supérieures?\s+à|superiori\s+a|oltre|über|von\s+mehr\s+als|"
    r"boven|van\s+meer\s+dan)\s*$",
    re.I,
)
"""Before a figure: 'seizures over 10kg', 'saisies de plus de 100 kg' are a size class, no seizure."""
FAKE = _rx(
    r"fake~|dumm(?:y|ies)|imitation~|simulat~|simulad~|simulacro~|exercise~|ejercicio~|exercício~|exercice~|esercitazion[ei]|\w*übung~|oefening~|"
    r"nep|falsos paquetes|pacotes falsos|\w*attrappe~|imitat~|imitab~|imitav~|resembl~|made to look like|seeded with|test (?:box|container|package)~|"
    r"(?:flour|harina|farinha|farine|farina|mehl|meel) (?:and|y|e|et|und|en) (?:sand|arena|areia|sable|sabbia|zand)",
)
LEGAL = _rx(
    r"legal|legally|allowed|permitted|possession limit~|limit of|up to \d+ ?g|autoriz~|permitid~|límite~|limite~|autoris~|toegestaan|"
    r"consentit~|erlaubt~|besitz von|grenzwert~|soglia|threshold~|milligram~|miligram~|milligramm~|uso personal|personal use|"
    r"eigenbedarf|uso personale|consumo personal|consommation personnelle|darf|dürfen|may (?:carry|possess|keep|grow)|allowed to|"
    r"puede (?:llevar|poseer)|peut (?:détenir|posséder)|mogen|può (?:detenere|portare)|pode (?:portar|possuir)|"
    r"(?:bis zu|hasta|jusqu'à|fino a|até|tot) \d+ ?(?:gramm|gramos|grammes|grammi|gramas|grams|gram|g)",
)
DIFFERENCE_AFTER = re.compile(
    r"^\s*(?:(?:of|de|di|van|an)\s+[\wÀ-ÿ-]+\s+)?(?:more|less|fewer|up from|down from|meer|minder|menos|más que|mais|a mais|"
    r"a menos|de plus|de moins|in più|in meno|weniger|mehr als im|mehr als in|more than in|than in|than the)\b",
    re.I,
)
WEAK_AGGREGATE = _rx(
    r"\b(?:in|en|em|im|nel|dans|sur|durante|during|for|over|throughout|voor|für|per|del|du|de|da)\s+(?:the\s+|het\s+|el\s+|o\s+|l'|il\s+|das\s+)?(?:year\s+|jaar\s+|año\s+|ano\s+|année\s+|anno\s+|jahr\s+)?(?:19|20)\d\d\b(?!\s*[-/])",
    r"^(?:19|20)\d\d\b",
    r"this year|last year|dit jaar|vorig jaar|este año|el año pasado|este ano|ano passado|cette année|l'an dernier|l'année dernière|quest'anno|l'anno scorso|dieses jahr|letztes jahr|vergangenen jahr",
)
SINGLE_SHIPMENT = _rx(
    r"\bin (?:a|one|a single) (?:\w+ ){0,2}(?:shipment|consignment|container|operation|raid|cargo|load|vessel|boat|ship|truck|lorry)",
    r"single operation|single seizure|one operation|biggest (?:single|cocaine|drug) seizure|largest (?:single )?seizure|in (?:a|one) go",
    r"\b(?:en|in|em|dans|nel|nella|im|in einer?|in een|in één) (?:un|una|um|uma|une|een|één|einem|einer|un singolo|uno) (?:\w+ ){0,2}(?:contenedor|cargamento|envío|buque|barco|camión|contentor|carregamento|navio|conteneur|cargaison|navire|camion|container|carico|nave|lading|zending|schip|vrachtwagen|sendung|ladung|schiff|lkw)",
    r"\b(?:een|één|una|uma|une|un|a|ein|eine) (?:lading|zending|cargamento|carregamento|cargaison|carico|ladung|sendung|shipment|consignment)",
    r"\b(?:a|an|one|un|una|um|uma|une|een|één|ein|eine|einem|einer|dem|the)\s+(?:[\wÀ-ÿ-]+\s+){0,2}(?:container|contenedor|contentor|"
    r"conteneur|contêiner|reefer|shipment|consignment|cargamento|carregamento|cargaison|carico|lading|zending|sendung|ladung|"
    r"truck|camión|camion|camião|lorry|vrachtwagen|lkw|vessel|boat|buque|barco|navio|navire|nave|schip|schiff|ferry|ferri)\b",
    r"one of the largest|one of the biggest|uno de los mayores|um dos maiores|l'une des plus|uno dei più|einer der größten|een van de grootste",
)
AGAIN = _rx(
    r"another|second|further|later|again|nog eens|opnieuw|otr[oa]s?|outr[oa]s?|segund[oa]s?|autres?|deuxième|altr[oaie]|"
    r"second[oa]|weiter(?:e|en|er|es)?|erneut|zweite[nrs]?|später|después|depois|plus tard|dopo|semana después|semana depois|week later",
)
TOTAL = _rx(
    r"in total|a total of|totall?ed|totall?ing|altogether|en total|no total|in totaal|au total|in totale|insgesamt|complessivamente|"
    r"totaliz\w*|totalis\w*|ascend\w*|sum(?:an|am|ma)\w*|zusammen|samen",
)
"""'a total of', 'insgesamt': a sum, but of one seizure's parts as often as of several seizures."""
SEVERAL_OPERATIONS_RE = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|separate|\d+|dos|tres|cuatro|cinco|varias|varios|duas|dois|três|quatro|várias|vários|twee|drie|vier|vijf|meerdere|verschillende|deux|trois|quatre|cinq|plusieurs|due|tre|quattro|cinque|diverse|diversi|zwei|drei|vier|fünf|mehrere)\s+"
    r"(?:separate\s+|independent\s+|independientes\s+|distintas\s+|different\s+|smuggling\s+|consecutive\s+|consecutivas\s+|aparte\s+|afzonderlijke\s+|verschillende\s+|distinte\s+|distinct[es]+\s+|verschiedenen\s+)?"
    r"(?:operations|seizures|raids|attempts|cases|interdictions|operaciones|incautaciones|intentos|casos|operações|apreensões|tentativas|operaties|acties|vangsten|pogingen|zaken|opérations|saisies|tentatives|affaires|operazioni|sequestri|tentativi|operationen|einsätze|aktionen|versuche|fälle|funde)"
)
"""'three separate seizures', 'dos operaciones', 'vier Versuche': a count of operations."""
SEVERAL_OPERATIONS = _rx(SEVERAL_OPERATIONS_RE)
HEDGE_MORE = _rx(
    r"more than|over|in excess of|at least|upwards of|más de|al menos|mais de|pelo menos|plus de|au moins|plus d['’]|"
    r"oltre|più di|almeno|mehr als|über|mindestens|meer dan|ruim|minstens",
)
"""Before a figure: the figure is a lower bound ('plus d'une tonne')."""
HEDGE_LESS = _rx(
    r"almost|nearly|close to|just under|casi|cerca de|quase|près de|presque|quasi|knapp|fast|beinahe|bijna|bijkans",
)
"""Before a figure: the figure is an upper bound ('bijna 3000 kilo', 'knapp 34 Tonnen')."""
DAY_SPAN = re.compile(
    rf"(?<!\w)(?:between|entre|tussen|zwischen|tra|fra|from|del|de|du|vom|dal|van)\s+(?:the\s+|le\s+|el\s+|dem\s+|il\s+)?\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?"
    rf"(?:\s+(?:de\s+)?(?:{MONTH_RE}))?\s+(?:and|y|e|et|en|und|to|al|au|bis|a|tot)\s+(?:the\s+|le\s+|el\s+|dem\s+|il\s+)?\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?:{MONTH_RE})(?!\w)"
    rf"|(?<![\w.,])\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+(?:{MONTH_RE})(?!\w)",
    re.I,
)
"""'between 11 and 29 May', 'tussen 11 mei en 29 mei', 'du 3 au 14 mars', '11–29 May': a span of days frames a total."""
AGGREGATE = _rx(
    r"so far|to date|a year|per year|each year|every year|annual~|yearly|year-on-year|during the year|over the year|in the year|over the course of|whole of|all of (?:19|20)\d\d|throughout",
    r"(?:first|last|past|previous) (?:[\w-]+ )?(?:days|weeks|months)|(?:first|last|past|previous) [\w-]+ years|(?:eerste|laatste|afgelopen|primeros|últimos|ultimos|primeiros|premiers|derniers|primi|ultimi|ersten|letzten|vergangenen) (?:[\w-]+ )?(?:dagen|weken|maanden|días|dias|semanas|meses|jours|semaines|mois|giorni|settimane|mesi|tagen|wochen|monaten)|(?:eerste|laatste|afgelopen|primeros|últimos|ultimos|primeiros|premiers|derniers|primi|ultimi|ersten|letzten|vergangenen) [\w-]+ (?:jaren|jaar|años|anos|années|ans|anni|jahren)",
    r"(?:[\w-]+ )?(?:derniers jours|dernières semaines|derniers mois|dernières années)",
    r"(?:over|in) (?:heel|het hele|gans) (?:jaar|(?:19|20)\d\d)|en todo (?:el año|(?:19|20)\d\d)|sur l'ensemble de|nel corso dell'anno|im laufe des jahres|in de loop van|ao longo do ano|durante el año|au cours de l'année|no mesmo período|in dezelfde periode|en el mismo periodo|sur la même période|nello stesso periodo|im gleichen zeitraum|same period",
    r"(?:since|depuis|desde|seit|dal|sinds)\s+(?:le\s+|el\s+|dem\s+|o\s+|il\s+)?(?:1(?:er|º|°|\.|st)?\s+)?(?:de\s+)?(?:january|janvier|enero|januar|gennaio|januari|janeiro)",
    r"since (?:january|the start|the beginning)|first half|second half|first quarter|second quarter|third quarter|fourth quarter|quarter~|fiscal year|fiscal quarter|financial year|semester~|nine months|six months|twelve months|past year|previous year",
    r"en lo que va|desde (?:enero|principios|comienzos)|primer semestre|segundo semestre|trimestre~|anua(?:l|les)|año fiscal|balance anual",
    r"desde janeiro|desde o início|primeiro semestre|semestre~|anuais|balanço anual",
    r"sinds januari|sinds begin|eerste jaarhelft|jaarhelft|halfjaar|kwartaal|jaarlijks~|per jaar|jaarcijfers|jaarverslag~|boekjaar",
    r"depuis (?:janvier|le début)|premier semestre|annuel~|par an|bilan annuel|exercice fiscal",
    r"dall'inizio|primo semestre|annual[ei]|sequestri complessiv~|bilancio annuale|anno fiscale",
    r"seit jahresbeginn|seit anfang|\w*halbjahr~|quartal~|jährlich~|pro jahr|jahresbilanz~|jahresstatistik~|geschäftsjahr~",
    r"[+−-]\s?\d+(?:[.,]\d+)?\s?%",
    SEVERAL_OPERATIONS_RE,
    r"across (?:eu|european|the eu)|eu ports|european ports|ports? across|at (?:uk|eu|us|dutch|belgian|spanish|french) ports|in (?:dutch|belgian|spanish|french|german|italian|portuguese) ports|puertos españoles|portos brasileiros|portos portugueses|ports français|porti italiani|deutschen häfen|nederlandse havens",
    DAY_SPAN.pattern,
    # 'with this seizure, the country has detected 12.5 tons': the running tally the new find adds to
    r"with (?:this|the latest|this latest) (?:seizure|haul|find|bust)|including (?:this|the latest) (?:seizure|haul|find)|"
    r"con (?:este|esta|la más reciente|el más reciente|la última|el último|la nueva|el nuevo) (?:decomiso|incautación|hallazgo|aprehensión|alijo)|"
    r"com (?:esta|este) (?:nov[oa] )?(?:apreensão|apreensao|achado)|avec cette (?:nouvelle )?saisie|y compris cette saisie|"
    r"con questo (?:nuovo )?sequestro|mit (?:diesem|dieser) (?:fund|sicherstellung|aufgriff)|met deze (?:vangst|inbeslagname|vondst)",
)
BACKGROUND = _rx(
    r"(?:days?|weeks?|months?|días|dias|semanas?|meses|jours|semaines?|mois|giorni|settiman[ae]|mesi|tage[n]?|wochen?|monate[n]?|dagen|weken|maanden|week)\s+"
    r"(?:after|depois|después|après|dopo|nach|na|later|earlier|antes|avant|prima|zuvor|eerder|before|plus tôt|früher)",
    r"earlier|previous~|prior|before that|a year ago|weeks? ago|months? ago|last year|comes after|follows|following|in the past|records?|largest|biggest|already",
    r"anterior~|el año pasado|hace (?:dos|tres|unas|\d+)|ya |a principios de|a comienzos de|récord~|mayor(?:es)?",
    r"no ano passado|há (?:duas|três|\d+)|já |recorde~|maior~",
    r"eerder~|vorig jaar|vorige maand|in april|al eerder|recordvangst~|grootste",
    r"précédent~|auparavant|l'an dernier|l'année dernière|déjà|plus grosse",
    r"in precedenza|già|l'anno scorso|più grande",
    r"zuvor|vorher|bereits|früher~|im vergangenen jahr|im vorjahr|rekord~|größte~",
)
NOT_AT_PORT = _rx(
    r"at sea|on the high seas|high seas|off the coast|offshore|nautical miles|miles off|in international waters|semi-submersible~|narco-sub~|speedboat~|go-fast~|sailing boat~|sailboat~|yacht~|fishing (?:boat|vessel)~|airport~|warehouse~|premises|depot~|storage unit~|inland|motorway~|highway~|roads?|roadside|border crossing~|land border~|lorry on the|truck on the|farm|farms|hangar~|garage~|apartment~|flat in|house in",
    r"alta mar|en el mar|en aguas|millas|frente a la costa|mar abierto|semisumergible~|narcolancha~|velero~|pesquero~|aeropuerto~|almac[eé]n(?:es)?|nave industrial|polígono~|carretera~|autopista~|frontera terrestre|finca~|vivienda~",
    r"em alto mar|alto-mar|ao largo|milhas|em águas|semissubmersível~|veleiro~|pesqueiro~|aeroporto~|armazé~|estrada~|rodovia~|autoestrada~|fronteira terrestre",
    r"op zee|op volle zee|voor de kust|zeemijl~|luchthaven~|vliegveld~|schiphol|loods|loodsen|\w*bedrijfspand~|bedrijfshal~|opslagruimte~|\w*snelweg~|woning~|boerderij~|binnenland~",
    r"en mer|en haute mer|au large|milles|eaux internationales|voilier~|aéroport~|entrepôt~|autoroute~|sur la route|route nationale|route départementale|frontière terrestre|domicile~",
    r"in mare|al largo|acque internazionali|miglia|magazzin[oi]|capannon[ei]|deposito|autostrad[ae]|strada|confine terrestre|abitazion[ei]",
    r"auf see|auf hoher see|vor der küste|seemeilen|\w*flughafen~|\w*lagerhalle~|halle|\w*autobahn~|\w*straße|landgrenze|wohnung~|grenzübergang~|\w*lager ",
)
AT_SEA = _rx(
    r"at sea|high seas|off the coast|nautical miles|miles off|international waters|semi-submersible~|narco-sub~|sailing boat~|sailboat~|yacht~|fishing (?:boat|vessel)~",
    r"alta mar|en el mar|millas|frente a la costa|semisumergible~|velero~|pesquero~",
    r"alto mar|alto-mar|ao largo|milhas|semissubmersível~|veleiro~|pesqueiro~",
    r"op zee|voor de kust|zeemijl~|op volle zee",
    r"en mer|au large|milles|eaux internationales|voilier~",
    r"in mare|al largo|acque internazionali|miglia",
    r"auf see|hoher see|vor der küste|seemeilen",
)
TAKEOVER = _rx(
    r"taken over|took over|take over|referred to|passed to|transferred to|handed (?:over )?to|charged with|has been handed|investigation (?:is|was) (?:led|being led|now)|leads the investigation|leading the investigation|is investigating|are investigating|prosecutor~|courts?|judges?",
    r"se ha hecho cargo|se hizo cargo|asumi~|investigación (?:la lleva|está en manos)|fiscal(?:ía|es)?|juzgado~|juez|tribunal~",
    r"assumiu|ficou a cargo|investigação|encaminhad~|entregue à|entregue ao|instaurou|investiga|ministério público|juiz",
    r"heeft het onderzoek|overgedragen aan|neemt het onderzoek|onderzoek overgenomen|onderzoek is in handen|leidt het onderzoek|openbaar ministerie|parket|rechter~|rechtbank~",
    r"enquête a été confiée|confiée|reprises? par|repris par|saisie? de l'enquête|chargé de l'enquête|poursuit l'enquête|parquet|procureur~|juges?",
    r"indagini|procura~|passat[oae] (?:alla|al|ai)|coordina~|magistrat~|giudic[ei]",
    r"ermittlungen übernommen|übernahm~|übernimmt|übergeben|ermittelt|staatsanwaltschaft~|\w*gericht~|\w*richter~",
)
PORT_WORD = _rx(
    r"port|harbou?r~|terminal~|quay~|dock~|puerto~|porto~|haven|\w*havengebied|\w*hafen~|scalo|muelle~|cais|kade~",
)
PORT_PLURAL = _rx(r"\bports\b|puertos|portos|havens|\bports\b|porti|häfen|terminals|terminales|terminais|terminali")
EU_SCOPE = _rx(r"\beu\b|european union|\beurope\b|union européenne|unión europea|união europeia|europese unie|unione europea|europäischen union|\bue\b|in europa|en europe|na europa|in europe")
ORIGIN_BEFORE = re.compile(
    r"(?:from|shipped from|sailed from|loaded (?:in|at)|departed|originating in|out of|desde|procedente de|procedentes de|"
    r"proveniente de|provenientes de|embarcad[oa]s? en|cargad[oa]s? en|oriund[oa]s? de|vind[oa]s? de|carregad[oa]s? em|"
    r"embarcad[oa]s? (?:no|em)|uit|afkomstig uit|vanuit|geladen in|aus|verladen in|kommend|en provenance d[eu']|venant d[eu']|"
    r"parti d[eu']|chargé à|chargés à|provenienti da|proveniente da|partito da|partita da|caricat[oa] a|imbarcat[oa] a)\s+"
    r"(?:the\s+|el\s+|la\s+|o\s+|a\s+|du\s+|de\s+|del\s+|dal\s+|dalla\s+|dem\s+|der\s+|het\s+|port of\s+|puerto de\s+|porto de\s+|porto di\s+|haven van\s+|port d[eu']\s*|hafen\s+|brasileño de\s+|brasileiro de\s+){0,2}$",
    re.I,
)
DEST_BEFORE = re.compile(
    r"(?:bound for|destined for|destination|heading (?:to|for)|en route to|to be delivered|con destino a|destino|destinad[oa]s? a|"
    r"rumbo a|a caminho de|com destino|naar|richting|bestemd voor|nach|mit ziel|vers|à destination de|destinée? à|diretto a|diretta a|"
    r"destinat[oa] a|verso|para|transhipped in|transshipped in|transbordad[oa] en|en tránsito por)\s+"
    r"(?:the\s+|el\s+|la\s+|o\s+|a\s+|de\s+|del\s+|du\s+|het\s+|port of\s+|puerto de\s+|porto de\s+|haven van\s+|port d[eu']\s*|hafen\s+){0,2}$",
    re.I,
)
CONCEALMENT = re.compile(
    r"(?:hidden|concealed|stashed|disguised|packed|tucked)\s+(?:in|among|inside|within|behind|under|beneath|as)\s+(?P<a>[^.,;:()]{3,60})|"
    r"(?:escondid[oa]s?|ocult[oa]s?|camuflad[oa]s?|oculta)\s+(?:en|entre|dentro de|bajo|em|no|na|nos|nas)\s+(?P<b>[^.,;:()]{3,60})|"
    r"(?:dissimulée?s?|cachée?s?)\s+(?:dans|parmi|sous|entre)\s+(?P<c>[^.,;:()]{3,60})|"
    r"(?:nascost[aoie]|occultat[aoie]|celat[aoie])\s+(?:in|tra|fra|sotto|dentro|nel|nella|nei|nelle|tra i|tra le)\s+(?P<d>[^.,;:()]{3,60})|"
    r"(?:versteckt|verborgen)\s+(?:in|zwischen|unter|hinter)\s+(?P<e>[^.,;:()]{3,60})|"
    r"(?:verstopt|verborgen)\s+(?:in|tussen|onder|achter)\s+(?P<f>[^.,;:()]{3,60})",
    re.I,
)
COMPARISON = _rx(
    r"compar~|against|versus|vs|down from|up from|ging het (?:nog )?om|gaat het om|frente a|respecto|contre|par rapport|face à|rispetto|gegenüber|im vergleich|tegenover|haviam sido|había sido|were seized|ont été saisi~|sono stat[ei]|wurden|werden|otros|otras|outros|outras|autres|altri|altre|weitere~|andere~|another|other|further|more|also|también|também|aussi|anche|auch|ook",
)
CARGO = _rx(
    r"teu|teus|cargo~|freight~|throughput|tonnage|handled|goods|containers a year|mercanc~|carga|marchandises|merci|\w*güter~|goederen|overslag|movimenta~|umgeschlagen|\w*umschlag~|trafic|traffico|tráfego|tráfico de mercancías",
)
PILL_DRUGS = {"mdma", "captagon", "fentanyl", "tramadol", "methamphetamine", "amphetamine", "ketamine", "other"}
ORIGIN_NEAR = _rx(
    r"(?:from|desde|procedente|proveniente|provenance|uit|aus|da|depuis|loaded|embarcad|cargad|carregad|chargé|caricat|verladen|shipped|sailed|bound for|destino|destination|naar|nach|vers|para)\b[^.;]{0,40}$",
)
ARRESTED = _rx(
    r"arrest|detain|charged|custody|detenid|detuv|arrestad|detid|pres[oa]s\b|interpell|arrêt|arrestat|fermat|festgenommen|verhaftet|festnahme|aangehouden|gearresteerd|aanhouding",
    stems=True,
)
STORY_BREAK = _rx(
    r"earlier|previous~|prior|a year ago|weeks? ago|months? ago|last year|in the past|anterior~|"
    r"el año pasado|no ano passado|eerder~|vorig jaar|précédent~|auparavant|l'an dernier|in precedenza|"
    r"l'anno scorso|zuvor|vorher|früher~|im vergangenen jahr|im vorjahr",
)
