# La fenêtre autour des panneaux : menus, commandes, dialogues et messages.

## Menus
menu-file = Fichier
menu-open-recent = Ouvrir un fichier récent
no-recent-files = Aucun fichier récent
clear-recent = Vider la liste
clear-recent-none = Aucun fichier ouvert pour l’instant.
menu-export = Exporter
menu-edit = Édition
menu-view = Affichage
menu-language = Langue de l’interface
theme-system = Thème : comme le système
theme-light = Thème : clair
theme-dark = Thème : sombre

## Commandes
command-new = Nouveau
command-open = Ouvrir…
command-save = Enregistrer
command-save-as = Enregistrer sous…
command-import-programs = Importer des programmes…
command-import-campaign-text = Importer un texte de la campagne…
command-quit = Quitter
command-undo = Annuler
command-redo = Rétablir
command-present = Présenter

## Formats d'exportation
format-txt = Texte de la campagne (.txt)
format-markdown = Markdown (.md)
format-html = Page web (.html)
format-json = JSON (.json)
format-slides-pdf = Diapositives en PDF (.pdf)
format-slides-pdf-a4 = Diapositives en PDF, A4 paysage (.pdf)
format-notes-pdf = Diapositives avec notes en PDF (.pdf)

## Dialogues de fichiers et fenêtre de saisie d'un chemin
dialog-open = Ouvrir un profil
dialog-save-as = Enregistrer le profil sous
dialog-import-programs = Importer des programmes d’un autre profil
dialog-import-campaign-text = Importer une page de profil au format texte de la campagne
dialog-export = Exporter le profil sous
filter-text = Texte
filter-profile = Profil Carta
filter-all-files = Tous les fichiers
dialogs-turned-off = Les dialogues de fichiers du système sont désactivés.
details = Détails
file-path = Chemin du fichier
file-path-hint = p. ex. /home/ana/Documents/ma-ville.ron
folder-path-hint = p. ex. /home/ana/Documents/autres-villes
open = Ouvrir
save = Enregistrer
export = Exporter
cancel = Annuler
ok = OK
not-now = Pas maintenant
dont-save = Ne pas enregistrer

## La barre latérale et la barre d'état
untitled = Sans titre
present-button = Présenter  (F5)
present-hint = Diapositives en plein écran pour une réunion ; Échap pour revenir
status-not-saved-yet = Pas encore enregistré dans un fichier
status-unsaved = • modifications non enregistrées
status-undone = Annulé.
status-redone = Rétabli.
status-new = Nouveau profil.
status-opened = { $path } ouvert.
status-saved = Enregistré dans { $path }.
status-interface-unspoken = Carta ne parle pas encore { $wanted }. Elle parle { $spoken } : anglais tant que vous n’avez pas choisi (Affichage ▸ Langue de l’interface).
status-language-gone = La langue de l’interface que vous aviez choisie ({ $code }) n’est plus là : sa traduction a été retirée. Choisissez-en une autre dans Affichage ▸ Langue de l’interface.
status-exported = Exporté vers { $path }.
export-campaign-headings = Exporté. La page de la campagne se publie en anglais, en espagnol ou en français : celle-ci porte des titres en anglais au-dessus de vos textes.
status-waiting-for-dialog = En attente du dialogue de fichier…
status-restored = Le travail non enregistré a été restauré. Enregistrez-le pour le garder.
status-settings-not-kept = Vos réglages (langue, thème, fichiers récents) n’ont pas pu être gardés : { $reason }
export-over-open-profile = { $path } est le profil que vous avez ouvert. Y écrire l’export remplacerait votre profil ; choisissez un autre nom.
restore-stale-title = Le fichier a changé après la copie de votre travail
restore-stale-message = Quelqu’un ou quelque chose a modifié { $path } après que Carta a gardé votre travail non enregistré. Votre travail est de retour à l’écran ; à l’enregistrement, Carta demandera s’il faut recharger l’autre version, comparer les deux ou garder la vôtre sous un autre nom.
status-autosave-failing = ⚠ Les copies de récupération ne peuvent pas être écrites
status-autosave-back = Les copies de récupération de votre travail non enregistré sont de nouveau écrites.
overwrite-title = « { $name } » existe déjà
overwrite-message = Un fichier de ce nom se trouve déjà dans { $folder }. Le remplacer écrase ce qu’il contient.
overwrite-replace = Le remplacer
status-reloaded = La version plus récente a été rechargée depuis le disque.
presenter-view-title = Carta — vue de l’orateur

