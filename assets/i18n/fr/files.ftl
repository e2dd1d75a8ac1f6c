## Pourquoi un fichier de profil n'a pas pu être lu. Le message suit « FICHIER:LIGNE:COLONNE: ».
load-unreadable = le fichier ne peut pas être lu : { $reason }
load-too-large = le fichier fait { $megabytes } Mo, plus que ne peut en faire un profil ({ $limit } Mo)
load-not-utf8 = le fichier n’est pas du texte UTF-8 : octet invalide à la position { $offset }
load-empty = le fichier est vide ; un profil Carta était attendu
load-profile-not-page = c’est un profil Carta, pas une page de la campagne : ouvrez-le avec Fichier ▸ Ouvrir (ou `carta check`) ; il n’y a rien à importer
load-library-full = laissé de côté : la bibliothèque contient déjà { $megabytes } Mo de profils, le maximum que Carta lit à la fois ; ouvrez un dossier plus petit pour le lire
load-newer-version = écrit dans la version { $version } du format, alors que cette version de Carta lit jusqu’à la version { $supported } ; mettez Carta à jour pour l’ouvrir
load-cut-off = le fichier se termine trop tôt ; il a peut-être été tronqué
load-too-deep = le fichier est trop profondément imbriqué pour être un profil Carta
load-missing-field-in = il manque le champ obligatoire `{ $field }` dans { $outer }
file-part-Document = le profil
file-part-City = les données de la ville (city)
file-part-Leader = l’autorité (leader)
file-part-Vision = la vision (vision)
file-part-Motivations = les motivations (motivations)
file-part-Policies = les domaines d’action (policies)
file-part-PolicyArea = un domaine d’action
file-part-Program = un programme
file-part-Indicator = un indicateur d’un programme
file-part-Measurement = une mesure d’un indicateur
file-part-BudgetLine = une ligne de budget d’un programme
file-part-Beneficiaries = une ligne de bénéficiaires d’un programme
file-part-Evidence = une preuve d’un programme
file-part-Partner = un partenaire d’un programme
file-part-Suggestions = les suggestions d’un programme
file-part-Unplaced = un texte pas encore placé
file-part-Picture = une image (logo ou photo de couverture)
file-part-Recovery = la copie du travail non enregistré
file-part-other = une partie du fichier
load-missing-field = le champ obligatoire `{ $field }` manque
load-unknown-field = `{ $field }` n’est pas un champ que Carta connaît à cet endroit
load-unknown-value = « { $value } » n’est pas une des valeurs que Carta connaît à cet endroit
load-unclosed-text = un texte entre guillemets n’est jamais fermé ; le fichier a peut-être été tronqué
load-unclosed = une liste ou un groupe n’est jamais fermé ; le fichier a peut-être été tronqué
load-missing-comma = il manque une virgule ici
load-missing-colon = il manque deux-points (:) ici
load-expected-text = un texte entre guillemets était attendu ici
load-expected-number = un nombre était attendu ici
load-expected-yes-no = true ou false était attendu ici
load-unexpected-char = « { $char } » n’était pas attendu ici
load-trailing-text = il y a encore du texte après la fin du profil
load-syntax = un profil Carta ne s’écrit pas ainsi à cet endroit
load-duplicate-language = ce texte donne « { $lang } » deux fois ; gardez-en un seul
load-duplicate-field = `{ $field }` est écrit deux fois dans ce groupe ; gardez-en un seul
load-text-too-long = ce texte est plus long que ne peut l’être un texte de profil ({ $limit } caractères)
load-number-out-of-range = ce nombre est trop grand ou trop petit pour ce champ
load-wrong-value = cette valeur n’est pas du type que prend ce champ
load-wrong-length = cette liste a { $count } entrées, pas le nombre que prend ce champ
load-expected-option = Some(…) ou None était attendu ici
load-expected-list = une liste entre [ ] était attendue ici
load-expected-map = des textes entre {"{"} {"}"} étaient attendus ici, comme {"{"}"fr": "…"{"}"}
load-expected-group = un groupe entre ( ) était attendu ici

