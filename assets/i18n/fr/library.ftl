# Le panneau Autres villes : une bibliothèque de profils d’autres villes.
panel-library = Autres villes
panel-library-subtitle = Apprendre des autres villes : chercher dans leurs programmes, les comparer aux vôtres, copier ce qui convient.
command-open-library = Ouvrir une bibliothèque…
dialog-open-library = Ouvrir un dossier de profils comme bibliothèque
alert-library-failed = La bibliothèque n’a pas pu être ouverte
list-and = et
library-none = Aucune bibliothèque n’est ouverte. Une bibliothèque est un dossier de profils (.ron) et de pages de la campagne (.txt) d’autres villes, à toute profondeur : le dossier partagé des membres de la campagne, ou les pages que vous avez réunies. Carta les lit et ne les modifie jamais.
library-none-import = Fichier ▸ Importer des programmes ouvre ici un seul profil de la même façon.
library-reading = Lecture de { $done } fichiers sur { $total } dans { $folder }…
library-stop = Arrêter la lecture
library-heading = { $name } : { $profiles ->
    [one] un profil
   *[other] { $profiles } profils
}, { $programs ->
    [one] un programme
   *[other] { $programs } programmes
}
library-open-another = Ouvrir une autre bibliothèque…
library-problems = { $count ->
    [one] Un fichier n’a pas pu être lu
   *[other] { $count } fichiers n’ont pas pu être lus
}
library-tab-search = Recherche
library-find = Chercher
library-tab-compare = Comparer ({ $count })
library-search-hint = Des mots de n’importe quel texte de n’importe quel programme
library-nothing-found = Aucun programme ne correspond. Essayez moins de mots ou moins de filtres.
library-copy-ticked = { $count ->
    [0] Copier les programmes cochés dans mon profil
    [one] Copier le programme coché dans mon profil
   *[other] Copier les { $count } programmes cochés dans mon profil
}
library-copy-none = Cochez des programmes dans la liste pour les copier.
library-untick = Tout décocher
library-compare-city = Comparer
library-compare-this = Comparer { $city } avec ma ville
library-compare-full = On peut comparer jusqu’à trois villes à la fois : retirez-en d’abord une de la comparaison.
library-remove-compare = Retirer { $city } de la comparaison
library-tick = Cocher { $title } pour le copier
library-choose = Choisissez un programme dans la liste pour le lire ici.
library-from = De { $city } · { $file }
library-copy-one = Copier dans mon profil
status-library-read = Bibliothèque lue : { $profiles ->
    [one] un profil
   *[other] { $profiles } profils
}, { $programs ->
    [one] un programme
   *[other] { $programs } programmes
}{ $problems ->
    [0] .
    [one] ; un fichier n’a pas pu être lu.
   *[other] ; { $problems } fichiers n’ont pas pu être lus.
}
status-library-stopped = La lecture de la bibliothèque est arrêtée.
status-copied-programs = { $count ->
    [one] Un programme copié
   *[other] { $count } programmes copiés
} de { $cities ->
    [one] { $city }
   *[other] { $cities } villes
} dans vos Programmes ; Ctrl+Z l’annule.
compare-none = Cochez « Comparer » à côté d’au plus trois villes dans les résultats pour les comparer à la vôtre.
compare-yours = { $city } (la vôtre)
compare-row-programs = Programmes
compare-row-rights = Droits traités
compare-row-goals = Objectifs traités
compare-row-groups = Publics cibles traités
compare-chart-rights = Articles de la Déclaration universelle traités
compare-chart-goals = Objectifs de développement durable traités
compare-chart-groups = Publics cibles traités (programmes)
compare-cell = { $city }, { $item } : { $count ->
    [0] aucun programme
    [one] un programme
   *[other] { $count } programmes
}
compare-legend-none = non traité
compare-legend-some = traité (couleur plus intense : plus de programmes)
compare-gaps = Ce que font les autres et pas vous
compare-gaps-none = Votre ville traite tout ce que traitent les autres.
compare-gaps-more = …et { $count } de plus.
compare-article = l’article { $number } ({ $title })
compare-goal = l’objectif { $number } ({ $title })
compare-group = des programmes pour { $group }
compare-gap = { $count ->
    [one] { $cities } traite
   *[other] { $cities } traitent
} { $what }, et pas vous.
size-gaps = Villes de votre taille
size-gaps-unknown = Votre profil n’indique pas la tranche de population (panneau Ville) : impossible de trouver les villes de votre taille.
size-gaps-among = { $count ->
    [0] La bibliothèque ne contient aucune autre ville de votre taille ({ $size }).
    [one] Une ville de la bibliothèque est de votre taille ({ $size }).
   *[other] { $count } villes de la bibliothèque sont de votre taille ({ $size }).
}
size-gap = { $count ->
    [one] Une ville de votre taille traite
   *[other] { $count } villes de votre taille traitent
} { $what }, et pas vous.
library-filters = { $count ->
    [0] Filtres
   *[other] Filtres ({ $count })
}
library-partners = Partenaires
library-read-failed = La lecture de { $folder } s’est arrêtée de façon inattendue ; rien n’a été chargé. Réessayez, ou ouvrez un dossier plus petit.
