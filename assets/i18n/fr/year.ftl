## The Year panel: a year's numbers, typed in like a spreadsheet.

panel-year = Année
panel-year-subtitle = Rassemblez les chiffres de l’année : la valeur de chaque indicateur, les dépenses, les personnes touchées.
year-year = Année
year-unit = Service responsable
year-unit-all = Tous les services
year-missing = Seulement ce qui manque cette année
year-tab-indicators = Indicateurs
year-tab-budget = Dépenses réalisées
year-tab-beneficiaries = Personnes touchées
year-col-program = Programme
year-col-indicator = Indicateur
year-col-unit = Unité
year-col-reporter = Transmis par
year-col-baseline = Situation de départ
year-col-last = Dernière valeur
year-col-target = Cible
year-col-currency = Devise
year-col-planned = Prévu
year-col-executed = Dépensé en { $year }
year-col-reached = Touchées en { $year }
year-col-value = Valeur en { $year }
year-value-name = { $indicator } ({ $program }) en { $year }
year-executed-name = Dépensé par { $program } en { $year } ({ $currency })
year-reached-name = Personnes touchées par { $program } en { $year }
year-not-a-number = « { $text } » n’est pas un nombre : il n’a pas été retenu.
year-count = { $count ->
    [one] Une ligne
   *[other] { $count } lignes
}
year-none = Rien à afficher : aucun programme n’a de données pour cette année, ou les filtres n’en laissent aucun.
year-keys = Tab passe à la cellule suivante, Entrée à la ligne du dessous ; une cellule vide efface la valeur.
year-kept-breakdown = Cette valeur a une ventilation ou une note : elle a été gardée. Supprimez-la dans l’éditeur du programme.

## What an indicator records over the years.

indicator-source = Source de l’indicateur { $number }
indicator-source-label = Source
indicator-source-hint = registre municipal, enquête…
indicator-reporter = Transmission de l’indicateur { $number }
indicator-reporter-label = Transmis par
indicator-reporter-hint = un service ou une personne
indicator-target-year = Année cible de l’indicateur { $number }
indicator-frequency = Fréquence de l’indicateur { $number }
frequency-Yearly = Annuelle
frequency-TwiceAYear = Semestrielle
frequency-Quarterly = Trimestrielle
dimension-Sex = Sexe
dimension-AgeGroup = Tranche d’âge
dimension-Disability = Handicap
dimension-MigrationStatus = Statut migratoire
dimension-District = Quartier
indicator-breakdown-label = Ventilé par
indicator-breakdown-by = Indicateur { $number } ventilé par { $dimension }
dimension-own = Indicateur { $number } : une ventilation propre à la ville, { $nth }
dimension-own-hint = propre à la ville, p. ex. conseil de quartier
dimension-own-remove = Indicateur { $number } : retirer la ventilation par { $name } ({ $nth })
dimension-own-add = ➕ Une ventilation à vous
dimension-unnamed = (sans nom)
measurement-note-label = Note
measurement-note-hint = d’où vient le chiffre, ce qu’il laisse de côté
measurement-note = Indicateur { $number } mesure { $nth } note
part-category-hint = femmes, 65 ans et plus…
part-add = ➕ Un chiffre par catégorie
measurement-owner = Indicateur { $number } mesure { $nth }
beneficiaries-owner = Bénéficiaires { $number }
part-dimension = { $owner } chiffre { $part } : ventilé par
part-category = { $owner } chiffre { $part } : catégorie
part-value = { $owner } chiffre { $part } : valeur
part-remove = Retirer { $owner } chiffre { $part }
part-add-to = { $owner } : ajouter un chiffre par catégorie
dimension-own-add-to = Indicateur { $number } : ajouter une ventilation à vous

## A program's yearly review.

