# Comparer, versions et fusion : comment les changements sont dits.

## Where a change is
change-field-name = Nom
change-field-qualifier = Qualificatif
change-field-country = Pays
change-field-region = Région
change-field-government = Type de gouvernement
change-field-population = Tranche de population
change-field-joined = Année d’adhésion
change-field-leader = Dirigeant
change-field-title = Titre
change-field-mandate = Mandat
change-field-logo = Logo
change-field-cover = Photo de couverture
change-field-prose = Texte de la vision
change-field-answers = Réponses
change-field-form = Forme
change-field-introduction = Introduction
change-field-aims = Objectifs
change-field-closing = Conclusion
change-field-areas = Domaine
change-field-description = Description
change-field-programs = Programmes
change-field-notes = Notes de présentation
change-field-summary = Résumé
change-field-kind = Type
change-field-status = Statut
change-field-start = Début
change-field-end = Fin
change-field-responsible-unit = Service responsable
change-field-partners = Partenaire
change-field-role = Rôle
change-field-target-groups = Publics cibles
change-field-rights = Droits
change-field-sdgs = ODD
change-field-sdg-targets = Cibles des ODD
change-field-indicators = Indicateur
change-field-unit = Unité de mesure
change-field-baseline = Valeur de départ
change-field-target = Cible
change-field-measurements = Mesure
change-field-value = Valeur
change-field-budget = Budget
change-field-amount = Montant
change-field-currency = Devise
change-field-beneficiaries = Bénéficiaires
change-field-count = Nombre
change-field-evidence = Preuve
change-field-link = Lien
change-field-visibility = Visibilité
change-field-origin = Copié de
change-field-suggested = Suggéré par la page
change-field-languages = Langues du contenu
change-field-own-target-groups = Publics cibles propres à la ville
change-field-unplaced = Texte pas encore placé
change-field-next-program-id = Prochain numéro de programme
change-field-format-version = Format du fichier

## Changes told
change-section-other = Profil
change-program = Programme nº { $number } « { $title } »
change-catalogue-order = ordre du catalogue modifié
change-order = ordre
change-item-named = « { $name } »
change-picture = une image
change-section-edited = { $section } : modifié
change-programs-changed = { $count ->
    [one] 1 programme modifié
   *[other] { $count } programmes modifiés
}
change-programs-added = { $count ->
    [one] 1 programme ajouté
   *[other] { $count } programmes ajoutés
}
change-programs-deleted = { $count ->
    [one] 1 programme supprimé
   *[other] { $count } programmes supprimés
}
change-none = aucun changement

## Fusion en ligne de commande
cli-merge-no-output = carta : indiquez où écrire la fusion avec -o FICHIER (ou lancez-le comme pilote de fusion de git avec --git-driver).
cli-merge-unreadable = carta : le profil fusionné n’a pas pu être relu ; rien n’a été écrit.
cli-merge-nothing = (rien)
cli-merge-conflict = { $place } : le mien { $mine } / le leur { $theirs }

## Comparer avec un fichier, fusionner la copie d’un collègue
command-compare-with = Comparer avec…
command-merge-copy = Fusionner la copie d’un collègue…
dialog-compare-with = Comparer avec un autre profil
dialog-merge-copy = Fusionner la copie d’un collègue
compare-with-title = Le vôtre et { $name }
compare-same = Les deux profils contiennent la même chose.
compare-count = { $count ->
    [one] 1 différence
   *[other] { $count } différences
}
compare-show = Afficher :
compare-before = Le vôtre :
compare-after = { $name } :
merge-title = Fusionner { $name }
merge-other-profile = Cette copie est celle d’un autre profil (d’une autre ville, ou commencé à part) : chaque différence est un choix.
merge-no-base = Aucune version dont les deux copies sont parties n’est gardée sur cet ordinateur : chaque champ que vous avez différemment est un choix ; ce qu’une seule copie a est gardé.
merge-summary = { $taken ->
    [one] 1 changement de leur part repris
   *[other] { $taken } changements de leur part repris
} ; { $conflicts ->
    [0] rien à trancher.
    [one] 1 champ que vous avez tous deux changé différemment :
   *[other] { $conflicts } champs que vous avez tous deux changés différemment :
}
merge-renumbered = { $count ->
    [one] 1 programme ajouté des deux côtés a pris un nouveau numéro.
   *[other] { $count } programmes ajoutés des deux côtés ont pris de nouveaux numéros.
}
merge-all-mine = Garder tout le mien
merge-all-theirs = Prendre tout le leur
merge-keep-mine = Le mien : { $value }
merge-take-theirs = Le leur : { $value }
merge-apply = Fusionner
merge-failed = La copie n’a pas pu être fusionnée
merge-same-file = C’est le fichier ouvert : choisissez la copie de votre collègue.
status-merged = { $name } fusionné : { $taken } changements repris, { $settled } tranchés par vous. Annulez avec Ctrl+Z.

## Historique des versions
command-version-history = Historique des versions…
history-title = Historique des versions
history-your-name = Votre nom, affiché à côté des versions que vous enregistrez :
history-your-name-hint = p. ex. Lucía Pérez
history-empty = Aucune version n’est encore gardée : chaque enregistrement en garde une désormais.
history-changes = Ce qu’elle a changé
history-compare-now = Comparer avec maintenant
history-restore = Rétablir cette version
history-kept = { $count } versions de { $profiles ->
    [one] 1 profil
   *[other] { $profiles } profils
} gardées, { $megabytes } Mo, dans { $folder }. Toutes celles du dernier jour, une par jour pendant un mois, une par mois ensuite.
history-version-of = la version du { $when }
history-before = Avant :
history-after = Après :
status-version-restored = La version du { $when } est revenue, comme un nouveau changement : annulez avec Ctrl+Z.
status-versions-failed = Enregistré, mais cette version n’a pas pu être gardée dans l’historique : { $reason }
history-first-kept = la première version gardée ici
history-close = Fermer
compare-go-to = Aller à ce champ
merge-work-changed = Le profil a changé pendant votre choix (une image est arrivée) : rien n’a été fusionné. Fusionnez la copie à nouveau.
status-first-version = C’est la première version gardée ici : il n’y en a pas d’antérieure avec laquelle la comparer.
merge-shared-ids = Deux programmes d’une des copies partagent un numéro et ne peuvent être distingués : donnez à chacun le sien dans cette copie (le panneau Vérification les indique), puis fusionnez à nouveau.
merge-not-a-number = { $program } contient un nombre qui n’en est pas un (un « NaN » ou « inf » écrit à la main) : les copies ne peuvent donc pas être comparées champ par champ. Corrigez-le dans cette copie (le panneau Vérification l’indique), puis fusionnez à nouveau.
history-compare-two = Comparer les deux
history-compare-two-hint = Choisissez une version, puis une autre avec Ctrl+clic.
history-version-label = { $when } :
