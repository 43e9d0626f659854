"""Italian press battery (#9): short paragraphs written for this test in the way Italian newsrooms, ANSA and the
press offices of the Guardia di Finanza, the Agenzia delle Dogane e dei Monopoli, Carabinieri and Polizia di Stato
write about drug seizures in ports. None is copied from a corpus text. Each case: publication date, text, and the
facts the contract expects, each fact given by the fields that matter for it (drug, quantity_kg and kind always;
others when stated). Real spaCy pipelines, no mocks."""

from __future__ import annotations

import pytest

from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

E, A = "event", "aggregate"
GDF, ADM, CC, PS = "Guardia di Finanza", "Italian Customs and Monopolies Agency", "Carabinieri", "Italian State Police"

# (id, published, text, [expected facts]); a fact is a dict of the fields asserted
CASES = [
    # --- dates: weekdays, 'lo scorso', months, seizure day vs announcement day ---
    ("date-weekday", "2025-03-14",
     "GIOIA TAURO – Martedì i finanzieri del Comando provinciale di Reggio Calabria, insieme ai funzionari "
     "dell'Agenzia delle Dogane e dei Monopoli, hanno sequestrato nel porto di Gioia Tauro tre tonnellate di cocaina "
     "nascoste in un container di banane proveniente dall'Ecuador.",
     [dict(drug="cocaine", quantity_kg=3000, kind=E, primary=True, port="Gioia Tauro", country="IT",
           date="2025-03-11", agencies=[GDF, ADM])]),
    ("date-ieri", "2025-05-09",
     "Genova. Ieri mattina i funzionari dell'Agenzia delle Dogane hanno scoperto 90 chili di cocaina in un container "
     "sbarcato nel porto di Genova da una nave proveniente dal Brasile.",
     [dict(drug="cocaine", quantity_kg=90, kind=E, port="Genoa", date="2025-05-08", agencies=[ADM])]),
    ("date-lo-scorso-day-month", "2025-03",
     "Lo scorso 12 febbraio, nel porto di Livorno, i militari della Guardia di Finanza hanno rinvenuto 250 "
     "chilogrammi di cocaina a bordo di una nave portacontainer.",
     [dict(drug="cocaine", quantity_kg=250, kind=E, port="Livorno", date="2025-02-12", agencies=[GDF])]),
    ("date-risale-allo-scorso", "2024-11-20",
     "Ne ha dato notizia oggi la Procura di Savona: il sequestro di 520 chili di cocaina risale allo scorso 28 "
     "ottobre, quando i finanzieri l'hanno individuata nel porto di Vado Ligure all'interno di un container di frutta.",
     [dict(drug="cocaine", quantity_kg=520, kind=E, port="Vado Ligure", date="2024-10-28", agencies=[GDF])]),
    ("date-a-gennaio", "2025-03-05",
     "Nel porto di Civitavecchia, a gennaio, i carabinieri hanno trovato 70 chili di hashish nascosti in un camion "
     "sbarcato da un traghetto proveniente da Barcellona.",
     [dict(drug="cannabis", quantity_kg=70, kind=E, port="Civitavecchia", date="2025-01", agencies=[CC])]),
    ("date-scorsa-settimana", "2025-02-20",
     "La scorsa settimana la Polizia di Stato ha sequestrato 40 chili di eroina nel porto di Bari, nascosti nel "
     "doppiofondo di un furgone sbarcato da un traghetto proveniente dall'Albania.",
     [dict(drug="heroin", quantity_kg=40, kind=E, port="Bari", date="2025-02", agencies=[PS])]),
    ("date-giorno-mese-scorso", "2025-07-18",
     "Salerno, il 3 luglio scorso i militari della Guardia di Finanza hanno sequestrato 300 chili di cocaina nel "
     "porto commerciale della città.",
     [dict(drug="cocaine", quantity_kg=300, kind=E, port="Salerno", date="2025-07-03", agencies=[GDF])]),
    ("date-day-month-no-year", None,
     "Il 5 aprile i finanzieri hanno trovato 60 chili di cocaina nel porto di Livorno.",
     [dict(drug="cocaine", quantity_kg=60, kind=E, port="Livorno", date=None, agencies=[GDF])]),
    # --- totals vs single seizures ---
    ("total-year-port", "2025-02-12",
     "Nel 2024 la Guardia di Finanza e l'Agenzia delle Dogane hanno sequestrato nel porto di Gioia Tauro "
     "complessivamente 12 tonnellate di cocaina, secondo il bilancio presentato oggi.",
     [dict(drug="cocaine", quantity_kg=12000, kind=A, primary=True, port="Gioia Tauro", date="2024",
           agencies=[GDF, ADM])]),
    ("total-since-new-year-beside-find", "2025-06-12",
     "I finanzieri hanno scoperto 400 chili di cocaina in un container nel porto di La Spezia. Dall'inizio dell'anno "
     "nello scalo ligure sono state sequestrate oltre 2 tonnellate di cocaina.",
     [dict(drug="cocaine", quantity_kg=400, kind=E, primary=True, port="La Spezia", agencies=[GDF]),
      dict(drug="cocaine", quantity_kg=2000, kind=A, primary=False)]),
    ("total-three-operations", "2025-04-10",
     "In tre distinte operazioni nel porto di Ancona, la Guardia di Finanza ha sequestrato complessivamente 150 chili "
     "di marijuana nascosti su tir provenienti dalla Grecia.",
     [dict(drug="cannabis", quantity_kg=150, kind=A, port="Ancona", agencies=[GDF])]),
    ("total-with-components", "2025-05-15",
     "In totale sono stati sequestrati 600 chili di cocaina: 450 chili nel porto di Livorno, all'interno di un "
     "container di caffè, e 150 chili in un deposito di Prato.",
     [dict(drug="cocaine", quantity_kg=600, kind=A, port=None),
      dict(drug="cocaine", quantity_kg=450, kind=E, port="Livorno"),
      dict(drug="cocaine", quantity_kg=150, kind=E, port=None)]),
    ("total-primo-semestre", "2024-08-01",
     "Nel primo semestre del 2024 la Guardia di Finanza ha sequestrato nei porti italiani quasi 10 tonnellate di "
     "cocaina.",
     [dict(drug="cocaine", quantity_kg=10000, kind=A, port=None, country="IT", date="2024", agencies=[GDF])]),
    ("background-earlier-find", "2025-05-08",
     "Dopo il maxi sequestro di 4 tonnellate di cocaina dello scorso marzo, i finanzieri sono tornati a colpire nel "
     "porto di Gioia Tauro: in un container di banane proveniente dalla Colombia hanno trovato 250 chili di cocaina.",
     [dict(drug="cocaine", quantity_kg=4000, kind=E, primary=False),
      dict(drug="cocaine", quantity_kg=250, kind=E, primary=True, port="Gioia Tauro", agencies=[GDF])]),
    # --- quantities: number words, halves, quintals, separators, ranges, grams, counts ---
    ("qty-trecento", "2025-01-10",
     "Sequestrati trecento chili di cocaina nel porto di Genova: la droga era nascosta in un carico di caffè.",
     [dict(drug="cocaine", quantity_kg=300, kind=E, port="Genoa")]),
    ("qty-mezza-tonnellata", "2025-01-10",
     "I carabinieri hanno sequestrato mezza tonnellata di hashish nel porto di Palermo.",
     [dict(drug="cannabis", quantity_kg=500, kind=E, port="Palermo", agencies=[CC])]),
    ("qty-tonnellata-e-mezza", "2025-01-10",
     "Una tonnellata e mezza di cocaina è stata scoperta dai finanzieri nel porto di Livorno.",
     [dict(drug="cocaine", quantity_kg=1500, kind=E, port="Livorno", agencies=[GDF])]),
    ("qty-quintali-word", "2025-01-10",
     "Dodici quintali di hashish sono stati sequestrati dalla Guardia di Finanza nel porto di Cagliari.",
     [dict(drug="cannabis", quantity_kg=1200, kind=E, port="Cagliari", agencies=[GDF])]),
    ("qty-range", "2025-01-10",
     "Nel porto di Napoli i doganieri hanno trovato tra i 200 e i 250 chili di cocaina in un container di ananas.",
     [dict(drug="cocaine", quantity_kg=200, kind=E, port="Naples")]),
    ("qty-dot-thousands", "2025-01-10",
     "Sequestrati nel porto di Trieste 1.250 chilogrammi di eroina nascosti in un carico di marmo dalla Turchia.",
     [dict(drug="heroin", quantity_kg=1250, kind=E, port="Trieste")]),
    ("qty-decimal-comma", "2025-01-10",
     "Nel porto di Gioia Tauro sono state sequestrate 2,5 tonnellate di cocaina purissima.",
     [dict(drug="cocaine", quantity_kg=2500, kind=E, port="Gioia Tauro")]),
    ("qty-grams", "2025-01-10",
     "Gli agenti della Polizia di Frontiera hanno trovato 850 grammi di eroina addosso a un passeggero sbarcato nel "
     "porto di Brindisi.",
     [dict(drug="heroin", quantity_kg=0.85, kind=E, port="Brindisi", agencies=[PS])]),
    ("qty-chili-e-grammi", "2025-01-10",
     "I finanzieri hanno sequestrato 42 chili e 300 grammi di cocaina nel porto di Salerno.",
     [dict(drug="cocaine", quantity_kg=42.3, kind=E, port="Salerno", agencies=[GDF])]),
    ("qty-panetti-only", "2025-01-10",
     "La Guardia di Finanza ha trovato 120 panetti di cocaina nel porto di Salerno: il peso è in corso di "
     "accertamento.",
     [dict(drug="cocaine", quantity_kg=None, units=120, kind=E, port="Salerno", agencies=[GDF])]),
    ("qty-pills-millions", "2025-01-10",
     "Nel porto di Salerno sono state sequestrate 14 milioni di pasticche di captagon.",
     [dict(drug="captagon", quantity_kg=None, units=14000000, kind=E, port="Salerno")]),
    ("qty-oltre-una-tonnellata", "2025-01-10",
     "Oltre una tonnellata di cocaina è stata trovata dai Carabinieri nel porto di Livorno.",
     [dict(drug="cocaine", quantity_kg=1000, kind=E, port="Livorno", agencies=[CC])]),
    # --- ports: terminals; sea, airport, depot near a port; foreign ports ---
    ("port-terminal-darsena", "2025-01-10",
     "Al terminal della Darsena Toscana i finanzieri hanno scoperto 95 chili di cocaina in un container di banane.",
     [dict(drug="cocaine", quantity_kg=95, kind=E, port="Livorno", agencies=[GDF])]),
    ("port-ship-moored", "2025-01-10",
     "I carabinieri hanno trovato 35 chili di cocaina a bordo di una nave ormeggiata nel porto di Trieste.",
     [dict(drug="cocaine", quantity_kg=35, kind=E, port="Trieste", agencies=[CC])]),
    ("port-at-sea-escorted", "2025-01-10",
     "Un veliero con 2 tonnellate di hashish a bordo è stato intercettato al largo della Sicilia dalla Guardia di "
     "Finanza e scortato nel porto di Augusta.",
     [dict(drug="cannabis", quantity_kg=2000, kind=E, port=None, country="IT", agencies=[GDF])]),
    ("port-airport", "2025-01-10",
     "All'aeroporto di Fiumicino i funzionari dell'Agenzia delle Dogane hanno trovato 12 chili di cocaina nei bagagli "
     "di un passeggero.",
     [dict(drug="cocaine", quantity_kg=12, kind=E, port=None, country="IT", agencies=[ADM])]),
    ("port-depot-near-port", "2025-01-10",
     "In un capannone di Rosarno, a pochi chilometri dal porto di Gioia Tauro, i carabinieri hanno trovato 200 chili "
     "di cocaina.",
     [dict(drug="cocaine", quantity_kg=200, kind=E, port=None, agencies=[CC])]),
    ("port-foreign", "2025-01-10",
     "Nel porto di Algeciras la Guardia Civil ha sequestrato 5 tonnellate di cocaina nascoste tra le banane.",
     [dict(drug="cocaine", quantity_kg=5000, kind=E, port="Algeciras", country="ES", agencies=["Guardia Civil"])]),
    # --- agencies: credited vs taking over ---
    ("agency-squadra-mobile", "2025-01-10",
     "Gli agenti della Squadra Mobile hanno sequestrato 30 chili di cocaina nel porto di Genova.",
     [dict(drug="cocaine", quantity_kg=30, kind=E, port="Genoa", agencies=[PS])]),
    ("agency-guardia-costiera", "2025-01-10",
     "La Guardia Costiera ha scoperto 70 chili di hashish a bordo di un peschereccio ormeggiato nel porto di Mazara "
     "del Vallo.",
     [dict(drug="cannabis", quantity_kg=70, kind=E, port="Mazara del Vallo", agencies=["Italian Coast Guard"])]),
    ("agency-takeover-dda", "2025-01-10",
     "I finanzieri hanno sequestrato 180 chili di cocaina nel porto di Salerno. Le indagini sono coordinate dalla "
     "Direzione distrettuale antimafia.",
     [dict(drug="cocaine", quantity_kg=180, kind=E, port="Salerno", agencies=[GDF])]),
    ("agency-navy-at-sea", "2025-01-10",
     "La Marina Militare ha intercettato in acque internazionali un mercantile con 3 tonnellate di cocaina a bordo.",
     [dict(drug="cocaine", quantity_kg=3000, kind=E, port=None, country="IT", agencies=["Italian Navy"])]),
    # --- non-seizures ---
    ("non-fatto-arrivare", "2025-01-10",
     "Secondo gli inquirenti, l'organizzazione aveva fatto arrivare in Italia attraverso il porto di Gioia Tauro "
     "almeno 4 tonnellate di cocaina negli ultimi due anni.",
     []),
    ("non-value", "2025-01-10",
     "La droga, 50 chili di cocaina sequestrati nel porto di Livorno, avrebbe fruttato sul mercato oltre 10 milioni "
     "di euro.",
     [dict(drug="cocaine", quantity_kg=50, kind=E, port="Livorno")]),
    ("non-throughput", "2025-01-10",
     "Il porto di Gioia Tauro ha movimentato nel 2024 oltre 3,9 milioni di TEU e 30 milioni di tonnellate di merci. "
     "Sul fronte della sicurezza, l'Autorità portuale ha installato nuovi scanner contro il traffico di cocaina.",
     []),
    ("non-legal-limit", "2025-01-10",
     "La legge non prevede sanzioni penali per chi detiene per uso personale fino a 5 grammi di hashish.",
     []),
    ("non-court-imported", "2025-01-10",
     "Si è aperto a Reggio Calabria il processo ai presunti narcotrafficanti: secondo l'accusa l'organizzazione "
     "avrebbe importato oltre 2 tonnellate di cocaina dal Sudamerica.",
     []),
    ("non-production", "2025-01-10",
     "Secondo le Nazioni Unite la Colombia produce oltre 2.600 tonnellate di cocaina all'anno.",
     []),
    ("per-item-beside-total", "2025-01-10",
     "Nel porto di Livorno sono stati sequestrati 65 chili di cocaina, suddivisi in panetti da circa un chilo "
     "ciascuno.",
     [dict(drug="cocaine", quantity_kg=65, kind=E, port="Livorno")]),
    # --- second round: what the first run showed (number words as collectives, press-office tenses) ---
    ("qty-un-chilo-e-mezzo", "2025-03-14",
     "Un chilo e mezzo di eroina è stato trovato dai funzionari dell'Agenzia delle Dogane addosso a un camionista "
     "sbarcato nel porto di Ancona.",
     [dict(drug="heroin", quantity_kg=1.5, kind=E, port="Ancona", agencies=[ADM])]),
    ("qty-centinaio", "2025-03-14",
     "Un centinaio di chili di cocaina è stato scoperto ieri dai finanzieri nel porto di Salerno.",
     [dict(drug="cocaine", quantity_kg=100, kind=E, port="Salerno", date="2025-03-13", agencies=[GDF])]),
    ("qty-decina-and-mezzo-chilo", "2025-03-14",
     "Una decina di chili di hashish e mezzo chilo di cocaina sono stati trovati dai carabinieri su un'auto sbarcata "
     "nel porto di Olbia.",
     [dict(drug="cannabis", quantity_kg=10, kind=E, port="Olbia", agencies=[CC]),
      dict(drug="cocaine", quantity_kg=0.5, kind=E, port="Olbia", agencies=[CC])]),
    ("qty-mila", "2025-03-14",
     "GENOVA – Oltre 5mila chili di cocaina sono stati sequestrati nel porto di Genova dalle Fiamme Gialle.",
     [dict(drug="cocaine", quantity_kg=5000, kind=E, port="Genoa", agencies=[GDF])]),
    ("qty-quintali-e-mezzo-weekday-later", "2025-03-14",
     "Sequestrati 2 quintali e mezzo di marijuana nel porto di Brindisi: la droga era nascosta in un tir proveniente "
     "dall'Albania. L'operazione è stata condotta nella mattinata di martedì dalla Guardia di Finanza.",
     [dict(drug="cannabis", quantity_kg=250, kind=E, port="Brindisi", date="2025-03-11", agencies=[GDF])]),
    ("qty-peso-complessivo-is-one-find", "2025-03-14",
     "I baschi verdi della Guardia di Finanza hanno trovato nel porto di Civitavecchia 80 panetti di hashish per un "
     "peso complessivo di 85 chili.",
     [dict(drug="cannabis", quantity_kg=85, kind=E, port="Civitavecchia", agencies=[GDF])]),
    ("date-stamani", "2025-03-14",
     "Stamani i funzionari dell'Agenzia delle Dogane hanno scoperto 18 chili di cocaina in un camion sbarcato nel "
     "porto di Livorno.",
     [dict(drug="cocaine", quantity_kg=18, kind=E, port="Livorno", date="2025-03-14", agencies=[ADM])]),
    ("date-il-mese-scorso", "2025-03-14",
     "Il mese scorso i Carabinieri del Ros hanno sequestrato nel porto di La Spezia 250 chili di cocaina.",
     [dict(drug="cocaine", quantity_kg=250, kind=E, port="La Spezia", date="2025-02", agencies=[CC])]),
    ("date-weekday-and-day", "2025-03-14",
     "Lunedì 10 marzo gli agenti della Polizia di Stato hanno sequestrato 45 chili di hashish nel porto di Olbia, a "
     "bordo di un'auto sbarcata dal traghetto.",
     [dict(drug="cannabis", quantity_kg=45, kind=E, port="Olbia", date="2025-03-10", agencies=[PS])]),
    ("date-announced-today-year-total", "2025-02-12",
     "Il bilancio dell'attività presentato oggi dalla Guardia di Finanza: nel 2024 nel porto di Livorno sono state "
     "sequestrate 3 tonnellate di cocaina.",
     [dict(drug="cocaine", quantity_kg=3000, kind=A, port="Livorno", date="2024", agencies=[GDF])]),
    ("total-versus-year-before", "2025-03-14",
     "Nel 2024 nel porto di Gioia Tauro sono state sequestrate 15 tonnellate di cocaina, contro le 10 tonnellate del "
     "2023.",
     [dict(drug="cocaine", quantity_kg=15000, kind=A, primary=True, port="Gioia Tauro", date="2024"),
      dict(drug="cocaine", quantity_kg=10000, kind=A, primary=False, date="2023")]),
    ("background-pluperfect-second-find", "2025-03-14",
     "Nel porto di Genova i doganieri hanno individuato 200 chili di cocaina in un container di ananas. È il secondo "
     "sequestro in un mese: a febbraio nello stesso scalo erano stati trovati 150 chili di cocaina.",
     [dict(drug="cocaine", quantity_kg=200, kind=E, primary=True, port="Genoa", agencies=[ADM]),
      dict(drug="cocaine", quantity_kg=150, kind=E, primary=False, port="Genoa", date="2025-02")]),
    ("inquiry-started-after-a-seizure", "2025-03-14",
     "L'inchiesta è partita nel 2022 dopo il sequestro di 500 chili di cocaina nel porto di Livorno. Oggi la Guardia "
     "di Finanza ha arrestato 12 persone.",
     [dict(drug="cocaine", quantity_kg=500, kind=E, primary=True, port="Livorno", date="2022")]),
    ("agency-stopped-a-van-near-port", "2025-03-14",
     "In un'area di sosta nei pressi del porto di Bari la Polizia di Stato ha fermato un furgone con 30 chili di "
     "marijuana.",
     [dict(drug="cannabis", quantity_kg=30, kind=E, port=None, agencies=[PS])]),
    ("agency-arrested-only", "2025-03-14",
     "I finanzieri hanno sequestrato 60 chili di cocaina nel porto di Salerno. Il camionista è stato fermato dai "
     "carabinieri.",
     [dict(drug="cocaine", quantity_kg=60, kind=E, port="Salerno", agencies=[GDF])]),
    ("port-motorway", "2025-03-14",
     "Sull'autostrada A1, all'altezza di Arezzo, la Polizia Stradale ha trovato 40 chili di cocaina nel rimorchio di "
     "un tir partito dal porto di Livorno.",
     [dict(drug="cocaine", quantity_kg=40, kind=E, port=None, agencies=[PS])]),
    ("port-at-sea-coast-guard", "2025-03-14",
     "Due tonnellate di hashish sono state sequestrate dalla Guardia Costiera a bordo di una nave mercantile al largo "
     "di Lampedusa.",
     [dict(drug="cannabis", quantity_kg=2000, kind=E, port=None, country="IT", agencies=["Italian Coast Guard"])]),
    ("non-transit-each-year", "2025-03-14",
     "Secondo la relazione annuale della Direzione centrale per i servizi antidroga, dal porto di Gioia Tauro "
     "transita ogni anno un quinto della cocaina destinata all'Europa, circa 40 tonnellate.",
     []),
    ("non-doses-and-value", "2025-03-14",
     "La droga, una volta tagliata e immessa sul mercato, avrebbe fruttato oltre 40 milioni di euro e consentito di "
     "ricavare più di 600mila dosi. Gli 800 chili di cocaina erano nascosti in un container di banane nel porto di "
     "Gioia Tauro.",
     [dict(drug="cocaine", quantity_kg=800, kind=E, port="Gioia Tauro", agencies=[])]),
    ("non-teu-and-cargo", "2025-03-14",
     "Il porto di Trieste ha movimentato l'anno scorso 62 milioni di tonnellate di merci, di cui 800mila TEU.",
     []),
    # --- third round: periods named in words, intentions to import, a total of 'droga' over several drugs ---
    ("total-anno-appena-trascorso", "2025-03-14",
     "Nell'anno appena trascorso i militari della Guardia di Finanza hanno sequestrato nel porto di Civitavecchia 1,2 "
     "tonnellate di hashish.",
     [dict(drug="cannabis", quantity_kg=1200, kind=A, port="Civitavecchia", date="2024", agencies=[GDF])]),
    ("total-ultimo-anno", "2025-03-14",
     "Nell'ultimo anno nel porto di La Spezia sono stati sequestrati 900 chili di cocaina.",
     [dict(drug="cocaine", quantity_kg=900, kind=A, port="La Spezia")]),
    ("non-able-to-import-beside-seizure", "2025-03-14",
     "Secondo gli investigatori, l'organizzazione era in grado di importare ogni mese fino a 500 chili di cocaina "
     "attraverso il porto di Gioia Tauro. Nel corso dell'indagine sono stati sequestrati 250 chili di cocaina.",
     [dict(drug="cocaine", quantity_kg=250, kind=E, port="Gioia Tauro")]),
    ("total-of-droga-over-three-drugs", "2025-03-14",
     "I carabinieri hanno sequestrato nel porto di Salerno 100 chili di cocaina, 200 chili di hashish e 50 chili di "
     "marijuana, per un totale di 350 chili di droga.",
     [dict(drug="cocaine", quantity_kg=100, kind=E, port="Salerno", agencies=[CC]),
      dict(drug="cannabis", quantity_kg=250, kind=E, port="Salerno", agencies=[CC]),
      dict(drug="other", quantity_kg=350, kind=A, port="Salerno", agencies=[CC])]),
    ("date-lo-scorso-month-arrests-now", "2025-03-14",
     "Il carico di cocaina, circa 700 chili, era stato scoperto dalla Guardia di Finanza lo scorso novembre nel porto "
     "di Gioia Tauro. Ieri sono stati arrestati i presunti destinatari.",
     [dict(drug="cocaine", quantity_kg=700, kind=E, primary=True, port="Gioia Tauro", date="2024-11", agencies=[GDF])]),
    ("background-day-month-scorso", "2025-03-14",
     "Nel porto di Bari i funzionari dell'Agenzia delle Dogane e dei Monopoli, insieme ai militari della Guardia di "
     "Finanza, hanno sequestrato 4 chili di cocaina nell'auto di un passeggero sbarcato dal traghetto proveniente da "
     "Durazzo. Il 30 gennaio scorso, sempre nel porto di Bari, erano stati trovati 7 chili di eroina.",
     [dict(drug="cocaine", quantity_kg=4, kind=E, primary=True, port="Bari", agencies=[ADM, GDF]),
      dict(drug="heroin", quantity_kg=7, kind=E, primary=False, port="Bari", date="2025-01-30")]),
    ("court-case-about-a-seizure", "2025-03-14",
     "Il processo per il sequestro di 2 tonnellate di cocaina avvenuto nel porto di Livorno nel 2021 si è concluso "
     "con quattro condanne.",
     [dict(drug="cocaine", quantity_kg=2000, kind=E, primary=True, port="Livorno", date="2021")]),
    ("total-since-new-year-and-last-find", "2025-03-14",
     "Dall'inizio del 2025 la Guardia di Finanza ha sequestrato nel porto di Genova oltre 800 chili di cocaina. "
     "L'ultimo sequestro, di 120 chili, risale a martedì.",
     [dict(drug="cocaine", quantity_kg=800, kind=A, port="Genoa", date="2025"),
      dict(drug="cocaine", quantity_kg=120, kind=E, date="2025-03-11")]),
    ("pills-and-ketamine", "2025-03-14",
     "Nel porto di Venezia la Guardia di Finanza ha sequestrato 8.000 pasticche di ecstasy e 2 chili di ketamina.",
     [dict(drug="mdma", quantity_kg=None, units=8000, kind=E, port="Venice", agencies=[GDF]),
      dict(drug="ketamine", quantity_kg=2, kind=E, port="Venice", agencies=[GDF])]),
    ("non-fuel-smuggling", "2025-03-14",
     "Sequestrate nel porto di Taranto oltre 14mila tonnellate di gasolio di contrabbando. Non è stata trovata droga.",
     []),
    # --- fourth round: press-office styles (dotted unit acronyms, 'in data', slashed dates), early in a month ---
    ("date-primi-giorni-di-marzo-at-sea", "2025-03-14",
     "Nei primi giorni di marzo il Reparto Operativo Aeronavale della Guardia di Finanza ha intercettato al largo di "
     "Pantelleria un peschereccio con 1,5 tonnellate di hashish.",
     [dict(drug="cannabis", quantity_kg=1500, kind=E, port=None, country="IT", date="2025-03", agencies=[GDF])]),
    ("date-in-data-gico-kg-dot", "2025-03-14",
     "In data 11 marzo 2025 i militari del G.I.C.O. della Guardia di Finanza di Napoli hanno sequestrato nel porto di "
     "Napoli 95 kg. di cocaina.",
     [dict(drug="cocaine", quantity_kg=95, kind=E, port="Naples", date="2025-03-11", agencies=[GDF])]),
    ("date-slashed-customs-office", "2025-03-14",
     "Il 12/03/2025 i funzionari dell'Ufficio delle Dogane di Gioia Tauro hanno individuato 120 kg di cocaina in un "
     "container.",
     [dict(drug="cocaine", quantity_kg=120, kind=E, port="Gioia Tauro", date="2025-03-12", agencies=[ADM])]),
    ("total-days-span-several-checks", "2025-03-14",
     "Tra il 3 e il 7 marzo, nel porto di Bari, la Polizia di Frontiera ha sequestrato complessivamente 90 chili di "
     "marijuana nel corso di vari controlli.",
     [dict(drug="cannabis", quantity_kg=90, kind=A, port="Bari", date="2025-03", agencies=[PS])]),
    ("qty-chili-e-mezzo", "2025-03-14",
     "Nel porto di Genova i finanzieri, con l'ausilio dei cani antidroga, hanno scoperto 27 chili e mezzo di cocaina.",
     [dict(drug="cocaine", quantity_kg=27.5, kind=E, port="Genoa", agencies=[GDF])]),
    ("agency-europol-coordinated", "2025-03-14",
     "Nel porto di Livorno, nell'ambito di un'operazione coordinata da Europol, la Guardia di Finanza ha sequestrato "
     "1.100 chili di cocaina.",
     [dict(drug="cocaine", quantity_kg=1100, kind=E, port="Livorno", agencies=["Europol", GDF])]),
    # --- a place told once for several figures, or clause by clause ---
    ("port-one-place-for-two-figures", "2025-03-14",
     "I carabinieri hanno trovato 500 chili di cocaina e 20 chili di eroina in un magazzino a pochi chilometri dal "
     "porto di Livorno.",
     [dict(drug="cocaine", quantity_kg=500, kind=E, port=None, agencies=[CC]),
      dict(drug="heroin", quantity_kg=20, kind=E, port=None, agencies=[CC])]),
    ("port-each-clause-its-place", "2025-03-14",
     "I finanzieri hanno sequestrato 80 chili di cocaina nel porto di Salerno e altri 30 chili in un capannone di "
     "Battipaglia.",
     [dict(drug="cocaine", quantity_kg=80, kind=E, port="Salerno", agencies=[GDF]),
      dict(drug="cocaine", quantity_kg=30, kind=E, port=None)]),
    # --- the typographic apostrophe most newsrooms print ('dall’inizio dell’anno') reads as the straight one ---
    ("apostrophe-total-since-new-year", "2025-09-20",
     "Nel porto di Salerno i finanzieri hanno trovato 120 chili di cocaina in un container di legname. "
     "Dall\u2019inizio dell\u2019anno nello scalo campano sono state sequestrate oltre 1,5 tonnellate di cocaina.",
     [dict(drug="cocaine", quantity_kg=120, kind=E, primary=True, port="Salerno", agencies=[GDF]),
      dict(drug="cocaine", quantity_kg=1500, kind=A, primary=False, date="2025")]),
    ("apostrophe-per-item", "2025-09-20",
     "Nel porto di Ancona i finanzieri hanno trovato 40 panetti da un chilo l\u2019uno, in tutto 40 chili di "
     "eroina, in un camion sbarcato da un traghetto.",
     [dict(drug="heroin", quantity_kg=40, kind=E, port="Ancona", agencies=[GDF])]),
    # --- 'lo scorso anno' is 'l'anno scorso': a total over last year ---
    ("total-lo-scorso-anno", "2025-01-20",
     "Lo scorso anno nel porto di Livorno sono state sequestrate circa 2 tonnellate di cocaina, ha spiegato il "
     "direttore dell'Ufficio delle Dogane.",
     [dict(drug="cocaine", quantity_kg=2000, kind=A, port="Livorno", date="2024")]),
    # --- a per-item weight 'ciascuno del peso di' is no seizure; the total is ---
    ("qty-per-item-del-peso", "2025-02-11",
     "Nella stiva i militari hanno trovato 60 panetti di cocaina, ciascuno del peso di circa 1.050 grammi, per un "
     "totale di oltre 63 chili.",
     [dict(drug="cocaine", quantity_kg=63, kind=E)]),
    # --- a span of months frames a total ('tra giugno e luglio'), over two ports no port ---
    ("total-month-span-two-ports", "2024-09-05",
     "Tra giugno e luglio i finanzieri hanno sequestrato 320 chili di cocaina nei porti di Genova e La Spezia, in "
     "container di frutta arrivati dal Sudamerica.",
     [dict(drug="cocaine", quantity_kg=320, kind=A, port=None, date="2024", agencies=[GDF])]),
    # --- a span of months that times the inquiry in a side clause frames no total (review of 4468986) ---
    ("inquiry-month-span-one-seizure", "2025-06-14",
     "Le indagini, condotte tra marzo e maggio, si sono concluse martedì con il sequestro di 300 chili di cocaina "
     "nel porto di Gioia Tauro.",
     [dict(drug="cocaine", quantity_kg=300, kind=E)]),
    ("en-inquiry-month-span-one-seizure", "2025-06-14",
     "The investigation, which ran from March to May, ended on Tuesday when officers seized 300 kg of cocaine at the "
     "port of Felixstowe.",
     [dict(drug="cocaine", quantity_kg=300, kind=E)]),
    ("es-inquiry-month-span-one-seizure", "2025-06-14",
     "La investigación, que se desarrolló de marzo a mayo, culminó el martes con la incautación de 300 kilos de "
     "cocaína en el puerto de Algeciras.",
     [dict(drug="cocaine", quantity_kg=300, kind=E)]),
    # --- the prosecutor who coordinates is named beside those who seized; they keep the credit ---
    ("agency-con-il-coordinamento", "2025-04-02",
     "I finanzieri del Gruppo di Livorno, con il coordinamento della Procura della Repubblica, hanno sequestrato "
     "insieme ai funzionari dell'Agenzia delle Dogane 85 chili di cocaina nel porto di Livorno.",
     [dict(drug="cocaine", quantity_kg=85, kind=E, port="Livorno", agencies=[GDF, ADM])]),
    ("agency-coordinati-dalla-dda", "2025-04-02",
     "I militari della Guardia di Finanza e i funzionari dell'Agenzia delle Dogane, coordinati dalla Dda di Reggio "
     "Calabria, hanno sequestrato 130 chili di cocaina nel porto di Gioia Tauro.",
     [dict(drug="cocaine", quantity_kg=130, kind=E, port="Gioia Tauro", agencies=[GDF, ADM])]),
    ("agency-inquiry-coordinated-elsewhere", "2025-04-02",
     "I finanzieri hanno sequestrato 50 chili di cocaina nel porto di Livorno. Le indagini, coordinate dalla "
     "Procura, sono state affidate alla Squadra Mobile della Polizia di Stato.",
     [dict(drug="cocaine", quantity_kg=50, kind=E, port="Livorno", agencies=[GDF])]),
    # --- 'il bottino:' lists the haul of a seizure told just before; 'prodotte in' says where it was made ---
    ("haul-il-bottino", "2025-04-02",
     "Maxi sequestro all'alba nel porto di Bari. Il bottino: 9 tonnellate di hashish, prodotte in Marocco e nascoste "
     "in un carico di tessuti.",
     [dict(drug="cannabis", quantity_kg=9000, kind=E, primary=True)]),
    # --- the bricks first, then the weight told of the drug as the subject of the next sentence ---
    ("qty-weight-of-the-subject", "2025-03-03",
     "Nel porto di La Spezia i funzionari delle Dogane hanno scoperto 75 panetti di cocaina. La sostanza "
     "stupefacente, occultata nel doppiofondo di un container refrigerato arrivato dal Perù, pesava nel complesso "
     "circa 82 chili.",
     [dict(drug="cocaine", quantity_kg=82, kind=E, port="La Spezia", agencies=[ADM])]),
    ("qty-weight-of-the-subject-no-commas", "2025-03-03",
     "Nel porto di Vado Ligure i finanzieri hanno sequestrato 90 panetti di cocaina. La droga era nascosta in un "
     "container di legname e pesava complessivamente 97 chili.",
     [dict(drug="cocaine", quantity_kg=97, kind=E, port="Vado Ligure", agencies=[GDF])]),
    ("qty-subject-not-across-a-colon", "2025-03-03",
     "Nel porto di La Spezia i funzionari delle Dogane hanno scoperto 75 panetti di cocaina. La droga, occultata "
     "in tre container arrivati dal Perù via Panama, è stata distrutta: il carico di caffè pesava 20 tonnellate.",
     [dict(drug="cocaine", quantity_kg=None, units=75, kind=E, port="La Spezia")]),
]