section-reviews = Bilans annuels
review-add = ➕ Ajouter un bilan
review-remove = Retirer le bilan { $number }
review-year = Année du bilan { $number }
review-rating = Appréciation du bilan { $number }
review-achieved = Bilan { $number } : réalisations
review-difficulties = Bilan { $number } : difficultés
review-next-steps = Bilan { $number } : prochaines étapes
review-achieved-label = Réalisations
review-difficulties-label = Difficultés
review-next-steps-label = Prochaines étapes
rating-OnTrack = En bonne voie
rating-SomeProgress = Quelques progrès
rating-OffTrack = En retard
rating-NotStarted = Pas commencé
rating-NoData = Pas de données

## What Check says the year still lacks.

check-indicator-unjudged = { $program } : l’indicateur { $number } est mesuré mais n’a pas de situation de départ ou de cible pour en juger.
check-overspent = { $program } : plus a été dépensé en { $year } que prévu ; dites pourquoi sous Difficultés dans le bilan de cette année.
check-no-review = { $program } n’a pas encore de bilan pour { $year }.
check-no-currency = La ligne budgétaire { $number } de { $program } n’a pas de devise : ses montants sont additionnés à part de tous les autres.

year-tab-progress = Avancement
chart-baseline = Référence
chart-target = Cible
chart-no-values = Pas encore de valeurs
progress-summary = { $programs } programmes publics · { $valued } indicateurs sur { $indicators } ont une valeur pour { $year } · { $reviewed } programmes évalués
progress-budget = Budget prévu et dépensé, année par année ({ $currency })
progress-budget-key = Barre claire : prévu ; barre foncée : dépensé. Chiffres : dépensé / prévu.
progress-budget-sdg = { $year } par objectif de développement durable ({ $currency })
progress-budget-right = { $year } par article de la Déclaration universelle ({ $currency })
progress-budget-group = { $year } par public cible ({ $currency })
progress-sdg = ODD { $goal }
progress-article = Article { $article }
progress-reached = Personnes touchées, année par année
progress-missing = Ce qui manque pour { $year }
progress-nothing-missing = Rien ne manque pour { $year } : chaque indicateur a une valeur et chaque programme une évaluation.
progress-missing-values = { $count ->
    [one] Un indicateur n’a pas de valeur pour { $year } :
   *[other] { $count } indicateurs n’ont pas de valeur pour { $year } :
}
progress-missing-reviews = { $count ->
    [one] Un programme n’a pas d’évaluation pour { $year } :
   *[other] { $count } programmes n’ont pas d’évaluation pour { $year } :
}
progress-missing-breakdowns = { $count ->
    [one] Une valeur n’a pas la ventilation demandée :
   *[other] { $count } valeurs n’ont pas la ventilation demandée :
}
progress-more = … et { $count } de plus
progress-changes = Ce qui a changé depuis { $previous }
progress-change-value = { $indicator } ({ $program }) : { $before } → { $after }
progress-change-rating = { $program } : { $before } → { $after }
progress-no-changes = Rien encore à comparer avec { $previous }.
progress-programs = Programmes et leurs indicateurs
progress-not-reviewed = pas d’évaluation pour { $year }
progress-in-slides = Terminer les diapositives par le bilan { $year }
progress-record = Les textes propres au rapport { $year }
progress-record-hint = Ce que le rapport annuel dit avant ses chiffres : l’introduction de l’année, les consultations publiques tenues et la date d’adoption du bilan par le conseil.
progress-introduction = Introduction au rapport de l’année
progress-adopted = Adopté par le conseil le
progress-consultations = Consultations publiques
progress-consultation-when = Date de la consultation
progress-consultation-who = Qui y a participé (consultation { $number })
progress-consultation-outcome = Ce qui en est sorti (consultation { $number })
progress-consultation-remove = Retirer la consultation { $number }
progress-consultation-add = ➕ Ajouter une consultation
progress-consultation-who-label = Qui y a participé
progress-consultation-outcome-label = Ce qui en est sorti
check-parts-sum = { $program } : la ventilation de l’indicateur { $number } pour { $year } ne correspond pas à sa valeur.