## Messages
alert-open-failed = Ce fichier n’a pas pu être ouvert
alert-document-unchanged = Le document qui était ouvert n’a pas été modifié.
alert-save-failed = Le profil n’a pas pu être enregistré
alert-export-failed = L’exportation n’a pas pu être écrite
import-page-title = Page de la campagne importée
import-page-read = { $source } : { $areas } domaines d’action et { $programs } programmes ont été lus. Enregistrez le nouveau profil avec Fichier > Enregistrer sous.
import-page-points = Veuillez vérifier ces points :
unsaved-title = Enregistrer les modifications ?
unsaved-this-profile = Ce profil
unsaved-message = { $name } contient des modifications non enregistrées. Sans enregistrement, elles seront perdues.
restore-title = Restaurer le travail non enregistré ?
restore-never-saved = un profil jamais enregistré
restore-message = Carta s’est fermé sans enregistrer vos modifications de { $what }, le profil de { $city }. Elles ont été conservées { $age }.
restore = Restaurer
discard = Abandonner
age-now = il y a moins d’une minute
age-minutes = { $count ->
    [one] il y a une minute
   *[other] il y a { $count } minutes
}
age-hours = { $count ->
    [one] il y a une heure
   *[other] il y a { $count } heures
}
age-days = { $count ->
    [one] il y a un jour
   *[other] il y a { $count } jours
}
conflict-deleted-title = « { $name } » a été supprimé ou déplacé
conflict-deleted-message = Un autre programme a retiré le fichier que vous modifiez. Votre version est toujours ici.
conflict-changed-title = « { $name } » a été modifié par un autre programme
conflict-changed-message = Quelqu’un a enregistré une version plus récente de ce fichier depuis que vous l’avez ouvert. Carta ne l’écrasera pas sans vous le demander.
conflict-save-here = Réenregistrer la mienne ici
conflict-reload = Recharger la leur
conflict-compare = Voir les deux
conflict-merge = Fusionner la leur dans la mienne…
conflict-save-as = Garder la mienne : Enregistrer sous…

## Langues du contenu
content-language = Langue du contenu
content-language-main = { $language } (principale)
content-language-add = Ajouter { $language }
content-language-another = Une autre langue…
language-search = Chercher une langue par son nom
language-search-hint = arabe, 한국어, català, pt-BR…
language-search-none = Aucune langue ne porte ce nom.
content-language-add-title = Ajouter une langue de contenu
content-language-add-explained = Tapez le nom de la langue, en français ou dans la langue elle-même, ou son code (pt-BR).
content-language-missing = { $count } à traduire
content-language-make-main = En faire la langue principale : { $language }
content-language-remove = Retirer cette langue et ses textes : { $language }
status-language-removed = Les textes en { $language } ont été retirés. Ctrl+Z les rétablit.

## Présenter
slide-info = Diapositive { $counter } : { $heading }
slides-grid = Toutes les diapositives : cliquez sur l’une d’elles, ou appuyez sur G ou Échap pour revenir
presenter-end = (fin)
presenter-view = Vue de l’orateur
presenter-now = Maintenant, diapositive { $number } sur { $count }
presenter-next = Suivante
presenter-notes = Notes
presenter-no-notes = Pas de notes pour cette diapositive.
presenter-previous = ◀ Précédente
presenter-next-button = Suivante ▶
presenter-one-screen = Un seul écran : la salle voit cette vue. P ramène les diapositives.
presenter-slides-on = Diapositives sur l’écran
presenter-swap = Échanger les écrans

