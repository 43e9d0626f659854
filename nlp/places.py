"""Where a seizure happened: cues, over lower-cased text in seven languages, that a port named in a
sentence is not the place of the seizure (an office's seat, a court, where the drugs were taken after
the seizure, a town near the port) and that a story is told at sea or in a house search.

Used by the fact resolvers: nlp.resolvers.ports (the port of a find), nlp.resolvers.countries (the country
a sentence places a find in, not its origin) and nlp.resolvers.agencies (an authority the drugs were handed to,
that ordered or inquired, or is quoted as a figure's source, is not credited). Every cue has word boundaries and
a test showing where it must not fire (tests/test_nlp_places.py).
"""

from __future__ import annotations

import re

_PARTICLE = r"(?:de\s+la\s+|de\s+|di\s+|del\s+|della\s+|da\s+|do\s+|du\s+|d'|des\s+|van\s+|von\s+|of\s+)?"

# "Zollfahndungsamt Hamburg", "police judiciaire de Nantes", "douaniers de La Rochelle", "Auckland District Court":
# the port city's name is the seat of an office, not where the drugs were found.
OFFICE_BEFORE = re.compile(
    r"\b(?:zollfahndungsamt(?:e?s)?|zollfahndung|hauptzollamt(?:e?s)?|zollamt(?:e?s)?|polizeipräsidium(?:s)?|polizeidirektion|"
    r"polizeiinspektion|landeskriminalamt(?:e?s)?|kriminalpolizei|wasserschutzpolizei|staatsanwaltschaft|"
    r"landgericht|amtsgericht|procura|questura|tribunale|parquet|tribunal|juzgado|audiencia|fiscal[ií]a|court|"
    r"prosecutor'?s? office|brigade|polizei|politie|rechtbank|parket|police judiciaire|polícia judiciária|"
    r"pj|comisaría|commissariat|squadra mobile|"
    # a unit's station or a prosecutor's office named for its seat: 'la Estación de Guardacostas de Cartagena', 'la
    # Capitanía de Puerto de Buenaventura', 'la Fiscalía de Drogas de Colón'
    r"(?:estaci[oó]n\s+de\s+)?guardacostas|capitan[ií]a\s+de\s+puerto|fiscal[ií]a\s+(?:de\s+)?(?:drogas|antidrogas|estupefacientes)|"
    # a unit's command or seat: 'i finanzieri del comando provinciale di Genova', 'la Comandancia de Algeciras',
    # 'nucleo di polizia economico-finanziaria di Genova', 'del Gruppo di Livorno'
    r"comando(?:\s+(?:provinciale|regionale|interregionale|generale|territoriale))?|comandancia|jefatura|"
    r"nucleo\s+(?:di\s+)?polizia\s+economico-finanziaria|gruppo|compagnia|"
    # a prison in a port city: 'portato nel carcere di Genova-Marassi', 'ingresó en la prisión de Algeciras'
    r"carcere|casa circondariale|cárcel|prisión|centro penitenciario|prisão|presídio|penitenciária|prison|maison d'arrêt|"
    r"centre pénitentiaire|gefängnis|justizvollzugsanstalt|jva|gevangenis|penitentiaire inrichting|"
    # the seat of a prosecutor or a judge: 'le procureur de Fort-de-France', 'the prosecutor in Antwerp'
    r"procureure?|procureur de la république|procuratore(?: della repubblica)?|procurador(?:a)?|prosecutors?|"
    r"juge d'instruction|juge|juiz|juez|giudice|richter|rechter|officier van justitie)\s+(?:in\s+)?" + _PARTICLE + r"$",
    re.I,
)
INSTITUTION_AFTER = re.compile(
    r"^\s+(?:(?:district|high|crown|magistrates'?|supreme|criminal|regional|provincial|federal|city|drugs?|anti-?drugs?|narcotics)\s+)?"
    r"(?:court|airport|police|university|council|prison|zoo|rechtbank|landgericht|amtsgericht|flughafen|"
    r"staatsanwaltschaft|polizei|prosecutor'?s?|prosecution)\b",
    re.I,
)
# a name told as the place of a find at a port: 'in the port of', 'nel porto di', 'im Hafen von', 'au port de', 'en el
# Puerto de Aguas Profundas de' (not 'hacia el puerto de', 'dal porto di': a destination, an origin)
PORT_AT_BEFORE = re.compile(
    r"\b(?:in|at|nel|nello|al|en|em|no|na|im|am|au|dans|sur|op|bij|in de)\s+(?:the\s+|el\s+|le\s+|la\s+|o\s+|il\s+)?"
    r"(?P<word>(?:port|harbou?r|seaport|puerto|porto|hafen|haven|scalo|terminal)\b[^.,;:()]{0,30}?"
    r"\b(?:of|de|di|do|da|du|von|van|del|dello|della)\s+(?:the\s+)?)?$",
    re.I,
)
# where a statement was made, not where a find was: 'wie der Sprecher am Freitag in Bremerhaven sagte', 'teilte der Zoll
# in Bremen mit', 'the spokesman said in Durban', 'a annoncé à Marseille', 'en rueda de prensa en Valencia'
STATEMENT_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,3}?|announced|a\s+(?:annoncé|déclaré|indiqué|précisé|expliqué)|"
    r"ha\s+(?:detto|dichiarato|spiegato|annunciato)|dijo|declaró|anunció|explicó|disse|declarou|anunciou|zei|verklaarde|"
    r"press conference|conférence de presse|conferenza stampa|rueda de prensa|entrevista coletiva|pressekonferenz|persconferentie)"
    r"\s+(?:(?:on|last|this)\s+\w+\s+)?(?:in|at|à|a|en|em|no|na|in de)\s+$",
    re.I,
)
# German and Dutch put the verb of saying after the place: 'in Bremen mit.', 'in Hamburg vorgestellten Jahresbilanz'
STATEMENT_AFTER = re.compile(
    r"^\s+(?:(?:mit|bekannt)\s*[.,;:]|(?:sagte|sagten|mitteilte|mitteilten|erklärte|erklärten|berichtete|berichteten|"
    r"bekanntgab|bekanntgaben|verkündete|vorgestellt\w*|präsentiert\w*|meldde|meldden|bekendmaakte)\b)",
    re.I,
)
# "towed to the port of Recife", "escorted into Brest": the port where a ship was taken after a seizure at sea
TAKEN_TO_BEFORE = re.compile(
    r"\b(?:towed|escorted|diverted|rerouted|rebocad[oa]s?|escoltad[oa]s?|remolcad[oa]s?|conducid[oa]s?|trasladad[oa]s?|"
    r"desviad[oa]s?|dérouté(?:e|s|es)?|escorté(?:e|s|es)?|remorqué(?:e|s|es)?|ramené(?:e|s|es)?|scortat[oaie]|"
    r"rimorchiat[oaie]|dirottat[oaie]|gesleept|opgebracht|binnengebracht|geschleppt|eskortiert)\b[^.;]{0,60}$"
    # 'The ship was brought to Cork Harbour where ... found onboard': a vessel brought in after it was boarded at sea
    r"|\b(?:ship|vessel|boat|yacht|trawler|fishing boat|cargo ship|bulk carrier|tanker)\b[^.;]{0,30}\bbrought\s+(?:in)?to\b[^.;]{0,30}$",
    re.I,
)
# "offloaded in Port Everglades": drugs seized at sea and landed afterwards
OFFLOAD = re.compile(r"\boff-?load(?:s|ed|ing)?\b", re.I)
# house searches in a port city are not at the port
HOUSE_SEARCH = re.compile(
    r"\bsearch warrants?\b|\bhouse searches\b|\bhuiszoeking(?:en)?\b|\bperquisitions?\b|\bregistros? domiciliari[oa]s?\b|"
    r"\ballanamientos?\b|\bhausdurchsuchung(?:en)?\b|\bperquisizion[ei]\b|\bbuscas domiciliárias\b|"
    # a bare 'Durchsuchung' is a house search unless a ship, container or load is what was searched
    # ('bei der Durchsuchung eines Containerschiffs': at the port)
    r"\bdurchsuchung(?:en)?\b(?!\s+(?:eines|einer|des|der|von|zweier|mehrerer)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:schiff|schiffe|schiffs|"
    r"frachters?|containers?|ladung|fracht|sendung|lkw|lastwagens?))",
    re.I,
)
# "near the port of X", "across Auckland": around the port, not at it
NEAR_BEFORE = re.compile(
    r"\b(?:across|throughout|near|nearby|outside|close to|cerca de|cerca del|perto de|perto do|près de|près du|aux abords d[eu]|"
    r"nahe|in der nähe von|bij|nabij|in de buurt van|vicino a|vicino al|nei pressi d[ei]l?|"
    # the outskirts or surroundings of a port city: 'en las afueras de Guayaquil', 'nos arredores de Santos'
    r"(?:the )?outskirts of|(?:the )?vicinity of|afueras de(?:l)?|inmediaciones de(?:l)?|alrededores de(?:l)?|arredores d[eo]|"
    r"imediações d[eo]|periferia d[ie]|vicinanze d[ei]l?|dintorni d[ei]|environs d[eu]|périphérie d[eu]|"
    r"umgebung von|stadtrand von|omgeving van|rand van|"
    r"(?:coasts?|costas?|côtes?|coste|küsten?|kusten?|litoral) (?:of|de|do|da|di|du|der|van|von))\s+"
    r"(?:the\s+|el\s+|la\s+|o\s+|a\s+|le\s+|del\s+|het\s+|den\s+|der\s+|dem\s+|il\s+)?"
    r"(?:(?:port|harbou?r|puerto|porto|haven|hafen)\s+" + _PARTICLE + r")?$",
    re.I,
)
# a sub-part given apart: "65 kg, dont 50 kg sur le port de Nantes" (the port is the part's, not the total's)
PART_OF = re.compile(
    r"\b(?:dont|of which|including|among them|de los cuales|de las cuales|dos quais|das quais|waarvan|davon|di cui)\b", re.I)
