"""English canonical names of major ports and their names in the languages portwatch reads.

The World Port Index names ports locally (Antwerpen, Genova, Dunkerque Port Ouest) and gives few
exonyms, so the common English, Spanish, Portuguese, Dutch, French, Italian and German forms of the
busiest ports are listed here. Keys are UN/LOCODEs. General geographic knowledge, not corpus text.
"""

EXONYMS = {
    "BEANR": ("Antwerp", ["Antwerpse haven", "Antwerpener Hafen", "Antwerpse", "Antwerpen", "Anvers", "Amberes", "Antuérpia", "Anversa", "Antwerp-Bruges", "Antwerpen-Brugge",
                          "Anvers-Bruges", "Port of Antwerp-Bruges", "Amberes-Brujas", "Antuérpia-Bruges", "Anversa-Bruges"]),
    "BEZEE": ("Zeebrugge", ["Zeebrugse haven", "Zeebruges", "Zeebrugge"]),
    "BEGNE": ("Ghent", ["Gent", "Gand", "Gante"]),
    "NLRTM": ("Rotterdam", ["Rotterdamse haven", "Rotterdamer Hafen", "Rotterdamse", "Roterdã", "Róterdam", "Rotterdão", "Maasvlakte"]),
    "NLVLI": ("Vlissingen", ["Vlissingse haven", "Vlissingse", "Flushing", "Flessingue", "Vlissingen-Oost"]),
    "NLAMS": ("Amsterdam", ["Amsterdamse haven", "Amsterdão", "Ámsterdam"]),
    "NLMOE": ("Moerdijk", []),
    "DEHAM": ("Hamburg", ["Hamburger Hafen", "Hamburgse haven", "Hamburger", "Hambourg", "Hamburgo", "Amburgo"]),
    "DEBRV": ("Bremerhaven", ["Bremerhavener Hafen", "Bremerhavener", ]),
    "DEBRE": ("Bremen", ["Brême"]),
    "DEWVN": ("Wilhelmshaven", []),
    "FRLEH": ("Le Havre", ["Havre", "El Havre", "Le Havre-Port 2000"]),
    "FRDKK": ("Dunkirk", ["Dunkerque", "Duinkerke", "Dünkirchen", "Dunquerque", "Dunquerque", "Dunkerke"]),
    "FRMRS": ("Marseille", ["Marseilles", "Marsella", "Marselha", "Marsiglia", "Marseille-Fos", "Fos-sur-Mer", "Marseille Fos"]),
    "ESALG": ("Algeciras", ["Bahía de Algeciras", "Algésiras"]),
    "FRBES": ("Brest", []),
    # Côte d'Ivoire's second port, with its French spellings ('la ville portuaire de San-Pédro'); a story that names the
    # country takes it before Los Angeles' San Pedro
    "CISPY": ("San Pedro", ["San-Pédro", "San Pédro", "San-Pedro"]),
    "ESVLC": ("Valencia", ["València", "Valência", "Valenza"]),
    "ESBCN": ("Barcelona", ["Barcelone", "Barcellona"]),
    "ESBIO": ("Bilbao", []),
    "ESVGO": ("Vigo", []),
    "ESLPA": ("Las Palmas", ["Las Palmas de Gran Canaria"]),
    "ESSCT": ("Santa Cruz de Tenerife", []),
    "ESMRS": ("Marin", ["Marín"]),
    "PTSIE": ("Sines", []),
    "PTLEI": ("Leixoes", ["Leixões", "Porto de Leixões", "Matosinhos"]),
    "PTLIS": ("Lisbon", ["Lisboa", "Lisbonne", "Lissabon", "Lisbona"]),
    "PTSET": ("Setubal", ["Setúbal"]),
    "PTPDL": ("Ponta Delgada", []),
    "PTFNC": ("Funchal", []),
    "ITGOA": ("Genoa", ["Genova", "Gênes", "Génova", "Genua", "Gênova"]),
    "ITGIT": ("Gioia Tauro", []),
    "ITLIV": ("Livorno", ["Leghorn", "Liorna"]),
    "ITTRS": ("Trieste", ["Triest"]),
    "ITVCE": ("Venice", ["Venezia", "Venise", "Venecia", "Veneza", "Venedig"]),
    "ITNAP": ("Naples", ["Napoli", "Nápoles", "Neapel"]),
    "ITSPE": ("La Spezia", ["Spezia"]),
    "ITCVV": ("Civitavecchia", []),
    "ITSAL": ("Salerno", []),
    "ITVDL": ("Vado Ligure", []),
    "ITAOI": ("Ancona", []),
    "ITBRI": ("Bari", []),
    "ITPMO": ("Palermo", []),
    "GRPIR": ("Piraeus", ["Pireo", "Pirée", "Pireu", "Piräus", "Pireas"]),
    "GRTHE": ("Thessaloniki", ["Salonica", "Salonique", "Tessalonica"]),
    "SIKOP": ("Koper", ["Capodistria"]),
    "HRRJK": ("Rijeka", ["Fiume"]),
    "ROCND": ("Constanta", ["Constanța", "Constanţa", "Costanza", "Constanza"]),
    "BGVAR": ("Varna", []),
    "PLGDN": ("Gdansk", ["Gdańsk", "Danzig"]),
    "PLGDY": ("Gdynia", []),
    "GBFXT": ("Felixstowe", []),
    "GBSOU": ("Southampton", []),
    "GBLGP": ("London Gateway", []),
    "GBTIL": ("Tilbury", []),
    "GBLIV": ("Liverpool", []),
    "GBPME": ("Portsmouth", []),
    "GBDVR": ("Dover", ["Douvres"]),
    "IEDUB": ("Dublin", []),
    "IECOB": ("Cork", []),
    "IEROE": ("Rosslare", ["Rosslare Europort", "Rosslare Harbour"]),  # 'Europort' is the port's own name
    "TTPOS": ("Port of Spain", ["Port-of-Spain", "Port of Spain"]),  # the index's 'Port of Spain' lost its 'Port of'
    "ITRAN": ("Ravenna", []),  # also an alias of Porto Corsini, a village of Ravenna's port
    "MTMAR": ("Marsaxlokk", ["Malta Freeport", "Freeport of Malta"]),
    "TRMER": ("Mersin", []),
    "TRAMB": ("Ambarli", ["Ambarlı"]),
    "TRIST": ("Istanbul", ["Estambul", "Istambul", "Istanbul"]),
    "MAPTM": ("Tanger Med", ["Tanger-Med", "Tanger Med", "Tangier Med", "Tánger Med", "Tânger Med"]),
    "MATNG": ("Tangier", ["Tanger", "Tánger", "Tânger"]),
    "MACAS": ("Casablanca", []),
    "EGPSD": ("Port Said", []),
    "LBBEY": ("Beirut", ["Beyrouth", "Beirute", "Beirut"]),
    "SYLTK": ("Latakia", ["Lattaquié", "Latakia"]),
    "SAJED": ("Jeddah", ["Jidda", "Djeddah", "Yeda", "Jidá", "Gedda", "Dschidda", "Jeddah Islamic Port"]),
    "AEJEA": ("Jebel Ali", []),
    "PKKHI": ("Karachi", []),
    # Pakistan's second port, 35 km east of Karachi, has its own UN/LOCODE
    "PKBQM": ("Port Qasim", ["Bin Qasim", "Muhammad Bin Qasim"]),
    "INMUN": ("Mundra", []),
    "INNSA": ("Nhava Sheva", ["Jawaharlal Nehru Port"]),
    "MYPKG": ("Port Klang", ["Klang", "Port Kelang"]),
    "SGSIN": ("Singapore", ["Singapur", "Singapour", "Singapura", "Singapore"]),
    "HKHKG": ("Hong Kong", []),
    "CNSHA": ("Shanghai", ["Xangai", "Shanghái"]),
    "AUSYD": ("Sydney", []),
    "AUBTB": ("Port Botany", ["Botany Bay", "Port Botany"]),
    "AUMEL": ("Melbourne", []),
    "NZAKL": ("Auckland", []),
    "NZTRG": ("Tauranga", ["Port of Tauranga"]),
    "ZADUR": ("Durban", []),
    "ZACPT": ("Cape Town", ["Ciudad del Cabo", "Le Cap", "Kaapstad"]),
    "NGAPP": ("Apapa", ["Lagos Apapa"]),
    "NGTIN": ("Tin Can Island", []),
    "CIABJ": ("Abidjan", []),
    "SNDKR": ("Dakar", []),
    "BRSSZ": ("Santos", ["Porto de Santos"]),
    "BRPNG": ("Paranagua", ["Paranaguá"]),
    "BRITJ": ("Itajai", ["Itajaí"]),
    "BRRIG": ("Rio Grande", []),
    "BRSSA": ("Salvador", []),
    "BRPEC": ("Pecem", ["Pecém"]),
    "BRRIO": ("Rio de Janeiro", []),
    "BRNVT": ("Navegantes", []),
    "ECGYE": ("Guayaquil", []),
    "ECPBO": ("Puerto Bolivar", ["Puerto Bolívar"]),
    "PECLL": ("Callao", ["El Callao"]),
    "PEPAI": ("Paita", []),
    "COCTG": ("Cartagena", ["Cartagena de Indias"]),
    "COBUN": ("Buenaventura", []),
    "COSMR": ("Santa Marta", []),
    "COBAQ": ("Barranquilla", []),
    "COTRB": ("Turbo", []),
    "PAMIT": ("Manzanillo International Terminal", []),
    "PABLB": ("Balboa", []),
    "PAONX": ("Colon", ["Colón"]),
    "CRMOB": ("Moin", ["Moín"]),
    "CRLIO": ("Limon", ["Puerto Limón", "Limón"]),
    "DOCAU": ("Caucedo", []),
    "JMKIN": ("Kingston", []),
    "MXZLO": ("Manzanillo", []),
    "MXLZC": ("Lazaro Cardenas", ["Lázaro Cárdenas"]),
    "MXVER": ("Veracruz", []),
    "CLSAI": ("San Antonio", []),
    "CLVAP": ("Valparaiso", ["Valparaíso"]),
    "ARBUE": ("Buenos Aires", []),
    "ARROS": ("Rosario", []),
    "UYMVD": ("Montevideo", []),
    "VEPCB": ("Puerto Cabello", []),
    "USLGB": ("Long Beach", []),
    "USLAX": ("Los Angeles", ["Los Ángeles"]),
    "USNYC": ("New York", ["Port Newark", "Newark"]),
    "USSAV": ("Savannah", []),
    "USPHL": ("Philadelphia", ["Filadelfia", "Filadélfia", "Philadelphie"]),
    "USPEF": ("Port Everglades", []),
    "USMIA": ("Miami", []),
    "USHOU": ("Houston", []),
    "USBAL": ("Baltimore", []),
    "USSJU": ("San Juan", []),
    "USWIL": ("Wilmington", []),
    "USORF": ("Norfolk", []),
    "USCHS": ("Charleston", []),
    "USSEA": ("Seattle", []),
    "USSAN": ("San Diego", []),
    "CAVAN": ("Vancouver", []),
    "CAMTR": ("Montreal", ["Montréal"]),
    "CAHAL": ("Halifax", []),
}


# Terminals, docks, basins and port-authority names, by the port they belong to: a seizure "at the
# Deurganckdok" or "in Ringaskiddy" is a seizure at Antwerp or Cork. Local names of the terminal areas of
# the ports that seizure news names most (general knowledge of the ports' layout, not corpus text).
TERMINALS = {
    "BEANR": ["Waaslandhaven", "Deurganckdok", "Deurganck", "Deurganckdock", "Europa Terminal", "Noordzee Terminal", "MPET",
              "Delwaidedok", "Amerikadok", "Kanaaldok", "Churchilldok", "Antwerp Gateway", "Port of Antwerp-Bruges",
              "Antwerpse containerterminal", "Antwerp Euroterminal"],
    "BEZEE": ["CSP Zeebrugge", "Zeebrugge Container Terminal", "Wielingendok", "Albert II-dok"],
    "NLRTM": ["Maasvlakte II", "Maasvlakte 2", "Europoort", "Botlek", "Waalhaven", "Eemhaven", "ECT Delta", "Rotterdam World Gateway",
              "APM Terminals Maasvlakte", "Amazonehaven", "Prinses Amaliahaven", "Beneluxhaven"],
    "NLVLI": ["Sloehaven", "Vlissingen-Oost", "Kloosterboer Vlissingen"],
    "DEHAM": ["Waltershof", "Burchardkai", "Altenwerder", "Tollerort", "Container Terminal Burchardkai", "Containerterminal Altenwerder",
              "Eurogate Hamburg"],
    "DEBRV": ["Stromkaje", "Containerterminal Bremerhaven", "Eurogate Bremerhaven"],
    "FRLEH": ["Port 2000", "Terminal de France", "Terminal de Normandie", "Terminal Porte Océane", "HAROPA", "Haropa"],
    "FRMRS": ["Fos", "Mourepiane", "Grand Port Maritime de Marseille"],
    "FRDKK": ["Grand Port Maritime de Dunkerque"],
    "FRNTE": ["Nantes-Saint Nazaire", "Nantes-Saint-Nazaire", "Nantes Saint-Nazaire", "Montoir-de-Bretagne", "Grand Port Maritime de Nantes"],
    "ESALG": ["Isla Verde Exterior", "Muelle Juan Carlos I", "TTI Algeciras", "APM Terminals Algeciras"],
    "ESVLC": ["Muelle Príncipe Felipe", "MSC Terminal Valencia", "CSP Iberian Valencia"],
    "ESBCN": ["Muelle Prat", "BEST terminal"],
    "PTLIS": ["Terminal de Alcântara", "Terminal de Santa Apolónia"],
    "PTSIE": ["Terminal XXI", "Terminal de Contentores de Sines"],
    "PTLEI": ["Terminal de Contentores de Leixões"],
    "ITGOA": ["Voltri", "Sampierdarena", "Terminal Messina"],
    "ITGIT": ["MCT Gioia Tauro", "Medcenter Container Terminal"],
    "ITLIV": ["Darsena Toscana"],
    "ITSPE": ["LSCT", "La Spezia Container Terminal", "Molo Fornelli"],
    "ITTRS": ["Molo VII", "Molo Settimo"],
    "GRPIR": ["Piraeus Container Terminal"],
    "IECOB": ["Ringaskiddy", "Tivoli Docks", "Port of Cork"],
    "IEDUB": ["Dublin Port"],
    "GBFXT": ["Trinity Terminal", "Port of Felixstowe"],
    "GHTEM": ["Tema Yam Park", "Tema Port", "Meridian Port Services", "MPS Terminal"],
    "PHMNL": ["MICP", "Manila International Container Port", "Manila International Container Terminal", "MICT", "Port of Manila"],
    "BRSSZ": ["Tecon Santos", "Brasil Terminal Portuário", "DP World Santos", "Terminal de Contêineres de Santos", "Saboó"],
    "BRPNG": ["TCP Paranaguá", "Terminal de Contêineres de Paranaguá"],
    "ECGYE": ["Contecon", "Contecon Guayaquil", "Puerto Marítimo de Guayaquil", "Naportec"],
    "PECLL": ["DP World Callao", "APM Terminals Callao"],
    "COCTG": ["Contecar", "Sociedad Portuaria de Cartagena", "SPRC", "Terminal de Contenedores de Cartagena"],
    "COBUN": ["TCBUEN", "Sociedad Portuaria de Buenaventura", "SPRBUN"],
    "CRMOB": ["APM Terminals Moín", "Terminal de Contenedores de Moín", "APM Terminals Moin"],
    "DOCAU": ["DP World Caucedo", "Multimodal Caucedo"],
    "PAONX": ["Colon Container Terminal", "Cristóbal", "Cristobal"],
    "PABLB": ["Panama Ports Balboa"],
    "MAPTM": ["Tanger Med 2", "Tanger-Med 2"],
    "TRMER": ["Mersin International Port"],
    "USPHL": ["Packer Avenue Marine Terminal", "Tioga Marine Terminal"],
    "USNYC": ["Port Newark", "Elizabeth-Port Authority Marine Terminal"],
    "NZTRG": ["Sulphur Point"],
    "NZAKL": ["Ports of Auckland", "Fergusson Container Terminal"],
    "AUMEL": ["Swanson Dock", "Webb Dock"],
}