## Importer des programmes d'un autre profil
fonts-missing-title = Une partie du texte ne peut pas être affichée
fonts-missing = Aucune police de cet ordinateur ne peut afficher le texte en { $scripts } (comme « { $samples } ») : il apparaît sous forme de cases vides à l’écran. Le fichier lui-même est intact.
fonts-hint-linux = Pour le voir, demandez l’installation de ces paquets de polices, puis redémarrez Carta : { $packages }
fonts-hint-windows = Pour le voir, ouvrez Paramètres Windows ▸ Heure et langue ▸ Langue et région et ajoutez une langue écrite dans cette écriture (ses polices l’accompagnent), ou demandez à votre service informatique la fonctionnalité facultative « Polices supplémentaires » ; puis redémarrez Carta.
fonts-hint-macos = Pour le voir, ouvrez Livre des polices, téléchargez une police pour cette écriture, puis redémarrez Carta.
paste-page-how = Sélectionnez toute la page du profil sur le site de la campagne, copiez-la (Ctrl+C) et collez-la ci-dessous (Ctrl+V). Ou ouvrez un fichier texte de la page.
paste-page-field = La page
paste-page-hint = Collez la page ici
paste-page-import = Importer la page collée
paste-page-empty = Collez d’abord une page
paste-page-open-file = Ouvrir un fichier…
paste-page-source = La page collée

## Aide et impression
menu-help = Aide
command-print = Imprimer…
command-guide = Guide d’utilisation
command-shortcuts = Raccourcis clavier
command-about = À propos de Carta
alert-print-failed = La page à imprimer n’a pas pu être préparée
status-print-opened = La page à imprimer est ouverte dans votre navigateur : imprimez-la de là (Ctrl+P). C’est { $path }.
status-print-written = La page à imprimer est { $path } : ouvrez-la dans un navigateur pour l’imprimer.
print-no-browser = La page à imprimer est { $path }, mais aucun navigateur n’a pu l’ouvrir ({ $reason }). Ouvrez-la vous-même pour l’imprimer.
shortcuts-menus = Alt ou F10 ouvre les menus ; Tab et Maj+Tab passent d’un champ à l’autre ; Entrée ou Espace appuie sur le bouton sélectionné ; Échap ferme une fenêtre.
# The Shift key as its keyboards name it (menus and the shortcut sheet).
key-shift = Maj
shortcuts-present = Pendant la présentation : → ou Espace diapositive suivante, ← précédente, Début la première, Fin la dernière, un numéro puis Entrée va à cette diapositive, B noircit l’écran, G montre toutes les diapositives, P la vue présentateur, Échap termine.
about-what = Tenir, vérifier et présenter le profil Ville des droits humains de votre ville et son catalogue de programmes municipaux.
about-licence = Logiciel libre sous licence { $licence }.
about-licence-or = {" ou "}
about-settings = Réglages
about-recovery = Copies du travail non enregistré
about-cache = Cache des bibliothèques et des pages à imprimer
about-nowhere = non conservés
about-profiles = Vos profils sont là où vous les enregistrez ; chaque enregistrement garde la version précédente à côté du fichier, en .bak.

## Bienvenue
welcome-title = Bienvenue dans Carta
welcome-explained = Carta tient le profil Ville des droits humains de votre ville et son catalogue de programmes, le vérifie d’après le formulaire de la campagne et le présente en réunion. Tout reste sur cet ordinateur.
welcome-start = Commencer le profil de votre ville
welcome-languages = Langues
welcome-languages-hint = La première langue cochée est la principale ; vous pourrez en ajouter d’autres depuis la barre latérale.
welcome-start-button = Commencer le profil
welcome-start-needs-city = Tapez d’abord le nom de votre ville.
welcome-or = Ou bien
welcome-example = Voir l’exemple de San Antonio
welcome-skip = Aller au formulaire vide
welcome-recent = Fichiers récents
example-title = Exemple (San Antonio)
status-started = Un nouveau profil : continuez avec le panneau Ville, puis enregistrez-le avec Ctrl+S.
status-example = Voici le profil de San Antonio, un exemple : l’enregistrer vous demandera un nom à vous.
slides-typed = Aller à la diapositive { $number } (Entrée)
slides-empty = Rien à présenter pour l’instant : remplissez le panneau Ville, puis les autres.
presenter-clock = Il est { $time }
shortcuts-or = ou
welcome-window-title = Bienvenue — Carta
presenter-thumbnail = Diapositive { $number } : { $heading }