# the story is told at sea, beyond the cues of nlp.cues.AT_SEA
AT_SEA_MORE = re.compile(
    r"\b(?:off the coasts? of|in (?:\w+ ){0,2}waters|territorial waters|na costa d[eo]|en la costa d[e]|en aguas|em águas|"
    r"au large|sur la côte|lungo la costa|an der küste|voor de kust|op zee|in mare|auf see|em alto mar|en alta mar)\b",
    re.I,
)
# "Rio Grande do Norte", "province of Limón": a region named like a port
REGION_BEFORE = re.compile(
    r"\b(?:estado|state|província|provincia|province|région|region|regione|departamento|département|canton|kanton|comarca|"
    r"bundesland|provincie)\s+" + _PARTICLE + r"$",
    re.I,
)
# "con destino final Hamburgo": where the shipment was going, beyond nlp.cues.DEST_BEFORE
DEST_MORE = re.compile(
    r"\b(?:destino final|final destination|destination finale|destinazione finale|eindbestemming|endziel)\s+"
    r"(?:era\s+|was\s+|is\s+|war\s+|de\s+|di\s+)?(?:el\s+|la\s+|o\s+|a\s+|the\s+|le\s+|il\s+)?"
    r"(?:(?:puerto|porto|port|haven|hafen)\s+" + _PARTICLE + r")?$"
    # 'a container booked for Sharjah': the port it was shipped to
    r"|\bbooked (?:for|to)\s+(?:the\s+)?(?:port\s+of\s+)?$",
    re.I,
)
# 'a Sharjah-bound container', 'the Europe-bound vessel': where it was going
BOUND_AFTER = re.compile(r"^-bound\b", re.I)
# two ports named together: 'Itajaí e Navegantes', 'in Hamburg and Antwerp', 'à Anvers et à Rotterdam', 'Santos y Paranaguá'
PORTS_JOINED = re.compile(
    r"\s*(?:and|e|y|et|en|und|ed|&)\s+(?:(?:in|at|à|em|en|no|na|nel|in de|im)\s+)?(?:the\s+|el\s+|le\s+|o\s+|il\s+|de\s+)?"
    r"(?:(?:port|porto|puerto|haven|hafen)\s+(?:of|de|di|do|da|van|von|du)\s+)?", re.I)