# terminals, docks and local names of more of the ports drugs are seized at (operators' terminal names, dock names)
MORE_TERMINALS = {
    "BRNVT": ["Portonave", "Terminal Portuário de Navegantes"],
    "BRRIG": ["Tecon Rio Grande"],
    "BRSSA": ["Tecon Salvador"],
    "BRSUA": ["Tecon Suape"],
    "BRSEP": ["Porto de Itaguaí", "Itaguaí", "Itaguai"],
    "BRIOA": ["Itapoá", "Porto Itapoá"],
    "ECGYE": ["Puerto Marítimo Simón Bolívar", "Puerto Simón Bolívar", "Terminal Portuario de Guayaquil"],
    "ECPSJ": ["DP World Posorja", "Puerto de Aguas Profundas de Posorja"],
    "COBUN": ["Terminal de Contenedores de Buenaventura"],
    "CLSAI": ["San Antonio Terminal Internacional"],
    "UYMVD": ["Terminal Cuenca del Plata"],
    "PAMIT": ["MIT Panamá", "MIT Panama"],
    "JMKIN": ["Kingston Freeport Terminal", "Kingston Container Terminal"],
    "USSAV": ["Garden City Terminal"],
    "USMIA": ["PortMiami", "Port Miami"],
    "ESALG": ["Muelle de Isla Verde"],
    "ESBCN": ["Terminal de Contenidors de Barcelona"],
    "ESLPA": ["Puerto de la Luz", "Puerto de La Luz"],
    "NLRTM": ["Euromax", "Euromax Terminal", "ECT Euromax", "Uniport", "Rotterdam Shortsea Terminals", "Hutchison Ports ECT", "Maasvlakte I"],
    "BEANR": ["Vrasenedok", "Verrebroekdok", "Doeldok", "Hansadok", "Albertdok", "Leopolddok", "Lefebvredok", "Bevrijdingsdok",
              "Berendrechtsluis", "Zandvlietsluis", "Boudewijnsluis", "Kieldrechtsluis"],
    "DEHAM": ["Kattwyk", "Steinwerder", "O'Swaldkai", "Container Terminal Tollerort", "Container Terminal Altenwerder",
              "Eurogate Container Terminal Hamburg", "Waltershofer Hafen", "Parkhafen", "Predöhlkai"],
    "DEBRV": ["North Sea Terminal Bremerhaven", "Containerterminal Wilhelm Kaisen"],
    "DEWVN": ["JadeWeserPort", "Jade-Weser-Port", "Container Terminal Wilhelmshaven", "Eurogate Container Terminal Wilhelmshaven"],
    # Moín's older JAPDEVA pier and Limón's city pier, named alone in Costa Rican news
    "CRMOB": ["Muelle Gastón Kogan", "muelle Gastón Kogan"],
    "CRLIO": ["Muelle Hernán Garrón Salazar", "Muelle Hernán Garrón"],
    "GHTEM": ["Golden Jubilee Terminal"],
    "ITGOA": ["PSA Genova Pra", "Calata Sanità"],
    "SIKOP": ["Luka Koper"],
    "PLGDN": ["DCT Gdańsk", "DCT Gdansk", "Baltic Hub"],
    "ZADUR": ["Durban Container Terminal"],
    "GBSOU": ["Southampton Container Terminals"],
    "GBTIL": ["Port of Tilbury"],
    "TRAMR": ["Marport", "Kumport"],
    "CIABJ": ["Vridi", "Abidjan Terminal"],
    "SNDKR": ["DP World Dakar"],
}
for _code, _names in MORE_TERMINALS.items():
    TERMINALS[_code] = TERMINALS.get(_code, []) + _names

# more local names of port areas the press names alone (general knowledge of the ports' layout): the villages
# whose land the Antwerp docks took (Kallo, Zandvliet, Berendrecht), the container terminals of Genoa-Prà,
# Santos' left bank in Guarujá, and the French Caribbean terminal of Jarry (Pointe-à-Pitre's container port)
LOCAL_NAMES = {
    "BEANR": ["Kallo", "Zandvliet", "Berendrecht", "Noordzeeterminal", "Europaterminal"],
    "NLRTM": ["Yangtzehaven", "Hartelhaven", "Merwehaven", "Maasvlakte-Oost"],
    "DEHAM": ["Burchardkai-Terminal"],
    "ITGOA": ["Pra'", "Genova Prà", "Genova Pra'", "Genova-Prà", "PSA Prà", "Pra' Voltri", "Prà-Voltri", "Terminal di Prà", "porto di Prà",
              "bacino di Prà"],
    "ITLIV": ["Terminal Darsena Toscana"],
    "ITVDL": ["Vado Gateway"],
    "GBLGP": ["DP World London Gateway"],
    "FRLEH": ["Terminal des Flandres", "Terminal de l'Europe", "Terminal de l'Atlantique", "Terminal Nord"],
    "ESALG": ["Terminal de Isla Verde", "Dársena de Isla Verde", "Muelle Isla Verde"],
    "ESVLC": ["APM Terminals Valencia", "Terminal de Noatum"],
    "BRSSZ": ["Guarujá", "Santos Brasil", "Embraport", "Ecoporto", "Ecoporto Santos", "Terminal de Guarujá"],
    "BRITJ": ["APM Terminals Itajaí", "Teporti"],
    "COCTG": ["Terminal de Manga", "Sociedad Portuaria Regional de Cartagena"],
    "PTLIS": ["Terminal de Contentores de Alcântara"],
    "GPPTP": ["Jarry", "Port de Jarry", "Terminal de Jarry", "Pointe-à-Pitre", "Pointe à Pitre"],
    "MQFDF": ["Fort-de-France"],
    "ESCAS": ["Castellón", "Castelló", "PortCastelló", "Castellón de la Plana", "Castelló de la Plana"],
    "GFDDC": ["Dégrad-des-Cannes", "Dégrad des Cannes"],
}
for _code, _names in LOCAL_NAMES.items():
    TERMINALS[_code] = TERMINALS.get(_code, []) + _names

# German writes a port by its city's adjective before the port word: 'im Rostocker Fährhafen', 'im Kieler Hafen', 'Emder
# Hafen', 'des Lübecker Hafens'. The adjective is the city + 'er' (a final '-en' dropped: Emden -> Emder, Bremen -> Bremer;
# a final '-e' takes 'r': Travemünde -> Travemünder); named only together with the port word ('Kieler Woche' is no port).
GERMAN_PORT_CITIES = {
    "DERSK": "Rostock", "DEKEL": "Kiel", "DELBC": "Lübeck", "DETRV": "Travemünde", "DEEME": "Emden", "DEWIS": "Wismar",
    "DECUX": "Cuxhaven", "DEBRB": "Brunsbüttel", "DESTL": "Stralsund", "DESAS": "Sassnitz", "DEBRE": "Bremen",
    "DEWVN": "Wilhelmshaven", "DEBKE": "Brake", "DENHA": "Nordenham", "DEFLF": "Flensburg", "DEWOL": "Wolgast",
    "DEDUI": "Duisburg", "DEBRV": "Bremerhaven", "NLAMS": "Amsterdam", "BEZEE": "Zeebrügge",
}
GERMAN_PORT_WORDS = ["Hafen", "Hafens", "Fährhafen", "Fährhafens", "Seehafen", "Seehafens", "Überseehafen", "Überseehafens",
                     "Containerhafen", "Containerhafens", "Containerterminal", "Fährterminal", "Hafengebiet", "Hafengelände"]


