# La fenêtre autour des panneaux : menus, commandes, dialogues et messages.

## Menus
menu-file = Fichier
menu-open-recent = Ouvrir un fichier récent
no-recent-files = Aucun fichier récent
clear-recent = Vider la liste
menu-export = Exporter
menu-edit = Édition
menu-view = Affichage
menu-language = Langue de l'interface
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

## Dialogues de fichiers et fenêtre de saisie d'un chemin
dialog-open = Ouvrir un profil
dialog-save-as = Enregistrer le profil sous
dialog-import-programs = Importer des programmes d'un autre profil
dialog-import-campaign-text = Importer une page de profil au format texte de la campagne
dialog-export = Exporter le profil sous
filter-text = Texte
filter-profile = Profil Carta
filter-all-files = Tous les fichiers
dialogs-turned-off = Les dialogues de fichiers du système sont désactivés.
details = Détails
file-path = Chemin du fichier
file-path-hint = p. ex. /home/ana/Documents/ma-ville.ron
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
status-exported = Exporté vers { $path }.
status-waiting-for-dialog = En attente du dialogue de fichier…
status-restored = Le travail non enregistré a été restauré. Enregistrez-le pour le garder.
status-settings-not-kept = Vos réglages (langue, thème, fichiers récents) n'ont pas pu être gardés : { $reason }
export-over-open-profile = { $path } est le profil que vous avez ouvert. Y écrire l'export remplacerait votre profil ; choisissez un autre nom.
restore-stale-title = Le fichier a changé après la copie de votre travail
restore-stale-message = Quelqu'un ou quelque chose a modifié { $path } après que Carta a gardé votre travail non enregistré. Votre travail est de retour à l'écran ; à l'enregistrement, Carta demandera s'il faut recharger l'autre version, comparer les deux ou garder la vôtre sous un autre nom.
status-autosave-failing = ⚠ Les copies de récupération ne peuvent pas être écrites
status-autosave-back = Les copies de récupération de votre travail non enregistré sont de nouveau écrites.
overwrite-title = « { $name } » existe déjà
overwrite-message = Un fichier de ce nom se trouve déjà dans { $folder }. Le remplacer écrase ce qu'il contient.
overwrite-replace = Le remplacer
status-reloaded = La version plus récente a été rechargée depuis le disque.
presenter-view-title = Carta — vue de l'orateur

## Messages
alert-open-failed = Ce fichier n'a pas pu être ouvert
alert-document-unchanged = Le document qui était ouvert n'a pas été modifié.
alert-save-failed = Le profil n'a pas pu être enregistré
alert-export-failed = L'exportation n'a pas pu être écrite
import-page-title = Page de la campagne importée
import-page-read = { $source } : { $areas } domaines d'action et { $programs } programmes ont été lus. Enregistrez le nouveau profil avec Fichier > Enregistrer sous.
import-page-points = Veuillez vérifier ces points :
unsaved-title = Enregistrer les modifications ?
unsaved-this-profile = Ce profil
unsaved-message = { $name } contient des modifications non enregistrées. Sans enregistrement, elles seront perdues.
restore-title = Restaurer le travail non enregistré ?
restore-never-saved = un profil jamais enregistré
restore-message = Carta s'est fermé sans enregistrer vos modifications de { $what }, le profil de { $city }. Elles ont été conservées { $age }.
restore = Restaurer
discard = Abandonner
age-now = il y a moins d'une minute
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
conflict-changed-message = Quelqu'un a enregistré une version plus récente de ce fichier depuis que vous l'avez ouvert. Carta ne l'écrasera pas sans vous le demander.
conflict-save-here = Réenregistrer la mienne ici
conflict-reload = Recharger la leur
conflict-compare = Voir les deux
conflict-save-as = Garder la mienne : Enregistrer sous…
compare-title = Votre version et celle du disque
compare-mine = La vôtre (non enregistrée)
compare-theirs = Sur le disque

## Langues du contenu
content-language = Langue du contenu
content-language-main = { $language } (principale)
content-language-add = Ajouter { $language }
content-language-missing = { $count } à traduire
content-language-make-main = En faire la langue principale : { $language }
content-language-remove = Retirer cette langue et ses textes : { $language }
status-language-removed = Les textes en { $language } ont été retirés. Ctrl+Z les rétablit.

## Présenter
slide-info = Diapositive { $counter } : { $heading }
slides-grid = Toutes les diapositives : cliquez sur l'une d'elles, ou appuyez sur G ou Échap pour revenir
presenter-end = (fin)
presenter-view = Vue de l'orateur
presenter-now = Maintenant, diapositive { $number } sur { $count }
presenter-next = Suivante
presenter-notes = Notes
presenter-no-notes = Pas de notes pour cette diapositive.
presenter-previous = ◀ Précédente
presenter-next-button = Suivante ▶

## Importer des programmes d'un autre profil
fonts-missing-title = Une partie du texte ne peut pas être affichée
fonts-missing = Aucune police de cet ordinateur ne peut afficher le texte en { $scripts } (comme « { $samples } ») : il apparaît sous forme de cases vides à l’écran. Le fichier lui-même est intact.
fonts-hint-linux = Pour le voir, demandez l’installation de ces paquets de polices, puis redémarrez Carta : { $packages }
fonts-hint-windows = Pour le voir, ouvrez Paramètres Windows ▸ Heure et langue ▸ Langue et région et ajoutez une langue écrite dans cette écriture (ses polices l’accompagnent), ou demandez à votre service informatique la fonctionnalité facultative « Polices supplémentaires » ; puis redémarrez Carta.
fonts-hint-macos = Pour le voir, ouvrez Livre des polices, téléchargez une police pour cette écriture, puis redémarrez Carta.
rtl-preview = Se lit ainsi :
paste-page-how = Sélectionnez toute la page du profil sur le site de la campagne, copiez-la (Ctrl+C) et collez-la ci-dessous (Ctrl+V). Ou ouvrez un fichier texte de la page.
paste-page-field = La page
paste-page-hint = Collez la page ici
paste-page-import = Importer la page collée
paste-page-empty = Collez d’abord une page
paste-page-open-file = Ouvrir un fichier…
paste-page-source = La page collée
