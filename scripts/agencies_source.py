"""Hand-curated agency table: canonical English name, country, role and local names/acronyms.

`python scripts/build_gazetteers.py` writes it to nlp/data/agencies.jsonl (sorted, validated).
Roles: customs, police, navy, coastguard, military, tax, eu, prosecutor-like units are left out
because the contract never credits prosecutors.
"""

AGENCIES = [
    # name, country, role, aliases
    ("Belgian Customs", "BE", "customs", ["Belgian customs", "Belgian Customs and Excise", "douane belge", "douanes belges",
        "Belgische douane", "Algemene Administratie van Douane en Accijnzen", "AAD&A", "Administration générale des Douanes et Accises",
        "aduana belga", "alfândega belga", "Douane Antwerpen", "Douane Zeebrugge", "Douane Gent", "dogana belga", "belgische Zoll", "belgischen Zoll", "belgische Zollbehörde"]),
    ("Belgian Federal Police", "BE", "police", ["Belgian Federal Police", "Belgian federal police", "federale politie", "federale gerechtelijke politie",
        "police fédérale", "police judiciaire fédérale", "Federal Judicial Police", "belgische Bundespolizei", "gerechtelijke politie", "FGP"]),
    ("Dutch Customs", "NL", "customs", ["Dutch customs", "Dutch Customs Administration", "Douane Nederland", "Nederlandse douane",
        "douane néerlandaise", "aduana neerlandesa", "aduanas holandesas",
        # regional offices, named after their port or airport: "de Douane Rotterdam" (a role word before a place name is otherwise no body)
        "Douane Rotterdam", "Douane Schiphol", "Douane Vlissingen", "Douane Amsterdam", "Douane Moerdijk", "Douane Eemshaven", "aduana holandesa", "dogana olandese", "niederländische Zoll", "niederländischen Zoll"]),
    ("Dutch Police", "NL", "police", ["Dutch police", "Nationale Politie", "politie Rotterdam", "police néerlandaise", "policía neerlandesa", "niederländische Polizei"]),
    ("FIOD", "NL", "tax", ["FIOD", "Fiscal Information and Investigation Service", "Fiscale Inlichtingen- en Opsporingsdienst",
        "Fiscal Intelligence and Investigation Service"]),
    ("Royal Netherlands Navy", "NL", "navy", ["Royal Netherlands Navy", "Dutch Navy", "Koninklijke Marine", "Dutch navy", "marine néerlandaise"]),
    ("Dutch Royal Marechaussee", "NL", "police", ["Koninklijke Marechaussee", "Royal Marechaussee", "marechaussee", "KMar",
        "Royal Netherlands Marechaussee", "Dutch Royal Military Police", "Dutch military police", "Dutch Military Police"]),
    ("French Customs", "FR", "customs", ["French customs", "French Customs", "douane française", "douanes françaises", "DGDDI", "DNRED",
        "Direction nationale du renseignement et des enquêtes douanières", "garde-côtes des douanes", "gardes-côtes des douanes", "aduana francesa", "aduanas francesas", "dogana francese",
        "französische Zoll", "französischen Zoll", "Franse douane"]),
    ("OFAST", "FR", "police", ["OFAST", "Office anti-stupéfiants", "anti-narcotics office OFAST", "office anti-stupéfiant",
        # its predecessor until 2020
        "OCRTIS", "Office central pour la répression du trafic illicite des stupéfiants"]),
    ("French National Gendarmerie", "FR", "police", ["Gendarmerie nationale", "gendarmerie", "gendarmes", "French gendarmerie"]),
    ("French Navy", "FR", "navy", ["French Navy", "Marine nationale", "marine française",
        # the overseas joint commands whose frigates and patrol boats make the Caribbean and Indian Ocean interdictions
        # ('ont indiqué les Forces armées aux Antilles (FAA)'): the press credits the navy's ships to them
        "Forces armées aux Antilles", "Forces Armées aux Antilles", "forces armées aux Antilles", "FAA",
        "Forces armées en Guyane", "Forces Armées en Guyane", "forces armées en Guyane", "FAG",
        "Forces armées de la zone sud de l'océan Indien", "FAZSOI"]),
    ("German Customs", "DE", "customs", ["German customs", "German Customs", "Zollfahndungsamt", "Zollfahndung", "Hauptzollamt", "deutsche Zoll", "deutschen Zoll",
        "Generalzolldirektion", "Zollkriminalamt", "ZKA", "Zollfahnder", "Zollfahnderinnen", "Zollbeamtinnen", "Zoll", "Zollbeamte", "Zollbeamten", "Zöllner", "douane allemande", "aduana alemana", "dogana tedesca", "Duitse douane"]),
    ("German Federal Police", "DE", "police", ["Bundespolizei", "German Federal Police", "German federal police", "police fédérale allemande"]),
    ("German Federal Criminal Police Office", "DE", "police", ["Bundeskriminalamt", "BKA", "German Federal Criminal Police Office", "Federal Criminal Police Office"]),
    ("Spanish Customs Surveillance Service", "ES", "customs", ["Servicio de Vigilancia Aduanera", "Vigilancia Aduanera", "SVA", "Spanish Customs Surveillance Service",
        "Spanish customs", "Agencia Tributaria", "Customs Surveillance Service", "Spanish Tax Agency", "aduana española", "aduanas españolas", "douane espagnole", "dogana spagnola", "spanische Zoll", "spanischen Zoll"]),
    ("Guardia Civil", "ES", "police", ["Guardia Civil", "Spanish Civil Guard", "Civil Guard", "guardia civil", "agentes de la Guardia Civil", "Garde civile", "garde civile",
        "Unidad Central Operativa", "UCO",
        "Equipo de Delincuencia Organizada y Antidroga", "EDOA"]),
    ("Spanish National Police", "ES", "police", ["Spanish National Police", "Spanish police", "policía española", "Cuerpo Nacional de Policía", "police espagnole", "polícia espanhola",
        "UDYCO", "Unidad de Drogas y Crimen Organizado", "Brigada Central de Estupefacientes"]),
    ("Spanish Navy", "ES", "navy", ["Armada española", "Spanish Navy", "Armada Española", "buque de la Armada"]),
    ("Portuguese Tax and Customs Authority", "PT", "customs", ["Autoridade Tributária e Aduaneira", "Autoridade Tributária", "Alfândega de Leixões",
        "Alfândega de Lisboa", "Alfândega de Sines", "alfândega portuguesa", "Portuguese customs", "Portuguese Tax and Customs Authority", "douane portugaise"]),
    ("Portuguese Judicial Police", "PT", "police", ["Polícia Judiciária", "Policia Judiciaria", "Portuguese Judicial Police", "PJ", "Unidade Nacional de Combate ao Tráfico de Estupefacientes", "UNCTE",
        "police judiciaire portugaise", "Policía Judicial portuguesa",
        "Policía Judiciaria", "portugiesische Kriminalpolizei", "portugiesischen Kriminalpolizei", "inspetores da Judiciária", "inspectores da Judiciária"]),
    ("Portuguese Navy", "PT", "navy", ["Marinha Portuguesa", "Portuguese Navy"]),
    ("Portuguese Air Force", "PT", "military", ["Força Aérea Portuguesa", "Força Aérea", "Portuguese Air Force"]),
    ("Brazilian Federal Revenue", "BR", "customs", ["Receita Federal", "Receita", "Receita Federal do Brasil", "Brazilian Federal Revenue", "Brazil's Federal Revenue", "Brazilian customs", "Federal Revenue Service", "Receita Federal brasileira",
        "brasilianische Steuerbehörde", "brasilianischen Steuerbehörde", "Brazilian tax authority", "Brazilian Tax Authority"]),
    ("Brazilian Federal Police", "BR", "police", ["Polícia Federal", "Policia Federal", "Brazilian Federal Police", "PF",
        "brasilianische Bundespolizei", "brasilianischen Bundespolizei", "policiais federais", "Braziliaanse federale politie", "polizia federale brasiliana"]),
    ("Italian Customs and Monopolies Agency", "IT", "customs", ["Agenzia delle Dogane e dei Monopoli", "Agenzia delle Dogane", "ADM", "funzionari doganali", "dogana", "Dogane",
        "funzionari ADM", "funzionari dell'ADM", "dell'ADM", "dall'ADM", "all'ADM", "l'ADM", "personale ADM",
        "Italian customs", "Italian Customs and Monopolies Agency", "douane italienne", "aduana italiana"]),
    ("Guardia di Finanza", "IT", "police", ["Guardia di Finanza", "GdF", "finanzieri", "Finance Police", "Italian Finance Police", "Italian financial police",
        "Nucleo di polizia economico-finanziaria", "GICO", "SCICO", "Fiamme Gialle",
        # its name translated: "the Italian financial police", "die italienische Finanzpolizei", "la police financière italienne"
        "Italian Financial Police", "Italy's financial police", "Italy's Finance Police", "italienische Finanzpolizei", "italienischen Finanzpolizei", "police financière italienne",
        "Guardia de Finanzas", "Italiaanse financiële politie", "Italiaanse fiscale politie", "polícia financeira italiana"]),
    ("Carabinieri", "IT", "police", ["Carabinieri", "carabinieri", "Arma dei Carabinieri", "Raggruppamento Operativo Speciale"]),
    ("Italian State Police", "IT", "police", ["Polizia di Stato", "Squadra Mobile", "Servizio Centrale Operativo", "Polizia di Frontiera", "Polizia di Frontiera Marittima",
        "Polizia Stradale", "Polstrada", "Polizia Ferroviaria", "Italian State Police", "Italian police"]),
    ("UK Border Force", "GB", "customs", ["Border Force", "UK Border Force", "Border Force officers", "Border Force cutter", "UK customs", "UK Customs",
        "britische Grenzschutz", "britischen Grenzschutz", "britische Grenzschutzbehörde", "britischen Grenzschutzbehörde",
        # its predecessor (the contract names defunct bodies by their successor)
        "UK Border Agency", "UKBA"]),
    ("National Crime Agency", "GB", "police", ["National Crime Agency", "NCA", "Serious Organised Crime Agency", "SOCA"]),
    ("HM Revenue and Customs", "GB", "customs", ["HM Revenue and Customs", "HMRC"]),
    ("U.S. Customs and Border Protection", "US", "customs", ["U.S. Customs and Border Protection", "US Customs and Border Protection", "Customs and Border Protection", "CBP", "US customs", "U.S. customs", "US Customs", "U.S. Customs",
        "CBP officers", "Office of Field Operations", "Air and Marine Operations", "U.S. Border Patrol", "US Border Patrol", "Border Patrol"]),
    ("U.S. Coast Guard", "US", "coastguard", ["U.S. Coast Guard", "US Coast Guard", "United States Coast Guard", "Coast Guard Cutter", "USCG",
        "US-Küstenwache", "amerikanische Küstenwache", "amerikanischen Küstenwache", "garde-côtes américains", "Guardia Costera de Estados Unidos",
        "Guardia Costera estadounidense", "guardia costiera statunitense", "guardia costiera americana", "Amerikaanse kustwacht"]),
    ("Drug Enforcement Administration", "US", "police", ["Drug Enforcement Administration", "DEA", "US-Drogenbehörde", "Dea americana", "Dea statunitense",
        "agence antidrogue américaine", "agence anti-drogue américaine", "Amerikaanse drugsbestrijdingsdienst"]),
    ("Homeland Security Investigations", "US", "police", ["Homeland Security Investigations", "HSI"]),
    ("New Zealand Customs Service", "NZ", "customs", ["New Zealand Customs Service", "New Zealand Customs", "NZ Customs"]),
    ("New Zealand Police", "NZ", "police", ["New Zealand Police", "NZ Police", "National Organised Crime Group"]),
    ("Australian Border Force", "AU", "customs", ["Australian Border Force", "ABF"]),
    ("Australian Federal Police", "AU", "police", ["Australian Federal Police", "AFP"]),
    ("Europol", "EU", "eu", ["Europol"]),
    ("MAOC-N", "EU", "eu", ["MAOC-N", "MAOC (N)", "Maritime Analysis and Operations Centre - Narcotics", "Maritime Analysis and Operations Centre", "Centro de Análisis y Operaciones Marítimas"]),
    ("Frontex", "EU", "eu", ["Frontex"]),
    ("Romanian Border Police", "RO", "police", ["Romanian Border Police", "Poliția de Frontieră"]),
    ("Romanian Customs Authority", "RO", "customs", ["Romanian Customs Authority", "Romanian customs", "Autoritatea Vamală Română"]),
    ("DIICOT", "RO", "police", ["DIICOT"]),
    ("Polish National Revenue Administration", "PL", "customs", ["National Revenue Administration", "Polish National Revenue Administration", "KAS", "Polish customs", "Krajowa Administracja Skarbowa"]),
    ("Polish Central Investigation Bureau", "PL", "police", ["Central Investigation Bureau", "CBŚP", "Polish Central Investigation Bureau"]),
    ("Greek Coast Guard", "GR", "coastguard", ["Greek Coast Guard", "Hellenic Coast Guard"]),
    ("Greek Customs", "GR", "customs", ["Greek customs", "Greek Customs", "Hellenic Customs"]),
    ("Turkish Customs Enforcement", "TR", "customs", ["Turkish Customs Enforcement", "Turkish customs"]),
    ("Turkish National Police", "TR", "police", ["Turkish National Police", "Turkish police", "Emniyet"]),
    ("Turkish Coast Guard", "TR", "coastguard", ["Turkish Coast Guard"]),
    ("Moroccan Customs", "MA", "customs", ["Moroccan customs", "Moroccan Customs", "douane marocaine", "Administration des douanes et impôts indirects", "ADII"]),
    ("Moroccan Police", "MA", "police", ["Moroccan police", "DGSN", "Direction générale de la sûreté nationale", "police marocaine"]),
    ("Mexican Navy", "MX", "navy", ["Mexican Navy", "Secretaría de Marina", "Semar", "SEMAR", "Marina mexicana", "marina messicana"]),
    ("Mexican National Customs Agency", "MX", "customs", ["National Customs Agency of Mexico", "Mexican National Customs Agency", "ANAM", "Agencia Nacional de Aduanas de México"]),
    ("Colombian Navy", "CO", "navy", ["Colombian Navy", "Armada de Colombia", "Armada Nacional", "Colombian navy", "marina colombiana"]),
    ("Colombian National Police", "CO", "police", ["Colombian National Police", "Policía Nacional de Colombia", "Colombian police", "DIRAN",
        "Dirección de Antinarcóticos"]),
    ("Ecuadorian National Police", "EC", "police", ["Ecuadorian National Police", "Policía Nacional del Ecuador", "Ecuadorian police", "Policía ecuatoriana", "police équatorienne",
        # its anti-drug directorate, under the names it has had ('a través de la Dirección Nacional de Investigación Antidrogas')
        "Dirección Nacional de Investigación Antidrogas", "DNIA", "Dirección Nacional Antinarcóticos", "Policía Nacional de Ecuador", "Policía de Ecuador"]),
    ("Ecuadorian Armed Forces", "EC", "military", ["Ecuadorian Armed Forces", "Ecuadorian military", "Ecuadorian armed forces"]),
    ("Peruvian National Police", "PE", "police", ["Peruvian National Police", "Policía Nacional del Perú", "PNP", "Peruvian police", "DIRANDRO",
        "Dirección Antidrogas"]),
    ("Peruvian Tax and Customs Authority", "PE", "customs", ["SUNAT", "Peruvian Tax and Customs Authority", "Peruvian customs"]),
    ("Pakistan Anti-Narcotics Force", "PK", "police", ["Anti-Narcotics Force", "ANF", "Pakistan Anti-Narcotics Force", "Anti-Narcotic Force", "Anti Narcotics Force"]),
    ("Pakistan Customs", "PK", "customs", ["Pakistan Customs", "Pakistani customs"]),
    ("Saudi Zakat, Tax and Customs Authority", "SA", "customs", ["Zakat, Tax and Customs Authority", "ZATCA", "Saudi customs", "Saudi Zakat, Tax and Customs Authority"]),
    ("Royal Malaysian Customs Department", "MY", "customs", ["Royal Malaysian Customs Department", "Royal Malaysian Customs", "Malaysian customs", "Malaysian Customs"]),
    ("South African Police Service", "ZA", "police", ["South African Police Service", "SAPS", "Hawks", "Directorate for Priority Crime Investigation"]),
    ("South African Revenue Service", "ZA", "customs", ["South African Revenue Service", "SARS", "Sars", "SARS Customs", "SARS customs",
        "Sars Customs", "Sars customs"]),
    ("Nigeria Customs Service", "NG", "customs", ["Nigeria Customs Service", "Nigerian Customs Service", "Nigerian customs"]),
    ("National Drug Law Enforcement Agency", "NG", "police", ["National Drug Law Enforcement Agency", "NDLEA"]),
    ("Slovenian Financial Administration", "SI", "customs", ["Financial Administration", "Slovenian Financial Administration", "FURS", "Slovenian customs"]),
    ("Slovenian Police", "SI", "police", ["Slovenian police", "Slovenian Police"]),
    ("Croatian Police", "HR", "police", ["Croatian police"]),
    ("Albanian State Police", "AL", "police", ["Albanian State Police", "Albanian police",
        # Italian press on finds at Durazzo and Valona: 'fermato dalla polizia di confine albanese'
        "polizia albanese", "polizia di Stato albanese", "polizia di confine albanese", "polizia di frontiera albanese"]),
    ("Irish Revenue", "IE", "customs", ["Irish Revenue", "Revenue Commissioners", "Revenue's Customs Service",
        # as the Irish press writes it ('Revenue officers seized 546kg of cocaine at Rosslare'); no other country's press
        # calls its customs so in drug seizures (India's are 'DRI officers', Ghana's 'GRA officers')
        "Revenue officers", "Revenue officials"]),
    ("An Garda Síochána", "IE", "police", ["Gardaí", "Gardai", "Garda", "An Garda Síochána"]),
    ("Canada Border Services Agency", "CA", "customs", ["Canada Border Services Agency", "CBSA",
        # its French name in the agency's own French releases ('Les agents de l'Agence des services frontaliers du Canada (ASFC)')
        "Agence des services frontaliers du Canada", "ASFC", "agents des services frontaliers", "Agence des services frontaliers"]),
    ("Royal Canadian Mounted Police", "CA", "police", ["Royal Canadian Mounted Police", "RCMP",
        # its French name in Quebec's press and the federal releases ('remise à la Gendarmerie royale du Canada (GRC)')
        "Gendarmerie royale du Canada", "GRC"]),
    ("Panamanian National Police", "PA", "police", ["Panamanian National Police", "Policía Nacional de Panamá"]),
    ("Costa Rican Drug Control Police", "CR", "police", ["Policía de Control de Drogas", "PCD"]),
    ("Argentine Federal Police", "AR", "police", ["Policía Federal Argentina", "PFA"]),
    ("Chilean Customs", "CL", "customs", ["Servicio Nacional de Aduanas", "Chilean customs"]),
]

