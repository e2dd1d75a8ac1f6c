# Comparació, versions i fusió: com es descriuen els canvis.

## On és un canvi
change-field-name = Nom
change-field-qualifier = Precisió
change-field-country = País
change-field-region = Regió
change-field-government = Tipus de govern
change-field-population = Franja de població
change-field-joined = Any d'adhesió
change-field-leader = Autoritat
change-field-title = Títol
change-field-mandate = Mandat
change-field-logo = Logotip
change-field-cover = Foto de portada
change-field-prose = Text de la visió
change-field-answers = Respostes
change-field-form = Forma
change-field-introduction = Introducció
change-field-aims = Objectius
change-field-closing = Tancament
change-field-areas = Àmbit
change-field-description = Descripció
change-field-programs = Programes
change-field-notes = Notes del presentador
change-field-summary = Resum
change-field-kind = Tipus
change-field-status = Estat
change-field-start = Inici
change-field-end = Fi
change-field-responsible-unit = Unitat responsable
change-field-partners = Entitat col·laboradora
change-field-role = Paper
change-field-target-groups = Col·lectius destinataris
change-field-rights = Drets
change-field-sdgs = ODS
change-field-sdg-targets = Metes dels ODS
change-field-indicators = Indicador
change-field-unit = Unitat de mesura
change-field-baseline = Valor de referència
change-field-target = Objectiu
change-field-measurements = Mesura
change-field-value = Valor
change-field-budget = Pressupost
change-field-amount = Import
change-field-currency = Moneda
change-field-beneficiaries = Persones beneficiàries
change-field-count = Nombre
change-field-evidence = Evidència
change-field-link = Enllaç
change-field-visibility = Visibilitat
change-field-origin = Copiat de
change-field-suggested = Suggerit per la pàgina
change-field-languages = Llengües del contingut
change-field-own-target-groups = Col·lectius propis de la ciutat
change-field-unplaced = Text encara sense ubicar
change-field-next-program-id = Número del programa següent
change-field-format-version = Format del fitxer

## Canvis descrits
change-section-other = Perfil
change-program = Programa núm. { $number } «{ $title }»
change-catalogue-order = s'ha canviat l'ordre del catàleg
change-order = ordre
change-item-named = «{ $name }»
change-picture = una imatge
change-section-edited = { $section }: amb canvis
change-programs-changed = { $count ->
    [one] 1 programa modificat
   *[other] { $count } programes modificats
}
change-programs-added = { $count ->
    [one] 1 programa afegit
   *[other] { $count } programes afegits
}
change-programs-deleted = { $count ->
    [one] 1 programa suprimit
   *[other] { $count } programes suprimits
}
change-none = cap canvi

## Fusió a la línia d'ordres
cli-merge-no-output = carta: indiqueu on s'ha d'escriure la fusió amb -o FITXER (o executeu-lo com a controlador de fusió de git amb --git-driver).
cli-merge-unreadable = carta: no s'ha pogut tornar a llegir el perfil fusionat; no s'ha escrit res.
cli-merge-nothing = (res)
cli-merge-conflict = { $place }: el meu { $mine } / l'altre { $theirs }

## Compara amb un fitxer, fusiona la còpia d'un col·lega
command-compare-with = Compara amb…
command-merge-copy = Fusiona la còpia d'un col·lega…
dialog-compare-with = Compara amb un altre perfil
dialog-merge-copy = Fusiona la còpia d'un col·lega
compare-with-title = El vostre perfil i { $name }
compare-same = Els dos perfils contenen el mateix.
compare-count = { $count ->
    [one] 1 diferència
   *[other] { $count } diferències
}
compare-show = Mostra:
compare-before = El vostre:
compare-after = { $name }:
merge-title = Fusiona { $name }
merge-other-profile = Aquesta còpia és d'un altre perfil (d'una altra ciutat, o d'un de començat a part): cada diferència és una tria.
merge-no-base = En aquest ordinador no es conserva cap versió de la qual hagin partit totes dues còpies: cada camp que teniu diferent és una tria; el que només té una de les còpies es conserva.
merge-summary = { $taken ->
    [one] S'ha agafat 1 canvi de l'altra còpia
   *[other] S'han agafat { $taken } canvis de l'altra còpia
}; { $conflicts ->
    [0] no hi ha res per resoldre.
    [one] 1 camp que tots dos heu canviat de manera diferent:
   *[other] { $conflicts } camps que tots dos heu canviat de manera diferent:
}
merge-renumbered = { $count ->
    [one] 1 programa que tots dos heu afegit ha rebut un número nou.
   *[other] { $count } programes que tots dos heu afegit han rebut números nous.
}
merge-all-mine = Conserva tots els meus
merge-all-theirs = Agafa tots els seus
merge-keep-mine = Meu: { $value }
merge-take-theirs = Seu: { $value }
merge-apply = Fusiona
merge-failed = No s'ha pogut fusionar la còpia
merge-same-file = Aquest és el fitxer que teniu obert: trieu la còpia del vostre col·lega.
status-merged = S'ha fusionat { $name }: { $taken } canvis agafats, { $settled } resolts per vós. Desfeu-ho amb Ctrl+Z.

## Historial de versions
command-version-history = Historial de versions…
history-title = Historial de versions
history-your-name = El vostre nom, que es mostra al costat de les versions que deseu:
history-your-name-hint = p. ex. Núria Puig
history-empty = Encara no es conserva cap versió: a partir d'ara, cada desament en conservarà una.
history-changes = Què va canviar
history-compare-now = Compara amb l'actual
history-restore = Restaura aquesta versió
history-kept = { $count } versions de { $profiles ->
    [one] 1 perfil
   *[other] { $profiles } perfils
} conservades, { $megabytes } MB, a { $folder }. Totes les versions de l'últim dia, una per dia durant un mes i, després, una per mes.
history-version-of = la versió del { $when }
history-before = Abans:
history-after = Després:
status-version-restored = Ha tornat la versió del { $when }, com un canvi nou: desfeu-lo amb Ctrl+Z.
status-versions-failed = S'ha desat, però aquesta versió no s'ha pogut conservar a l'historial: { $reason }
history-first-kept = la primera versió conservada aquí
history-close = Tanca
compare-go-to = Ves a aquest camp
merge-work-changed = El perfil ha canviat mentre triàveu (ha arribat una imatge): no s'ha fusionat res. Torneu a fusionar la còpia.
status-first-version = Aquesta és la primera versió conservada aquí: no n'hi ha cap d'anterior amb què comparar-la.
merge-shared-ids = Dos programes d'una còpia comparteixen número, per això no es poden distingir: doneu a cadascun el seu en aquella còpia (Revisió els indica) i torneu a fusionar.
merge-not-a-number = { $program } conté un nombre que no és cap nombre (un «NaN» o «inf» editat a mà), per això les còpies no es poden comparar camp per camp: corregiu-lo en aquella còpia (Revisió l'indica) i torneu a fusionar.
history-compare-two = Compara les dues
history-compare-two-hint = Trieu una versió i després una altra amb Ctrl+clic.
history-version-label = { $when }:
