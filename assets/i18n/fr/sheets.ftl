## Les feuilles des services.

sheets-name-about = À propos
sheets-name-indicators = Indicateurs
sheets-name-budget = Budget
sheets-name-people = Personnes touchées
sheets-no-unit = Sans service
sheets-about-title = { $city } : chiffres de { $year }
sheets-about-unit = Pour : { $unit }
sheets-about-fill = Remplissez les cellules jaunes de chaque feuille avec les chiffres de { $year }, puis renvoyez le classeur tel quel (même nom de fichier, mêmes feuilles).
sheets-about-numbers = Saisissez uniquement des nombres, sans unités ni mots : 40, et non « environ 40 ». Laissez la cellule vide si le chiffre n’est pas encore connu.
sheets-about-notes = La colonne des notes sert à tout ce que le lecteur doit savoir d’un chiffre : comment il a été compté, pourquoi il manque ou arrive en retard.
sheets-about-locked = Les autres colonnes (numéros, noms, valeurs de référence et cibles) sont verrouillées : elles indiquent au profil quelle ligne est laquelle.
sheets-about-return = Les lignes sont reconnues par leurs numéros : l’ordre des lignes et le nom du classeur n’ont pas d’importance.
sheets-head-program-number = N° de programme
sheets-head-indicator-number = N° d’indicateur
sheets-head-line-number = N° de ligne
sheets-head-program = Programme
sheets-head-indicator = Indicateur
sheets-head-unit = Unité
sheets-head-baseline = Valeur de référence
sheets-head-target = Cible
sheets-head-target-year = Année cible
sheets-head-last-value = Dernière valeur
sheets-head-last-year = De l’année
sheets-head-value = Valeur en { $year }
sheets-head-note = Note sur { $year }
sheets-head-currency = Devise
sheets-head-planned = Prévu pour { $year }
sheets-head-executed = Dépensé en { $year }
sheets-head-reached = Personnes touchées en { $year }
sheets-validation-title = Un nombre, s’il vous plaît
sheets-validation-message = Cette cellule n’accepte qu’un nombre (sans mots ni unités). Laissez-la vide si le chiffre n’est pas connu.
sheets-sheet-named = feuille { $name }

sheets-too-big = le fichier pèse { $megabytes } Mo ; les feuilles de plus de { $largest } Mo ne sont pas lues.
sheets-unreadable-file = le fichier n’a pas pu être lu ({ $reason }).
sheets-not-workbook = ce n’est pas un classeur que Carta sait lire : il est peut-être protégé par un mot de passe, endommagé ou d’un autre type ({ $reason }).
sheets-not-carta = aucune feuille de ce fichier n’a été écrite par Carta (leur première ligne masquée manque) ; rien n’en a été lu.
sheets-removed-indicators = la feuille des indicateurs a été supprimée de ce classeur ; ses chiffres n’ont pas été lus.
sheets-removed-budget = la feuille du budget a été supprimée de ce classeur ; ses chiffres n’ont pas été lus.
sheets-removed-people = la feuille des personnes touchées a été supprimée de ce classeur ; ses chiffres n’ont pas été lus.
sheets-other-profile = cette feuille a été écrite pour un autre profil ; rien n’en a été lu.
sheets-other-year = cette feuille recueille { $year }, et non { $expected } ; rien n’en a été lu.
sheets-strange-year = cette feuille recueille l’année { $year }, qu’aucun programme ne peut avoir ; rien n’en a été lu.
sheets-no-program-number = la ligne n’a pas de numéro de programme et ne peut pas être reconnue.
sheets-no-item-number = la ligne n’a pas de numéro dans cette colonne et ne peut pas être reconnue.
sheets-unknown-program = il n’y a pas de programme numéro { $number } dans ce profil (a-t-il été supprimé ?).
sheets-unknown-item = il n’y a pas d’élément numéro { $number } dans ce programme (a-t-il été supprimé ?).
sheets-line-of-other-year = cette ligne de budget est désormais pour { $year } ; son chiffre n’a pas été utilisé.
sheets-given-twice = cette ligne a déjà été donnée en { $place } ; la seconde n’a pas été utilisée.
sheets-not-a-number = « { $text } » n’est pas un nombre.
sheets-a-date = { $text } est une date, pas un nombre (la cellule est au format date).
sheets-cell-error = la cellule affiche l’erreur { $text }.
sheets-negative = une dépense ne peut pas être négative.
sheets-not-a-count = un nombre de personnes est un nombre entier, 0 ou plus.
sheets-note-without-value = une note sans valeur pour l’année n’accompagne rien ; elle n’a pas été gardée.

command-send-sheets = Envoyer les feuilles aux services…
command-read-sheets = Lire les feuilles renvoyées…
dialog-send-sheets = Choisissez le dossier des classeurs des services
dialog-read-sheets = Choisissez les classeurs remplis (ou un dossier qui les contient)
filter-sheets = Classeurs et CSV
status-sheets-written = { $count ->
    [one] Un classeur pour { $year } écrit dans { $folder }.
   *[other] { $count } classeurs pour { $year } écrits dans { $folder }.
}
status-sheets-none = Il n’y a aucun programme public dont demander les chiffres.
alert-sheets-failed = Les feuilles n’ont pas pu être écrites
sheets-read-title = Chiffres lus dans { $files ->
    [one] un fichier
   *[other] { $files } fichiers
}
sheets-read-changed = { $count ->
    [0] Rien à changer : le profil contient déjà tous les chiffres lus.
    [one] Un chiffre change. Vérifiez-le, puis intégrez-le au profil.
   *[other] { $count } chiffres changent. Vérifiez-les, puis intégrez-les au profil.
}
sheets-read-problems = Ce qui n’a pas pu être utilisé ({ $count }) :
sheets-accept = Intégrer ces chiffres
status-sheets-taken = { $count ->
    [one] Un chiffre intégré depuis les feuilles (Ctrl+Z l’annule).
   *[other] { $count } chiffres intégrés depuis les feuilles (Ctrl+Z les annule).
}
cli-sheets-over-profile = c’est le profil dans lequel les feuilles sont lues ; le résultat va dans un nouveau fichier. Choisissez un autre nom
cli-sheets-read = { $files ->
    [one] Un fichier lu
   *[other] { $files } fichiers lus
}, { $count ->
    [one] un chiffre changé.
   *[other] { $count } chiffres changés.
}
sheets-after = Des feuilles :
sheets-take-failed = Les chiffres n’ont pas pu être intégrés
sheets-work-changed = Le profil a changé pendant la lecture des feuilles : rien n’a été intégré. Relisez les feuilles.
