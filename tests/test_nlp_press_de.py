"""German press battery (#9): short paragraphs written for this test in the way German-language newsrooms, dpa and
the press offices of customs (Hauptzollamt, Zollfahndungsamt) and police write about drug seizures in ports.
None is copied from a corpus text. Each case: publication date, text, and the facts the contract expects, each
fact given by the fields that matter for it (drug, quantity_kg and kind always; others when stated). Real spaCy
pipelines, no mocks."""

from __future__ import annotations

import pytest

from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

E, A = "event", "aggregate"

# (id, published, text, [expected facts]); a fact is a dict of the fields asserted
CASES = [
    # --- dates: weekdays, month parts, seizure day vs announcement day ---
    ("date-weekday-before-announcement", "2025-03-14",
     "Hamburg (dpa) - Zollfahnder haben im Hamburger Hafen rund 800 Kilogramm Kokain sichergestellt. Die Drogen waren "
     "in einem Container mit Bananen aus Ecuador versteckt, wie das Zollfahndungsamt Hamburg am Freitag mitteilte. "
     "Entdeckt wurde das Rauschgift bereits am Dienstag.",
     [dict(drug="cocaine", quantity_kg=800, kind=E, primary=True, port="Hamburg", country="DE", date="2025-03-11",
           agencies=["German Customs"])]),
    ("date-anfang-month", "2025-06-20",
     "Bremerhaven. Der Zoll hat Anfang Juni im Containerterminal Bremerhaven 350 Kilo Kokain entdeckt. Das teilte "
     "das Hauptzollamt Bremen am Donnerstag mit.",
     [dict(drug="cocaine", quantity_kg=350, kind=E, port="Bremerhaven", date="2025-06", agencies=["German Customs"])]),
    ("date-mitte-month-erst-jetzt", "2024-07-03",
     "Wie erst jetzt bekannt wurde, stellten Beamte des Hauptzollamts Hamburg bereits Mitte Mai im Hamburger Hafen "
     "1,2 Tonnen Kokain sicher.",
     [dict(drug="cocaine", quantity_kg=1200, kind=E, port="Hamburg", date="2024-05", agencies=["German Customs"])]),
    ("date-vergangene-woche", "2025-02-20",
     "Bei einer Kontrolle im Hafen von Rostock haben Zöllner in der vergangenen Woche 60 Kilogramm Haschisch in "
     "einem Lastwagen gefunden, der von einer Fähre aus Schweden kam.",
     [dict(drug="cannabis", quantity_kg=60, kind=E, port="Rostock", country="DE", date="2025-02",
           agencies=["German Customs"])]),
    ("date-day-month-dateline-year", "2025-03-20",
     "Kiel – Am 12. März entdeckten Zollbeamte im Kieler Hafen 45 Kilogramm Marihuana in einem Wohnmobil.",
     [dict(drug="cannabis", quantity_kg=45, kind=E, port="Kiel", date="2025-03-12", agencies=["German Customs"])]),
    ("date-announced-by-prosecutor", "2025-02-24",
     "Wie die Staatsanwaltschaft Hamburg am Montag mitteilte, wurden die 400 Kilogramm Kokain bereits am 3. Februar "
     "bei der Kontrolle eines Containers aus Paraguay im Hamburger Hafen sichergestellt. Die Ermittlungen führt das "
     "Landeskriminalamt.",
     [dict(drug="cocaine", quantity_kg=400, kind=E, port="Hamburg", date="2025-02-03", agencies=[])]),
    ("date-participle-weeks-ago", "2025-04-18",
     "Die vor zwei Wochen im Hamburger Hafen sichergestellten 2,1 Tonnen Kokain sind inzwischen vernichtet worden.",
     [dict(drug="cocaine", quantity_kg=2100, kind=E, port="Hamburg", date="2025-04")]),
    # --- totals vs single seizures ---
    ("total-last-year-port", "2025-03-05",
     "Der Zoll hat im vergangenen Jahr im Hamburger Hafen insgesamt 18,5 Tonnen Kokain sichergestellt, wie die "
     "Generalzolldirektion am Mittwoch bei der Vorstellung ihrer Jahresbilanz mitteilte.",
     [dict(drug="cocaine", quantity_kg=18500, kind=A, primary=True, port="Hamburg", date="2024",
           agencies=["German Customs"])]),
    ("total-three-checks", "2025-09-10",
     "Bei drei Kontrollen innerhalb einer Woche fanden Zollbeamte im Hafen von Bremerhaven zusammen 900 Kilogramm "
     "Kokain.",
     [dict(drug="cocaine", quantity_kg=900, kind=A, port="Bremerhaven")]),
    ("total-with-components", "2025-05-15",
     "Insgesamt stellten die Ermittler 1,5 Tonnen Kokain sicher: 1.100 Kilogramm in einem Container mit Ananas im "
     "Hamburger Hafen und 400 Kilogramm in einer Lagerhalle in Hamburg-Billbrook.",
     [dict(drug="cocaine", quantity_kg=1500, kind=A, port=None),
      dict(drug="cocaine", quantity_kg=1100, kind=E, port="Hamburg"),
      dict(drug="cocaine", quantity_kg=400, kind=E, port=None)]),
    ("total-since-new-year-beside-find", "2025-06-12",
     "Niederländische Zollfahnder haben im Rotterdamer Hafen 3.000 Kilo Kokain in einer Ladung Bananen entdeckt. "
     "Seit Jahresbeginn wurden in Rotterdam damit bereits mehr als 20 Tonnen Kokain beschlagnahmt.",
     [dict(drug="cocaine", quantity_kg=3000, kind=E, primary=True, port="Rotterdam", agencies=["Dutch Customs"]),
      dict(drug="cocaine", quantity_kg=20000, kind=A, primary=False)]),
    ("total-half-year-two-ports", "2024-08-01",
     "Im ersten Halbjahr 2024 hat der deutsche Zoll in den Häfen Hamburg und Bremerhaven knapp zwölf Tonnen Kokain "
     "sichergestellt.",
     [dict(drug="cocaine", quantity_kg=12000, kind=A, port=None, country="DE", date="2024",
           agencies=["German Customs"])]),
    ("background-wir-berichteten", "2025-05-08",
     "Nach dem Rekordfund von acht Tonnen Kokain im März (wir berichteten) haben Zollfahnder im Hamburger Hafen "
     "erneut zugeschlagen: In einem Container mit Bananen aus Kolumbien entdeckten sie 600 Kilogramm Kokain.",
     [dict(drug="cocaine", quantity_kg=8000, kind=E, primary=False),
      dict(drug="cocaine", quantity_kg=600, kind=E, primary=True, port="Hamburg", agencies=["German Customs"])]),
    # --- quantities: number words, halves, separators, ranges, grams, counts ---
    ("qty-number-word-hundreds", "2025-01-10",
     "Zöllner im Hafen von Hamburg haben dreihundert Kilo Kokain in einer Lieferung Kaffee aus Brasilien entdeckt.",
     [dict(drug="cocaine", quantity_kg=300, kind=E, port="Hamburg")]),
    # plain 'die Polizei' is unnamed police: no agency (contract); a named police force is credited
    ("qty-halbe-tonne", "2025-01-10",
     "Eine halbe Tonne Kokain hat die Polizei im Hafen von Wilhelmshaven sichergestellt.",
     [dict(drug="cocaine", quantity_kg=500, kind=E, port="Wilhelmshaven", agencies=[])]),
    ("qty-anderthalb", "2025-01-10",
     "Im Bremerhavener Hafen haben Zollbeamte anderthalb Tonnen Kokain in einem Kühlcontainer gefunden.",
     [dict(drug="cocaine", quantity_kg=1500, kind=E, port="Bremerhaven")]),
    ("qty-zweieinhalb", "2025-01-10",
     "Fahnder entdeckten im Hamburger Hafen zweieinhalb Tonnen Kokain zwischen Bananenkisten.",
     [dict(drug="cocaine", quantity_kg=2500, kind=E, port="Hamburg")]),
    ("qty-swiss-apostrophe", "2025-01-10",
     "Die Kantonspolizei Basel-Stadt hat in einem Lastwagen 1'200 Kilogramm Marihuana sichergestellt.",
     [dict(drug="cannabis", quantity_kg=1200, kind=E, port=None, country="CH", agencies=["Swiss Police"])]),
    ("qty-range", "2025-01-10",
     "Im Hafen von Hamburg fanden Zöllner zwischen 300 und 400 Kilogramm Kokain in einem Container mit Holz.",
     [dict(drug="cocaine", quantity_kg=300, kind=E, port="Hamburg")]),
    ("qty-compound-tonnes-kilos", "2025-01-10",
     "Der Zoll hat im Hafen von Bremerhaven 5 Tonnen und 300 Kilogramm Kokain beschlagnahmt.",
     [dict(drug="cocaine", quantity_kg=5300, kind=E, port="Bremerhaven", agencies=["German Customs"])]),
    ("qty-packages-only", "2025-01-10",
     "Im Hamburger Hafen entdeckten Zollbeamte 120 Pakete mit Kokain in einem Container aus Ecuador.",
     [dict(drug="cocaine", quantity_kg=None, units=120, kind=E, port="Hamburg")]),
    ("qty-pills-millions", "2025-01-10",
     "Zollfahnder haben im Hamburger Hafen 3,5 Millionen Ecstasy-Tabletten in einem Lkw entdeckt.",
     [dict(drug="mdma", quantity_kg=None, units=3500000, kind=E)]),
    ("qty-knapp-one-tonne-word", "2025-01-10",
     "Knapp eine Tonne Kokain ist im Hafen von Antwerpen vom belgischen Zoll entdeckt worden.",
     [dict(drug="cocaine", quantity_kg=1000, kind=E, port="Antwerp", country="BE", agencies=["Belgian Customs"])]),
    # --- ports: terminals and local names; sea, airport, warehouse near a port ---
    ("port-terminal-altenwerder", "2025-01-10",
     "Am Containerterminal Altenwerder entdeckten Zöllner 450 Kilogramm Kokain in einem Container mit Bananen.",
     [dict(drug="cocaine", quantity_kg=450, kind=E, port="Hamburg")]),
    ("port-at-sea-navy", "2025-01-10",
     "Die französische Marine hat auf hoher See vor den Antillen 2,3 Tonnen Kokain an Bord eines Segelboots "
     "beschlagnahmt.",
     [dict(drug="cocaine", quantity_kg=2300, kind=E, port=None, country="FR", agencies=["French Navy"])]),
    ("port-airport", "2025-01-10",
     "Am Frankfurter Flughafen fanden Zöllner 40 Kilogramm Kokain im Gepäck eines Reisenden aus Brasilien.",
     [dict(drug="cocaine", quantity_kg=40, kind=E, port=None, country="DE", agencies=["German Customs"])]),
    ("port-warehouse-near-port", "2025-01-10",
     "In einer Lagerhalle in der Nähe des Hamburger Hafens stellte die Polizei 700 Kilogramm Kokain sicher.",
     [dict(drug="cocaine", quantity_kg=700, kind=E, port=None, agencies=[])]),
    ("port-foreign-port-german-name", "2025-01-10",
     "Die spanische Guardia Civil hat im Hafen von Algeciras drei Tonnen Kokain in einer Ladung Bananen "
     "sichergestellt.",
     [dict(drug="cocaine", quantity_kg=3000, kind=E, port="Algeciras", country="ES", agencies=["Guardia Civil"])]),
    # --- agencies: credited vs taking over ---
    ("agency-bundespolizei", "2025-01-10",
     "Die Bundespolizei hat im Hafen von Kiel 80 Kilogramm Haschisch im Kofferraum eines Autos entdeckt.",
     [dict(drug="cannabis", quantity_kg=80, kind=E, port="Kiel", agencies=["German Federal Police"])]),
    ("agency-zoll-and-bka", "2025-01-10",
     "In einer gemeinsamen Aktion haben Zoll und Bundeskriminalamt im Hamburger Hafen 1,7 Tonnen Kokain "
     "sichergestellt.",
     [dict(drug="cocaine", quantity_kg=1700, kind=E, port="Hamburg",
           agencies=["German Customs", "German Federal Criminal Police Office"])]),
    ("agency-takeover-prosecutor", "2025-01-10",
     "Zollbeamte haben im Hafen von Bremerhaven 230 Kilogramm Kokain entdeckt. Die Staatsanwaltschaft Bremen hat "
     "die Ermittlungen übernommen.",
     [dict(drug="cocaine", quantity_kg=230, kind=E, port="Bremerhaven", agencies=["German Customs"])]),
    ("agency-dutch-customs", "2025-01-10",
     "Der niederländische Zoll hat im Hafen von Rotterdam 1.400 Kilogramm Kokain in einer Ladung Ananas gefunden.",
     [dict(drug="cocaine", quantity_kg=1400, kind=E, port="Rotterdam", country="NL", agencies=["Dutch Customs"])]),
    # --- non-seizures ---
    ("non-smuggled-estimate", "2025-01-10",
     "Nach Schätzungen der Ermittler wurden über den Hamburger Hafen in den vergangenen Jahren mindestens 20 Tonnen "
     "Kokain geschmuggelt.", []),
    ("non-attempted-import-court", "2025-01-10",
     "Das Landgericht Hamburg hat einen 45-Jährigen zu acht Jahren Haft verurteilt. Er soll versucht haben, "
     "200 Kilogramm Kokain über den Hafen nach Deutschland einzuführen.", []),
    ("non-price", "2025-01-10",
     "Ein Kilogramm Kokain kostet im Großhandel in Hamburg rund 30.000 Euro, sagt ein Ermittler.", []),
    ("non-throughput", "2025-01-10",
     "Im Hamburger Hafen wurden im vergangenen Jahr 7,8 Millionen Standardcontainer und 114 Millionen Tonnen Güter "
     "umgeschlagen. Der Zoll warnt vor Kokainschmuggel.", []),
    ("non-legal-limit", "2025-01-10",
     "Seit April ist der Besitz von bis zu 25 Gramm Cannabis für Erwachsene erlaubt.", []),
    ("non-production", "2025-01-10",
     "Kolumbien hat nach UN-Angaben im Jahr 2023 rund 2.600 Tonnen Kokain produziert.", []),
    ("per-bag-beside-total", "2025-01-10",
     "Im Hamburger Hafen fanden die Zöllner 1,2 Tonnen Kokain. Die 40 Sporttaschen enthielten jeweils rund "
     "30 Kilogramm.",
     [dict(drug="cocaine", quantity_kg=1200, kind=E, port="Hamburg")]),
    ("court-case-about-a-seizure", "2025-01-10",
     "Vor dem Landgericht Bremen müssen sich seit Dienstag drei Hafenarbeiter verantworten. Sie sollen versucht "
     "haben, 300 Kilogramm Kokain aus einem Container im Hafen Bremerhaven zu holen. Der Zoll hatte die Drogen "
     "zuvor entdeckt und sichergestellt.",
     [dict(drug="cocaine", quantity_kg=300, kind=E, primary=True, port="Bremerhaven")]),
    # --- second round: more dates, totals, quantities, places and authorities as German papers write them ---
    ("date-ende-month-last-year", "2025-02-10",
     "Wie das Hauptzollamt Hamburg mitteilte, entdeckten Zöllner bereits Ende Dezember vergangenen Jahres im "
     "Hamburger Hafen 320 Kilogramm Kokain in einem Container mit Kaffee.",
     [dict(drug="cocaine", quantity_kg=320, kind=E, port="Hamburg", date="2024-12", agencies=["German Customs"])]),
    ("date-wochenende", "2025-05-13",
     "Am vergangenen Wochenende haben Zollbeamte im Bremerhavener Hafen 95 Kilogramm Kokain sichergestellt.",
     [dict(drug="cocaine", quantity_kg=95, kind=E, port="Bremerhaven", date="2025-05")]),
    ("date-announcement-only", "2025-05-13",
     "Der Zoll hat im Hamburger Hafen 1,1 Tonnen Kokain entdeckt. Das teilte das Zollfahndungsamt Hamburg am "
     "Montag mit.",
     [dict(drug="cocaine", quantity_kg=1100, kind=E, port="Hamburg", date=None, agencies=["German Customs"])]),
    ("date-full-date", "2025-05-13",
     "Am 28. April 2025 fanden Zöllner im Hafen von Bremerhaven 210 Kilo Kokain in einem Kühlcontainer.",
     [dict(drug="cocaine", quantity_kg=210, kind=E, port="Bremerhaven", date="2025-04-28")]),
    ("date-gestern", "2025-05-13",
     "Hamburg – Zollfahnder haben gestern im Hamburger Hafen 700 Kilogramm Kokain sichergestellt.",
     [dict(drug="cocaine", quantity_kg=700, kind=E, port="Hamburg", date="2025-05-12")]),
    ("total-country-year", "2025-03-20",
     "Im Jahr 2024 hat der Zoll bundesweit rund 43 Tonnen Kokain sichergestellt, teilte das "
     "Bundesfinanzministerium mit.",
     [dict(drug="cocaine", quantity_kg=43000, kind=A, port=None, country="DE", date="2024")]),
    ("total-vs-previous-year", "2025-03-20",
     "Im Hamburger Hafen stellte der Zoll 2024 insgesamt 15 Tonnen Kokain sicher. Im Vorjahr waren es noch 11 "
     "Tonnen gewesen.",
     [dict(drug="cocaine", quantity_kg=15000, kind=A, primary=True, port="Hamburg", date="2024"),
      dict(drug="cocaine", quantity_kg=11000, kind=A, primary=False)]),
    ("single-find-several-containers", "2025-03-20",
     "Zollfahnder haben im Hamburger Hafen 2,8 Tonnen Kokain entdeckt, verteilt auf drei Container mit Bananen "
     "aus Ecuador.",
     [dict(drug="cocaine", quantity_kg=2800, kind=E, port="Hamburg")]),
    ("total-first-nine-months", "2025-10-20",
     "In den ersten neun Monaten des Jahres haben die Behörden im Hafen von Antwerpen 44 Tonnen Kokain beschlagnahmt.",
     [dict(drug="cocaine", quantity_kg=44000, kind=A, port="Antwerp")]),
    ("qty-gut", "2025-03-20",
     "Zöllner haben im Hamburger Hafen gut 400 Kilo Kokain in einem Container mit Ananas entdeckt.",
     [dict(drug="cocaine", quantity_kg=400, kind=E, port="Hamburg")]),
    ("qty-ca-kg-abbrev", "2025-03-20",
     "Bei der Kontrolle eines Containers im Hafen von Bremerhaven fanden Zöllner ca. 300 kg Kokain.",
     [dict(drug="cocaine", quantity_kg=300, kind=E, port="Bremerhaven")]),
    ("qty-knapp-dreieinhalb", "2025-03-20",
     "Knapp dreieinhalb Tonnen Kokain haben Zollfahnder im Hamburger Hafen sichergestellt.",
     [dict(drug="cocaine", quantity_kg=3500, kind=E, port="Hamburg")]),
    ("qty-two-drugs", "2025-03-20",
     "Im Hafen von Rotterdam entdeckte der niederländische Zoll 1,3 Tonnen Kokain und 200 Kilogramm Heroin in "
     "einem Container.",
     [dict(drug="cocaine", quantity_kg=1300, kind=E, port="Rotterdam"),
      dict(drug="heroin", quantity_kg=200, kind=E, port="Rotterdam")]),
    ("qty-packages-beside-weight", "2025-03-20",
     "Im Hamburger Hafen entdeckten Zöllner 400 Kilogramm Kokain, verpackt in 350 Päckchen.",
     [dict(drug="cocaine", quantity_kg=400, kind=E, port="Hamburg")]),
    ("qty-captagon-tablets", "2025-03-20",
     "Zollfahnder haben im Hafen von Hamburg 500.000 Captagon-Tabletten in einem Container aus dem Libanon entdeckt.",
     [dict(drug="captagon", quantity_kg=None, units=500000, kind=E, port="Hamburg")]),
    ("qty-crystal-meth", "2025-03-20",
     "Die Bundespolizei hat im Hafen von Kiel 16 Kilogramm Crystal Meth in einem Reisebus gefunden.",
     [dict(drug="methamphetamine", quantity_kg=16, kind=E, port="Kiel", agencies=["German Federal Police"])]),
    ("port-city-only", "2025-03-20",
     "In Antwerpen hat der belgische Zoll 3,5 Tonnen Kokain in einer Ladung Bananen entdeckt.",
     [dict(drug="cocaine", quantity_kg=3500, kind=E, port="Antwerp", agencies=["Belgian Customs"])]),
    ("port-ueberseehafen", "2025-03-20",
     "Im Überseehafen Rostock haben Zöllner 120 Kilogramm Kokain in einem Sattelauflieger entdeckt.",
     [dict(drug="cocaine", quantity_kg=120, kind=E, port="Rostock")]),
    ("port-apartment-in-port-city", "2025-03-20",
     "Bei der Durchsuchung einer Wohnung in Bremerhaven stellte die Kriminalpolizei 12 Kilogramm Kokain sicher.",
     [dict(drug="cocaine", quantity_kg=12, kind=E, port=None)]),
    ("port-motorway", "2025-03-20",
     "Auf der Autobahn 1 bei Bremen fanden Zollbeamte 80 Kilogramm Marihuana in einem Lastwagen aus Spanien.",
     [dict(drug="cannabis", quantity_kg=80, kind=E, port=None, country="DE")]),
    ("port-foreign-ecuador", "2025-03-20",
     "Die ecuadorianische Polizei hat im Hafen von Guayaquil 6 Tonnen Kokain beschlagnahmt, die für Hamburg "
     "bestimmt waren.",
     [dict(drug="cocaine", quantity_kg=6000, kind=E, port="Guayaquil", country="EC")]),
    ("agency-swiss-bazg", "2025-03-20",
     "Das Bundesamt für Zoll und Grenzsicherheit (BAZG) hat am Grenzübergang Chiasso 60 Kilogramm Kokain in "
     "einem Lastwagen entdeckt.",
     [dict(drug="cocaine", quantity_kg=60, kind=E, port=None, country="CH",
           agencies=["Swiss Federal Office for Customs and Border Security"])]),
    ("agency-italian-finance-police", "2025-03-20",
     "Die italienische Finanzpolizei hat im Hafen von Gioia Tauro mehr als zwei Tonnen Kokain sichergestellt.",
     [dict(drug="cocaine", quantity_kg=2000, kind=E, port="Gioia Tauro", country="IT",
           agencies=["Guardia di Finanza"])]),
    ("agency-zollfahndung-essen", "2025-03-20",
     "Ermittler des Zollfahndungsamts Essen haben im Hafen von Duisburg 150 Kilogramm Kokain sichergestellt.",
     [dict(drug="cocaine", quantity_kg=150, kind=E, agencies=["German Customs"])]),
    ("agency-wasserschutzpolizei", "2025-03-20",
     "Beamte der Wasserschutzpolizei haben im Hamburger Hafen an Bord eines Frachters 30 Kilogramm Heroin gefunden.",
     [dict(drug="heroin", quantity_kg=30, kind=E, port="Hamburg", agencies=["German Police"])]),
    ("non-money-value", "2025-03-20",
     "Die Drogen haben einen Straßenverkaufswert von rund 50 Millionen Euro, teilte der Zoll mit.", []),
    ("non-yearly-smuggled-estimate", "2025-03-20",
     "Experten schätzen, dass jedes Jahr rund 100 Tonnen Kokain über den Hamburger Hafen nach Europa gelangen.", []),
    ("non-brought-court", "2025-03-20",
     "Die Bande soll zwischen 2020 und 2022 mindestens 2,5 Tonnen Kokain über den Hafen von Antwerpen nach "
     "Deutschland gebracht haben, so die Anklage.", []),
    ("non-cash", "2025-03-20",
     "Bei den Durchsuchungen stellten die Ermittler außerdem 250.000 Euro Bargeld und drei Luxusautos sicher.", []),
    # --- third round: seizure verbs, Austrian and Swiss words, compounds, figures for dates, ships at sea ---
    ("seized-aus-dem-verkehr", "2025-03-20",
     "Zollfahnder haben im Hamburger Hafen 450 Kilogramm Kokain aus dem Verkehr gezogen.",
     [dict(drug="cocaine", quantity_kg=450, kind=E, port="Hamburg")]),
    ("seized-stiessen-auf", "2025-03-20",
     "Bei der Kontrolle eines Containers im Hafen von Bremerhaven stießen die Beamten auf 230 Kilogramm Kokain.",
     [dict(drug="cocaine", quantity_kg=230, kind=E, port="Bremerhaven")]),
    ("seized-konfisziert", "2025-03-20",
     "Im Hafen von Antwerpen wurden 2,3 Tonnen Kokain konfisziert.",
     [dict(drug="cocaine", quantity_kg=2300, kind=E, port="Antwerp")]),
    ("austrian-suchtgift", "2025-03-20",
     "Beamte des Zollamts Österreich stellten am Grenzübergang Nickelsdorf 35 Kilogramm Suchtgift sicher.",
     [dict(drug="other", quantity_kg=35, kind=E, port=None, country="AT", agencies=["Austrian Customs"])]),
    ("swiss-betaeubungsmittel-kokain", "2025-03-20",
     "Im Rheinhafen Basel hat das BAZG 40 Kilogramm Kokain in einem Schiffscontainer entdeckt.",
     [dict(drug="cocaine", quantity_kg=40, kind=E, agencies=["Swiss Federal Office for Customs and Border Security"])]),
    ("qty-gesamtgewicht-one-find", "2025-03-20",
     "Im Hamburger Hafen fanden Zöllner 120 Pakete mit einem Gesamtgewicht von 140 Kilogramm Kokain.",
     [dict(drug="cocaine", quantity_kg=140, kind=E, port="Hamburg")]),
    ("qty-insgesamt-one-find", "2025-03-20",
     "In dem Container aus Ecuador entdeckten die Zöllner im Hafen von Hamburg insgesamt 140 Kilogramm Kokain "
     "in 120 Paketen.",
     [dict(drug="cocaine", quantity_kg=140, kind=E, port="Hamburg")]),
    ("qty-t-abbrev", "2025-03-20",
     "Hamburg: Zoll stellt 1,5 t Kokain im Hafen sicher.\n\nDer Zoll hat im Hamburger Hafen 1,5 t Kokain in "
     "einem Container mit Bananen gefunden.",
     [dict(drug="cocaine", quantity_kg=1500, kind=E, port="Hamburg")]),
    ("qty-vague-hundreds", "2025-03-20",
     "Zöllner haben im Hamburger Hafen mehrere hundert Kilo Kokain entdeckt.", []),
    ("qty-im-gewicht-von", "2025-03-20",
     "Im Hafen von Bremerhaven wurde Kokain im Gewicht von 600 Kilogramm sichergestellt.",
     [dict(drug="cocaine", quantity_kg=600, kind=E, port="Bremerhaven")]),
    ("qty-adjectival-schwer", "2025-03-20",
     "Zollfahnder haben im Hamburger Hafen eine 700 Kilogramm schwere Kokainlieferung abgefangen.",
     [dict(drug="cocaine", quantity_kg=700, kind=E, port="Hamburg")]),
    ("qty-eine-tonne", "2025-03-20",
     "Der Zoll hat im Hafen von Wilhelmshaven eine Tonne Kokain in einem Container entdeckt.",
     [dict(drug="cocaine", quantity_kg=1000, kind=E, port="Wilhelmshaven", agencies=["German Customs"])]),
    ("qty-einer-halben-tonne", "2025-03-20",
     "Nach dem Fund von einer halben Tonne Kokain im Hamburger Hafen ermittelt die Staatsanwaltschaft.",
     [dict(drug="cocaine", quantity_kg=500, kind=E, port="Hamburg", agencies=[])]),
    ("date-numeric-no-year", "2025-03-20",
     "Am 11.03. entdeckten Zöllner im Hamburger Hafen 90 Kilogramm Kokain.",
     [dict(drug="cocaine", quantity_kg=90, kind=E, port="Hamburg", date="2025-03-11")]),
    ("date-numeric-full", "2025-03-20",
     "Am 11.03.2025 entdeckten Zöllner im Hamburger Hafen 90 Kilogramm Kokain.",
     [dict(drug="cocaine", quantity_kg=90, kind=E, port="Hamburg", date="2025-03-11")]),
    ("date-dienstagabend", "2025-03-20",
     "Am Dienstagabend haben Zollbeamte im Hafen von Kiel 25 Kilogramm Marihuana gefunden.",
     [dict(drug="cannabis", quantity_kg=25, kind=E, port="Kiel", date="2025-03-18")]),
    ("date-nacht-zum", "2025-03-20",
     "In der Nacht zum Mittwoch stellte die Bundespolizei im Hafen von Rostock 18 Kilogramm Amphetamin sicher.",
     [dict(drug="amphetamine", quantity_kg=18, kind=E, port="Rostock", date="2025-03",
           agencies=["German Federal Police"])]),
    ("date-anfang-der-woche", "2025-03-20",
     "Anfang der Woche haben Zöllner im Bremerhavener Hafen 55 Kilogramm Kokain entdeckt.",
     [dict(drug="cocaine", quantity_kg=55, kind=E, port="Bremerhaven", date="2025-03")]),
    ("date-im-februar", "2025-03-20",
     "Bereits im Februar hatten Zöllner im Hamburger Hafen 800 Kilogramm Kokain sichergestellt, wie jetzt "
     "bekannt wurde.",
     [dict(drug="cocaine", quantity_kg=800, kind=E, port="Hamburg", date="2025-02")]),
    ("port-hansestadt", "2025-03-20",
     "Zollfahnder haben am Containerterminal Tollerort 370 Kilogramm Kokain entdeckt.",
     [dict(drug="cocaine", quantity_kg=370, kind=E, port="Hamburg")]),
    ("port-jadeweserport", "2025-03-20",
     "Am Jade-Weser-Port in Wilhelmshaven haben Zöllner 260 Kilogramm Kokain in einem Container gefunden.",
     [dict(drug="cocaine", quantity_kg=260, kind=E, port="Wilhelmshaven")]),
    ("port-le-havre", "2025-03-20",
     "Der französische Zoll hat im Hafen von Le Havre 1,2 Tonnen Kokain in einem Container mit Bananen entdeckt.",
     [dict(drug="cocaine", quantity_kg=1200, kind=E, port="Le Havre", country="FR", agencies=["French Customs"])]),
    ("port-on-ship-at-sea-escorted", "2025-03-20",
     "Die spanische Guardia Civil hat auf einem Frachter im Atlantik 4 Tonnen Kokain beschlagnahmt. Das Schiff "
     "wurde in den Hafen von Las Palmas gebracht.",
     [dict(drug="cocaine", quantity_kg=4000, kind=E, port=None, country="ES", agencies=["Guardia Civil"])]),
    ("non-prices-per-kilo", "2025-03-20",
     "Ein Kilo Kokain wird in Südamerika für rund 2.000 Euro eingekauft und in Europa für 35.000 Euro "
     "verkauft.", []),
    ("non-policy", "2025-03-20",
     "Hamburg will die Kontrollen im Hafen verstärken: Künftig sollen pro Jahr 50.000 Container mehr "
     "durchleuchtet werden.", []),
    ("aggregate-with-news", "2025-03-20",
     "Der Zoll hat im Hamburger Hafen erneut eine große Menge Kokain entdeckt: 900 Kilogramm lagen in einem "
     "Container mit Bananen. Seit Jahresbeginn summieren sich die Funde im Hamburger Hafen damit auf 7 Tonnen.",
     [dict(drug="cocaine", quantity_kg=900, kind=E, primary=True, port="Hamburg"),
      dict(drug="cocaine", quantity_kg=7000, kind=A, primary=False)]),
    # --- fourth round: whole short articles (headline, dateline, background figures) ---
    ("article-dpa-with-stats", "2024-06-14",
     "Zoll findet 1,4 Tonnen Kokain in Bananenkisten\n\n"
     "Hamburg (dpa/lno) - Der Zoll hat im Hamburger Hafen 1,4 Tonnen Kokain in einem Container mit Bananen aus Ecuador "
     "entdeckt. Die Drogen seien bei einer Kontrolle am Dienstag gefunden worden, teilte das Zollfahndungsamt Hamburg "
     "am Freitag mit. Der Straßenverkaufswert wird auf rund 100 Millionen Euro geschätzt. Festnahmen gab es "
     "zunächst keine.\n\n"
     "Im vergangenen Jahr hatte der Zoll im Hamburger Hafen insgesamt rund 34 Tonnen Kokain sichergestellt, im Jahr "
     "davor waren es knapp 19 Tonnen.",
     [dict(drug="cocaine", quantity_kg=1400, kind=E, primary=True, port="Hamburg", date="2024-06-11",
           agencies=["German Customs"]),
      dict(drug="cocaine", quantity_kg=34000, kind=A, primary=False, date="2023"),
      dict(drug="cocaine", quantity_kg=19000, kind=A, primary=False, date="2022")]),
    ("article-zoll-press-release", "2025-02-04",
     "Hauptzollamt Bremen: Kokain in Kühlcontainer entdeckt\n\n"
     "Bremerhaven, 04.02.2025 – Bei der Abfertigung eines Kühlcontainers im Containerterminal Bremerhaven haben "
     "Beamtinnen und Beamte des Hauptzollamts Bremen am 28. Januar 2025 insgesamt 46 Pakete mit rund 52 Kilogramm "
     "Kokain entdeckt. Der Container war mit Fruchtsaftkonzentrat aus Brasilien beladen. Das Zollfahndungsamt Hamburg "
     "hat die weiteren Ermittlungen übernommen.",
     [dict(drug="cocaine", quantity_kg=52, kind=E, primary=True, port="Bremerhaven", date="2025-01-28",
           agencies=["German Customs"])]),
    ("article-two-finds", "2025-09-12",
     "Binnen einer Woche haben Zöllner im Hamburger Hafen zweimal große Mengen Kokain entdeckt. Am Montag fanden "
     "sie 300 Kilogramm in einem Container mit Kaffee, am Mittwoch weitere 450 Kilogramm zwischen Ananas.",
     [dict(drug="cocaine", quantity_kg=300, kind=E, port="Hamburg", date="2025-09-08"),
      dict(drug="cocaine", quantity_kg=450, kind=E, port="Hamburg", date="2025-09-10")]),
    ("article-court", "2025-04-02",
     "Prozess in Hamburg: Hafenarbeiter wegen Kokainschmuggels vor Gericht\n\n"
     "Vor dem Hamburger Landgericht hat am Dienstag der Prozess gegen drei Hafenarbeiter begonnen. Die Anklage wirft "
     "ihnen vor, im Oktober 2023 versucht zu haben, 600 Kilogramm Kokain aus einem Container am Burchardkai zu holen. "
     "Zollbeamte hatten die Drogen zuvor entdeckt und durch Attrappen ersetzt.",
     [dict(drug="cocaine", quantity_kg=600, kind=E, primary=True, port="Hamburg")]),
    ("article-belgian-annual", "2025-01-15",
     "Antwerpen: Weniger Kokain beschlagnahmt\n\n"
     "Im Hafen von Antwerpen hat der belgische Zoll im vergangenen Jahr 44 Tonnen Kokain beschlagnahmt. Das ist "
     "deutlich weniger als 2023, als 116 Tonnen sichergestellt worden waren. Die Behörden führen den Rückgang auf "
     "bessere Kontrollen in den Herkunftsländern zurück.",
     [dict(drug="cocaine", quantity_kg=44000, kind=A, primary=True, port="Antwerp", date="2024",
           agencies=["Belgian Customs"]),
      dict(drug="cocaine", quantity_kg=116000, kind=A, primary=False, date="2023")]),
    ("article-swiss", "2025-03-05",
     "Kokain in Bananenkisten: Zufallsfund in Detailhandelslager\n\n"
     "Mitarbeitende eines Verteilzentrums in Buchs AG haben in Bananenkisten rund 30 Kilogramm Kokain entdeckt. "
     "Die Kantonspolizei Aargau stellte die Drogen sicher. Die Bananen waren per Schiff aus Ecuador nach Antwerpen "
     "und von dort per Lastwagen in die Schweiz gelangt.",
     [dict(drug="cocaine", quantity_kg=30, kind=E, primary=True, port=None, country="CH", agencies=["Swiss Police"])]),
    ("article-record-background", "2025-07-01",
     "Zollfahnder entdecken 800 Kilo Kokain im Hafen Wilhelmshaven\n\n"
     "Wilhelmshaven – Zollfahnder haben im Containerhafen Wilhelmshaven rund 800 Kilogramm Kokain sichergestellt. "
     "Der bislang größte Fund in Deutschland gelang dem Zoll im Jahr 2021 in Hamburg: Damals wurden 16 Tonnen Kokain "
     "entdeckt.",
     [dict(drug="cocaine", quantity_kg=800, kind=E, primary=True, port="Wilhelmshaven"),
      dict(drug="cocaine", quantity_kg=16000, kind=E, primary=False, port="Hamburg", date="2021")]),
    # --- fifth round: mixed finds, quarters, inland raids, counts, differences ---
    ("mixed-drugs-one-find", "2025-05-20",
     "In einem Container aus Kolumbien fanden Zöllner im Hamburger Hafen insgesamt 520 Kilogramm Drogen: 500 "
     "Kilogramm Kokain und 20 Kilogramm Marihuana.",
     [dict(drug="other", quantity_kg=520, kind=A),
      dict(drug="cocaine", quantity_kg=500, kind=E, port="Hamburg"),
      dict(drug="cannabis", quantity_kg=20, kind=E, port="Hamburg")]),
    ("quarter-total", "2025-04-20",
     "Im ersten Quartal 2025 hat der Zoll in Bremerhaven 2,2 Tonnen Kokain sichergestellt.",
     [dict(drug="cocaine", quantity_kg=2200, kind=A, port="Bremerhaven", date="2025")]),
    ("months-total", "2025-04-20",
     "In den vergangenen drei Monaten stellten Zöllner im Hamburger Hafen mehr als fünf Tonnen Kokain sicher.",
     [dict(drug="cocaine", quantity_kg=5000, kind=A, port="Hamburg")]),
    ("ruhrgebiet-inland", "2025-04-20",
     "Bei einer Razzia in Duisburg und Essen stellten Ermittler 40 Kilogramm Kokain und 100 Kilogramm Marihuana"
     " sicher.",
     [dict(drug="cocaine", quantity_kg=40, kind=E, port=None),
      dict(drug="cannabis", quantity_kg=100, kind=E, port=None)]),
    ("kilo-word-numbers-dozens", "2025-04-20",
     "Zöllner entdeckten im Hafen von Kiel zweiundzwanzig Kilogramm Haschisch in einem Wohnwagen.",
     [dict(drug="cannabis", quantity_kg=22, kind=E, port="Kiel")]),
    ("tonnes-word-fuenfzehn", "2025-04-20",
     "Im Hafen von Rotterdam hat der niederländische Zoll fünfzehn Tonnen Kokain in Bananenkisten entdeckt.",
     [dict(drug="cocaine", quantity_kg=15000, kind=E, port="Rotterdam")]),
    ("ecstasy-tabletten-hyphen-count", "2025-04-20",
     "Die Polizei stellte im Hafen von Rostock 60.000 Ecstasy-Pillen in einem Lkw sicher.",
     [dict(drug="mdma", quantity_kg=None, units=60000, kind=E, port="Rostock")]),
    ("kg-and-tablets-beside", "2025-04-20",
     "Die Zöllner fanden 12 Kilogramm Amphetamin und 3.000 Ecstasy-Tabletten in einem Lkw im Hafen von Kiel.",
     [dict(drug="amphetamine", quantity_kg=12, kind=E, port="Kiel"),
      dict(drug="mdma", quantity_kg=None, units=3000, kind=E, port="Kiel")]),
    ("arrests-only", "2025-04-20",
     "Nach dem Kokainfund im Hamburger Hafen im März hat die Polizei am Dienstag drei Männer festgenommen. "
     "Sie sollen die 300 Kilogramm Kokain aus dem Container geholt haben wollen.",
     [dict(drug="cocaine", quantity_kg=300, kind=E, primary=True, port="Hamburg")]),
    ("percent-increase", "2025-04-20",
     "Die Menge des im Hamburger Hafen sichergestellten Kokains stieg im vergangenen Jahr um 30 Prozent auf 20 Tonnen.",
     [dict(drug="cocaine", quantity_kg=20000, kind=A, port="Hamburg", date="2024")]),
    ("difference-not-fact", "2025-04-20",
     "Der Zoll stellte im Hamburger Hafen im vergangenen Jahr 20 Tonnen Kokain sicher, fünf Tonnen mehr als im "
     "Vorjahr.",
     [dict(drug="cocaine", quantity_kg=20000, kind=A, port="Hamburg", date="2024")]),
    ("sichergestellt-passive-no-agency", "2025-04-20",
     "Im Hamburger Hafen sind 250 Kilogramm Kokain sichergestellt worden.",
     [dict(drug="cocaine", quantity_kg=250, kind=E, port="Hamburg", agencies=[])]),
    # --- sixth round (fresh real articles, 2026-12): old units, cutting agents, 'gestrigen', a week's total ---
    ("qty-zentner", "2025-08-14",
     "Bremerhaven. Einen Zentner Marihuana haben Zollbeamte im Bremerhavener Hafen in einem Kühlcontainer "
     "gefunden, teilte das Hauptzollamt mit.",
     [dict(drug="cannabis", quantity_kg=50, kind=E, port="Bremerhaven", agencies=["German Customs"])]),
    ("qty-doppelzentner", "2025-08-14",
     "Zöllner stellten im Hamburger Hafen zwei Doppelzentner Haschisch sicher.",
     [dict(drug="cannabis", quantity_kg=200, kind=E, port="Hamburg")]),
    ("cutting-agent-no-drug", "2025-09-02",
     "Im Fährhafen von Kiel stoppten Beamte der Bundespolizei einen Kleinbus. Im Kofferraum fanden sie 4 Kilogramm "
     "Heroin und 1,2 kg Streckmittel.",
     [dict(drug="heroin", quantity_kg=4, kind=E)]),
    ("cutting-agent-after-drug-stays", "2025-09-02",
     "Zollbeamte fanden im Hamburger Hafen 7 Kilogramm Kokain mit Streckmittel in einem Wohnmobil.",
     [dict(drug="cocaine", quantity_kg=7, kind=E, port="Hamburg")]),
    ("date-gestrigen-abend", "2025-07-09",
     "Kiel (ots) - Am gestrigen Abend stellte der Zoll im Kieler Ostseekai 9 Kilogramm Amphetamin in einem Auto "
     "sicher.",
     [dict(drug="amphetamine", quantity_kg=9, kind=E, date="2025-07-08")]),
    ("total-this-week", "2025-10-17",
     "Im Hafen von Rotterdam sind in dieser Woche insgesamt 3,4 Tonnen Kokain sichergestellt worden. Die Beamten "
     "fanden die Drogen in drei Containern mit Bananen.",
     [dict(drug="cocaine", quantity_kg=3400, kind=A, port="Rotterdam")]),
    ("count-of-drug-packs-restates-weight", "2025-10-03",
     "Zöllner haben im Hamburger Hafen 410 Kilogramm Kokain in einem Kühlcontainer gefunden. In vier Taschen lagen "
     "372 Pakete mit Drogen.",
     [dict(drug="cocaine", quantity_kg=410, kind=E, port="Hamburg")]),
    ("count-of-drug-packs-alone", "2025-10-03",
     "Zöllner haben im Hamburger Hafen 372 Pakete mit Drogen in einem Kühlcontainer gefunden.",
     [dict(drug="other", quantity_kg=None, units=372, kind=E, port="Hamburg")]),
    ("sicher-gestellt-two-words", "2025-10-03",
     "Im Hafen von Rostock hat die Bundespolizei 14 Kilo Marihuana sicher gestellt.",
     [dict(drug="cannabis", quantity_kg=14, kind=E, port="Rostock", agencies=["German Federal Police"])]),
    ("year-label-in-brackets", "2025-02-11",
     "Der niederländische Zoll hat im vergangenen Jahr im Hafen von Rotterdam 46 Tonnen Kokain beschlagnahmt "
     "(2023: knapp 59 Tonnen), wie die Behörde am Montag mitteilte.",
     [dict(drug="cocaine", quantity_kg=46000, kind=A, primary=True, date="2024", port="Rotterdam"),
      dict(drug="cocaine", quantity_kg=59000, kind=A, primary=False, date="2023")]),
    ("record-amount-of-drugs-is-other", "2025-03-04",
     "In Peru hat die Polizei 1,8 Tonnen Kokain in einem Container mit Mangos entdeckt. Im Jahr 2024 hatten die "
     "Behörden des Landes die Rekordmenge von 95 Tonnen Drogen beschlagnahmt.",
     [dict(drug="cocaine", quantity_kg=1800, kind=E, primary=True),
      dict(drug="other", quantity_kg=95000, kind=A, primary=False, date="2024")]),
    ("about-total-of-two-finds", "2025-03-04",
     "In Panama hat die Polizei rund vier Tonnen Kokain beschlagnahmt. 2,6 Tonnen entdeckten die Beamten in einem "
     "Container mit Bananen. Ein zweiter Fund von 1,3 Tonnen gelang den Beamten in einem Container mit Ananas.",
     [dict(drug="cocaine", quantity_kg=4000, kind=A, primary=True),
      dict(drug="cocaine", quantity_kg=2600, kind=E, primary=True),
      dict(drug="cocaine", quantity_kg=1300, kind=E, primary=True)]),
    ("statistics-drug-then-bracketed-figure", "2025-03-21",
     "Im vergangenen Jahr stellte der Zoll am Flughafen Leipzig insgesamt 2300 Kilogramm Rauschgift sicher. Den "
     "größten Teil machte Khat (1900 Kilogramm) aus, dann folgten Marihuana (250 Kilogramm), Kokain (41 Kilogramm) "
     "und Heroin (9 Kilogramm).",
     [dict(drug="other", quantity_kg=2300, kind=A, date="2024", port=None),
      dict(drug="khat", quantity_kg=1900, kind=A), dict(drug="cannabis", quantity_kg=250, kind=A),
      dict(drug="cocaine", quantity_kg=41, kind=A), dict(drug="heroin", quantity_kg=9, kind=A)]),
    ("europol-as-source-not-credited", "2025-06-03",
     "Der Kokainhandel über die Seehäfen wächst nach Analysen von Europol weiter. Im vergangenen Jahr wurden in der "
     "EU mehr als 250 Tonnen Kokain beschlagnahmt.",
     [dict(drug="cocaine", quantity_kg=250000, kind=A, agencies=[], date="2024")]),
    ("this-week-one-find", "2025-10-17",
     "Der Zoll hat in dieser Woche im Hafen von Rotterdam 600 Kilogramm Kokain in einem Container entdeckt.",
     [dict(drug="cocaine", quantity_kg=600, kind=E, port="Rotterdam")]),
]