def german_adjective(city: str) -> str:
    """'Rostock' -> 'Rostocker', 'Emden' -> 'Emder', 'Travemünde' -> 'Travemünder', 'Cuxhaven' -> 'Cuxhavener'."""
    if city.endswith("en") and not city.endswith("haven"):
        return city[:-2] + "er"
    return city + ("r" if city.endswith("e") else "er")


for _code, _city in GERMAN_PORT_CITIES.items():
    TERMINALS[_code] = TERMINALS.get(_code, []) + [f"{german_adjective(_city)} {_word}" for _word in GERMAN_PORT_WORDS]

# the head noun of a terminal or quay is written in lower case inside a sentence ('en el muelle Príncipe Felipe',
# 'al molo Fornelli', 'nella darsena Toscana', 'au terminal de France'): both spellings name it
_HEADS = ("Muelle ", "Dársena ", "Terminal ", "Molo ", "Darsena ", "Calata ", "Container Terminal ", "Containerterminal ", "Kai ")
for _code, _names in TERMINALS.items():
    TERMINALS[_code] = _names + [h.lower() + n[len(h):] for n in _names for h in _HEADS if n.startswith(h) and len(n) > len(h) + 3]

# French place names are hyphenated ('Fort-de-France', 'Saint-Nazaire', 'Port-au-Prince', 'Boulogne-sur-Mer') where the
# World Port Index writes words apart ('Fort de France', 'St Nazaire', 'Port Au Prince', 'Boulogne-Sur-Mer')
FRENCH_SPEAKING = {"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "NC", "PF", "WF", "BL", "MF", "HT", "GA", "CI", "SN", "BJ", "TG", "CG",
                   "CD", "CM", "MG", "DJ", "KM", "MU", "SC", "BE", "MC", "DZ", "MA", "TN", "GN", "MR", "VU"}
