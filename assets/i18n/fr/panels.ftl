# Les panneaux du formulaire.

## Titres et sous-titres
panel-city = Ville
panel-city-subtitle = Qui est la ville : les données en tête du profil de la campagne.
panel-vision = Vision
panel-vision-subtitle = La vision de la ville en tant que Ville ou Territoire des droits humains.
panel-motivations = Motivations
panel-motivations-subtitle = Pourquoi la ville a rejoint la campagne, et ce qu’elle vise.
panel-policies = Politiques
panel-policies-subtitle = Les domaines d’action numérotés et les programmes que chacun présente.
panel-programs = Programmes
panel-programs-subtitle = Le catalogue des programmes municipaux sur lequel repose le profil.
panel-overview = Vue d’ensemble
panel-overview-subtitle = Quels droits, groupes et objectifs le catalogue couvre, et lesquels il laisse de côté.
panel-check = Vérification
panel-check-subtitle = Ce qui manque encore au formulaire de la campagne ou ce qui y est erroné.

## Mots communs des champs
not-set = Non renseigné
other = Autre…
other-hint = Écrivez-le ici
translate-source-empty = (vide dans la langue principale)

## Ville
city-name-hint = p. ex. San Antonio
qualifier-hint = p. ex. Chili
qualifier-explained = Affiché entre parenthèses après le nom, comme dans « San Antonio (Chili) ».
leader-title-hint = p. ex. Maire
mandate-years = D’une année à l’autre
mandate-words = En toutes lettres
mandate-start = Début du mandat
mandate-end = Fin du mandat
mandate-to = à
mandate-reversed = Le mandat se termine avant de commencer.
mandate-in-words = Mandat en toutes lettres

## Vision
vision-form = Rédiger la vision sous forme de
vision-form-prose = Texte libre
vision-form-questions = Réponses aux questions de la campagne
vision-hint = Le fichier garde les deux formes ; le profil affiche celle choisie ici. Laissez une ligne vide entre les paragraphes ; commencez une ligne par « - » pour une liste.

## Motivations
aim = Objectif { $number }
aim-up = Monter l’objectif { $number }
aim-down = Descendre l’objectif { $number }
aim-remove = Retirer l’objectif { $number }
aim-add = ➕ Ajouter un objectif

## Politiques
policies-introduction = Introduction aux politiques
policies-choose = Choisissez un domaine d’action à gauche, ou ajoutez-en un.
area-add = ➕ Ajouter un domaine
area-new-title = Nouveau domaine d’action
untitled-area = (sans titre)
areas-none = Aucun domaine d’action pour l’instant.
area-remove = 🗑 Retirer le domaine
area-up = Monter le domaine
area-down = Descendre le domaine
field-notes = Notes de l’orateur
notes-hint = Visibles par vous seul, dans la vue de l’orateur ; jamais par la salle.
area-programs = Programmes de ce domaine
open-in-catalogue = Ouvrir dans le catalogue
program-missing = ⚠ Le programme n° { $id } n’est pas dans le catalogue
area-program-remove = Retirer le programme { $number } du domaine
area-program-up = Monter le programme { $number }
area-program-down = Descendre le programme { $number }
area-programs-none = Aucun programme pour l’instant : ajoutez-en un depuis le catalogue ci-dessous.
choose-from-catalogue = Choisir dans le catalogue…
area-new-program = ➕ Nouveau programme ici

## Vérification
check-nothing = Rien à corriger : le profil contient tout ce que demande le formulaire de la campagne.
check-to-correct = { $count } à corriger
check-to-complete = { $count } à compléter
check-click = Cliquez sur une remarque pour aller à son champ.

## Vue d'ensemble
overview-total = { $count } programmes dans le catalogue. Cliquez sur une barre pour voir ses programmes.
overview-per-right = Programmes par droit (article de la DUDH)
overview-per-sdg = Programmes par objectif de développement durable
overview-per-group = Programmes par groupe cible
overview-per-status = Programmes par état
programs-count = { $count ->
    [one] { $count } programme
   *[other] { $count } programmes
}
overview-show = { $count ->
    [1] Voir ce programme
   *[other] Voir ces programmes
}
overview-gaps = Lacunes
overview-all-rights = Chaque article de la Déclaration universelle est couvert par au moins un programme.
overview-rights-gaps = { $count } articles de la Déclaration universelle qu’aucun programme n’aborde :
article = Article { $number }
overview-all-groups = Chaque groupe cible bénéficie d’au moins un programme.
overview-group-gaps = { $count } groupes cibles qu’aucun programme ne sert :

## Traduire
translating = Original : { $source }, à gauche · Traduction : { $target }, à droite
unplaced-title = Pas encore placé ({ $count })
unplaced-how = Texte de la page importée que Carta n’a pas pu placer. Mettez chaque morceau à sa place, ou écartez-le ; annuler le fait revenir.
unplaced-line = Ligne { $line } de la page
unplaced-put = Mettre le texte { $number } dans…
unplaced-let-go = Écarter le texte { $number }
place-in-vision = La vision (texte)
place-in-answer-1 = La réponse à la première question de la vision
place-in-answer-2 = La réponse à la deuxième question de la vision
place-in-introduction = L’introduction des motivations
place-as-aim = Un nouvel objectif des motivations
place-in-closing = La conclusion des motivations
place-in-policies = L’introduction des politiques
place-as-program = Un nouveau programme du catalogue
