# Les mots du profil lui-même : noms des champs, remarques du panneau
# Vérification et ce que Carta ajoute aux diapositives et aux exportations.

## Langues, en tant que langues du contenu d'un profil
language-en = anglais
language-es = espagnol
language-fr = français

## Libellés des champs (aussi là où mène le panneau Vérification)
field-city-name = Nom de la ville
field-qualifier = Précision
field-country = Pays
field-region = Région
field-government = Type de gouvernement
field-population = Tranche de population
field-joined = Année d’adhésion
field-leader = Élu·e responsable
field-leader-title = Fonction de l’élu·e
field-mandate = Mandat
field-vision-text = Texte de la vision
field-introduction = Introduction
field-aims = Objectifs
field-closing = Conclusion
field-area-title = Titre du domaine
field-area-description = Description du domaine
field-title = Titre
field-summary = Résumé
field-rights = Droits
field-target-groups = Groupes cibles
area-add-program = Ajouter un programme

## Noms utilisés dans les messages
area-numbered = Domaine d’action { $number }
area-titled = Le domaine d’action « { $text } »
program-numbered = Programme n° { $id }
## La même chose, comme sujet d'une phrase du panneau Vérification.
area-numbered-subject = Le domaine d’action { $number }
program-numbered-subject = Le programme n° { $id }
quoted = « { $text } »
place-in-area = { $field } (domaine d’action { $number })
place-in-program = { $field } (programme n° { $id })

## Remarques du panneau Vérification
severity-error = erreur
severity-warning = avertissement
check-empty = { $field } : vide.
check-not-set = { $field } : non renseigné.
check-joined-early = L’année d’adhésion est { $year }, avant le début de la campagne en { $first }.
check-mandate-reversed = Le mandat se termine ({ $end }) avant de commencer ({ $start }).
check-vision-empty = La vision est vide.
check-unanswered = Pas de réponse à « { $question } »
check-no-introduction = Les motivations n’ont pas d’introduction.
check-no-aims = Les motivations ne citent aucun objectif.
check-area-untitled = { $area } n’a pas de titre.
check-area-empty = { $area } ne présente aucun programme.
check-area-dangling = { $area } renvoie au programme n° { $id }, qui n’est pas dans le catalogue.
check-program-no-right = { $program } n’aborde aucun droit.
check-program-no-group = { $program } ne nomme aucun groupe cible.
check-untranslated = { $field } : pas de texte en { $language }.
check-joined-late = L’année d’adhésion est { $year }, ce qui ne peut pas être : la campagne court jusqu’en { $goal }.
check-language-empty = Une langue de contenu a un code vide.
check-language-unknown = « { $code } » n’est pas un code de langue (comme en, es ou fr).
check-language-twice = La langue de contenu « { $code } » figure deux fois.
check-area-all-internal = { $area } ne présente que des programmes internes : il sera vide sur les diapositives et dans tout ce qui est publié.
check-next-id = Le prochain programme recevrait le n° { $next }, mais un programme a déjà le n° { $highest } ; Carta place le compteur au-dessus à l’ouverture du fichier.
check-duplicate-id = { $count } programmes partagent le n° { $id } : donnez à chacun le sien, sinon liens et sélections les confondent.
check-no-such-article = { $program } cite l’article { $article }, mais la Déclaration universelle a les articles 1 à 30.
check-no-such-goal = { $program } cite l’objectif { $goal }, mais il y a 17 objectifs de développement durable.
check-impossible-date = { $program } porte la date { $date }, qu’aucun calendrier ne connaît.
check-not-a-number = L’indicateur { $number } de { $program } a une valeur qui n’est pas un nombre.
check-bad-budget = La ligne de budget { $number } de { $program } est négative ou n’est pas un nombre.

## Ce que Carta écrit sur les diapositives
slide-since = Ville des droits humains depuis { $year }
# Une espace insécable avant le deux-points, comme le veut la typographie française.
slide-fact = { $label } : { $value }
slide-population = Population
slide-joined = Adhésion à la campagne
slide-city = La ville
slide-vision = Notre vision
slide-motivations = Pourquoi nous avons rejoint la campagne
slide-continued = { $heading } (suite)
slide-sdg = ODD { $number } · { $name }
slide-rights = Les droits qu’abordent nos programmes
slide-groups = À qui s’adressent nos programmes
slide-goals = Les objectifs de développement durable que font avancer nos programmes
slide-review = Bilan { $year }
slide-review-rated = { $rating } : { $count ->
    [one] un programme
   *[other] { $count } programmes
}
slide-review-reached = Personnes atteintes : { $count }
slide-review-money = { $currency } : { $planned } prévus, { $spent } dépensés
slide-review-programs = Nos programmes en { $year }
slide-review-program = { $program } — { $rating }
slide-review-indicator = { $program } : { $indicator }
slide-thanks = Merci

## Ce que Carta écrit dans les exportations
export-joined = Année d’adhésion à la campagne
export-vision = Vision
export-motivations = Motivations
export-policies = Politiques, mécanismes et programmes locaux en matière de droits humains
export-catalogue = Catalogue des programmes
export-rights = Droits (articles de la DUDH)
export-goals = Objectifs de développement durable
export-origin = Inspiré de

## Ce que Carta écrit dans un profil
new-program = Nouveau programme
program-copy = { $title } (copie)
check-unplaced = Le texte de la ligne { $line } de la page importée n’est pas encore placé : « { $text } »
unplaced-numbered = texte non placé { $number }
check-suggested = { $program } : Carta suggère { $suggestions } d’après son texte ; acceptez ou refusez dans son éditeur.
suggested-kind = type « { $kind } »
suggested-groups = groupes cibles { $groups }
field-suggestions = Suggéré d’après la page
slide-policies = Nos politiques
