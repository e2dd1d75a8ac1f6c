## El panell Any: les xifres d'un any, introduïdes com en un full de càlcul.

panel-year = Any
panel-year-subtitle = Recolliu les xifres de l'any: el valor de cada indicador, els diners executats, les persones ateses.
year-year = Any
year-unit = Unitat responsable
year-unit-all = Totes les unitats
year-missing = Només el que falta aquest any
year-tab-indicators = Indicadors
year-tab-budget = Pressupost executat
year-tab-beneficiaries = Persones ateses
year-col-program = Programa
year-col-indicator = Indicador
year-col-unit = Unitat
year-col-reporter = Informat per
year-col-baseline = Valor de referència
year-col-last = Últim valor
year-col-target = Objectiu
year-col-currency = Moneda
year-col-planned = Previst
year-col-executed = Executat el { $year }
year-col-reached = Ateses el { $year }
year-col-value = Valor del { $year }
year-value-name = { $indicator } ({ $program }), any { $year }
year-executed-name = Executat per { $program } el { $year } ({ $currency })
year-reached-name = Persones ateses per { $program } el { $year }
year-not-a-number = «{ $text }» no és un nombre: no s'ha conservat.
year-count = { $count ->
    [one] Una fila
   *[other] { $count } files
}
year-none = No hi ha res per llistar: cap programa en té per a aquest any, o els filtres no en deixen cap.
year-keys = Tab passa a la cel·la següent, Retorn a la fila de sota; una cel·la buida treu el valor.
year-kept-breakdown = Aquest valor té una desagregació o una nota, per això s'ha conservat: traieu-lo a l'editor del programa.

## Què registra un indicador al llarg dels anys.

indicator-source = Indicador { $number }: font
indicator-source-label = Font
indicator-source-hint = registre municipal, enquesta…
indicator-reporter = Indicador { $number }: informat per
indicator-reporter-label = Informat per
indicator-reporter-hint = una unitat o una persona
indicator-target-year = Indicador { $number }: any de l'objectiu
indicator-frequency = Indicador { $number }: freqüència
frequency-Yearly = Anual
frequency-TwiceAYear = Semestral
frequency-Quarterly = Trimestral
dimension-Sex = Sexe
dimension-AgeGroup = Grup d'edat
dimension-Disability = Discapacitat
dimension-MigrationStatus = Situació migratòria
dimension-District = Districte
indicator-breakdown-label = Desagregat per
indicator-breakdown-by = Indicador { $number } desagregat per { $dimension }
dimension-own = Indicador { $number }: una desagregació pròpia de la ciutat, { $nth }
dimension-own-hint = pròpia de la ciutat, p. ex. consell de barri
dimension-own-remove = Indicador { $number }: treu la desagregació per { $name } ({ $nth })
dimension-own-add = ➕ Una desagregació pròpia
dimension-unnamed = (sense nom)
measurement-note-label = Nota
measurement-note-hint = d'on surt la xifra, què hi queda fora
measurement-note = Indicador { $number }, mesura { $nth }: nota
part-category-hint = dones, 65 anys o més…
part-add = ➕ Una xifra per categoria
measurement-owner = Indicador { $number }, mesura { $nth }
beneficiaries-owner = Persones beneficiàries { $number }
part-dimension = { $owner }, xifra { $part }: desagregada per
part-category = { $owner }, xifra { $part }: categoria
part-value = { $owner }, xifra { $part }: valor
part-remove = Treu la xifra { $part } ({ $owner })
part-add-to = { $owner }: afegeix una xifra per categoria
dimension-own-add-to = Indicador { $number }: afegeix una desagregació pròpia

## L'avaluació anual d'un programa.

