# Paraules sobre el perfil mateix: noms dels camps, incidències del panell
# Revisió i el que Carta afegeix a les diapositives i les exportacions.

## Llengües, com a llengües del contingut d'un perfil
language-en = anglès
language-es = castellà
language-fr = francès

## Etiquetes dels camps (també on porta el panell Revisió)
field-city-name = Nom de la ciutat
field-qualifier = Precisió
field-country = País
field-region = Regió
field-government = Tipus de govern
field-population = Franja de població
field-joined = Any d'adhesió
field-leader = Autoritat
field-leader-title = Càrrec de l'autoritat
field-mandate = Mandat
field-vision-text = Text de la visió
field-introduction = Introducció
field-aims = Objectius
field-closing = Tancament
field-area-title = Títol de l'àmbit
field-area-description = Descripció de l'àmbit
field-title = Títol
field-summary = Resum
field-rights = Drets
field-target-groups = Col·lectius destinataris
area-add-program = Afegeix un programa

## Noms usats en els missatges
area-numbered = Àmbit de polítiques { $number }
area-titled = L'àmbit de polítiques «{ $text }»
program-numbered = Programa núm. { $id }
## El mateix, com a subjecte d'una frase del panell Revisió.
area-numbered-subject = L'àmbit de polítiques { $number }
program-numbered-subject = El programa núm. { $id }
quoted = «{ $text }»
place-in-area = { $field } (àmbit de polítiques { $number })
place-in-program = { $field } (programa núm. { $id })

## Incidències del panell Revisió
severity-error = error
severity-warning = avís
check-empty = { $field }: no s'ha omplert.
check-not-set = { $field }: sense indicar.
check-joined-early = L'any d'adhesió és el { $year }, abans que comencés la campanya, el { $first }.
check-mandate-reversed = El mandat acaba ({ $end }) abans de començar ({ $start }).
check-vision-empty = La visió és buida.
check-unanswered = Falta la resposta a «{ $question }»
check-no-introduction = Les motivacions no tenen introducció.
check-no-aims = Les motivacions no enumeren cap objectiu.
check-area-untitled = { $area } no té títol.
check-area-empty = { $area } no presenta cap programa.
check-area-dangling = { $area } enllaça amb el programa núm. { $id }, que no és al catàleg.
check-program-no-right = { $program } no tracta cap dret.
check-program-no-group = { $program } no indica cap col·lectiu destinatari.
check-untranslated = { $field }: no té text en { $language }.
check-joined-late = L'any d'adhesió és el { $year }, cosa que no pot ser: la campanya arriba fins al { $goal }.
check-language-empty = Una llengua del contingut té el codi buit.
check-language-unknown = «{ $code }» no és un codi de llengua (com ara en, es o fr).
check-language-twice = La llengua del contingut «{ $code }» apareix dues vegades.
check-area-all-internal = { $area } només presenta programes interns: quedarà buit a les diapositives i en tot el que es publiqui.
check-next-id = El proper programa nou rebria el núm. { $next }, però ja hi ha un programa amb el núm. { $highest }; Carta avança el comptador per sobre d'aquest quan obre el fitxer.
check-duplicate-id = { $count } programes comparteixen el núm. { $id }: doneu-ne un de propi a cadascun, o els enllaços i les seleccions els confondran.
check-no-such-article = { $program } cita l'article { $article }, però la Declaració Universal té els articles de l'1 al 30.
check-no-such-goal = { $program } cita l'objectiu { $goal }, però hi ha 17 Objectius de Desenvolupament Sostenible.
check-impossible-date = { $program } té la data { $date }, que no existeix en cap calendari.
check-not-a-number = { $program }: l'indicador { $number } té un valor que no és un nombre.
check-bad-budget = { $program }: la línia de pressupost { $number } és negativa o no és un nombre.

## El que Carta escriu a les diapositives
slide-since = Ciutat de Drets Humans des del { $year }
slide-fact = { $label }: { $value }
slide-population = Població
slide-joined = Adhesió a la campanya
slide-city = La ciutat
slide-vision = La nostra visió
slide-motivations = Per què ens vam unir a la campanya
slide-continued = { $heading } (continuació)
slide-sdg = ODS { $number } · { $name }
slide-rights = Drets que tracten els nostres programes
slide-groups = A qui s'adrecen els nostres programes
slide-goals = Objectius de Desenvolupament Sostenible que impulsen els nostres programes
slide-review = Balanç del { $year }
slide-review-rated = { $rating }: { $count ->
    [one] un programa
   *[other] { $count } programes
}
slide-review-reached = Persones ateses: { $count }
slide-review-money = { $currency }: previst { $planned }, executat { $spent }
slide-review-programs = Els nostres programes el { $year }
slide-review-program = { $program } — { $rating }
slide-review-indicator = { $program }: { $indicator }
slide-thanks = Gràcies

## El que Carta escriu a les exportacions
export-joined = Any d'adhesió a la campanya
export-vision = Visió
export-motivations = Motivacions
export-policies = Polítiques, mecanismes i programes locals de drets humans
export-catalogue = Catàleg de programes
export-rights = Drets (articles de la DUDH)
export-goals = Objectius de Desenvolupament Sostenible
export-origin = Inspirat en

## El que Carta escriu en un perfil
new-program = Programa nou
program-copy = { $title } (còpia)
check-unplaced = El text de la línia { $line } de la pàgina importada encara no s'ha ubicat: «{ $text }»
unplaced-numbered = text sense ubicar { $number }
check-suggested = { $program }: Carta suggereix { $suggestions } a partir del seu text; accepteu-ho o rebutgeu-ho al seu editor.
suggested-kind = tipus «{ $kind }»
suggested-groups = col·lectius destinataris { $groups }
field-suggestions = Suggerit a partir de la pàgina
slide-policies = Les nostres polítiques