## Pourquoi un enregistrement a échoué. Le message suit « FICHIER: ».
save-serialize = le profil ne peut pas être mis en texte : { $reason }
save-create-folder = le dossier ne peut pas être créé : { $reason }
save-create-temporary = aucun nouveau fichier ne peut être créé dans { $folder } : { $reason }
save-permissions = les droits du fichier ne peuvent pas être définis : { $reason }
save-write = le fichier ne peut pas être écrit : { $reason }
save-keep-backup = la version précédente ne peut pas être gardée en .bak : { $reason }
save-replace = le fichier ne peut pas être remplacé : { $reason }
save-too-large = le profil serait trop gros pour que Carta le rouvre : { $reason }
io-not-found = le fichier ou son dossier n’existe pas (il a peut-être été déplacé, renommé ou supprimé)
io-permission-denied = cet ordinateur ne vous permet pas de l’utiliser ici (demandez à qui le gère, ou choisissez un autre endroit)
io-is-folder = c’est un dossier, pas un fichier
io-not-a-file = ce n’est pas un fichier ordinaire (un périphérique ou un tube) : Carta ne l’utilise pas
io-disk-full = le disque est plein ; libérez de la place et réessayez
io-read-only = cet endroit peut seulement être lu, pas écrit
io-read-only-file = le fichier est marqué en lecture seule, Carta le laisse donc tel quel ; enregistrez sous un autre nom, ou retirez la marque dans les propriétés du fichier
io-name-too-long = le nom du fichier est trop long pour ce disque ; choisissez-en un plus court
io-in-the-way = quelque chose de ce nom est déjà là et gêne
io-not-a-folder = une partie du chemin est un fichier, pas un dossier
io-in-use = un autre programme a ouvert le fichier et empêche de le remplacer ; fermez-le là (un document ouvert dans Word, un dossier synchronisé) et enregistrez à nouveau, ou enregistrez sous un autre nom
io-too-large = il fait { $megabytes } Mo, plus que ne peut faire un profil ({ $limit } Mo)
dialog-unavailable = Carta n’a pas pu afficher la boîte de dialogue de fichiers du système : cet ordinateur n’a ni portail de bureau ni zenity.
default-file-name = profil
alert-changes-kept = Vos modifications sont toujours là, non enregistrées. Utilisez Fichier > Enregistrer sous pour les mettre ailleurs.

## Ce que l'import d'une page de la campagne n'a pas pu placer. Les titres entre guillemets sont ceux de la page.
import-at-line = ligne { $line } : { $note }
import-no-title = La page n’a pas de ligne de titre ; le nom de la ville reste vide.
import-not-placed = pas encore placé, gardé dans Vérification ▸ Pas encore placé : « { $text } »
import-twice = « { $heading } » apparaît deux fois ; la seconde est lue aussi
import-missing = La page n’a pas de section « { $heading } » ; cette partie reste vide.
import-ends-mid-sentence = la page semble s’arrêter au milieu d’une phrase ; vérifiez la fin du texte
import-no-year = pas d’année dans « { $value } » ; l’année d’adhésion reste vide
import-prose-before-questions = le texte placé avant la première question de la vision a été gardé comme vision rédigée
import-text-between-aims = le texte placé entre les objectifs a été ajouté au dernier objectif : « { $text } »
import-found-by-shape = pas de titre « { $heading } » : cette section est réputée commencer ici d’après sa forme ; vérifiez où elle commence
import-too-long = { $count ->
    [one] un texte est plus long que ne peut l’être un texte du profil : il est coupé à la fin d’une phrase, et le reste est gardé dans Vérification ▸ Pas encore placé
   *[other] { $count } textes sont plus longs que ne peut l’être un texte du profil : chacun est coupé à la fin d’une phrase, et le reste est gardé dans Vérification ▸ Pas encore placé
}
import-item-before-first-area = un point placé avant le premier domaine d’action numéroté est devenu un programme du catalogue, sans domaine

## La ligne de commande.
cli-ok = ok
cli-imported = { $areas } domaines d’action, { $programs } programmes
cli-no-such-language = avertissement : le profil n’a pas de textes en « { $lang } » ; la langue principale ({ $main }) est écrite
cli-campaign-headings = note : la page de la campagne se publie en anglais, en espagnol ou en français ; ses titres sont en anglais au-dessus des textes en { $lang }
cli-output-failed = carta : la sortie n’a pas pu être écrite : { $reason }
cli-standard-input = entrée standard
cli-output-is-input = c’est la page importée ; choisissez un autre nom pour le profil
cli-export-over-profile = c’est le profil exporté ; y écrire l’export le remplacerait. Choisissez un autre nom
import-suggestions = Carta a lu des types et des groupes cibles dans le texte des programmes. Acceptez ou refusez chaque suggestion (celles laissées ouvertes attendent dans l’éditeur de chaque programme) :
suggestion-yes = Accepter
suggestion-no = Refuser
suggestion-accept = Accepter les suggestions pour { $program }
suggestion-reject = Refuser les suggestions pour { $program }
cli-library-count = { $profiles ->
    [one] 1 profil
   *[other] { $profiles } profils
}, { $programs ->
    [one] 1 programme
   *[other] { $programs } programmes
}
cli-library-found = { $programs ->
    [one] 1 programme
   *[other] { $programs } programmes
} dans { $cities ->
    [one] 1 ville
   *[other] { $cities } villes
}
cli-unknown-group = « { $group } » n’est pas un groupe cible que Carta connaît (essayez « Personnes migrantes » ou « Personnes âgées »)
cli-unknown-region = « { $region } » n’est pas l’une des régions de la campagne (essayez « Europe » ou « Amérique latine »)