# by air, not by sea: "entered the country as air cargo"
BY_AIR = re.compile(
    r"\bair ?cargo\b|\bair freight\b|\bcarga aérea\b|\bfret aérien\b|\bluchtvracht\b|\bluftfracht\b|\bcargo aereo\b|"
    r"\bpassenger flight\b|\bflight from\b|\bvuelo\b|\bvoo\b|\bvol en provenance\b",
    re.I,
)
# "the port" told again without its name: the story's port ("los decomisos más importantes en el puerto")
# (not 'no porto colombiano de Turbo', 'in the Belgian port of Antwerp': a port named with its nationality)
THE_PORT = re.compile(
    r"\b(?:in|at) the (?:same )?(?:port|harbou?r)\b(?! of)|\ben el (?:mismo )?puerto\b(?!(?: \w+)? de\b)|"
    r"\bno (?:mesmo )?porto\b(?!(?: \w+)? de\b)|"
    r"\b(?:au|dans le|sur le) (?:même )?port\b(?!(?: \w+)? de\b)|\bnello stesso porto\b|\bnel porto\b(?!(?: \w+)? di\b)|"
    r"\bim (?:selben |gleichen )?hafen\b(?! von)|\bin de(?:zelfde)? haven\b(?! van)",
    re.I,
)
# the search or the arrival of the load, told some sentences after the lead ('In mid-August, a shipment from Thailand was
# searched by Customs officers when it arrived at the Ports of Auckland'): where the find was made
SEARCHED_ON_ARRIVAL = re.compile(
    r"\b(?:searched|examined|inspected|x-rayed|scanned|arrived|docked|berthed|unloaded|discharged|"
    r"inspeccionad[oa]s?|revisad[oa]s?|escanead[oa]s?|lleg[oó]|atrac[oó]|descargad[oa]s?|"
    r"inspecionad[oa]s?|fiscalizad[oa]s?|vistoriad[oa]s?|chegou|atracou|descarregad[oa]s?|"
    r"contrôlée?s?|inspectée?s?|fouillée?s?|scannée?s?|arrivée?s?|déchargée?s?|"
    r"controllat[oaie]|ispezionat[oaie]|scansionat[oaie]|sbarcat[oaie]|scaricat[oaie]|attraccat[oaie]|"
    r"kontrolliert|durchsucht|untersucht|geröntgt|angekommen|eingetroffen|gelöscht|entladen|"
    r"gecontroleerd|doorzocht|gescand|aangekomen|gelost|aangemeerd)\b",
    re.I,
)
# a figure quoted from a report or from statistics ('selon un rapport de 2025, pas moins de 84,3 tonnes', 'according to
# official figures', 'laut der Statistik'): a total of the country or the agency, not of the port the story is about
FROM_REPORT = re.compile(
    r"\b(?:according to (?:an?|the|its|their) (?:\w+ )?(?:report|figures|statistics|data)|"
    r"selon (?:un|le|les|des) (?:\w+ )?(?:rapport|chiffres|statistiques|données|bilan)|"
    r"según (?:un|el|los|las) (?:\w+ )?(?:informe|datos|cifras|estadísticas|balance)|"
    r"segundo (?:um|o|os|as) (?:\w+ )?(?:relatório|dados|números|estatísticas|balanço)|"
    r"secondo (?:un|il|i|le) (?:\w+ )?(?:rapporto|dati|cifre|statistiche|bilancio)|"
    r"laut (?:einem|dem|der|den) (?:\w+ )?(?:bericht|statistik|zahlen|jahresbericht|bilanz)|"
    r"volgens (?:een|het|de) (?:\w+ )?(?:rapport|cijfers|statistieken|jaarverslag|jaaroverzicht))\b",
    re.I,
)
# a port's name in quotes is a ship's or an operation's name ("o patrulha oceânico 'Setúbal'")
QUOTED = re.compile(r"^['‘’\"“”«].+['‘’\"“”»]$")

