## Els fulls de les unitats: les xifres d'un any, demanades a cada unitat responsable en un
## llibre de càlcul i llegides de tornada.

sheets-name-about = Informació
sheets-name-indicators = Indicadors
sheets-name-budget = Pressupost
sheets-name-people = Persones ateses
sheets-no-unit = Sense unitat
sheets-about-title = { $city }: xifres del { $year }
sheets-about-unit = Per a: { $unit }
sheets-about-fill = Ompliu les cel·les grogues de cada full amb les xifres del { $year } i, després, retorneu el llibre de càlcul tal com és (mateix nom de fitxer, mateixos fulls).
sheets-about-numbers = Escriviu només nombres, sense unitats ni paraules: 40, no «uns 40». Deixeu la cel·la buida si encara no se sap la xifra.
sheets-about-notes = La columna de notes és per a tot allò que qui ho llegeixi hauria de saber d'una xifra: com s'ha comptat, per què falta o arriba tard.
sheets-about-locked = Les altres columnes (números, noms, valors de referència i objectius) estan bloquejades: indiquen al perfil quina fila és quina.
sheets-about-return = Les files es relacionen pels seus números, de manera que l'ordre de les files i el nom del llibre de càlcul no importen.
sheets-head-program-number = Núm. programa
sheets-head-indicator-number = Núm. indicador
sheets-head-line-number = Núm. línia
sheets-head-program = Programa
sheets-head-indicator = Indicador
sheets-head-unit = Unitat
sheets-head-baseline = Valor de referència
sheets-head-target = Objectiu
sheets-head-target-year = Any de l'objectiu
sheets-head-last-value = Últim valor
sheets-head-last-year = De l'any
sheets-head-value = Valor del { $year }
sheets-head-note = Nota sobre el { $year }
sheets-head-currency = Moneda
sheets-head-planned = Previst per al { $year }
sheets-head-executed = Executat el { $year }
sheets-head-reached = Persones ateses el { $year }
sheets-validation-title = Un nombre, si us plau
sheets-validation-message = Aquesta cel·la només admet un nombre (sense paraules ni unitats). Deixeu-la buida si no se sap la xifra.
sheets-sheet-named = full { $name }

# Allò que no s'ha pogut fer servir, després de "fitxer, full S, D14: ".
sheets-too-big = el fitxer ocupa { $megabytes } MB; no es llegeixen fulls de més de { $largest } MB.
sheets-unreadable-file = no s'ha pogut llegir el fitxer ({ $reason }).
sheets-not-workbook = aquest no és un llibre de càlcul que Carta pugui llegir: potser està protegit amb contrasenya, malmès o és d'un altre tipus ({ $reason }).
sheets-not-carta = cap full d'aquest fitxer no l'ha escrit Carta (hi falta la primera fila oculta), per això no se n'ha llegit res.
sheets-removed-indicators = el full d'indicadors s'ha eliminat d'aquest llibre de càlcul; no se n'han llegit les xifres.
sheets-removed-budget = el full de pressupost s'ha eliminat d'aquest llibre de càlcul; no se n'han llegit les xifres.
sheets-removed-people = el full de persones ateses s'ha eliminat d'aquest llibre de càlcul; no se n'han llegit les xifres.
sheets-other-profile = aquest full es va escriure per a un altre perfil; no se n'ha llegit res.
sheets-other-year = aquest full recull el { $year }, no el { $expected }; no se n'ha llegit res.
sheets-strange-year = aquest full recull l'any { $year }, que cap programa no pot tenir; no se n'ha llegit res.
sheets-no-program-number = la fila no té número de programa, per això no es pot relacionar.
sheets-no-item-number = la fila no té cap número en aquesta columna, per això no es pot relacionar.
sheets-unknown-program = no hi ha cap programa número { $number } en aquest perfil (s'ha suprimit?).
sheets-unknown-item = no hi ha cap element número { $number } en aquest programa (s'ha suprimit?).
sheets-line-of-other-year = aquesta línia de pressupost ara és del { $year }; no se n'ha fet servir la xifra.
sheets-given-twice = aquesta fila ja s'havia donat a { $place }; no s'ha fet servir la segona.
sheets-not-a-number = «{ $text }» no és un nombre.
sheets-a-date = { $text } és una data, no un nombre (la cel·la té format de data).
sheets-cell-error = la cel·la mostra l'error { $text }.
sheets-negative = els diners executats no poden ser negatius.
sheets-not-a-count = un nombre de persones ha de ser un nombre enter, 0 o més.
sheets-note-without-value = una nota sense valor per a l'any no acompanya res; no s'ha conservat.

# La finestra i la línia d'ordres.
command-send-sheets = Envia fulls a les unitats…
command-read-sheets = Llegeix els fulls retornats…
dialog-send-sheets = Trieu la carpeta per als llibres de càlcul de les unitats
dialog-read-sheets = Trieu els llibres de càlcul emplenats (o una carpeta que els contingui)
filter-sheets = Llibres de càlcul i CSV
status-sheets-written = { $count ->
    [one] S'ha escrit un llibre de càlcul del { $year } a { $folder }.
   *[other] S'han escrit { $count } llibres de càlcul del { $year } a { $folder }.
}
status-sheets-none = No hi ha cap programa públic a què demanar xifres.
alert-sheets-failed = No s'han pogut escriure els fulls
sheets-read-title = Xifres llegides { $files ->
    [one] d'un fitxer
   *[other] de { $files } fitxers
}
sheets-read-changed = { $count ->
    [0] No hi ha res per canviar: el perfil ja conté totes les xifres llegides.
    [one] Canvia una xifra. Mireu-la i, després, incorporeu-la al perfil.
   *[other] Canvien { $count } xifres. Mireu-les i, després, incorporeu-les al perfil.
}
sheets-read-problems = Què no s'ha pogut fer servir ({ $count }):
sheets-accept = Incorpora aquestes xifres
status-sheets-taken = { $count ->
    [one] S'ha incorporat una xifra dels fulls (Ctrl+Z la retira).
   *[other] S'han incorporat { $count } xifres dels fulls (Ctrl+Z les retira).
}
cli-sheets-over-profile = aquest és el perfil on es llegeixen els fulls; el resultat va a un fitxer nou. Trieu un altre nom
cli-sheets-read = { $files ->
    [one] S'ha llegit un fitxer
   *[other] S'han llegit { $files } fitxers
}, { $count ->
    [one] ha canviat una xifra.
   *[other] han canviat { $count } xifres.
}
sheets-after = Dels fulls:
sheets-take-failed = No s'han pogut incorporar les xifres
sheets-work-changed = El perfil ha canviat mentre es llegien els fulls: no s'ha incorporat res. Torneu a llegir els fulls.
