# Els panells del formulari.

## Títols i subtítols
panel-city = Ciutat
panel-city-subtitle = Qui és la ciutat: les dades de la capçalera del perfil de la campanya.
panel-vision = Visió
panel-vision-subtitle = La visió de la ciutat com a Ciutat o Territori de Drets Humans.
panel-motivations = Motivacions
panel-motivations-subtitle = Per què la ciutat es va unir a la campanya i què pretén.
panel-policies = Polítiques
panel-policies-subtitle = Els àmbits de polítiques numerats i els programes que presenta cadascun.
panel-programs = Programes
panel-programs-subtitle = El catàleg de programes municipals en què es basa el perfil.
panel-overview = Panorama
panel-overview-subtitle = Quins drets, col·lectius i objectius cobreix el catàleg, i quins en deixa fora.
panel-check = Revisió
panel-check-subtitle = El que encara falta o és incorrecte al formulari de la campanya.

## Paraules comunes dels camps
not-set = Sense indicar
other = Altres…
other-hint = Escriviu-lo aquí
translate-source-empty = (buit en la llengua principal)

## Ciutat
city-name-hint = p. ex. San Antonio
qualifier-hint = p. ex. Xile
qualifier-explained = Es mostra entre parèntesis després del nom, com a «San Antonio (Xile)».
leader-title-hint = p. ex. Alcaldessa
mandate-years = D'un any a un altre
mandate-words = En paraules
mandate-start = Inici del mandat
mandate-end = Fi del mandat
mandate-to = a
mandate-reversed = El mandat acaba abans de començar.
mandate-in-words = Mandat en paraules

## Visió
vision-form = Escriu la visió com a
vision-form-prose = Text lliure
vision-form-questions = Respostes a les preguntes de la campanya
vision-hint = El fitxer conserva les dues formes; el perfil mostra la que trieu aquí. Deixeu una línia en blanc entre paràgrafs; comenceu una línia amb «- » per fer una llista.

## Motivacions
aim = Objectiu { $number }
aim-up = Puja l'objectiu { $number }
aim-down = Baixa l'objectiu { $number }
aim-remove = Treu l'objectiu { $number }
aim-add = ➕ Afegeix un objectiu

## Polítiques
policies-introduction = Introducció a les polítiques
policies-choose = Trieu un àmbit de polítiques a l'esquerra, o afegiu-ne un.
area-add = ➕ Afegeix un àmbit
area-new-title = Àmbit de polítiques nou
untitled-area = (sense títol)
areas-none = Encara no hi ha cap àmbit de polítiques.
area-remove = 🗑 Treu l'àmbit
area-up = Puja l'àmbit
area-down = Baixa l'àmbit
field-notes = Notes del presentador
notes-hint = Només es veuen a la vista del presentador; la sala no les veu mai.
area-programs = Programes d'aquest àmbit
open-in-catalogue = Obre al catàleg
program-missing = ⚠ El programa núm. { $id } no és al catàleg
area-program-remove = Treu el programa { $number } de l'àmbit
area-program-up = Puja el programa { $number }
area-program-down = Baixa el programa { $number }
area-programs-none = Encara no hi ha programes: afegiu-ne un del catàleg de més avall.
choose-from-catalogue = Tria del catàleg…
area-new-program = ➕ Programa nou aquí

## Revisió
check-nothing = No hi ha res per corregir: el perfil té tot el que demana el formulari de la campanya.
check-to-correct = { $count } per corregir
check-to-complete = { $count } per completar
check-click = Feu clic en una incidència per anar al camp corresponent.

## Panorama
overview-total = { $count } programes al catàleg. Feu clic en una barra per veure'n els programes.
overview-per-right = Programes per dret (article de la DUDH)
overview-per-sdg = Programes per Objectiu de Desenvolupament Sostenible
overview-per-group = Programes per col·lectiu destinatari
overview-per-status = Programes per estat
programs-count = { $count ->
    [one] { $count } programa
   *[other] { $count } programes
}
overview-show = { $count ->
    [one] Mostra aquest programa
   *[other] Mostra aquests programes
}
overview-gaps = Mancances
overview-all-rights = Cada article de la Declaració Universal té almenys un programa que el tracta.
overview-rights-gaps = { $count } articles de la Declaració Universal que cap programa no tracta:
article = Article { $number }
overview-all-groups = Cada col·lectiu destinatari té almenys un programa que l'atén.
overview-group-gaps = { $count } col·lectius destinataris que cap programa no atén:

## Traducció
translating = Original: { $source }, a l'esquerra · Traducció: { $target }, a la dreta
unplaced-title = Sense ubicar ({ $count })
unplaced-how = Text de la pàgina importada que Carta no ha pogut ubicar. Poseu cada fragment on correspongui, o descarteu-lo; Desfés el recupera.
unplaced-line = Línia { $line } de la pàgina
unplaced-put = Posa el text { $number } a…
unplaced-let-go = Descarta el text { $number }
place-in-vision = La visió (text lliure)
place-in-answer-1 = La resposta a la primera pregunta de la visió
place-in-answer-2 = La resposta a la segona pregunta de la visió
place-in-introduction = La introducció de les motivacions
place-as-aim = Un objectiu nou de les motivacions
place-in-closing = El tancament de les motivacions
place-in-policies = La introducció de les polítiques
place-as-program = Un programa nou del catàleg