# ------------------------------------------------------------------ who is credited
# "handed over to the SAPS", "remis le produit à la police judiciaire", "a test by the SAPS", "overgedragen aan":
# an authority named right after these received or examined the drugs; it did not seize them.
HANDED_TO_BEFORE = re.compile(
    r"\b(?:handed (?:\w+ ){0,3}?(?:over )?to|passed (?:on )?to|transferred to|(?:a )?tests? by|tested by|"
    r"remis(?:es)? (?:[\w'’]+ ){0,3}?à|confiée?s? à|entregues? (?:\w+ ){0,2}?(?:à|ao|aos)|entregad[oa]s? (?:\w+ ){0,2}?(?:a|al)|"
    r"a disposición de|overgedragen aan|übergeben an|consegnat[oaie] (?:a|al|alla|ai)|affidat[oaie] (?:a|al|alla|ai))\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]|el\s+|o\s+|a\s+|het\s+|de\s+|die\s+|der\s+|den\s+|dem\s+|il\s+|lo\s+)?$",
    re.I,
)
# the same cue anywhere earlier in the sentence: '... remis le produit à la police judiciaire de Nantes, chargée de l'enquête,
# via son antenne de l'office anti-stupéfiant (Ofast)' - every authority told after it received the drugs
HANDED_OVER = re.compile(HANDED_TO_BEFORE.pattern.removesuffix("$"), re.I)
# "Spain's biggest bust", "Britain's largest ever seizure": a record of a whole country, after the country's name
COUNTRY_RECORD_AFTER = re.compile(r"['’]s\s+(?:(?:single\s+)?(?:biggest|largest|largest-ever|biggest-ever|greatest|record|previous record|"
                                  r"previous biggest|previous largest)\b)", re.I)
