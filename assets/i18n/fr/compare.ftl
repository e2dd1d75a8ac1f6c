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