# National customs services by ISO country: a text that says only "customs" ("la douane", "de douane",
# "la aduana", "a alfândega", "der Zoll", "la dogana") credits the customs of the country of the seizure.
NATIONAL_CUSTOMS = {
    "BE": "Belgian Customs", "NL": "Dutch Customs", "FR": "French Customs", "DE": "German Customs",
    "ES": "Spanish Customs Surveillance Service", "IT": "Italian Customs and Monopolies Agency",
    "PT": "Portuguese Tax and Customs Authority", "BR": "Brazilian Federal Revenue", "GB": "UK Border Force",
    "US": "U.S. Customs and Border Protection", "NZ": "New Zealand Customs Service", "GR": "Greek Customs",
    "MA": "Moroccan Customs", "PL": "Polish National Revenue Administration", "ZA": "South African Revenue Service",
    "TR": "Turkish Customs Enforcement", "MX": "Mexican National Customs Agency", "PE": "Peruvian Tax and Customs Authority",
    "MY": "Royal Malaysian Customs Department", "NG": "Nigeria Customs Service", "PK": "Pakistan Customs",
    "SI": "Slovenian Financial Administration", "RO": "Romanian Customs Authority", "SA": "Saudi Zakat, Tax and Customs Authority",
    "AU": "Australian Border Force", "IE": "Irish Revenue", "CA": "Canada Border Services Agency", "CL": "Chilean Customs",
}
GENERIC_CUSTOMS = ["customs", "customs officers", "customs officials", "douane", "douanes", "douaniers", "aduana", "aduanas",
                   "aduaneros", "funcionarios de aduanas", "alfândega", "alfandega", "zoll", "zollbeamte", "zöllner", "dogana", "dogane",
                   "doganieri", "funzionari delle dogane", "douaniers", "douanebeambten", "douanemedewerkers",
                   "customs service", "customs authorities", "customs agents", "customs inspectors", "douanedienst", "douanediensten",
                   "douaneambtenaren", "douanier", "douanière", "services douaniers", "zollbehörde", "zollbehörden", "zollverwaltung",
                   "zöllnerinnen", "autoridades aduaneras", "servicio de aduanas", "agentes aduaneros", "agentes de aduanas",
                   "autoridades aduaneiras", "agentes aduaneiros", "funcionários aduaneiros", "funcionários da alfândega",
                   "alfândegas", "alfandegas", "serviços alfandegários", "serviço alfandegário", "autoridades alfandegárias",
                   "autoridade aduaneira", "servicios aduaneros", "funzionari doganali", "agents des douanes", "zollfahnder",
                   # the names several countries give their customs service: the customs of the country of the find
                   "dirección general de aduanas", "dirección nacional de aduanas", "servicio nacional de aduana", "servicio nacional de aduanas",
                   "agencia nacional de aduanas", "administración general de aduanas",
                   # the English name of several countries' tax and customs authorities (Portugal's AT, Peru's SUNAT)
                   "tax and customs authority",
                   # 'its custom officers and police carried out a raid': the singular the English-language press of Africa
                   # and Asia often prints
                   "custom officers", "custom officials", "custom agents", "custom authorities"]