# "according to Europol", "selon l'ONUDC", "según la UNODC": an international body quoted for a figure is its source
SOURCE_BEFORE = re.compile(
    r"\b(?:according to|as reported by|citing|data from|figures from|a report by|selon|d'après|según|de acuerdo con|segundo|"
    r"de acordo com|conforme|laut|nach angaben (?:von|des|der)|nach (?:analysen|erkenntnissen|daten|zahlen|schätzungen) "
    r"(?:von|des|der)|volgens|secondo|stando a)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]|el\s+|o\s+|a\s+|het\s+|de\s+|die\s+|der\s+|il\s+|(?:the\s+)?(?:latest\s+)?(?:figures|data|report)\s+(?:of|from|by)\s+(?:the\s+)?)?$",
    re.I,
)
# "The Federal Police began investigating": an inquiry opened, not a seizure made
INQUIRY = re.compile(r"\b(?:began|begun|started|opened|launched) (?:an? |its )?(?:investigat|inquir|probe)", re.I)
# a dateline at the start of a line, also below a headline: "Praia, Cabo Verde (PANA) – ...", "ANTWERP, Feb 19 (CPA) -"
DATELINE_AFTER = re.compile(r"^(?:[^.\n]{0,60}?\([A-Z][\w .-]{1,15}\)\s*[–—-]\s|,\s*[A-Z][^.\n]{0,40}?\s[–—]\s"
                            # 'Fort-de-France, France | AFP | vendredi 31/05/2024 -': the agency between bars
                            r"|,\s*[A-Z][^.\n|]{0,40}?\s*\|\s*[A-Z][\w .-]{1,15}\s*\|)")
