## L'informe anual: el que el ple municipal i la campanya llegeixen sobre un any.

report-title = { $city }: informe de drets humans del { $year }
report-adopted = Aprovat pel ple municipal el { $date }.
report-introduction = Introducció
report-summary = El { $year } en xifres
report-programs = { $count ->
    [one] Un programa públic
   *[other] { $count } programes públics
}
report-valued = { $valued } de { $count } indicadors tenen valor per al { $year }
report-reviewed = { $reviewed } de { $count } programes avaluats
report-reached = { $count } persones ateses el { $year }
report-budget-caption = Pressupost del { $year }: previst i executat
report-col-currency = Moneda
report-col-planned = Previst
report-col-spent = Executat
report-col-share = Grau d'execució
report-col-latest = Últim valor
report-col-rating = Valoració
report-col-people = Persones ateses
report-spent-unreported = { $count ->
    [one] La despesa d'una línia de pressupost encara no s'ha informat; a la taula de dalt compta com si no s'hagués executat res.
   *[other] La despesa de { $count } línies de pressupost encara no s'ha informat; a la taula de dalt compten com si no s'hagués executat res.
}
report-by-area = Progrés per àmbit de polítiques
report-other-programs = Altres programes
report-rating = { $rating } ({ $year })
report-not-reviewed = Encara sense avaluació del { $year }.
report-program-reached = Persones ateses el { $year }: { $count }
report-indicator = Indicador
report-goals = Els Objectius de Desenvolupament Sostenible
report-goals-intro = Objectiu per objectiu, a la manera d'una Revisió Local Voluntària: els programes que hi contribueixen, els seus indicadors i els seus diners.
report-rights = Els drets humans, article per article
report-served-by = Programes
report-indicators = Indicadors
report-consultations = Consultes públiques
report-annex = Annex de dades
report-annex-indicators = Tots els indicadors fins al { $year }
report-sheet-reviews = Avaluacions
report-format-pdf = Informe anual (PDF)…
report-format-html = Informe anual (pàgina web)…
report-format-xlsx = Dades de l'informe anual (llibre de càlcul)…
dialog-export-report = Exporta l'informe anual
status-report-written = L'informe anual del { $year } s'ha escrit a { $path }.
report-workbook-failed = No s'ha pogut crear el llibre de càlcul ({ $reason }).
