"""Spanish and Portuguese press battery (#9): short paragraphs written for this test in the way newsrooms, wire
agencies (EFE, Europa Press, Lusa, Agência Brasil) and the press offices of customs and police of Spain, Latin
America, Portugal and Brazil write about drug seizures in ports. None is copied from a corpus text. Each case:
publication date, text, and the facts the contract expects, each fact given by the fields that matter for it (drug,
quantity_kg and kind always; others when stated). Port names compare as the scorer compares them (accents and case
aside). Real spaCy pipelines, no mocks."""

from __future__ import annotations

import pytest

from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

E, A = "event", "aggregate"

# (id, published, text, [expected facts]); a fact is a dict of the fields asserted
CASES = [
    ('es-weekday-two-agencies', '2025-03-14',
     'Agentes de la Guardia Civil y del Servicio de Vigilancia Aduanera intervinieron el pasado martes 850 '
     'kilos de cocaína ocultos en un contenedor de plátanos procedente de Ecuador en el puerto de Algeciras.',
     [dict(drug='cocaine', quantity_kg=850, kind=E, primary=True, port='Algeciras', date='2025-03-11',
           agencies=['Guardia Civil', 'Spanish Customs Surveillance Service'])]),
    ('es-number-words-hundreds', '2025-03-14',
     'La Policía Nacional ha incautado trescientos kilos de hachís escondidos en un camión en el puerto de '
     'Ceuta.',
     [dict(drug='cannabis', quantity_kg=300, kind=E, port='Ceuta', agencies=['Spanish National Police'])]),
    ('es-tonelada-y-media', '2025-03-14',
     'Vigilancia Aduanera se ha incautado de tonelada y media de cocaína en el puerto de Valencia, escondida en '
     'un cargamento de piñas.',
     [dict(drug='cocaine', quantity_kg=1500, kind=E, port='Valencia',
           agencies=['Spanish Customs Surveillance Service'])]),
    ('es-media-tonelada', '2025-03-14',
     'La Guardia Civil ha aprehendido media tonelada de cocaína en la terminal de contenedores del puerto de '
     'Barcelona.',
     [dict(drug='cocaine', quantity_kg=500, kind=E, port='Barcelona', agencies=['Guardia Civil'])]),
    ('es-kilos-y-gramos', '2025-03-14',
     'Los agentes hallaron 42 kilos y 500 gramos de cocaína en el doble fondo de un contenedor en el puerto de '
     'Vigo.',
     [dict(drug='cocaine', quantity_kg=42.5, kind=E, port='Vigo')]),
    # agencies not asserted: 'Policía Nacional' at 'Cartagena': Spain's or Colombia's, not settled
    ('es-range', '2025-03-14',
     'La Policía Nacional intervino entre 200 y 250 kilos de cocaína en un buque atracado en el puerto de '
     'Cartagena.',
     [dict(drug='cocaine', quantity_kg=200, kind=E)]),
    ('es-yearly-total', '2025-01-20',
     'La Guardia Civil incautó en 2024 más de 40 toneladas de cocaína en el puerto de Algeciras, según el '
     'balance anual presentado este lunes.',
     [dict(drug='cocaine', quantity_kg=40000, kind=A, port='Algeciras', date='2024')]),
    ('es-at-sea-escorted', '2025-03-14',
     'La Armada Española interceptó un pesquero con 3.000 kilos de cocaína a 400 millas de las Islas Canarias y '
     'lo escoltó hasta el puerto de Las Palmas.',
     [dict(drug='cocaine', quantity_kg=3000, kind=E, port=None, country='ES', agencies=['Spanish Navy'])]),
    # agencies not asserted: an arrest credits nobody unless the sentence says seized
    ('es-airport', '2025-03-14',
     'La Guardia Civil detuvo en el aeropuerto de Málaga a un pasajero que llevaba 12 kilos de cocaína en su '
     'maleta.',
     [dict(drug='cocaine', quantity_kg=12, port=None, kind=E)]),
    # agencies not asserted: 'Policía Nacional' with no country named is no one country's
    ('es-warehouse', '2025-03-14',
     'La Policía Nacional halló 600 kilos de cocaína en una nave industrial de Paterna, a donde había sido '
     'trasladado un contenedor desde el puerto de Valencia.',
     [dict(drug='cocaine', quantity_kg=600, port=None, kind=E)]),
    ('es-introduced-not-seized', '2025-03-14',
     'Según la Fiscalía, la organización habría introducido más de 20 toneladas de cocaína en Europa a través '
     'del puerto de Algeciras en los últimos tres años.',
     []),
    ('es-court-no-quantity', '2025-03-14',
     'La Audiencia Nacional juzga desde hoy a cinco acusados de narcotráfico por los que la fiscalía pide doce '
     'años de prisión.',
     []),
    ('es-price', '2025-03-14',
     'En los puertos europeos, el kilo de cocaína se paga a unos 30.000 euros, según fuentes policiales.',
     []),
    ('es-colombia-navy', '2025-03-14',
     'La Armada de Colombia incautó 1,2 toneladas de clorhidrato de cocaína en el puerto de Buenaventura, '
     'ocultas en un contenedor con destino a Bélgica.',
     [dict(drug='cocaine', quantity_kg=1200, kind=E, port='Buenaventura', country='CO', agencies=['Colombian Navy'])]),
    ('es-ecuador-este-jueves', '2025-03-14',
     'La Policía Nacional del Ecuador decomisó este jueves 2,5 toneladas de cocaína en el puerto de Guayaquil.',
     [dict(drug='cocaine', quantity_kg=2500, kind=E, port='Guayaquil', country='EC', date='2025-03-13',
           agencies=['Ecuadorian National Police'])]),
    ('es-packages-only', '2025-03-14',
     'Agentes de la Policía Nacional del Perú hallaron 150 paquetes de cocaína en el puerto del Callao.',
     [dict(drug='cocaine', quantity_kg=None, units=150, port='Callao', agencies=['Peruvian National Police'], kind=E)]),
    ('es-mexico-aseguro', '2025-03-14',
     'La Secretaría de Marina aseguró 800 kilogramos de cocaína en el puerto de Manzanillo, Colima.',
     [dict(drug='cocaine', quantity_kg=800, kind=E, port='Manzanillo', country='MX', agencies=['Mexican Navy'])]),
    ('es-total-two-operations', '2025-03-14',
     'La Guardia Civil ha intervenido un total de 1.100 kilos de cocaína en dos operaciones en el puerto de '
     'Algeciras. En la primera se hallaron 700 kilos en un contenedor de bananas y en la segunda, 400 kilos '
     'ocultos entre cajas de piñas.',
     [dict(drug='cocaine', quantity_kg=1100, kind=A),
      dict(drug='cocaine', quantity_kg=700, kind=E),
      dict(drug='cocaine', quantity_kg=400, kind=E)]),
    ('es-last-month-background', '2025-03-14',
     'Vigilancia Aduanera ha intervenido 300 kilos de cocaína en el puerto de Vigo. El pasado mes de febrero, '
     'los agentes ya habían localizado otros 500 kilos en el mismo puerto.',
     [dict(drug='cocaine', quantity_kg=300, kind=E, primary=True, port='Vigo'),
      dict(drug='cocaine', quantity_kg=500, kind=E, primary=False, date='2025-02')]),
    ('es-unos-hashish-beach', '2025-03-14',
     'La Guardia Civil aprehendió 45 fardos de hachís con un peso de unos 1.350 kilos en una playa de Barbate.',
     [dict(drug='cannabis', quantity_kg=1350, port=None, agencies=['Guardia Civil'], kind=E)]),
    ('es-uruguay', '2025-03-14',
     'La Aduana uruguaya incautó 4.400 kilos de cocaína en el puerto de Montevideo, en un contenedor de soja.',
     [dict(drug='cocaine', quantity_kg=4400, port='Montevideo', country='UY', agencies=['Uruguayan Customs'], kind=E)]),
    ('es-per-package-average', '2025-03-14',
     'La Policía Nacional incautó 60 paquetes de cocaína de aproximadamente un kilo cada uno en el puerto de '
     'Barcelona.',
     [dict(drug='cocaine', quantity_kg=None, units=60, kind=E, port='Barcelona')]),
    ('es-day-month-dateline', '2025-03-14',
     'ALGECIRAS, 14 Mar. La Guardia Civil localizó el 9 de marzo 700 kilos de cocaína en un contenedor en el '
     'puerto de Algeciras.',
     [dict(drug='cocaine', quantity_kg=700, date='2025-03-09', port='Algeciras', kind=E)]),
    ('es-mil-kilos-words', '2025-03-14',
     'Los agentes encontraron dos toneladas de cocaína en un buque en el puerto de Cartagena de Indias.',
     [dict(drug='cocaine', quantity_kg=2000, port='Cartagena', country='CO', kind=E)]),
    ('pt-br-weekday', '2025-06-20',
     'A Receita Federal apreendeu na última terça-feira 1,3 tonelada de cocaína escondida em um contêiner de '
     'açúcar no Porto de Santos.',
     [dict(drug='cocaine', quantity_kg=1300, kind=E, port='Santos', date='2025-06-17',
           agencies=['Brazilian Federal Revenue'])]),
    ('pt-br-cerca-de', '2025-06-20',
     'A Polícia Federal apreendeu cerca de 500 quilos de cocaína no Porto de Paranaguá, no Paraná.',
     [dict(drug='cocaine', quantity_kg=500, port='Paranagua', agencies=['Brazilian Federal Police'], kind=E)]),
    ('pt-pt-duas-toneladas', '2025-06-20',
     'A Polícia Judiciária apreendeu mais de duas toneladas de cocaína num contentor no porto de Leixões.',
     [dict(drug='cocaine', quantity_kg=2000, port='Leixoes', country='PT', agencies=['Portuguese Judicial Police'],
           kind=E)]),
    ('pt-pt-at-sea', '2025-06-20',
     'A Marinha Portuguesa e a Polícia Judiciária intercetaram um veleiro com 1,5 toneladas de cocaína a 200 '
     'milhas dos Açores.',
     [dict(drug='cocaine', quantity_kg=1500, port=None, country='PT',
           agencies=['Portuguese Navy', 'Portuguese Judicial Police'], kind=E)]),
    ('pt-tonelada-e-meia', '2025-06-20',
     'Agentes da Receita Federal encontraram tonelada e meia de cocaína em um navio atracado no Porto de '
     'Salvador.',
     [dict(drug='cocaine', quantity_kg=1500, port='Salvador', agencies=['Brazilian Federal Revenue'], kind=E)]),
    ('pt-yearly-total', '2025-01-13',
     'Em 2024, a Receita Federal apreendeu 27 toneladas de cocaína no Porto de Santos, segundo balanço '
     'divulgado nesta segunda-feira.',
     [dict(drug='cocaine', quantity_kg=27000, kind=A, port='Santos', date='2024')]),
    ('pt-sent-not-seized', '2025-06-20',
     'Segundo a investigação, a quadrilha teria enviado mais de 10 toneladas de cocaína para a Europa pelo '
     'porto de Santos desde 2020.',
     []),
    ('pt-trezentos-maconha', '2025-06-20',
     'Policiais federais apreenderam trezentos quilos de maconha escondidos em um caminhão no Porto de Rio '
     'Grande.',
     [dict(drug='cannabis', quantity_kg=300, port='Rio Grande', agencies=['Brazilian Federal Police'], kind=E)]),
    ('pt-terminal-thousands', '2025-06-20',
     'A Receita Federal apreendeu 1.250 kg de cocaína no terminal de contêineres de Itajaí.',
     [dict(drug='cocaine', quantity_kg=1250, port='Itajai', agencies=['Brazilian Federal Revenue'], kind=E)]),
    ('pt-airport', '2025-06-20',
     'A Polícia Federal prendeu no Aeroporto Internacional de Guarulhos um passageiro com 15 quilos de cocaína '
     'na bagagem.',
     [dict(drug='cocaine', quantity_kg=15, port=None, agencies=['Brazilian Federal Police'], kind=E)]),
    ('pt-tabletes-only', '2025-06-20',
     'Durante a fiscalização, a Polícia Federal encontrou 200 tabletes de cocaína no Porto de Natal.',
     [dict(drug='cocaine', quantity_kg=None, units=200, port='Natal', kind=E)]),
    ('pt-em-agosto-background', '2025-10-03',
     'A Receita Federal apreendeu 400 quilos de cocaína no Porto de Suape nesta quinta-feira. Em agosto, a '
     'Receita já havia apreendido outros 600 quilos no mesmo porto.',
     [dict(drug='cocaine', quantity_kg=400, primary=True, port='Suape', date='2025-10-02', kind=E),
      dict(drug='cocaine', quantity_kg=600, primary=False, date='2025-08', kind=E)]),
    ('pt-court', '2025-06-20',
     'O Tribunal de Lisboa condenou seis arguidos a penas entre 5 e 12 anos de prisão por tráfico de droga.',
     []),
    ('pt-price', '2025-06-20',
     'Cada quilo de cocaína pode valer mais de 35 mil euros no mercado europeu.',
     []),
    ('pt-gnr-beach', '2025-06-20',
     'A GNR apreendeu 2 toneladas de haxixe numa embarcação abandonada numa praia do Algarve.',
     [dict(drug='cannabis', quantity_kg=2000, port=None, agencies=['Portuguese National Republican Guard'], kind=E)]),
    ('pt-meia-tonelada', '2025-06-20',
     'A Polícia Judiciária apreendeu meia tonelada de cocaína num contentor de bananas no porto de Sines.',
     [dict(drug='cocaine', quantity_kg=500, port='Sines', agencies=['Portuguese Judicial Police'], kind=E)]),
    ('pt-two-agencies', '2025-06-20',
     'A Autoridade Tributária e Aduaneira e a PJ apreenderam 3,2 toneladas de cocaína no porto de Sines.',
     [dict(drug='cocaine', quantity_kg=3200, port='Sines',
           agencies=['Portuguese Tax and Customs Authority', 'Portuguese Judicial Police'], kind=E)]),
    ('pt-dia-deste-mes', '2025-06-20',
     'A apreensão de 700 quilos de cocaína ocorreu no dia 12 deste mês, no Porto de Santos, pela Receita '
     'Federal.',
     [dict(drug='cocaine', quantity_kg=700, port='Santos', date='2025-06-12', kind=E)]),
    ('pt-total-two-operations', '2025-06-20',
     'A Receita Federal apreendeu um total de 900 quilos de cocaína em duas operações no Porto de Santos. Na '
     'primeira foram encontrados 500 quilos e na segunda, 400 quilos.',
     [dict(drug='cocaine', quantity_kg=900, kind=A),
      dict(drug='cocaine', quantity_kg=500, kind=E),
      dict(drug='cocaine', quantity_kg=400, kind=E)]),
    ('pt-mil-e-duzentos', '2025-06-20',
     'Foram apreendidos mil e duzentos quilos de cocaína no Porto de Santos, informou a Receita Federal.',
     [dict(drug='cocaine', quantity_kg=1200, port='Santos', kind=E)]),
    ('pt-so-far-this-year', '2025-06-20',
     'Desde janeiro, a Receita Federal já apreendeu 15 toneladas de cocaína nos portos brasileiros.',
     [dict(drug='cocaine', quantity_kg=15000, kind=A, port=None, date='2025')]),
    ('pt-origin-then-port', '2025-06-20',
     'A Receita Federal apreendeu 900 quilos de cocaína em um contêiner vindo do Paraguai no Porto de '
     'Paranaguá.',
     [dict(drug='cocaine', quantity_kg=900, kind=E, port='Paranagua', country='BR',
           agencies=['Brazilian Federal Revenue'])]),
    ('pt-origin-procedente-then-port', '2025-06-20',
     'A Polícia Judiciária apreendeu 600 quilos de cocaína num contentor proveniente do Brasil no porto de '
     'Leixões.',
     [dict(drug='cocaine', quantity_kg=600, kind=E, port='Leixoes', country='PT',
           agencies=['Portuguese Judicial Police'])]),
    ('es-bare-acronym-pnp', '2025-03-14',
     'Agentes de la PNP incautaron 200 kilos de cocaína en el puerto del Callao.',
     [dict(drug='cocaine', quantity_kg=200, kind=E, port='Callao', country='PE',
           agencies=['Peruvian National Police'])]),
    ('pt-bare-acronym-pf', '2025-06-20',
     'A PF apreendeu 300 quilos de cocaína escondidos em sacas de café no Porto de Santos.',
     [dict(drug='cocaine', quantity_kg=300, kind=E, port='Santos', agencies=['Brazilian Federal Police'])]),
    ('pt-bare-acronym-gnr', '2025-06-20',
     'A GNR apreendeu 2 toneladas de haxixe numa embarcação abandonada numa praia do Algarve.',
     [dict(drug='cannabis', quantity_kg=2000, kind=E, port=None, country='PT',
           agencies=['Portuguese National Republican Guard'])]),
    ('pt-sic-is-television', '2025-06-20',
     'Em declarações à SIC, o diretor da PJ confirmou que foram apreendidos 20 quilos de cocaína no porto de '
     'Lisboa.',
     [dict(drug='cocaine', quantity_kg=20, kind=E, port='Lisbon', agencies=['Portuguese Judicial Police'])]),
    ('es-since-month-total', '2025-06-20',
     'Desde enero, la Guardia Civil ha intervenido 25 toneladas de hachís en las costas de Cádiz.',
     [dict(drug='cannabis', quantity_kg=25000, kind=A, port=None, date='2025')]),
    ('es-since-start-of-year-port', '2025-06-20',
     'Desde principios de año, Vigilancia Aduanera ha aprehendido 15 toneladas de cocaína en el puerto de '
     'Valencia.',
     [dict(drug='cocaine', quantity_kg=15000, kind=A, port='Valencia', date='2025',
           agencies=['Spanish Customs Surveillance Service'])]),
    ('pt-dois-mil-e-quinhentos-tabletes', '2025-06-20',
     'Os agentes encontraram dois mil e quinhentos tabletes de maconha escondidos num caminhão no Porto de '
     'Paranaguá.',
     [dict(drug='cannabis', quantity_kg=None, units=2500, kind=E, port='Paranagua')]),
    ('es-mil-doscientos', '2025-03-14',
     'La Guardia Civil ha intervenido mil doscientos kilos de cocaína en el puerto de Algeciras.',
     [dict(drug='cocaine', quantity_kg=1200, kind=E, port='Algeciras', agencies=['Guardia Civil'])]),
    ('es-narcolancha-at-sea', '2025-03-14',
     'Agentes del Servicio de Vigilancia Aduanera interceptaron una narcolancha con 2.000 kilos de hachís '
     'frente a la costa de Huelva.',
     [dict(drug='cannabis', quantity_kg=2000, kind=E, port=None, country='ES',
           agencies=['Spanish Customs Surveillance Service'])]),
    ('es-court-about-seizure', '2025-03-14',
     'La Audiencia Provincial de Cádiz ha condenado a tres estibadores que intentaron sacar del puerto de '
     'Algeciras 500 kilos de cocaína intervenidos por la Guardia Civil en junio de 2023.',
     [dict(drug='cocaine', quantity_kg=500, kind=E, primary=True, port='Algeciras', date='2023-06')]),
    ('es-dominican-ocupo', '2025-03-14',
     'La Dirección Nacional de Control de Drogas (DNCD) ocupó 1.200 paquetes de cocaína en un contenedor en el '
     'puerto de Caucedo.',
     [dict(drug='cocaine', quantity_kg=None, units=1200, kind=E,
           agencies=['Dominican National Drug Control Directorate'])]),
    ('es-record-so-far-is-event', '2025-06-20',
     'La Policía Nacional y Vigilancia Aduanera han intervenido más de 2.000 kilos de cocaína en el puerto de '
     'Algeciras, la mayor aprehensión en lo que va de año.',
     [dict(drug='cocaine', quantity_kg=2000, kind=E, port='Algeciras')]),
    ('es-to-be-sent-still-seized', '2025-03-14',
     'Vigilancia Aduanera intervino en el puerto de Valencia 800 kilos de cocaína que iban a ser enviados a '
     'Róterdam.',
     [dict(drug='cocaine', quantity_kg=800, kind=E, port='Valencia',
           agencies=['Spanish Customs Surveillance Service'])]),
    ('pt-to-be-sent-still-seized', '2025-06-20',
     'A Receita Federal apreendeu no Porto de Santos 800 quilos de cocaína que seriam enviados para a Bélgica.',
     [dict(drug='cocaine', quantity_kg=800, kind=E, port='Santos', agencies=['Brazilian Federal Revenue'])]),
    ('es-last-weekend', '2025-03-14',
     'La Guardia Civil intervino el pasado fin de semana 350 kilos de cocaína en el puerto de Algeciras.',
     [dict(drug='cocaine', quantity_kg=350, kind=E, port='Algeciras', date='2025-03')]),
    ('pt-weekday-with-day-number', '2025-06-20',
     'A Polícia Federal apreendeu na madrugada desta quarta-feira (18) 450 quilos de cocaína no Porto de '
     'Itajaí.',
     [dict(drug='cocaine', quantity_kg=450, kind=E, port='Itajai', date='2025-06-18',
           agencies=['Brazilian Federal Police'])]),
    ('pt-pt-ontem', '2025-06-20',
     'A Polícia Judiciária apreendeu ontem 250 quilos de cocaína num navio atracado no porto de Setúbal.',
     [dict(drug='cocaine', quantity_kg=250, kind=E, port='Setubal', date='2025-06-19',
           agencies=['Portuguese Judicial Police'])]),
    ('es-anteayer', '2025-03-14',
     'Vigilancia Aduanera localizó anteayer 90 kilos de cocaína en un contenedor en el puerto de Barcelona.',
     [dict(drug='cocaine', quantity_kg=90, kind=E, port='Barcelona', date='2025-03-12')]),
    ('pt-quase-meia-tonelada', '2025-06-20',
     'A Receita Federal apreendeu quase meia tonelada de cocaína no Porto de Santos.',
     [dict(drug='cocaine', quantity_kg=500, kind=E, port='Santos')]),
    ('pt-yearly-ranking-background', '2025-06-20',
     'A Receita Federal apreendeu 700 quilos de cocaína no Porto de Santos nesta quinta-feira. Em 2024, foram '
     'apreendidas 27 toneladas no porto.',
     [dict(drug='cocaine', quantity_kg=700, kind=E, primary=True, port='Santos', date='2025-06-19'),
      dict(drug='cocaine', quantity_kg=27000, kind=A, primary=False, date='2024')]),
    ('es-cargo-throughput', '2025-03-14',
     'El puerto de Algeciras movió el año pasado más de 100 millones de toneladas de mercancías, un 5 % más que '
     'en 2023.',
     []),
    ('pt-cargo-throughput', '2025-03-14',
     'O Porto de Santos movimentou 180 milhões de toneladas de carga em 2024, um recorde histórico.',
     []),
    ('es-value-and-share', '2025-03-14',
     'La Guardia Civil incautó 500 kilos de cocaína en el puerto de Algeciras, valorados en 35 millones de '
     'euros; el 70 % de la cocaína que llega a Europa entra por puertos.',
     [dict(drug='cocaine', quantity_kg=500, kind=E, port='Algeciras')]),
    ('es-policy-plan', '2025-03-14',
     'El Gobierno aprobará un plan especial de seguridad para el Campo de Gibraltar con 300 agentes más de la '
     'Guardia Civil y la Policía Nacional.',
     []),
    ('es-five-years-total', '2025-03-14',
     'En los últimos cinco años, la Policía Nacional del Ecuador ha decomisado más de 100 toneladas de droga en '
     'el puerto de Guayaquil.',
     [dict(drug='other', quantity_kg=100000, kind=A, port='Guayaquil', date=None)]),
    ('es-mexican-thousands', '2025-03-14',
     'La Secretaría de Marina aseguró 2 mil 500 kilos de cocaína en un buque en el puerto de Lázaro Cárdenas.',
     [dict(drug='cocaine', quantity_kg=2500, kind=E, port='Lazaro Cardenas', country='MX', agencies=['Mexican Navy'])]),
    ('es-metric-tons-marihuana', '2025-03-14',
     'La Policía Nacional de Colombia incautó 3 toneladas métricas de marihuana tipo cripy en el puerto de '
     'Buenaventura.',
     [dict(drug='cannabis', quantity_kg=3000, kind=E, port='Buenaventura', agencies=['Colombian National Police'])]),
    ('es-ecstasy-pills', '2025-03-14',
     'Vigilancia Aduanera intervino 150.000 pastillas de éxtasis en un camión en el puerto de Barcelona.',
     [dict(drug='mdma', quantity_kg=None, units=150000, kind=E, port='Barcelona')]),
    ('pt-international-waters', '2025-06-20',
     'A Marinha do Brasil e a Polícia Federal intercetaram em águas internacionais um navio com 1,8 tonelada de '
     'cocaína.',
     [dict(drug='cocaine', quantity_kg=1800, kind=E, port=None, country='BR',
           agencies=['Brazilian Navy', 'Brazilian Federal Police'])]),
    ('es-ecuador-navy-posorja', '2025-03-14',
     'La Armada del Ecuador localizó 1.300 kilos de cocaína en el casco de un buque en el puerto de Posorja.',
     [dict(drug='cocaine', quantity_kg=1300, kind=E, port='Posorja', country='EC', agencies=['Ecuadorian Navy'])]),
    ('es-prosecutor-takes-over', '2025-03-14',
     'La Policía Nacional del Perú incautó 600 kilos de cocaína en el puerto del Callao. La Fiscalía Antidrogas '
     'asumió la investigación.',
     [dict(drug='cocaine', quantity_kg=600, kind=E, port='Callao', agencies=['Peruvian National Police'])]),
    ('pt-ministerio-publico-takes-over', '2025-06-20',
     'A Receita Federal apreendeu 350 quilos de cocaína no Porto de Santos. O caso foi encaminhado à Polícia '
     'Federal.',
     [dict(drug='cocaine', quantity_kg=350, kind=E, port='Santos', agencies=['Brazilian Federal Revenue'])]),
    ('pt-during-2024-total', '2025-02-10',
     'Ao longo de 2024, a Autoridade Tributária e Aduaneira apreendeu 12 toneladas de cocaína no porto de '
     'Sines.',
     [dict(drug='cocaine', quantity_kg=12000, kind=A, port='Sines', date='2024')]),
    ('es-pasta-base', '2025-03-14',
     'Agentes antidrogas hallaron 80 kilos de pasta base de cocaína en un contenedor en el puerto de San '
     'Antonio.',
     [dict(drug='cocaine', quantity_kg=80, kind=E, port='San Antonio')]),
    ('pt-incautacoes-count', '2025-06-20',
     'Em 2024, a Receita Federal realizou 120 apreensões de drogas nos portos brasileiros.',
     []),
    ('es-crystal-meth-mexico', '2025-03-14',
     'Elementos de la Secretaría de Marina aseguraron 400 kilos de metanfetamina en el puerto de Manzanillo.',
     [dict(drug='methamphetamine', quantity_kg=400, kind=E, port='Manzanillo', agencies=['Mexican Navy'])]),
    ('es-sentence-seizure-date-then-announcement', '2025-03-14',
     'La Policía Nacional informó este viernes de que el pasado 3 de marzo sus agentes intervinieron 420 kilos '
     'de cocaína en el puerto de Vigo.',
     [dict(drug='cocaine', quantity_kg=420, kind=E, port='Vigo', date='2025-03-03',
           agencies=['Spanish National Police'])]),
    ('es-mediados-de-enero', '2025-03-14',
     'La Guardia Civil intervino a mediados de enero 700 kilos de cocaína en el puerto de Algeciras, según ha '
     'informado este viernes.',
     [dict(drug='cocaine', quantity_kg=700, kind=E, port='Algeciras', date='2025-01')]),
    ('es-finales-de-febrero', '2025-03-14',
     'A finales de febrero, Vigilancia Aduanera localizó 230 kilos de cocaína en un contenedor en el puerto de '
     'Valencia.',
     [dict(drug='cocaine', quantity_kg=230, kind=E, port='Valencia', date='2025-02')]),
    ('es-semana-pasada', '2025-03-14',
     'La Policía Nacional intervino la semana pasada 180 kilos de cocaína en el puerto de Barcelona.',
     [dict(drug='cocaine', quantity_kg=180, kind=E, port='Barcelona', date='2025-03')]),
    ('pt-sabado-dia', '2025-06-20',
     'A Receita Federal apreendeu no último sábado (14) 520 quilos de cocaína no Porto de Paranaguá.',
     [dict(drug='cocaine', quantity_kg=520, kind=E, port='Paranagua', date='2025-06-14')]),
    ('pt-meados-de-maio', '2025-06-20',
     'Em meados de maio, a Polícia Judiciária apreendeu 900 quilos de cocaína no porto de Leixões.',
     [dict(drug='cocaine', quantity_kg=900, kind=E, port='Leixoes', date='2025-05')]),
    ('pt-br-t-abbreviation', '2025-06-20',
     'A Receita Federal apreendeu 1,2 t de cocaína em contêineres no Porto de Santos.',
     [dict(drug='cocaine', quantity_kg=1200, kind=E, port='Santos')]),
    ('es-mas-de-una-tonelada', '2025-03-14',
     'Los agentes hallaron más de una tonelada de cocaína en un contenedor de bananas en el puerto de Vigo.',
     [dict(drug='cocaine', quantity_kg=1000, kind=E, port='Vigo')]),
    ('es-casi-dos-toneladas', '2025-03-14',
     'La Guardia Civil se incautó de casi dos toneladas de hachís en un camión en el puerto de Algeciras.',
     [dict(drug='cannabis', quantity_kg=2000, kind=E, port='Algeciras', agencies=['Guardia Civil'])]),
    ('es-headline-and-precise-body', '2025-03-14',
     'Incautan 1,5 toneladas de cocaína en el puerto de Valencia\nLa Guardia Civil ha intervenido 1.532 kilos de '
     'cocaína ocultos en un contenedor de piñas en el puerto de Valencia.',
     [dict(drug='cocaine', quantity_kg=1532, kind=E, port='Valencia', agencies=['Guardia Civil'])]),
    ('pt-two-drugs-one-find', '2025-06-20',
     'A Polícia Federal apreendeu 300 quilos de cocaína e 2 toneladas de maconha num caminhão no Porto de '
     'Santos.',
     [dict(drug='cocaine', quantity_kg=300, kind=E, port='Santos'),
      dict(drug='cannabis', quantity_kg=2000, kind=E, port='Santos')]),
    ('es-en-lo-que-va-de-ano', '2025-06-20',
     'En lo que va de año, Vigilancia Aduanera ha intervenido 25 toneladas de cocaína en el puerto de '
     'Algeciras.',
     [dict(drug='cocaine', quantity_kg=25000, kind=A, port='Algeciras', date='2025')]),
    ('es-operation-noun', '2025-03-14',
     'La operación se saldó con la detención de doce personas y la intervención de 3.000 kilos de cocaína en el '
     'puerto de Marín.',
     [dict(drug='cocaine', quantity_kg=3000, kind=E, port='Marin')]),
    ('pt-hidden-in-hull-diver', '2025-06-20',
     'Mergulhadores da Polícia Federal encontraram 60 quilos de cocaína presos ao casco de um navio no Porto de '
     'Vila do Conde.',
     [dict(drug='cocaine', quantity_kg=60, kind=E, port='Vila do Conde', agencies=['Brazilian Federal Police'])]),
    ('es-efe-article', '2025-03-14',
     'Algeciras (Cádiz), 14 mar (EFE).- Agentes de la Guardia Civil y de Vigilancia Aduanera han intervenido '
     '1.200 kilos de cocaína en el puerto de Algeciras, ocultos en un contenedor de bananas procedente de '
     'Guayaquil (Ecuador), según han informado este viernes fuentes de la investigación.\nLa droga fue '
     'localizada el pasado martes durante una inspección rutinaria.\nEn 2024, el puerto de Algeciras registró '
     'incautaciones por un total de 40 toneladas de cocaína.',
     [dict(drug='cocaine', quantity_kg=1200, kind=E, primary=True, port='Algeciras', date='2025-03-11',
           agencies=['Guardia Civil', 'Spanish Customs Surveillance Service']),
      dict(drug='cocaine', quantity_kg=40000, kind=A, primary=False, port='Algeciras', date='2024')]),
    ('pt-agencia-brasil-article', '2025-06-20',
     'Santos (SP) - A Receita Federal apreendeu nesta quinta-feira (19) 1,1 tonelada de cocaína no Porto de '
     'Santos. A droga estava escondida em uma carga de açúcar que seria embarcada para a Espanha. Neste ano, já '
     'foram apreendidas 12 toneladas de cocaína no porto.',
     [dict(drug='cocaine', quantity_kg=1100, kind=E, primary=True, port='Santos', date='2025-06-19',
           agencies=['Brazilian Federal Revenue']),
      dict(drug='cocaine', quantity_kg=12000, kind=A, primary=False, date='2025')]),
    ('pt-lusa-article', '2025-06-20',
     'A Polícia Judiciária (PJ) apreendeu cerca de 6,5 toneladas de cocaína num navio ao largo dos Açores, '
     'anunciou hoje aquela polícia. Em comunicado, a PJ refere que a operação decorreu na semana passada, com a '
     'colaboração da Marinha e da Força Aérea.',
     [dict(drug='cocaine', quantity_kg=6500, kind=E, port=None, country='PT', date='2025-06',
           agencies=['Portuguese Judicial Police', 'Portuguese Navy', 'Portuguese Air Force'])]),
    ('es-ap-article-announcement-day', '2025-03-16',
     'GUAYAQUIL, Ecuador (AP) - La Policía Nacional decomisó 4,7 toneladas de cocaína en un contenedor de '
     'banano en el puerto de Guayaquil, informó el domingo el ministro del Interior.',
     [dict(drug='cocaine', quantity_kg=4700, kind=E, port='Guayaquil', country='EC', date=None,
           agencies=['Ecuadorian National Police'])]),
    ('pt-operation-smuggling-only', '2025-06-20',
     'A Polícia Federal deflagrou nesta terça-feira (17) a Operação Mar Aberto para desarticular uma quadrilha '
     'que enviava cocaína para a Europa pelo Porto de Santos. Segundo a PF, o grupo é responsável pelo envio de '
     'ao menos 4 toneladas da droga desde 2023.',
     []),
    ('es-bribes-per-container', '2025-03-14',
     'Según la investigación, los narcotraficantes pagaban hasta 300.000 euros a los estibadores por cada '
     'contenedor que lograban sacar del puerto de Algeciras.',
     []),
    ('es-price-per-kilo-dollars', '2025-03-14',
     'En Colombia, el kilo de cocaína se paga a unos 1.500 dólares, mientras que en los puertos europeos supera '
     'los 30.000 euros.',
     []),
    ('pt-share-estimate', '2025-06-20',
     'A Polícia Federal estima que 70% da cocaína que sai do país passa pelo Porto de Santos.',
     []),
    ('es-operation-with-vehicles-cash', '2025-03-14',
     'La Guardia Civil ha detenido a 15 personas en una operación contra el narcotráfico en el puerto de '
     'Algeciras, en la que se han intervenido 2.000 kilos de hachís, 20 vehículos y 300.000 euros en efectivo.',
     [dict(drug='cannabis', quantity_kg=2000, kind=E, port='Algeciras')]),
    ('pt-incinerated-later', '2025-06-20',
     'As 2,5 toneladas de cocaína apreendidas em março no porto de Sines foram incineradas nesta quinta-feira.',
     [dict(drug='cocaine', quantity_kg=2500, kind=E, primary=True, port='Sines', date='2025-03')]),
    ('es-panama-manzanillo-colon', '2025-03-14',
     'La Policía Nacional de Panamá decomisó 1.500 kilos de cocaína en el puerto de Manzanillo, en Colón.',
     [dict(drug='cocaine', quantity_kg=1500, kind=E, port='Manzanillo International Terminal', country='PA',
           agencies=['Panamanian National Police'])]),
    ('es-panama-balboa-senan', '2025-03-14',
     'El Servicio Nacional Aeronaval incautó 800 kilos de cocaína en un contenedor en el puerto de Balboa.',
     [dict(drug='cocaine', quantity_kg=800, kind=E, port='Balboa', country='PA',
           agencies=['Panamanian National Aeronaval Service'])]),
    ('es-costa-rica-moin', '2025-03-14',
     'La Policía de Control de Drogas decomisó 2 toneladas de cocaína en la terminal de Moín, en Limón.',
     [dict(drug='cocaine', quantity_kg=2000, kind=E, port='Moin', country='CR',
           agencies=['Costa Rican Drug Control Police'])]),
    ('es-guatemala-quetzal', '2025-03-14',
     'Agentes de la Policía Nacional Civil incautaron 500 kilos de cocaína en Puerto Quetzal.',
     [dict(drug='cocaine', quantity_kg=500, kind=E, port='Puerto Quetzal', country='GT',
           agencies=['Guatemalan National Civil Police'])]),
    ('es-honduras-cortes', '2025-03-14',
     'La Policía Nacional de Honduras decomisó 300 kilos de cocaína en Puerto Cortés.',
     [dict(drug='cocaine', quantity_kg=300, kind=E, port='Puerto Cortes', country='HN',
           agencies=['Honduran National Police'])]),
    ('es-ecuador-puerto-bolivar', '2025-03-14',
     'La Policía Nacional del Ecuador decomisó 2 toneladas de cocaína en Puerto Bolívar, en El Oro.',
     [dict(drug='cocaine', quantity_kg=2000, kind=E, port='Puerto Bolivar', country='EC',
           agencies=['Ecuadorian National Police'])]),
    ('es-argentina-secuestro-rosario', '2025-03-14',
     'La Prefectura Naval Argentina secuestró 1.600 kilos de cocaína en el puerto de Rosario.',
     [dict(drug='cocaine', quantity_kg=1600, kind=E, port='Rosario', country='AR')]),
    ('pt-pecem', '2025-03-14',
     'A Polícia Federal apreendeu 700 quilos de cocaína no Porto de Pecém, no Ceará.',
     [dict(drug='cocaine', quantity_kg=700, kind=E, port='Pecem', country='BR',
           agencies=['Brazilian Federal Police'])]),
    # fresh real news, round b (#9): the causes the new articles showed, each in words written for this test
    # the cargo's own weight, told with a verb of totals ('totalizava'), is no second seizure
    ('pt-cargo-totalled', '2025-03-14',
     'A Receita Federal apreendeu 430 kg de cocaína no Porto de Santos. A carga de milho totalizava 54 '
     'toneladas, distribuídas em dois contêineres.',
     [dict(drug='cocaine', quantity_kg=430, kind=E, port='Santos', agencies=['Brazilian Federal Revenue'])]),
    ('es-cargo-totalled', '2025-03-14',
     'Vigilancia Aduanera intervino 210 kilos de cocaína en el puerto de Valencia. La carga de piñas '
     'totalizaba 22 toneladas.',
     [dict(drug='cocaine', quantity_kg=210, kind=E, port='Valencia')]),
    # the press note weighs to the gram ('18,420 kilogramos') what the lead rounded ('18,4 kilos'): one find
    ('es-grams-restate-the-lead', '2025-03-14',
     'La Guardia Civil ha intervenido 18,4 kilos de hachís ocultos en una furgoneta en el puerto de Algeciras. '
     'Los agentes hallaron 160 pastillas que arrojaron un peso total de 18,420 kilogramos.',
     [dict(drug='cannabis', quantity_kg=18.42, kind=E, port='Algeciras', agencies=['Guardia Civil'])]),
    # a total up to a month ('Até julho de 2024', 'hasta septiembre') is a period's total
    ('pt-total-until-a-month', '2025-03-14',
     'Até julho de 2024, a Receita Federal contabilizou mais de 3,1 toneladas de cocaína apreendidas nos '
     'portos de Santa Catarina.',
     [dict(drug='cocaine', quantity_kg=3100, kind=A, port=None)]),
    ('es-total-until-a-month', '2025-03-14',
     'Hasta finales de septiembre, la Guardia Civil había aprehendido 14 toneladas de hachís en el puerto '
     'de Algeciras.',
     [dict(drug='cannabis', quantity_kg=14000, kind=A)]),
    # Lusa's passive ('foi hoje anunciado') dates the announcement, not the find
    ('pt-lusa-announced-today', '2025-05-14',
     'A Polícia Judiciária apreendeu cerca de 70 quilos de cocaína num contentor no porto de Sines, foi hoje '
     'anunciado.',
     [dict(drug='cocaine', quantity_kg=70, kind=E, port='Sines', date=None,
           agencies=['Portuguese Judicial Police'])]),
    ('pt-found-today', '2025-05-14',
     'A Polícia Judiciária apreendeu hoje cerca de 70 quilos de cocaína num contentor no porto de Sines.',
     [dict(drug='cocaine', quantity_kg=70, kind=E, port='Sines', date='2025-05-14')]),
    # bricks with no weight whose field test names the drug further on are a count of that drug; the sacks that held
    # them are not a second count, and a weight given for them leaves no count
    ('es-bricks-tested-positive', '2025-06-10',
     'En el contenedor los policías hallaron cinco sacos de yute que contenían 210 paquetes tipo ladrillo que, '
     'sometidos a la prueba de campo, dieron positivo para cocaína.',
     [dict(drug='cocaine', quantity_kg=None, units=210, kind=E)]),
    ('pt-bricks-tested-positive', '2025-06-10',
     'Os agentes encontraram 35 tabletes que, submetidos ao narcoteste, deram positivo para cocaína, no Porto '
     'de Santos.',
     [dict(drug='cocaine', quantity_kg=None, units=35, kind=E, port='Santos')]),
    ('es-bricks-weighed', '2025-06-10',
     'Los agentes hallaron 120 paquetes que dieron positivo para cocaína, con un peso de 130 kilos, en el puerto '
     'de Guayaquil.',
     [dict(drug='cocaine', quantity_kg=130, kind=E, port='Guayaquil')]),
    # 'drugs' with no article is drugs in general ('el país que más drogas decomisa'), 'las drogas' the one named
    ('es-drugs-in-general', '2025-06-10',
     'La Policía decomisó 300 kilos de cocaína en el puerto de Guayaquil. Ecuador es el tercer país que más drogas '
     'decomisa, con 180 toneladas anuales desde 2021.',
     [dict(drug='cocaine', quantity_kg=300, kind=E, primary=True),
      dict(drug='other', quantity_kg=180000, kind=A, primary=False)]),
    # the day of arrests ('foram presos', 'capturó') is not the day of the find, as 'detuvo' and 'detidos' were not
    ('pt-arrest-day-is-not-the-find', '2025-11-23',
     'Dois suspeitos foram presos na terça-feira (18) em Santos. No total, foram apreendidos 52,3 quilos de '
     'cocaína no porto.',
     [dict(drug='cocaine', quantity_kg=52.3, kind=E, port='Santos', date=None)]),
    ('es-capture-day-is-not-the-find', '2025-11-23',
     'La Policía capturó a dos sospechosos el martes en Guayaquil. En total, se decomisaron 300 kilos de cocaína '
     'en el puerto.',
     [dict(drug='cocaine', quantity_kg=300, kind=E, port='Guayaquil', date=None)]),
    # 'drogas' / 'drugs' with no article but no 'more' or 'most' before it weighs the story's drug
    ('es-found-drugs-weighing', '2025-06-10',
     'Agentes de la Guardia Civil han intervenido cocaína en el puerto de Algeciras. Los agentes hallaron drogas '
     'por un peso de 260 kilos en un contenedor de piñas.',
     [dict(drug='cocaine', quantity_kg=260, kind=E, port='Algeciras')]),
    ('en-seized-drugs-weighing', '2025-06-10',
     'Border Force officers found cocaine in a shipment of pineapples at the Port of Felixstowe. Officers seized '
     'drugs weighing 260 kilograms from the container.',
     [dict(drug='cocaine', quantity_kg=260, kind=E, port='Felixstowe')]),
    ('en-most-drugs-in-general', '2025-06-10',
     'Border Force officers seized 260 kilograms of cocaine at the Port of Felixstowe. The port handles more '
     'drugs than any other, with 40 tonnes found last year.',
     [dict(drug='cocaine', quantity_kg=260, kind=E, primary=True),
      dict(drug='other', quantity_kg=40000, kind=A, primary=False)]),
    ('es-the-drugs-named-before', '2025-06-10',
     'La Policía halló cocaína en un contenedor en el puerto de Guayaquil. Las drogas pesaban 300 kilos.',
     [dict(drug='cocaine', quantity_kg=300, kind=E, port='Guayaquil')]),
]


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES))
def test_spanish_portuguese_press(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


@pytest.mark.parametrize(("before", "origin"), [
    ("un contenedor procedente de Ecuador en el puerto de ", False),
    ("um contentor proveniente do Brasil no porto de ", False),
    ("un contenedor procedente del puerto de ", True),
    ("carregado no porto colombiano de ", True),
    ("loaded at the port of ", True),
])
def test_an_origin_ends_where_the_port_of_the_find_begins(before, origin):
    from nlp import places

    assert bool(places.ORIGIN_MORE.search(before)) is origin


@pytest.mark.parametrize(("text", "value"), [
    ("Desde janeiro, a Receita Federal já apreendeu", "2025"),
    ("desde principios de año, Vigilancia Aduanera", "2025"),
    ("Desde o início do ano, a PF", "2025"),
    ("Since January, customs have seized", "2025"),
    ("desde noviembre, la policía", None),  # a period that began last year: no one year
    ("el mayor alijo desde marzo, cuando se hallaron", "2025-03"),  # 'since March, when': that find's month
    ("desde el 3 de enero", "2025-01-03"),
])
def test_since_a_month_of_this_year_is_this_year(text, value):
    from datetime import date

    from nlp.dates import find_dates

    got = [d.value for d in find_dates(text, date(2025, 6, 20))]
    assert got == ([value] if value else [])


@pytest.mark.parametrize(("text", "kg"), [
    ("aseguró 2 mil 500 kilos de cocaína", 2500),
    ("mil 200 kilos de cocaína", 1200),
    ("2 mil kilos de cocaína", 2000),
    ("mil e duzentos quilos de cocaína", 1200),
    ("dos mil quinientos kilos de cocaína", 2500),
    ("la familia 200 kilos", 200),
])
def test_thousands_in_words_and_between_digits(text, kg):
    from nlp.units import find_quantities

    assert [q.value for q in find_quantities(text)] == [kg]


def test_a_count_does_not_stop_inside_its_number_words():
    from nlp.units import find_quantities

    assert [(q.kind, q.value) for q in find_quantities("mil e quinhentos tabletes de maconha")] == [("packages", 1500)]


@pytest.mark.parametrize(("text", "fires"), [
    ("neste ano, já foram apreendidas 12 toneladas de cocaína no porto", True),
    ("nesse ano, a receita federal apreendeu 20 toneladas", True),
    ("neste anoitecer de sexta-feira, os agentes encontraram 300 quilos", False),
])
def test_this_year_in_brazilian_portuguese_frames_a_total(text, fires):
    from nlp import cues

    assert bool(cues.WEAK_AGGREGATE.search(text)) is fires


@pytest.mark.parametrize(("text", "fires"), [
    ("o grupo é responsável pelo envio de ao menos 4 toneladas da droga", True),
    ("a quadrilha enviava cocaína para a europa pelo porto", True),
    ("os envolvidos foram presos em flagrante", False),
])
def test_sent_abroad_in_portuguese_is_no_seizure_by_itself(text, fires):
    from nlp import cues

    assert bool(cues.SMUGGLED_ONLY.search(text)) is fires


@pytest.mark.parametrize(("text", "kg"), [
    ("18,4 kilos de hachís; un peso total de 18,420 kilogramos", 18.42),  # the rounded lead corroborates the decimals
    ("25,6 kilos; en total 25,650 kilogramos", 25.65),
    ("un peso total de 18,420 kilogramos", 18420),  # alone, the three-digit group is thousands
    ("1,5 toneladas, es decir 1,500 kilos", 1500),  # the same weight in another unit: thousands
    ("2,4 kilos y 3,250 kilos", 3250),  # its digits do not begin the other's: no corroboration
    ("2,5 kilos de heroína y 2.500 kilos de hachís", 2500),  # the decimal mark is not the grouping one (review of 8a1cc6a)
    ("1.5 kg of heroin and 1,500 kg of cannabis resin", 1500),
])
def test_a_figure_to_the_gram_restates_its_rounded_lead(text, kg):
    from nlp.units import find_quantities

    assert find_quantities(text)[-1].value == pytest.approx(kg)


@pytest.mark.parametrize(("text", "fires"), [
    ("até agosto de 2025, a receita federal contabilizou 2,3 toneladas", True),
    ("até ao final de junho, foram apreendidas 4 toneladas", True),
    ("hasta finales de septiembre se intervinieron 14 toneladas", True),
    ("hasta el mes de mayo, la guardia civil aprehendió 9 toneladas", True),
    ("os agentes seguiram o contentor até ao armazém", False),
    ("hasta el puerto de valencia llegó el contenedor", False),
    # 'until May, when ...' times the one find at the end of a wait, it sums nothing (review of 8a1cc6a)
    ("la investigación se prolongó hasta mayo, cuando los agentes intervinieron 300 kilos", False),
    ("o navio ficou atracado no porto até maio, quando a polícia federal apreendeu 300 quilos", False),
    ("até agosto de 2025 quando", False),
])
def test_a_total_up_to_a_month_is_a_period(text, fires):
    from nlp import cues

    assert bool(cues.AGGREGATE.search(text)) is fires