_PARTICLES = {"de", "des", "du", "d'", "a", "à", "au", "aux", "la", "le", "les", "sur", "en", "sous"}
_HYPHEN_LEADS = {"saint", "sainte", "st", "ste", "port", "pointe", "fort", "cap", "grand", "petit", "anse", "baie", "basse"}


def french_spellings(name: str, country: str | None) -> set[str]:
    """The hyphenated French spelling of a port's name: 'Fort de France' -> 'Fort-de-France', 'St Nazaire' ->
    'Saint-Nazaire', 'Pointe A Pitre' -> 'Pointe-à-Pitre', 'Boulogne-Sur-Mer' -> 'Boulogne-sur-Mer'. A leading article
    stays apart ('Les Sables d'Olonne' -> 'Les Sables-d'Olonne'); two plain words are left alone ('Le Havre')."""
    if country not in FRENCH_SPEAKING or {w.lower() for w in name.split()} & {"of", "maritime", "terminal", "fpso"}:
        return set()
    words = name.replace("-", " ").split()
    lead = []
    if len(words) > 2 and words[0].lower() in {"le", "la", "les"}:
        lead, words = [words[0]], words[1:]
    if len(words) < 2:
        return set()
    has_particle = any(w.lower() in _PARTICLES for w in words[1:-1])
    if not has_particle and words[0].lower() not in _HYPHEN_LEADS:
        return set()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i == 0 and lw in {"st", "ste"}:
            w = {"st": "Saint", "ste": "Sainte"}[lw]
        elif 0 < i < len(words) - 1 and lw in _PARTICLES:
            w = "à" if lw == "a" else lw
        out.append(w)
    spelled = " ".join(lead + ["-".join(out)])
    return {spelled} - {name} - _CLAIMED


# a spelling a curated list gives to a port ('Montoir-de-Bretagne' -> Nantes) is not generated for another one
_CLAIMED = {n for _names in TERMINALS.values() for n in _names} | {n for _, extra in EXONYMS.values() for n in extra}