NATIONAL_NAVY = {"MX": "Mexican Navy", "CO": "Colombian Navy", "ES": "Spanish Navy", "PT": "Portuguese Navy",
                 "NL": "Royal Netherlands Navy", "FR": "French Navy"}
GENERIC_NAVY = ["navy", "the navy", "armada", "marinha", "marine nationale", "marina militare", "marine", "navy inspectors",
                "marines", "infantes de marina", "fuzileiros"]
NATIONAL_COASTGUARD = {"GR": "Greek Coast Guard", "US": "U.S. Coast Guard", "TR": "Turkish Coast Guard",
                       # where the coast guard is a command of the navy ('la Estación de Guardacostas de Buenaventura' of
                       # the Armada de Colombia, Ecuador's and Peru's 'Guardacostas', Chile's Directemar, Mexico's SEMAR):
                       # a coast guard named without its country is that navy
                       "CO": "Colombian Navy", "EC": "Ecuadorian Navy", "PE": "Peruvian Navy", "CL": "Chilean Navy",
                       "MX": "Mexican Navy", "DO": "Dominican Navy", "VE": "Venezuelan Navy"}
# "the armed forces", "las Fuerzas Armadas": the armed forces of the country of the find (never one country's for all)
GENERIC_MILITARY = ["armed forces", "fuerzas armadas", "forças armadas", "forces armées", "forze armate", "streitkräfte", "krijgsmacht"]
GENERIC_COASTGUARD = ["coast guard", "coastguard", "guardia costiera", "guarda costeira", "garde-côtes", "küstenwache",
                      "kustwacht", "guardacostas", "guarda costera", "guardia costera", "garde côtière", "gardes-côtes", "coast guard's"]