# cases the extractor still gets wrong, kept visible (strict: a fix must remove them from here)
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES, KNOWN_FAILURES))
def test_german_press(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


@pytest.mark.parametrize(
    ("cue", "text", "fires"),
    [
        # operations counted in the dative plural ('bei drei Kontrollen', 'in zwei Fällen') frame a total
        ("AGGREGATE", "bei drei kontrollen fanden zöllner zusammen 900 kilogramm", True),
        ("AGGREGATE", "in zwei fällen war das kokain in bananenkisten versteckt", True),
        ("AGGREGATE", "bei mehreren durchsuchungen", True),
        ("AGGREGATE", "bei der kontrolle eines containers", False),
        ("AGGREGATE", "in den letzten fällen", False),
        # who leads the inquiry afterwards only took over
        ("TAKEOVER", "die ermittlungen führt das landeskriminalamt", True),
        ("TAKEOVER", "das lka leitet die weiteren ermittlungen", True),
        ("TAKEOVER", "der zoll führt die kontrolle durch", False),
        ("TAKEOVER", "die ermittlungen haben ergeben, dass", False),
        # an attempt to bring drugs in ('versucht, ... einzuführen') is no seizure
        ("SMUGGLED_ONLY", "er soll versucht haben, 200 kilogramm kokain einzuführen", True),
        ("SMUGGLED_ONLY", "die bande plante, das kokain einzuschleusen", True),
        ("SMUGGLED_ONLY", "die zöllner führten eine kontrolle durch", False),
        # a bare year after the verb, as German writes it without 'im Jahr' ('stellte der Zoll 2024 insgesamt ...')
        ("WEAK_AGGREGATE", "im hafen stellte der zoll 2024 insgesamt 15 tonnen kokain sicher", True),
        ("WEAK_AGGREGATE", "der zoll hat 2023 rund 40 tonnen beschlagnahmt", True),
        ("WEAK_AGGREGATE", "zöllner fanden am 3. märz 2024 300 kg", False),
        ("WEAK_AGGREGATE", "zöllner fanden anfang märz 2024 300 kg", False),
        ("WEAK_AGGREGATE", "die polizei fand 2000 pakete", False),
        # what reaches Europe or was brought there was not seized
        ("SMUGGLED_ONLY", "jedes jahr gelangen rund 100 tonnen kokain über den hafen nach europa", True),
        ("SMUGGLED_ONLY", "die bande soll 2,5 tonnen kokain nach deutschland gebracht haben", True),
        ("SMUGGLED_ONLY", "die drogen wurden zur vernichtung gebracht", False),
        ("SMUGGLED_ONLY", "der verlangte preis lag bei 30.000 euro", False),
        # the biggest find, a record find: one seizure, whatever year frames it
        ("SINGLE_SHIPMENT", "der bislang größte fund in deutschland gelang dem zoll im jahr 2021", True),
        ("SINGLE_SHIPMENT", "nach dem rekordfund von 16 tonnen", True),
        ("SINGLE_SHIPMENT", "die größten mengen werden in antwerpen gefunden", False),
        # a week's total ('in dieser Woche insgesamt'), a count of days or weeks: a period
        ("AGGREGATE", "im hafen wurden in dieser woche insgesamt 2,1 tonnen entdeckt", True),
        ("AGGREGATE", "innerhalb einer woche stellten zöllner insgesamt 800 kilo sicher", True),
        ("AGGREGATE", "in den letzten drei wochen fand der zoll", True),
        ("AGGREGATE", "der zoll fand in dieser woche 300 kilogramm", False),
        ("AGGREGATE", "diese woche wurde ein container kontrolliert", False),
        # what a drug is stretched with is no drug
        ("CUTTING_AGENT", "dazu 1,5 kg streckmittel", True),
        ("CUTTING_AGENT", "mehrere kilogramm streckmitteln", True),
        ("CUTTING_AGENT", "auf der strecke nach kiel", False),
    ],
)
def test_german_cues(cue, text, fires):
    from nlp import cues

    assert bool(getattr(cues, cue).search(text)) is fires


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        # a drug that begins a German compound names the drug ('Kokainlieferung', 'Captagon-Tabletten')
        ("Zollfahnder haben eine 700 Kilogramm schwere Kokainlieferung abgefangen.", ["cocaine"]),
        ("Sie fanden 300 Heroinpakete und mehrere Haschischplatten.", ["heroin", "cannabis"]),
        ("Zollfahnder haben 500.000 Captagon-Tabletten entdeckt.", ["captagon"]),
        # a short word that only looks like one ('Speedboot') and the drug alone stay as they were
        ("Ein Speedboot brachte zwei Tonnen Kokain an Land.", ["cocaine"]),
        ("Die Kokainmafia bedroht den Hafen.", ["cocaine"]),
    ],
)
def test_german_drug_compounds(text, drugs):
    from nlp.pipeline import build

    doc = build("de")(text)
    assert [s.label_ for s in doc.spans["drug"]] == drugs


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Am 11.03. entdeckten Zöllner 90 Kilogramm Kokain", "2025-03-11"),
        ("Die Polizei fand am 31.12. 30 Kilogramm", "2024-12-31"),  # a later day and month is last year's
        ("Anfang der Woche haben Zöllner 55 Kilogramm entdeckt", "2025-03"),
        ("Ende vergangener Woche stellten Zöllner 55 Kilogramm sicher", "2025-03"),
        ("Die Zöllner fanden am 1.5 Kilogramm", None),  # a decimal figure is no date
        # a weekday of last week in the genitive
        ("Am Donnerstag vergangener Woche stellten Zöllner 210 Kilogramm sicher", "2025-03-13"),
        ("am Montag letzter Woche fanden Zöllner 30 Kilogramm", "2025-03-10"),
    ],
)
def test_german_dates_in_figures_and_weeks(text, value):
    from datetime import date

    from nlp.dates import find_dates

    found = find_dates(text, date(2025, 3, 20))
    assert (found[0].value if found else None) == value