# cases the extractor still gets wrong, kept visible (strict: a fix must remove them from here)
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES, KNOWN_FAILURES))
def test_italian_press(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


# the Italian cues the battery added, each firing where it should and not where it should not
@pytest.mark.parametrize(("cue", "text", "fires"), [
    ("ARRESTED", "il camionista è stato fermato dai carabinieri", True),
    ("ARRESTED", "fermati due uomini al varco portuale", True),
    ("ARRESTED", "la polizia ha fermato un furgone con 30 chili di marijuana", False),
    ("ARRESTED", "i finanzieri hanno fermato il tir sbarcato dal traghetto", False),
    ("BACKGROUND", "a febbraio nello stesso scalo erano stati trovati 150 chili", True),
    ("BACKGROUND", "i finanzieri avevano già sequestrato 300 chili", True),
    ("BACKGROUND", "il precedente sequestro risale a marzo", True),
    ("BACKGROUND", "un sequestro record nel porto", True),
    ("BACKGROUND", "sequestro senza precedenti per la Guardia di Finanza", False),
    ("BACKGROUND", "la droga era nascosta in un container di banane", False),
    ("BACKGROUND", "sono stati sequestrati 150 chili", False),
    ("NOT_FIRST", "è il secondo sequestro in un mese nello scalo", True),
    ("NOT_FIRST", "nel secondo container c'erano altri 50 chili", False),
    ("SINGLE_SHIPMENT", "l'inchiesta è partita nel 2022 dopo il sequestro di 500 chili", True),
    ("SINGLE_SHIPMENT", "nel 2022 i sequestri di cocaina sono stati 40", False),
    ("SMUGGLED_ONLY", "dal porto transita ogni anno un quinto della cocaina", True),
    ("SMUGGLED_ONLY", "il container, in transito a Gioia Tauro, è stato sequestrato", False),
    ("SMUGGLED_ONLY", "il container transitato da Panama conteneva 200 chili", False),
    ("SMUGGLED_ONLY", "l'organizzazione era in grado di importare 500 chili al mese", True),
    ("SMUGGLED_ONLY", "il clan importava cocaina dal Sudamerica", True),
    ("SMUGGLED_ONLY", "la droga era destinata a essere smerciata in Campania", True),
    ("SMUGGLED_ONLY", "gli importatori di frutta", False),
    ("AGGREGATE", "nell'anno appena trascorso sono state sequestrate 3 tonnellate", True),
    ("AGGREGATE", "nell'ultimo anno nello scalo", True),
    ("AGGREGATE", "ogni anno transitano dal porto", True),
    ("AGGREGATE", "nel terzo trimestre", True),
    ("AGGREGATE", "l'ultimo sequestro risale a martedì", False),
    ("AGGREGATE", "l'anno appena iniziato", False),
    ("AGGREGATE", "nei primi giorni di marzo il reparto ha intercettato", False),
    ("AGGREGATE", "en los primeros días de marzo", False),
    ("AGGREGATE", "nei primi dieci giorni di marzo", True),
    ("AGGREGATE", "negli ultimi giorni sono stati sequestrati", True),
    ("AGGREGATE", "nei primi mesi del 2024", True),
    ("AGGREGATE", "dall\u2019inizio dell\u2019anno nello scalo", True),
    ("AGGREGATE", "nell\u2019anno appena trascorso", True),
    ("AGGREGATE", "l\u2019operazione di ieri nel porto", False),
    ("PER_ITEM", "panetti da un chilo l\u2019uno", True),
    ("PER_ITEM", "l\u2019unico container sospetto", False),
    ("WEAK_AGGREGATE", "lo scorso anno nello scalo", True),
    ("WEAK_AGGREGATE", "lo scorso 12 marzo nello scalo", False),
    ("STORY_BREAK", "lo scorso anno il porto aveva", True),
    ("PER_ITEM_BEFORE", "60 panetti, ciascuno del peso di circa ", True),
    ("PER_ITEM_BEFORE", "60 panetti, ciascuno da ", True),
    ("PER_ITEM_BEFORE", "60 panetti per un peso complessivo di ", False),
    ("AGGREGATE", "tra luglio e agosto sono state sequestrate", True),
    ("AGGREGATE", "da gennaio a marzo nello scalo", True),
    ("AGGREGATE", "between july and august", True),
    ("AGGREGATE", "in italia, tra luglio e agosto, sono state sequestrate 204 chili", True),
    ("AGGREGATE", "le indagini, condotte tra marzo e maggio, si sono concluse", False),
    ("AGGREGATE", "il container è arrivato a luglio e la droga è stata scoperta ad agosto", False),
    ("SEIZED", "il bottino: 9 tonnellate di hashish", True),
    ("SEIZED", "una bottiglia di vino", False),
])
def test_italian_cues(cue, text, fires):
    from nlp import cues

    assert bool(getattr(cues, cue).search(text.lower())) is fires


def test_cue_apostrophes_keep_character_classes():
    """A straight apostrophe in a cue also matches the typographic one, but one already written inside a character
    class stays as written."""
    from nlp import cues

    assert cues._apostrophes("dall'inizio") == "dall['\u2019]inizio"
    assert cues._apostrophes("d['e\u2019] ?l'an") == "d['e\u2019] ?l['\u2019]an"