# ---------------------------------------------------------------------------------------------
# Every authority of shared/data/agencies.csv is shipped: the build adds each canonical name as its
# own alias, and these are their established local names and acronyms in the languages we read.
EXTRA_ALIASES = {
    "Abu Dhabi Police": ["Abu Dhabi Police", "police d'Abou Dhabi"],
    "Dubai Customs": ["Dubai Customs", "douanes de Dubaï", "aduana de Dubái"],
    "Dubai Police": ["Dubai Police", "police de Dubaï", "policía de Dubái"],
    "Angolan Criminal Investigation Service": ["Serviço de Investigação Criminal", "SIC"],
    "Angolan Fiscal and Customs Police": ["Polícia Fiscal e Aduaneira"],
    "Angolan General Tax Administration": ["Administração Geral Tributária", "AGT"],
    "Angolan State Intelligence and Security Service": ["Serviço de Inteligência e Segurança do Estado", "SINSE"],
    "Austrian Police": ["österreichische Polizei", "österreichischen Polizei", "Bundeskriminalamt Österreich"],
    "Austrian Customs": ["österreichische Zoll", "österreichischen Zoll", "Zollamt Österreich", "Zollamts Österreich", "österreichische Zollbehörde",
                         "österreichischen Zollbehörde", "Zollfahndung Österreich"],
    "Belgian Navy": ["Belgische marine", "marine belge", "Belgian navy"],
    "Port of Antwerp-Bruges Police": ["scheepvaartpolitie", "Scheepvaartpolitie", "police de la navigation", "maritime police of Antwerp"],
    "Bolivian Special Force Against Drug Trafficking": ["Fuerza Especial de Lucha Contra el Narcotráfico", "FELCN"],
    "Brazilian Navy": ["Marinha do Brasil", "Brazilian Navy", "Brazilian navy", "marine brésilienne", "armada brasileña", "Marina brasileña",
                       "marina brasiliana"],
    "Royal Bahamas Police Force": ["Royal Bahamas Police Force", "Bahamas police"],
    "Swiss Federal Office for Customs and Border Security": ["Bundesamt für Zoll und Grenzsicherheit", "BAZG", "Grenzwache", "Grenzwachtkorps",
        "Office fédéral de la douane et de la sécurité des frontières", "OFDF", "Ufficio federale della dogana e della sicurezza dei confini",
        "Eidgenössische Zollverwaltung", "Swiss customs", "Swiss Federal Customs Administration", "Schweizer Zoll"],
    "Swiss Police": ["Kantonspolizei", "Schweizer Polizei", "police suisse", "police cantonale", "polizia cantonale", "Swiss police"],
    "Ivorian Customs": ["douane ivoirienne", "douanes ivoiriennes", "Ivorian customs"],
    "Ivorian Navy": ["Marine ivoirienne", "marine ivoirienne"],
    "OCRTIDB": ["OCRTIDB", "Office central de répression du trafic illicite des drogues"],
    "Chilean Investigations Police": ["Policía de Investigaciones", "PDI", "Chilean Investigations Police"],
    "Colombian Customs (DIAN)": ["DIAN", "Dirección de Impuestos y Aduanas Nacionales", "Colombian customs", "aduana colombiana"],
    "Costa Rican Coast Guard": ["Servicio Nacional de Guardacostas", "guardacostas costarricenses"],
    "Costa Rican Drug Control Police": ["Policía de Control de Drogas", "Policía de Control de drogas", "PCD", "Drug Control Police"],
    "Cape Verdean Coast Guard": ["Guarda Costeira de Cabo Verde"],
    "Dutch Caribbean Coast Guard": ["Kustwacht Caribisch Gebied", "Kustwacht voor het Caribisch Gebied", "Caribbean Coast Guard",
                                    "Dutch Caribbean Coastguard", "Kustwacht Caribisch gebied"],
    "Dominican National Drug Control Directorate": ["Dirección Nacional de Control de Drogas", "DNCD"],
    "Estonian Tax and Customs Board": ["Maksu- ja Tolliamet", "Estonian customs"],
    "Spanish Maritime Rescue": ["Salvamento Marítimo"],
    "Eurojust": ["Eurojust"],
    # the Nordic services by their own names, as the foreign press quotes them
    "Danish Customs": ["Toldstyrelsen"],
    "Danish Police": ["Rigspolitiet"],
    "Swedish Customs": ["Tullverket"],
    "Swedish Police": ["Polismyndigheten"],
    "Norwegian Customs": ["Tolletaten"],
    "Norwegian Police": ["Kripos"],
    "Finnish Customs": ["Tulli"],
    "Finnish Police": ["Keskusrikospoliisi"],
    "Fiji Revenue and Customs Service": ["FRCS"],
    "HM Coastguard": ["HM Coastguard"],
    "Police Service of Northern Ireland": ["PSNI"],
    "Royal Navy": ["Royal Navy"],
    "Scottish Police": ["Police Scotland"],
    "Ghana Narcotics Control Commission": ["Narcotics Control Commission", "NACOC",
        # its predecessor until 2020 (the contract names defunct bodies by their successor)
        "Narcotics Control Board", "NACOB"],
    "Ghana Revenue Authority": ["GRA Customs"],
    "Guatemalan National Civil Police": ["Policía Nacional Civil", "PNC"],
    "Guyana Customs Anti-Narcotics Unit": ["Customs Anti-Narcotics Unit", "CANU"],
    "Hong Kong Customs and Excise Department": ["Customs and Excise Department", "Hong Kong Customs"],
    "Honduran Merchant Marine": ["Marina Mercante"],
    "Indonesian Customs": ["Bea Cukai", "Indonesian customs"],
    "Indonesian National Narcotics Board": ["Badan Narkotika Nasional", "BNN", "National Narcotics Board"],
    "Irish Naval Service": ["Irish Naval Service", "Naval Service"],
    "Indian Coast Guard": ["Indian Coast Guard"],
    "Indian Directorate of Revenue Intelligence": ["Directorate of Revenue Intelligence", "DRI"],
    "Indian Narcotics Control Bureau": ["Narcotics Control Bureau", "NCB"],
    "Interpol": ["Interpol", "INTERPOL"],
    "UNODC": ["UNODC", "United Nations Office on Drugs and Crime", "ONUDC", "UNODOC"],
    "World Customs Organization": ["World Customs Organization", "Organisation mondiale des douanes", "Organización Mundial de Aduanas", "OMD"],
    "Italian Coast Guard": ["Guardia Costiera", "Capitaneria di porto", "Capitanerie di porto", "Italian Coast Guard"],
    "Italian Navy": ["Marina Militare", "Italian Navy"],
    "Peruvian Navy": ["Marina de Guerra del Perú", "Marina de Guerra del Peru", "Peruvian Navy", "marine péruvienne"],
    "Jamaica Constabulary Force": ["Jamaica Constabulary Force", "JCF"],
    "Jamaica Defence Force Coast Guard": ["JDF Coast Guard"],
    "Lebanese Internal Security Forces": ["Internal Security Forces", "Forces de sécurité intérieure", "FSI"],
    "Royal Moroccan Gendarmerie": ["Gendarmerie royale", "Royal Gendarmerie"],
    "Royal Moroccan Navy": ["Marine royale", "Royal Moroccan Navy", "Marina Real marroquí"],
    "Panamanian National Aeronaval Service": ["National Aeronaval Service", "Servicio Nacional Aeronaval", "SENAN"],
    "Panamanian National Border Service": ["National Border Service", "Servicio Nacional de Fronteras", "SENAFRONT"],
    "Panamanian National Customs Authority": ["Autoridad Nacional de Aduanas", "National Customs Authority"],
    "Panamanian Public Prosecutor's Office": ["Ministerio Público de Panamá"],
    "Philippine Bureau of Customs": ["Bureau of Customs", "BOC"],
    "Philippine Drug Enforcement Agency": ["Philippine Drug Enforcement Agency", "PDEA"],
    "Polish Border Guard": ["Straż Graniczna", "Polish Border Guard"],
    "Portuguese Maritime Police": ["Polícia Marítima", "Policia Maritima"],
    "Portuguese National Republican Guard": ["Guarda Nacional Republicana", "GNR", "Unidade de Controlo Costeiro"],
    "Paraguayan National Anti-Drug Secretariat": ["Secretaría Nacional Antidrogas", "SENAD"],
    "Saudi General Directorate of Narcotics Control": ["General Directorate of Narcotics Control", "GDNC"],
    "Singapore Central Narcotics Bureau": ["Central Narcotics Bureau", "CNB"],
    "Syrian Army": ["Syrian army", "Syrian Army"],
    "Turkish Gendarmerie": ["Jandarma", "Turkish gendarmerie", "Turkish Gendarmerie"],
    "Trinidad and Tobago Customs and Excise Division": ["Customs and Excise Division"],
    "Trinidad and Tobago Police Service": ["TTPS"],
    "Tanzania Drug Control and Enforcement Authority": ["Drug Control and Enforcement Authority", "DCEA"],
    "Sri Lanka Police": ["Police Narcotic Bureau", "Police Narcotics Bureau", "Sri Lanka Police", "PNB", "Police Special Task Force"],
    "Ukrainian Security Service": ["Security Service of Ukraine", "SBU"],
    "U.S. Navy": ["U.S. Navy", "US Navy", "United States Navy", "US-Marine", "marine américaine", "Armada de Estados Unidos", "Marina statunitense"],
    "Uruguayan National Police": ["Policía Nacional de Uruguay"],
    "Venezuelan National Guard": ["Guardia Nacional Bolivariana", "GNB", "Bolivarian National Guard"],
    "German Police": ["Landeskriminalamt", "Landeskriminalamts", "Landeskriminalamtes", "LKA", "Wasserschutzpolizei", "Landespolizei",
                      # the state office by its acronym after an article (the acronym alone is also Sri Lanka's ISO code)
                      "das LKA", "des LKA", "dem LKA", "vom LKA", "beim LKA",
                      # the police of the German port cities, named by their city
                      "Hamburger Polizei", "Polizei Hamburg", "Bremer Polizei", "Polizei Bremen", "Polizei Bremerhaven", "Bremerhavener Polizei",
                      "Kieler Polizei", "Polizei Kiel", "Rostocker Polizei", "Polizei Rostock",
                      "deutsche Polizei", "deutschen Polizei", "police allemande", "policía alemana", "polícia alemã", "polizia tedesca", "Duitse politie"],
    "Portuguese Police": ["Polícia de Segurança Pública", "Policia de Seguranca Publica", "PSP"],
    "Uruguayan Coast Guard": ["Prefectura Nacional Naval", "Prefectura Naval uruguaya"],
    "Sri Lanka Navy": ["Sri Lankan Navy", "SLN"],
    "Sri Lanka Coast Guard": ["SLCG", "Sri Lankan Coast Guard"],
    "Turkish Coast Guard": ["Sahil Güvenlik", "Turkish Coast Guard Command"],
    "Philadelphia Police Department": ["Philadelphia police", "Philadelphia Police"],
    "Laval Police Service": ["Laval police", "Laval Police", "Service de police de Laval"],
    "Ghana Police Service": ["Ghana Police"],
    "Jamaica Customs Agency": ["Jamaica Customs"],
    "Kenya Revenue Authority": ["KRA"],
    "Dutch Police": ["Landelijke Eenheid", "Dienst Landelijke Recherche", "Zeehavenpolitie", "zeehavenpolitie", "Politie Rotterdam",
                     "Nationale Politie", "Dutch National Police"],
}

