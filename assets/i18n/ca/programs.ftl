# El panell Programes: la taula del catàleg, la barra d'eines i l'editor de programes.

## Taula i barra d'eines
column-title = Títol
column-kind = Tipus
column-status = Estat
column-unit = Unitat responsable
column-groups = Col·lectius
column-rights = Drets
column-sdgs = ODS
sort-by = Ordena per { $column }
catalogue-empty = El catàleg és buit: afegiu el primer programa de la ciutat.
untitled-program = (sense títol)
search = Cerca
search-hint = Qualsevol paraula de qualsevol text
programs-shown = { $shown } de { $total } visibles
program-add = ➕ Afegeix
program-duplicate = Duplica
program-delete = { $count ->
    [0] 🗑 Suprimeix
    [one] 🗑 Suprimeix
   *[other] 🗑 Suprimeix { $count }
}
undo-hint = Es desfà amb Ctrl+Z
tag-selected = { $count ->
    [0] Etiqueta la selecció
   *[other] Etiqueta la selecció ({ $count })
}
field-target-group = Col·lectiu destinatari
tag-right = Dret (article de la DUDH)
tag-sdg = Objectiu de Desenvolupament Sostenible
tag-area = Àmbit de polítiques
filter-show = Mostra
filter-group = Col·lectiu
filter-right = Dret
filter-area = Àmbit
filter-clear = Esborra els filtres
filter-all = { $name }: tots
filter-everything = Tots
filter-by = Filtra per { $name }

## Editor
editor-close = ✖ Tanca
editor-close-hint = Tanca l'editor; la taula guanya espai
editor-many-selected = Hi ha { $count } programes seleccionats. Feu servir «Etiqueta la selecció», a dalt, per assignar-los alhora un col·lectiu, un dret, un objectiu, un estat o un àmbit de polítiques.
editor-choose = Trieu un programa a la taula, o afegiu-ne un.
program-from = origen: { $city }
field-responsible-unit = Unitat responsable
field-start = Inici
field-end = Fi
field-visibility = Visibilitat
visibility-public = Públic
visibility-internal = Intern (no es publica mai)
field-description = Descripció
section-areas = Àmbits de polítiques
section-partners = Entitats col·laboradores
section-rights = Drets tractats (Declaració Universal dels Drets Humans): { $count } triats
section-sdgs = Objectius de Desenvolupament Sostenible: { $count } triats
sdg-number = ODS { $number }
section-indicators = Indicadors
section-budget = Pressupost
section-beneficiaries = Persones beneficiàries
section-evidence = Evidències
group-another = Un altre col·lectiu:
group-add = Afegeix el col·lectiu
partner-add = ➕ Afegeix una entitat col·laboradora
partner-remove = Treu l'entitat col·laboradora { $number }
partner-name = Nom de l'entitat col·laboradora { $number }
partner-name-hint = Organització
partner-role = Paper de l'entitat col·laboradora { $number }
partner-role-hint = Paper, p. ex. cofinançament
moment-hint = 2024 o 15/03/2024
moment-invalid = Escriviu un any (2024) o una data (15/03/2024).
sdg-targets = Metes dels ODS:
sdg-target-remove = Treu aquesta meta
sdg-target-hint = p. ex. 10.2
sdg-target-new = Meta d'ODS nova
sdg-target-add = Afegeix la meta
indicator-name = Nom de l'indicador { $number }
indicator-name-hint = Què es mesura
indicator-remove = Treu l'indicador { $number }
indicator-unit = Unitat de l'indicador { $number }
indicator-unit-label = Unitat de mesura
indicator-unit-hint = %, persones, dies…
indicator-baseline = Valor de referència
indicator-baseline-of = Valor de referència de l'indicador { $number }
indicator-target = Objectiu
indicator-target-of = Objectiu de l'indicador { $number }
indicator-add = ➕ Afegeix un indicador
indicator-kind-of = Tipus de l'indicador { $number }
indicator-kind-Structural = Estructural
indicator-kind-Process = De procés
indicator-kind-Outcome = De resultat
measurement-measured = Mesurat el
measurement-value-label = valor
measurement-year = Any de la mesura { $nth } de l'indicador { $number }
measurement-value = Valor de la mesura { $nth } de l'indicador { $number }
measurement-remove = Treu la mesura { $nth }
measurement-add = ➕ Afegeix una mesura
progress-incomplete = El progrés es mostra quan hi ha el valor de referència, l'objectiu i una mesura.
budget-add = ➕ Afegeix una línia de pressupost
budget-remove = Treu la línia de pressupost { $number }
budget-year = Any de la línia de pressupost { $number }
budget-amount = Import de la línia de pressupost { $number }
budget-currency = Moneda de la línia de pressupost { $number }
beneficiaries-add = ➕ Afegeix persones beneficiàries
beneficiaries-remove = Treu les persones beneficiàries { $number }
beneficiaries-count = Nombre de persones beneficiàries { $number }
beneficiaries-people-in = persones el
beneficiaries-year = Any de les persones beneficiàries { $number }
evidence-add = ➕ Afegeix una evidència
evidence-remove = Treu l'evidència { $number }
evidence-title = Títol de l'evidència { $number }
evidence-link = Enllaç de l'evidència { $number }
evidence-link-hint = https://… o un fitxer al costat del perfil
open-in-browser = Obre al navegador
indicator-progress = de { $baseline } a { $latest }, amb un objectiu de { $target } { $unit } ({ $percent } %)
suggestions-accept = Accepta els suggeriments
suggestions-reject = Rebutja'ls
suggestions-accept-all = Accepta tots els suggeriments
suggestions-reject-all = Rebutja tots els suggeriments

## El selector d'articles i objectius
picker-add-article = Afegeix un article
picker-add-goal = Afegeix un objectiu
picker-hint = una paraula o un número
picker-done = Fet
picker-remove = Treu { $item }
picker-nothing = No hi ha cap coincidència.
program-delete-none = Trieu programes a la taula per suprimir-los.
tag-selected-none = Marqueu programes a la taula (Ctrl+clic, Maj+clic) per etiquetar-los junts.
program-duplicate-none = Trieu un programa a la taula per duplicar-lo.
budget-year-label = Any
budget-amount-label = Import
budget-currency-label = Moneda
table-row = { $title }, tipus { $kind }, estat { $status }