# a dateline of two places at the head of a line: 'Bremen/Bremerhaven. Der Bremer Zoll hat ...' (where the story was filed)
SLASH_DATELINE = re.compile(r"^(?:\s*date\s+\d{4}(?:-\d{2}){0,2}\s+)?[A-ZÄÖÜ][\w-]*(?:\s*/\s*[A-ZÄÖÜ][\w-]*)+\s*[.:]\s")
# the page's publication date that can open the text's first line (' date 2024-05 Fort-de-France, France | AFP |')
PAGE_DATE = re.compile(r"^\s*date\s+\d{4}(?:-\d{2}){0,2}\s*$")
# inland storage beyond nlp.cues.NOT_AT_PORT: "recovered from a godown in Delhi"
INLAND_MORE = re.compile(
    r"\bgodowns?\b|\bcold stores?\b|\bbananenrijperij\b|\bbananenreiferei\b|\bmûrisserie\b|\bmaduradero\b|"
    # a dry port is an inland terminal: 'at the Tema dry port', 'no porto seco de Santos', 'en el puerto seco de Coslada'
    r"\bdry ports?\b|\bpuertos? secos?\b|\bportos? secos?\b|\bports? secs?\b|\btrockenh[äa]fen\b|\bdroge havens?\b|"
    r"\binland (?:container )?(?:depots?|ports?|terminals?)\b|"
    r"\bat the [\w-]+ crossing\b|\bborder (?:point|post)\b|\bpaso fronterizo\b|\bposte[- ]frontière\b|\bvalico\b"
    # a numbered road: 'auf der A2', 'sur la RN10', 'on the M20', 'en la AP-7', 'na BR-116', 'sulla A1', 'op de A16'
    r"|\b(?:auf der|on the|sur l['’]|sur la|en la|na|sulla|sull['’]|op de)\s*(?:a|m|n|rn|rd|e|i|ap|br|ss|b)\s?-?\d{1,3}\b", re.I)
# "a Marshall Islands-flagged vessel", "the Panama-registered ship", "Cayman Islands": a flag state or an archipelago, not a port
FLAG_AFTER = re.compile(r"^(?:\s+Islands?\b|\s*-?\s*(?:flagged|registered)\b)", re.I)
# "battant pavillon panaméen", "con bandera de Panamá", "unter der Flagge von Malta", "sailing under the flag of Panama"
FLAG_BEFORE = re.compile(
    r"\b(?:flag|bandera|bandeira|pavillon|pavilhão|bandiera|vlag|flagge)\s+(?:of\s+|de\s+|di\s+|du\s+|von\s+|van\s+|da\s+|do\s+|"
    r"dell[ae]\s+|del\s+|des\s+)?(?:la\s+|las\s+|the\s+|les\s+|der\s+)?$", re.I)
# "Mumbai's Masjid Bundar", "Santos's city centre": a place in the city, not its port ("Rotterdam's port" is the port)
POSSESSIVE_AFTER = re.compile(
    r"^['’]s\s+(?!(?:(?:main|busy|container|deep-?water|commercial|sea)\s+)?(?:port|harbou?r|docks?|container|terminals?|waterfront|"
    r"seaport|quays?|wharf|piers?)\b)", re.I)
# "the Greenview Terminal within Apapa Port", "the Tin Can terminal in Lagos port": a terminal named after a place, inside
# the port named next
TERMINAL_WITHIN_AFTER = re.compile(
    r"^\s+(?:container\s+)?(?:terminal|quay|wharf|jetty|berth|pier)s?\s+(?:within|inside|in|at|of)\s+(?:the\s+)?(?:port\s+of\s+)?",
    re.I)
# "DRI Mumbai", "NCB Chennai": an authority's acronym, then the city of its office
ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,6}\s+$")
# "en un puerto de Guayaquil", "at a port in Hamburg", "in einem Hafen in Hamburg": one of a city's ports, not which one
INDEFINITE_PORT_BEFORE = re.compile(
    r"\b(?:un|una|uno de los|a|one of the|um|uma|num|numa|dans un|einem|einen|een|uno dei|in un|un des|één van de)\s+"
    r"(?:puertos?|ports?|portos?|porti|hafen|häfen|haven|havens|terminal(?:es|s)?)\s+"
    r"(?:(?:privad[oa]s?|privés?|privati|privat(?:e|en)?|private|del estado|estatal(?:es)?)\s+)?"
    r"(?:de|del|of|in|at|do|da|di|du|von|van|bei)\s+(?:la\s+|the\s+|der\s+)?$",
    re.I,
)
# "provenienti dal Brasile", "procedentes del Ecuador": where a shipment came from, beyond nlp.cues.ORIGIN_BEFORE;
# a port after the origin and 'at the port of' is where it was found ('procedente de Ecuador en el puerto de Algeciras')
_NO_PORT_AT = (r"(?!\s(?:en|em|no|na|in|at|nel|im|au|dans)\s+(?:el\s+|la\s+|o\s+|a\s+|the\s+|il\s+|le\s+|de\s+|het\s+)?"
               r"(?:puerto|porto|port|haven|hafen|terminal)\b)")