def test_dative_half_tonne():
    from nlp.units import find_quantities

    assert [(q.text, q.value) for q in find_quantities("nach dem Fund von einer halben Tonne Kokain")] == [
        ("einer halben Tonne", 500.0)]


def test_a_customs_office_named_by_its_city_in_the_genitive_is_no_port():
    from nlp import places

    assert places.OFFICE_BEFORE.search("beamte des hauptzollamts ")
    assert places.OFFICE_BEFORE.search("ermittler des zollfahndungsamts ")
    assert not places.OFFICE_BEFORE.search("im containerterminal ")


def test_the_year_before_a_counted_back_year():
    from datetime import date

    from nlp.dates import find_dates

    found = find_dates("Im vergangenen Jahr waren es 34 Tonnen, im Jahr davor knapp 19 Tonnen.", date(2024, 6, 14))
    assert [d.value for d in found] == ["2023", "2022"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier find the news is told after is background; the next figure of its drug is the news
        ("After the record seizure of 8 tonnes of cocaine in March, customs officers at the port of Antwerp found "
         "another 600 kg of cocaine on Tuesday.", [(600, True), (8000, False)]),
        ("Nach dem Rekordfund von 4,5 Tonnen Kokain im Hafen (wir berichteten) wurden bei der Durchsuchung eines "
         "Containerschiffs weitere 1,5 Tonnen des Rauschgifts entdeckt.", [(1500, True), (4500, False)]),
        # no second figure, or a figure of another time told after the news: the first stays the news
        ("Nach dem Fund von 300 Kilogramm Kokain im Hamburger Hafen hat die Polizei zwei Männer festgenommen.",
         [(300, True)]),
        ("Der Zoll hat im Hamburger Hafen 800 Kilogramm Kokain entdeckt. Im Vorjahr waren es 300 Kilogramm.",
         [(800, True), (300, False)]),
    ],
)
def test_news_told_after_an_earlier_find(extractor, text, expected):
    got = [(f.quantity_kg, f.primary) for f in extractor.extract(text, published="2025-05-08").facts]
    assert got == expected