picture-unreadable = L’image { $file } n’a pas pu être lue : { $reason }
picture-not-a-picture = { $file } n’est pas une image PNG ou JPEG, ou elle est abîmée. Enregistrez-la en PNG ou JPEG et choisissez-la à nouveau.
picture-too-many-pixels = { $file } fait { $width } × { $height } pixels : plus que ce que Carta accepte (100 millions). Réduisez-la et choisissez-la à nouveau.
field-logo = Logo
field-cover = Photo de couverture
pictures-explained = Affichés sur la diapositive de titre et dans le document PDF. Conservés dans le fichier du profil (réduits pour pouvoir l’envoyer par courriel) : les collègues à qui vous l’envoyez les voient aussi.
picture-none = Aucune pour l’instant
picture-choose = Choisir…
picture-change = Changer…
picture-remove = Retirer
picture-damaged = Cette image ne peut pas être affichée.
dialog-choose-logo = Choisir le logo de la ville
dialog-choose-cover = Choisir une photo de couverture
filter-pictures = Images (PNG, JPEG)
status-logo-set = Logo ajouté. Ctrl+Z le retire.
status-cover-set = Photo de couverture ajoutée. Ctrl+Z la retire.
alert-picture-failed = L’image n’a pas pu être utilisée
slide-logo-alt = Logo de { $city }
picture-left-out-Logo = Le logo ne peut pas être lu (abîmé ou coupé) : il est laissé hors de ce qui est publié. Choisissez-le à nouveau dans Ville.
picture-left-out-Cover = La photo de couverture ne peut pas être lue (abîmée ou coupée) : elle est laissée hors de ce qui est publié. Choisissez-la à nouveau dans Ville.
status-picture-preparing = Préparation de l’image…
status-picture-other-profile = L’image n’a pas été ajoutée : un autre profil est ouvert maintenant.
status-exporting = Écriture de { $path }…
status-export-busy = Une autre exportation est encore en cours d’écriture ; réessayez dans un instant.
export-stopped = L’écriture de l’exportation s’est arrêtée de façon inattendue.

## Traductions ajoutées par l’agent (Aide ▸ Traduire Carta…)
language-added-entry = { $name } — { $translated } phrases sur { $total }
command-translate = Traduire Carta…
command-add-translation = Ajouter une traduction…
command-reload-translations = Relire les traductions
translate-into = Traduire en { $language }
translate-title = Traduire Carta
translate-explained = Choisissez la langue dans laquelle traduire Carta. Carta écrit ses phrases dans un dossier, chacune avec l’anglais et la langue de votre interface à côté. Traduisez-les dans n’importe quel éditeur de texte, enregistrez, puis choisissez Affichage ▸ Langue de l’interface ▸ Relire les traductions.
filter-translation = Traduction (.zip, ou tout fichier de son dossier)
translation-path-hint = Le dossier d’une traduction (nommé par son code, par exemple eu), un fichier de ce dossier ou son zip
dialog-add-translation = Choisir le dossier d’une traduction (nommé par le code de sa langue)
translation-loaded = { $name } : { $translated } phrases sur { $total }
translation-syntax = { $file }, ligne { $line }, colonne { $column } : Carta ne peut pas lire cette phrase ({ $what }). Le reste du fichier est utilisé.
translation-not-a-code = Le dossier { $folder } ne porte pas le code d’une langue (comme « eu » ou « pt-BR ») : Carta l’a laissé de côté.
translation-built-in = La traduction de { $folder } a le code de { $language }, que Carta parle déjà : celle de Carta reste.
translation-unreadable = { $path } : { $reason }
translation-too-many = Seules les { $count } premières traductions de { $folder } ont été lues.
alert-translation-problems = Une traduction n’a pas pu être lue en entier
status-no-translations = Il n’y a aucune traduction dans le dossier des réglages.
status-translations-read = Traductions lues : { $list }
status-translation-written = Les phrases à traduire sont dans { $folder }. Traduisez-les, enregistrez, puis choisissez Affichage ▸ Langue de l’interface ▸ Relire les traductions.
status-translation-no-settings = Carta n’a pas de dossier de réglages sur cet ordinateur et ne peut donc pas garder de traductions.