ORIGIN_MORE = re.compile(
    r"\b(?:provenient[ei]|provenientes?|procedentes?|oriund[oa]s?|in provenienza|in arrivo|arrivat[oaie]|afkomstig|stammend[e]?)\s+"
    r"(?:da|dal|dall['’]|dalla|dai|dagli|dalle|de|del|dos|das|do|uit|aus)\b(?:" + _NO_PORT_AT + r"[^.;]){0,25}$"
    # the port of loading: 'carregado no porto colombiano de Turbo', 'loaded at the port of Guayaquil', 'cargado en'
    r"|\b(?:carregad[oa]s?|embarcad[oa]s?|cargad[oa]s?|loaded|geladen|verladen|chargée?s?|embarquée?s?|caricat[oaie]|imbarcat[oaie]|"
    r"ingeladen|verscheept)\s+(?:no|na|em|en|in|at|à|au|a|al|nel|nella|ad|im|op|te|from|aus|uit|dal)\b(?:" + _NO_PORT_AT + r"[^.;]){0,30}$",
    re.I,
)
# "nel porto della città", "en ese mismo puerto", "the same port": the port named just before
SAME_PORT = re.compile(
    r"\b(?:(?:the|that) same (?:port|harbou?r)|that port|(?:ese|este|el) mismo puerto|(?:esse|este|o) mesmo porto|ce même port|"
    r"le même port|(?:lo|quello) stesso porto|dezelfde haven|(?:im )?(?:selben|gleichen) hafen|"
    r"porto della città|port de la ville|puerto de la ciudad|porto da cidade|haven van de stad|hafen der stadt)\b",
    re.I,
)
# "Coast Guard Cutter Hamilton", "la frégate Ventôse", "o navio-patrulha Setúbal": a port's name given to a ship
VESSEL_BEFORE = re.compile(
    r"\b(?:cutter|frigate|corvette|destroyer|patrol (?:boat|vessel|ship)|warship|HMS|HMNZS|HMAS|USCGC|USNS|USS|MV|M/V|"
    r"frégate|patrouilleur|corvetta|fregata|pattugliatore|fragata|corbeta|patrullera|navio-patrulha|patrulha oceânico|"
    r"fregat|patrouilleschip|fregatte|korvette|patrouillenboot)\s+$",
    re.I,
)
# "seized in Belgium", "sequestrati in Italia", "beschlagnahmt in Deutschland": the country a find is placed in
IN_COUNTRY_BEFORE = re.compile(
    r"\b(?:in|at|en|em|no|na|nel|nella|im|à|au|aux|dans|bij|op)\s+(?:the\s+|el\s+|la\s+|le\s+|o\s+|a\s+|den\s+|der\s+|het\s+|de\s+)?$",
    re.I,
)
# "por orden de la Fiscalía", "on the orders of the prosecutor", "auf Anordnung der Staatsanwaltschaft": who ordered
# a seizure, named beside the authority that made it; no takeover of the case
ORDERED_BY = re.compile(
    r"\b(?:por orden de|por determinação d[aoe]|on the orders? of|at the request of|sur (?:ordre|instructions?|réquisition) d[eu]|"
    r"su (?:ordine|disposizione|delega) d[ei]l?l?[ao]?|(?:con il|col|sotto il) coordinamento d[ei]l?l?[ao]?|"
    r"coordinat[oaie] d[ao]l?l?[ao]?|op (?:bevel|last) van|auf (?:anordnung|antrag|weisung) d(?:er|es))\s+"
    r"(?:la\s+|el\s+|the\s+|le\s+|l['’]|a\s+|o\s+|de\s+|der\s+|des\s+|het\s+)?[\w'’]+",
    re.I,
)