# English adjectives: an authority that agencies.csv does not list is named
# "<Country adjective> Customs|Police|Navy|Coast Guard" (seizure-facts.md, agencies).
ADJ_EN = {
    "AE": "Emirati", "AL": "Albanian", "AO": "Angolan", "AR": "Argentine", "AT": "Austrian", "AU": "Australian", "BA": "Bosnian",
    "BB": "Barbados", "BE": "Belgian", "BG": "Bulgarian", "BJ": "Beninese", "BO": "Bolivian", "BR": "Brazilian", "BS": "Bahamas",
    "CA": "Canadian", "CH": "Swiss", "CI": "Ivorian", "CL": "Chilean", "CM": "Cameroonian", "CN": "Chinese", "CO": "Colombian",
    "CR": "Costa Rican", "CV": "Cape Verdean", "CW": "Dutch Caribbean", "CY": "Cypriot", "DE": "German", "DK": "Danish",
    "DO": "Dominican", "DZ": "Algerian", "EC": "Ecuadorian", "EE": "Estonian", "EG": "Egyptian", "ES": "Spanish", "FI": "Finnish",
    "FJ": "Fiji", "FR": "French", "GB": "British", "GE": "Georgian", "GH": "Ghana", "GF": "French", "GN": "Guinean", "GR": "Greek",
    "GT": "Guatemalan", "GW": "Bissau-Guinean", "GY": "Guyana", "HK": "Hong Kong", "HN": "Honduran", "HR": "Croatian",
    "HT": "Haitian", "ID": "Indonesian", "IE": "Irish", "IL": "Israeli", "IN": "Indian", "IR": "Iranian", "IS": "Icelandic",
    "IT": "Italian", "JM": "Jamaica", "JO": "Jordanian", "JP": "Japan", "KE": "Kenyan", "LB": "Lebanese", "LK": "Sri Lanka",
    "LT": "Lithuanian", "LU": "Luxembourg", "LV": "Latvian", "MA": "Moroccan", "ME": "Montenegrin", "MT": "Maltese",
    "MX": "Mexican", "MY": "Malaysian", "MZ": "Mozambican", "NG": "Nigerian", "NL": "Dutch", "NO": "Norwegian",
    "NZ": "New Zealand", "PA": "Panamanian", "PE": "Peruvian", "PG": "Papua New Guinea", "PH": "Philippine", "PK": "Pakistan",
    "PL": "Polish", "PT": "Portuguese", "PY": "Paraguayan", "RO": "Romanian", "RS": "Serbian", "RU": "Russian", "SA": "Saudi",
    "SE": "Swedish", "SG": "Singapore", "SI": "Slovenian", "SN": "Senegalese", "SR": "Surinamese", "SY": "Syrian", "TG": "Togolese",
    "TH": "Thai", "TN": "Tunisian", "TR": "Turkish", "TT": "Trinidad and Tobago", "TZ": "Tanzanian", "UA": "Ukrainian",
    "US": "U.S.", "UY": "Uruguayan", "VE": "Venezuelan", "VN": "Vietnamese", "ZA": "South African",
}

