# Le panneau Programmes : le tableau du catalogue, sa barre d'outils et l'éditeur de programme.

## Tableau et barre d'outils
column-title = Titre
column-kind = Type
column-status = État
column-unit = Service responsable
column-groups = Groupes
column-rights = Droits
column-sdgs = ODD
sort-by = Trier par { $column }
catalogue-empty = Le catalogue est vide : ajoutez le premier programme de la ville.
untitled-program = (sans titre)
search = Rechercher
search-hint = Mot de n’importe quel texte
programs-shown = { $shown } affichés sur { $total }
program-add = ➕ Ajouter
program-duplicate = Dupliquer
program-delete = { $count ->
    [0] 🗑 Supprimer
    [one] 🗑 Supprimer
   *[other] 🗑 Supprimer { $count }
}
undo-hint = Annulable avec Ctrl+Z
tag-selected = { $count ->
    [0] Étiqueter la sélection
   *[other] Étiqueter la sélection ({ $count })
}
field-target-group = Groupe cible
tag-right = Droit (article de la DUDH)
tag-sdg = Objectif de développement durable
tag-area = Domaine d’action
filter-show = Afficher
filter-group = Groupe
filter-right = Droit
filter-area = Domaine
filter-clear = Effacer les filtres
filter-all = { $name } : tous
filter-everything = Tous
filter-by = Filtrer par { $name }

## Éditeur
editor-close = ✖ Fermer
editor-close-hint = Fermer l’éditeur ; le tableau récupère la place
editor-many-selected = { $count } programmes sont sélectionnés. Utilisez « Étiqueter la sélection » ci-dessus pour leur donner d’un coup un groupe, un droit, un objectif, un état ou un domaine d’action.
editor-choose = Choisissez un programme dans le tableau, ou ajoutez-en un.
program-from = de { $city }
field-responsible-unit = Service responsable
field-start = Début
field-end = Fin
field-visibility = Visibilité
visibility-public = Public
visibility-internal = Interne (jamais publié)
field-description = Description
section-areas = Domaines d’action
section-partners = Partenaires
section-rights = Droits abordés (Déclaration universelle des droits de l’homme) : { $count } choisis
section-sdgs = Objectifs de développement durable : { $count } choisis
sdg-number = ODD { $number }
section-indicators = Indicateurs
section-budget = Budget
section-beneficiaries = Bénéficiaires
section-evidence = Justificatifs
group-another = Autre groupe :
group-add = Ajouter le groupe
partner-add = ➕ Ajouter un partenaire
partner-remove = Retirer le partenaire { $number }
partner-name = Nom du partenaire { $number }
partner-name-hint = Organisation
partner-role = Rôle du partenaire { $number }
partner-role-hint = Rôle, p. ex. cofinancement
moment-hint = 2024 ou 15/03/2024
moment-invalid = Écrivez une année (2024) ou une date (15/03/2024).
sdg-targets = Cibles des ODD :
sdg-target-remove = Retirer cette cible
sdg-target-hint = p. ex. 10.2
sdg-target-new = Nouvelle cible d’ODD
sdg-target-add = Ajouter la cible
indicator-name = Nom de l’indicateur { $number }
indicator-name-hint = Ce qui est mesuré
indicator-remove = Retirer l’indicateur { $number }
indicator-unit = Unité de l’indicateur { $number }
indicator-unit-label = Unité de mesure
indicator-unit-hint = %, personnes, jours…
indicator-baseline = Valeur de référence
indicator-baseline-of = Valeur de référence de l’indicateur { $number }
indicator-target = Cible
indicator-target-of = Cible de l’indicateur { $number }
indicator-add = ➕ Ajouter un indicateur
indicator-kind-of = Type de l’indicateur { $number }
indicator-kind-Structural = Structurel
indicator-kind-Process = De processus
indicator-kind-Outcome = De résultat
measurement-measured = Mesuré en
measurement-value-label = valeur
measurement-year = Année de la mesure { $nth } de l’indicateur { $number }
measurement-value = Valeur de la mesure { $nth } de l’indicateur { $number }
measurement-remove = Retirer la mesure { $nth }
measurement-add = ➕ Ajouter une mesure
progress-incomplete = La progression s’affiche une fois la valeur de référence, la cible et une mesure renseignées.
budget-add = ➕ Ajouter une ligne budgétaire
budget-remove = Retirer la ligne budgétaire { $number }
budget-year = Année de la ligne budgétaire { $number }
budget-amount = Montant de la ligne budgétaire { $number }
budget-currency = Devise de la ligne budgétaire { $number }
beneficiaries-add = ➕ Ajouter des bénéficiaires
beneficiaries-remove = Retirer les bénéficiaires { $number }
beneficiaries-count = Nombre de bénéficiaires { $number }
beneficiaries-people-in = personnes en
beneficiaries-year = Année des bénéficiaires { $number }
evidence-add = ➕ Ajouter un justificatif
evidence-remove = Retirer le justificatif { $number }
evidence-title = Titre du justificatif { $number }
evidence-link = Lien du justificatif { $number }
evidence-link-hint = https://… ou un fichier à côté du profil
open-in-browser = Ouvrir dans le navigateur
indicator-progress = de { $baseline } à { $latest } sur { $target } { $unit } ({ $percent } %)
suggestions-accept = Accepter les suggestions
suggestions-reject = Les refuser
suggestions-accept-all = Accepter toutes les suggestions
suggestions-reject-all = Refuser toutes les suggestions

## The picker of articles and goals
picker-add-article = Ajouter un article
picker-add-goal = Ajouter un objectif
picker-hint = un mot ou un numéro
picker-done = Terminé
picker-remove = Retirer { $item }
picker-nothing = Rien ne correspond.
program-delete-none = Choisissez des programmes dans le tableau pour les supprimer.
tag-selected-none = Sélectionnez des programmes dans le tableau (Ctrl+clic, Maj+clic) pour les étiqueter ensemble.
program-duplicate-none = Choisissez un programme dans le tableau pour le dupliquer.
budget-year-label = Année
budget-amount-label = Montant
budget-currency-label = Devise
table-row = { $title }, type { $kind }, état { $status }
