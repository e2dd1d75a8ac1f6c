## Le rapport annuel.

report-title = { $city } : rapport sur les droits humains { $year }
report-adopted = Adopté par le conseil municipal le { $date }.
report-introduction = Introduction
report-summary = { $year } en chiffres
report-programs = { $count ->
    [one] Un programme public
   *[other] { $count } programmes publics
}
report-valued = { $valued } indicateurs sur { $count } ont une valeur pour { $year }
report-reviewed = { $reviewed } programmes évalués sur { $count }
report-reached = { $count } personnes touchées en { $year }
report-budget-caption = Budget { $year } : prévu et dépensé
report-col-currency = Devise
report-col-planned = Prévu
report-col-spent = Dépensé
report-col-share = Part dépensée
report-col-latest = Dernière valeur
report-col-rating = Appréciation
report-col-people = Personnes touchées
report-spent-unreported = { $count ->
    [one] La dépense d’une ligne de budget n’est pas encore déclarée ; elle compte ci-dessus comme rien dépensé.
   *[other] La dépense de { $count } lignes de budget n’est pas encore déclarée ; elles comptent ci-dessus comme rien dépensé.
}
report-by-area = Avancement par domaine d’action
report-other-programs = Autres programmes
report-rating = { $rating } ({ $year })
report-not-reviewed = Pas encore d’évaluation pour { $year }.
report-program-reached = Personnes touchées en { $year } : { $count }
report-indicator = Indicateur
report-goals = Les objectifs de développement durable
report-goals-intro = Objectif par objectif, à la manière d’un examen local volontaire : les programmes qui y contribuent, leurs indicateurs et leur budget.
report-rights = Droits humains, article par article
report-served-by = Programmes
report-indicators = Indicateurs
report-consultations = Consultations publiques
report-annex = Annexe de données
report-annex-indicators = Tous les indicateurs jusqu’en { $year }
report-sheet-reviews = Évaluations
report-format-pdf = Rapport annuel (PDF)…
report-format-html = Rapport annuel (page web)…
report-format-xlsx = Données du rapport annuel (classeur)…
dialog-export-report = Exporter le rapport annuel
status-report-written = Le rapport annuel de { $year } a été écrit dans { $path }.
report-workbook-failed = Le classeur n’a pas pu être créé ({ $reason }).