# Named bodies whose local name several countries share ("Policía Nacional", "Polícia Judiciária",
# "Marinha"): credited as the body of that kind of the country where the seizure happened, and,
# with a country next to them ("Polícia Federal do Brasil", "Guarda Costeira cabo-verdiana"), of that country.
GENERIC_NATIONAL_POLICE = ["policía nacional", "polícia nacional", "police nationale", "national police", "polizia nazionale", "nationalpolizei",
                           "nationale politie", "policia nacional",
                           # the anti-drug branch of a national police, named alike in several countries
                           "policía antinarcóticos", "anti-narcotics police", "antinarcotics police", "police antidrogue"]
GENERIC_JUDICIAL_POLICE = ["polícia judiciária", "policia judiciaria", "policía judicial", "police judiciaire", "judicial police", "judiciary police",
                           "polizia giudiziaria", "pj"]
# "Polícia Judiciária", "PJ", "Polícia Federal" and "Marinha do Brasil" are also named aliases: their usual country, unless
# a country stands beside them.
GENERIC_FEDERAL_POLICE = ["policía federal", "federal police", "police fédérale", "polizia federale", "federale politie"]
# Plain "police" is never credited alone (unnamed police -> []), only with a country beside it
# ("Swiss police", "Policía de Holanda", "niederländische Polizei").
GENERIC_POLICE = ["police", "policía", "polícia", "policia", "politie", "polizia", "polizei", "police forces", "police officers",
                  "agentes de policía", "polícias"]
