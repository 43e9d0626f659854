"""Cue words, as regular expressions over lower-cased text in seven languages, that decide what a
number means: seized or only smuggled, a total over a period or one seizure, news or background,
at a port or at sea, and who only took over the investigation.
"""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.I)


SEIZED = _rx(
    r"seiz|intercept|found|discover|confiscat|recover|haul|bust|uncover|detect|stopp|netted|impound|taken off|caught",
    r"incaut|aprehen|decomis|interv|halla|hallaz|localiz|descubr|requis|encontr|apreen|apreens|descobr|detet|detect",
    r"intercet|apreend|saisi|intercept|découv|trouv|mis la main|inbeslag|in beslag|onderschep|gevonden|aangetroffen|ontdekt|vangst|onderschept|\bvond|troffen|haalden|stuitten|volgde",
    r"sequestr|trovat|rinvenut|scopert|intercettat|beschlagnahm|sichergestellt|sicherstell|gefunden|entdeckt|abgefangen",
    r"fund|aufgespürt|totalled|totaled|total|record",
)
SMUGGLED_ONLY = _rx(
    r"smuggl|traffick|brought in|introduc|shipped|exported|moved|contraband|contrabande|introdu|smokkel|schmuggel|"
    r"contrabbando|traficad|traficar|enviad|envi|transport|would have|could have|planned|attempt|tentat",
)
FAKE = _rx(
    r"\bfake\b|dummy|imitation|\bsimulat|\bsimulad|simulacro|exercise|ejercicio|exercício|exercice|esercitazione|übung|oefening|"
    r"\bnep\b|falsos paquetes|pacotes falsos|attrappe|imitat|imitab|imitav|resembl|made to look like|seeded with|test (?:box|container|package)|"
    r"(?:flour|harina|farinha|farine|farina|mehl|meel) (?:and|y|e|et|und|en) (?:sand|arena|areia|sable|sabbia|zand)",
)
LEGAL = _rx(
    r"legal|allowed|permitted|possession limit|limit of|up to \d+ ?g|autoriz|permitid|límite|limite|autoris|toegestaan|"
    r"consentit|erlaubt|besitz von|grenzwert|soglia|threshold|milligram|miligram|milligramm|uso personal|personal use|"
    r"eigenbedarf|uso personale|consumo personal|consommation personnelle|\bdarf\b|dürfen|may (?:carry|possess|keep|grow)|allowed to|"
    r"puede (?:llevar|poseer)|peut (?:détenir|posséder)|mogen|può (?:detenere|portare)|pode (?:portar|possuir)|"
    r"(?:bis zu|hasta|jusqu'à|fino a|até|tot) \d+ ?(?:gramm|gramos|grammes|grammi|gramas|gram)",
)
DIFFERENCE_AFTER = re.compile(
    r"^\s*(?:(?:of|de|di|van|an)\s+[\wÀ-ÿ-]+\s+)?(?:more|less|fewer|up from|down from|meer|minder|menos|más que|mais|a mais|"
    r"a menos|de plus|de moins|in più|in meno|weniger|mehr als im|mehr als in|more than in|than in|than the)\b",
    re.I,
)
WEAK_AGGREGATE = _rx(
    r"\b(?:in|en|em|im|nel|dans|durante|during|for|over|throughout|voor|für|per|del|du|de|da)\s+(?:the\s+|het\s+|el\s+|o\s+|l'|il\s+|das\s+)?(?:year\s+|jaar\s+|año\s+|ano\s+|année\s+|anno\s+|jahr\s+)?(?:19|20)\d\d\b(?!\s*[-/])",
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
    r"another|second|further|later|again|nog eens|opnieuw|later|otra|otro|outra|outro|segunda|autre|deuxième|second|altr[oaie]|"
    r"seconda|weitere|erneut|zweite|später|después|depois|plus tard|dopo|semana después|semana depois|week later",
)
AGGREGATE = _rx(
    r"so far|to date|a year\b|per year|each year|every year|annual|yearly|year-on-year|in total|a total of|totall?ed|altogether|during the year|over the year|in the year|over the course of|whole of|all of (?:19|20)\d\d|throughout",
    r"(?:first|last|past) (?:\w+ )?(?:months|weeks)|(?:eerste|primeros|primeiros|premiers|primi|ersten) (?:\w+ )?(?:maanden|meses|mois|mesi|monaten)|(?:over|in) (?:heel|het hele|gans) (?:jaar|(?:19|20)\d\d)|en todo (?:el año|(?:19|20)\d\d)|sur l'ensemble de|nel corso dell'anno|im laufe des jahres|in de loop van|ao longo do ano|durante el año|au cours de l'année|no mesmo período|in dezelfde periode|en el mismo periodo|sur la même période|nello stesso periodo|im gleichen zeitraum|same period",
    r"(?:since|depuis|desde|seit|dal|sinds)\s+(?:le\s+|el\s+|dem\s+|o\s+|il\s+)?(?:1(?:er|º|°|\.|st)?\s+)?(?:de\s+)?(?:january|janvier|enero|januar|gennaio|januari|janeiro)",
    r"since (?:january|the start|the beginning)|first half|second half|first quarter|second quarter|third quarter|fourth quarter|quarter|fiscal|financial year|semester|nine months|six months|twelve months|past year|previous year",
    r"en lo que va|desde (?:enero|principios|comienzos)|en total|primer semestre|segundo semestre|trimestre|anual|incautaciones|aprehensiones|decomisos",
    r"desde janeiro|desde o início|no total|primeiro semestre|semestre|apreensões|anual",
    r"sinds januari|sinds begin|in totaal|eerste jaarhelft|jaarhelft|halfjaar|kwartaal|inbeslagnames|vangsten|jaarlijks|per jaar",
    r"depuis (?:janvier|le début)|au total|premier semestre|trimestre|annuel|par an\b",
    r"dall'inizio|in totale|primo semestre|semestre|trimestre|annuale|sequestri complessiv|complessivamente",
    r"seit jahresbeginn|seit anfang|insgesamt|halbjahr|quartal|jährlich|pro jahr|sicherstellungen",
    r"\b(?:two|three|four|five|several|multiple|separate|\d+|dos|tres|cuatro|varias|duas|três|várias|twee|drie|vier|meerdere|deux|trois|quatre|plusieurs|due|tre|quattro|diverse|zwei|drei|vier|mehrere)\s+(?:separate\s+|independent\s+|independientes\s+|distintas\s+|different\s+)?(?:operations|seizures|raids|operaciones|incautaciones|operações|apreensões|operaties|acties|opérations|saisies|operazioni|sequestri|operationen|einsätze|aktionen)\b",
    r"across (?:eu|european|the eu)|\beu ports|european ports|ports? across|at (?:uk|eu|us|dutch|belgian|spanish|french) ports|in (?:dutch|belgian|spanish|french|german|italian|portuguese) ports|puertos españoles|portos brasileiros|portos portugueses|ports français|porti italiani|deutschen häfen|nederlandse havens",
)
BACKGROUND = _rx(
    r"(?:days?|weeks?|months?|días|dias|semanas?|meses|jours|semaines?|mois|giorni|settiman[ae]|mesi|tage[n]?|wochen?|monate[n]?|dagen|weken|maanden|week)\s+"
    r"(?:after|depois|después|après|dopo|nach|na\b|later|earlier|antes|avant|prima|zuvor|eerder|before|plus tôt|früher)",
    r"earlier|previous|previously|prior|before that|a year ago|weeks? ago|months? ago|last year|comes after|follows|following|in the past|record|largest|biggest|already",
    r"anterior|anteriormente|el año pasado|hace (?:dos|tres|unas|\d+)|ya |a principios de|a comienzos de|récord|mayor",
    r"no ano passado|há (?:duas|três|\d+)|já |recorde|maior",
    r"eerder|vorig jaar|vorige maand|in april|al eerder|recordvangst|grootste",
    r"précédent|auparavant|précédemment|l'an dernier|l'année dernière|déjà|record|plus grosse",
    r"precedente|in precedenza|già|l'anno scorso|record|più grande",
    r"zuvor|vorher|bereits|früher|im vergangenen jahr|im vorjahr|rekord|größte",
)
NOT_AT_PORT = _rx(
    r"at sea|on the high seas|high seas|off the coast|offshore|nautical miles|miles off|in international waters|semi-submersible|narco-sub|speedboat|go-fast|sailing boat|sailboat|yacht|fishing (?:boat|vessel)|airport|warehouse|premises|depot|storage unit|inland|motorway|highway|road|border crossing|land border|lorry on the|truck on the|farm|hangar|garage|apartment|flat in|house in",
    r"alta mar|en el mar|en aguas|millas|frente a la costa|mar abierto|semisumergible|narcolancha|velero|pesquero|aeropuerto|almacén|nave industrial|polígono|carretera|autopista|frontera terrestre|finca|vivienda",
    r"em alto mar|alto-mar|ao largo|milhas|em águas|semissubmersível|veleiro|pesqueiro|aeroporto|armazém|estrada|rodovia|autoestrada|fronteira terrestre",
    r"op zee|op volle zee|voor de kust|zeemijl|luchthaven|vliegveld|schiphol|loods|bedrijfspand|bedrijfshal|opslagruimte|loods|snelweg|autosnelweg|woning|boerderij|binnenland",
    r"en mer|en haute mer|au large|milles|eaux internationales|semi-submersible|voilier|aéroport|entrepôt|hangar|autoroute|route|frontière terrestre|domicile",
    r"in mare|al largo|acque internazionali|miglia|aeroporto|magazzino|capannone|deposito|autostrada|strada|confine terrestre|abitazione",
    r"auf see|auf hoher see|vor der küste|seemeilen|flughafen|lagerhalle|halle|autobahn|straße|landgrenze|wohnung|grenzübergang|lager ",
)
AT_SEA = _rx(
    r"at sea|high seas|off the coast|nautical miles|miles off|international waters|semi-submersible|narco-sub|sailing boat|sailboat|yacht|fishing (?:boat|vessel)",
    r"alta mar|en el mar|millas|frente a la costa|semisumergible|velero|pesquero",
    r"alto mar|alto-mar|ao largo|milhas|semissubmersível|veleiro|pesqueiro",
    r"op zee|voor de kust|zeemijl|op volle zee",
    r"en mer|au large|milles|eaux internationales|voilier",
    r"in mare|al largo|acque internazionali|miglia",
    r"auf see|hoher see|vor der küste|seemeilen",
)
TAKEOVER = _rx(
    r"taken over|took over|take over|referred to|passed to|transferred to|handed (?:over )?to|charged with|has been handed|investigation (?:is|was) (?:led|being led|now)|leads the investigation|leading the investigation|is investigating|are investigating|prosecutor|court|judge",
    r"se ha hecho cargo|se hizo cargo|asumi|investigación (?:la lleva|está en manos)|fiscal|juzgado|juez|tribunal",
    r"assumiu|ficou a cargo|investigação|encaminhad|entregue à|entregue ao|instaurou|investiga\b|ministério público|tribunal|juiz",
    r"heeft het onderzoek|overgedragen aan|neemt het onderzoek|onderzoek overgenomen|onderzoek is in handen|leidt het onderzoek|openbaar ministerie|parket|rechter|rechtbank",
    r"enquête a été confiée|confiée|reprises? par|repris par|saisie? de l'enquête|chargé de l'enquête|poursuit l'enquête|parquet|procureur|juge|tribunal",
    r"indagini|procura|passat[oae] (?:alla|al|ai)|coordina|magistrat|tribunale|giudice",
    r"ermittlungen übernommen|übernahm|übernimmt|übergeben|ermittelt|staatsanwaltschaft|gericht|richter",
)
PORT_WORD = _rx(
    r"\bport\b|\bharbou?r|terminal|quay|dock|puerto|porto|\bhaven\b|havengebied|\bport\b|porto|hafen|scalo|muelle|cais|kade",
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
    r"compar|against|versus|\bvs\b|down from|up from|ging het (?:nog )?om|gaat het om|frente a|respecto|contre|par rapport|face à|rispetto|gegenüber|im vergleich|tegenover|haviam sido|había sido|were seized|ont été saisi|sono stat|wurden|werden|otros|otras|outros|outras|autres|altri|altre|weitere|andere|another|other|further|more|also|también|também|aussi|anche|auch|ook",
)
CARGO = _rx(
    r"\bteu\b|cargo|freight|throughput|tonnage|handled|goods|containers a year|mercanc|\bcarga\b|marchandises|\bmerci\b|güter|goederen|overslag|movimenta|umgeschlagen|umschlag|trafic|traffico|tráfego|tráfico de mercancías",
)
PILL_DRUGS = {"mdma", "captagon", "fentanyl", "tramadol", "methamphetamine", "amphetamine", "ketamine", "other"}
ORIGIN_NEAR = _rx(
    r"(?:from|desde|procedente|proveniente|provenance|uit|aus|da|depuis|loaded|embarcad|cargad|carregad|chargé|caricat|verladen|shipped|sailed|bound for|destino|destination|naar|nach|vers|para)\b[^.;]{0,40}$",
)
ARRESTED = _rx(
    r"arrest|detain|detained|charged|custody|detenid|detuv|arrestad|detid|pres[oa]s\b|interpell|arrêt|arrestat|fermat|festgenommen|verhaftet|festnahme|aangehouden|gearresteerd|aanhouding",
)
STORY_BREAK = _rx(
    r"earlier|previous|previously|prior|a year ago|weeks? ago|months? ago|last year|in the past|anterior|anteriormente|"
    r"el año pasado|no ano passado|eerder|vorig jaar|précédent|auparavant|précédemment|l'an dernier|in precedenza|"
    r"l'anno scorso|zuvor|vorher|früher|im vergangenen jahr|im vorjahr",
)