section-reviews = Avaluacions anuals
review-add = ➕ Afegeix una avaluació
review-remove = Treu l'avaluació { $number }
review-year = Avaluació { $number }: any
review-rating = Avaluació { $number }: valoració
review-achieved = Avaluació { $number }: què s'ha aconseguit
review-difficulties = Avaluació { $number }: dificultats
review-next-steps = Avaluació { $number }: passos següents
review-achieved-label = Què s'ha aconseguit
review-difficulties-label = Dificultats
review-next-steps-label = Passos següents
rating-OnTrack = En bon camí
rating-SomeProgress = Algun progrés
rating-OffTrack = Desviat
rating-NotStarted = No iniciat
rating-NoData = Sense dades

## Allò que Revisió diu que encara falta a l'any.

check-indicator-unjudged = { $program }: l'indicador { $number } té mesures, però no té cap valor de referència o objectiu amb què valorar-lo.
check-overspent = { $program }: el { $year } s'ha executat més del que s'havia previst; expliqueu-ne el motiu a Dificultats, a l'avaluació d'aquell any.
check-no-review = { $program } encara no té l'avaluació del { $year }.
check-no-currency = { $program }: la línia de pressupost { $number } no té moneda; els seus imports se sumen a part de tots els altres.

## La pestanya Progrés del panell Any, i els gràfics de totes les vistes.

year-tab-progress = Progrés
chart-baseline = Valor de referència
chart-target = Objectiu
chart-no-values = Encara no hi ha valors
progress-summary = { $programs } programes públics · { $valued } de { $indicators } indicadors tenen valor per al { $year } · { $reviewed } programes avaluats
progress-budget = Pressupost previst i executat, any per any ({ $currency })
progress-budget-key = Barra clara: previst; barra fosca: executat. Xifres: executat / previst.
progress-budget-sdg = { $year } per Objectiu de Desenvolupament Sostenible ({ $currency })
progress-budget-right = { $year } per article de la Declaració Universal ({ $currency })
progress-budget-group = { $year } per col·lectiu destinatari ({ $currency })
progress-sdg = ODS { $goal }
progress-article = Article { $article }
progress-reached = Persones ateses, any per any
progress-missing = Què falta per al { $year }
progress-nothing-missing = No falta res per al { $year }: cada indicador té un valor i cada programa, una avaluació.
progress-missing-values = { $count ->
    [one] Un indicador no té valor per al { $year }:
   *[other] { $count } indicadors no tenen valor per al { $year }:
}
progress-missing-reviews = { $count ->
    [one] Un programa no té avaluació del { $year }:
   *[other] { $count } programes no tenen avaluació del { $year }:
}
progress-missing-breakdowns = { $count ->
    [one] A un valor li falta la desagregació demanada:
   *[other] A { $count } valors els falta la desagregació demanada:
}
progress-more = … i { $count } més
progress-changes = Què ha canviat des del { $previous }
progress-change-value = { $indicator } ({ $program }): { $before } → { $after }
progress-change-rating = { $program }: { $before } → { $after }
progress-no-changes = Encara no hi ha res per comparar amb el { $previous }.
progress-programs = Programes i els seus indicadors
progress-not-reviewed = sense avaluació del { $year }
progress-in-slides = Acaba les diapositives amb el balanç del { $year }
progress-record = Les paraules pròpies de l'informe del { $year }
progress-record-hint = Què diu l'informe anual abans de les xifres: la introducció de l'any, les consultes públiques fetes i quan el ple municipal va aprovar l'avaluació.
progress-introduction = Introducció a l'informe de l'any
progress-adopted = Aprovat pel ple municipal el
progress-consultations = Consultes públiques
progress-consultation-when = Data de la consulta
progress-consultation-who = Qui hi va participar (consulta { $number })
progress-consultation-outcome = Què en va sortir (consulta { $number })
progress-consultation-remove = Treu la consulta { $number }
progress-consultation-add = ➕ Afegeix una consulta
progress-consultation-who-label = Qui hi va participar
progress-consultation-outcome-label = Què en va sortir
check-parts-sum = { $program }: la desagregació de l'indicador { $number } per al { $year } no suma el seu valor.