COMPOSE_ONLY = {"police"}

# Acronyms that are also other things (AFP: Agence France-Presse; SARS: the virus; PJ, ADM, KAS, PDI, GRA, BOC...):
# they count only when the text names the agency's country, or the agency in full.
AMBIGUOUS_ACRONYMS = {"FAA", "FAG", "PF", "ELAS", "PSP", "PFA", "FGP", "SLN", "KRA", "EDOA", "GICO", "LKA", "SOCA", "AFP", "SARS", "Sars", "PJ", "ADM", "KAS", "PDI", "GRA", "BOC", "SIC", "AGT", "OMD", "FSI", "HMS", "PNC", "SVA",
                      "ANF", "PCD", "DRI", "NCB", "CNB", "BNN", "GNB", "ABF", "PNP", "GNR", "JCF", "ANAM", "FRCS", "PNB"}

# Local names and acronyms of authorities agencies.csv does not list, under the name the contract gives them
# ("<Country adjective> Customs|Police|Navy|Coast Guard"); names the press uses that no nationality word composes.
UNLISTED_ALIASES = {
    "Ecuadorian Customs": ["SENAE", "Servicio Nacional de Aduana del Ecuador", "Aduana del Ecuador"],
    "Venezuelan Customs": ["SENIAT"],
    "Chinese Customs": ["General Administration of Customs", "GACC", "China Customs"],
    "Argentine Coast Guard": ["Prefectura Naval Argentina", "Prefectura Naval"],
    "Argentine Customs": ["Aduana Argentina"],
    "Ecuadorian Navy": ["Armada del Ecuador"],
    "Chilean Navy": ["Armada de Chile"],
    "Argentine Navy": ["Armada Argentina"],
    "Dominican Navy": ["Armada de República Dominicana", "Armada de la República Dominicana"],
    "Indian Navy": ["Indian Navy"],
    "Guatemalan Navy": ["Marina de la Defensa Nacional"],
    "French Police": ["Police aux frontières", "police aux frontières", "DCPJ", "SRPJ", "DIPJ"],
    "Greek Police": ["Hellenic Police", "ELAS"],
    "Polish Police": ["Policja"],
    "Mexican Police": ["Guardia Nacional de México"],
}
